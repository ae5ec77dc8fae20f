def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 9]))
print(a.union(), a.intersection(), a.difference(), a.union(range(3)))
print(a.issubset(b), {3}.issubset(a), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint([9]), a.isdisjoint(iter([1])))
print(a < b, {1} < a, a <= a, a < a, a > {1, 2}, a >= a, a == {4, 3, 2, 1}, a != b)
print(a == frozenset(a), frozenset(a) == a, set() == frozenset())
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
c = set(a); c.update([10], (11,)); print(c)
c = set(a); c.intersection_update([1, 2], {2}); print(c)
c = set(a); c.difference_update([1], {2}); print(c)
c = set(a); c.symmetric_difference_update({1, 9}); print(c)
c = set(a); c -= c; print(c)
c = set(a); c ^= c; print(c)
c = set(a); c &= c; print(c)
c = set(a); c |= c; print(c)
e(lambda: a | [1])
e(lambda: a & [1])
e(lambda: a - [1])
e(lambda: a ^ [1])
e(lambda: a < [1])
e(lambda: a.issubset(1))
def f():
    c = set(a); c |= [1]
e(f)
print({1, 2} | frozenset([3]), frozenset([3]) | {1, 2}, type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__)
print(set(range(100)) - set(range(2, 100)), set(range(5)) & set(range(3, 1000)), set(range(1000)) - set(range(3, 1000)))
print({1, 2, 3}.difference({1: 0, 2: 0}), {1, 2}.symmetric_difference({2: 'x', 3: 'y'}), {1, 2, 3}.intersection({2: 0}))
print(set(range(40)) ^ set(range(20, 60)))
