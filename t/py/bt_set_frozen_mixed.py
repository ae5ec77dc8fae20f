s, f = {1, 2, 3}, frozenset([2, 3, 4])
print(type(s & f).__name__, type(f & s).__name__, type(f - s).__name__, sorted(s ^ f), s == {1, 2, 3}, f == frozenset({4, 3, 2}))
print(s.union(), type(f.union()).__name__, f.copy() is f, sorted(frozenset("abc") - set("b")), frozenset() == set())
s2 = set(); s2 |= {1}; s2 &= {1, 2}; s2 -= {5}; s2 ^= {9}; print(sorted(s2))
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(sorted(fs), sorted(fs2), fs is fs2)
print({frozenset([1, 2]), frozenset([2, 1])}, len({1, 1.0, True}), {0, False, 0.0})
d = {frozenset({1}): "x"}; print(d[frozenset([1])])
try:
    {1}.add([2])
except TypeError as e:
    print(e)
try:
    frozenset().add
except AttributeError as e:
    print(e)
print(set([3, 1, 2]) <= frozenset(range(5)), set() < {1}, {1} > set(), {1, 2}.isdisjoint(frozenset([3])), sorted(set(range(5)).difference(range(2), [4])))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({2})), str({(1, 2)}))
