s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
try:
    s.remove(10)
except KeyError as e:
    print(repr(e))
print(sorted(s.union([9], (8,))), sorted(s.intersection(range(3), [2, 3])), sorted(s.difference({2}, {3})), sorted(s.symmetric_difference([4, 5])))
print(s.issubset(range(10)), s.issuperset([2]), s.isdisjoint([7]), {1} < {1, 2}, {1} <= {1}, {1, 2} > {1}, {1} == frozenset({1}))
t = set(s); t.update([7], "a"); t.difference_update([7]); t.intersection_update([2, 3, "a"]); t.symmetric_difference_update({3, 9}); print(sorted(t, key=str))
print(len(set()), set(), frozenset(), set("aab") == {"a", "b"}, repr(frozenset([1])))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
f = frozenset([1, 2]); print(hash(f) == hash(frozenset([2, 1])), type(f | {3}).__name__, type({3} | f).__name__)
print({1, 2} & {2, 3}, {1, 2} ^ {2, 3}, {1, 2} - {2}, {frozenset([1]): 1}[frozenset([1])])
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
print(set([1, 2]).copy(), {1, 2}.__contains__(1), {frozenset({1})} == {frozenset({1})})
