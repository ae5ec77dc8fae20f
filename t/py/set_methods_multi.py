def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = {1, 2, 3, 4, 5}
print(a.union([6], (7,), {8}), a.intersection([1, 2, 3], {2, 3}, range(3)), a.difference([1], {2}, (3,)))
print(a.union(), a.intersection(), a.difference(), a.union(a), a.intersection(a), a.difference(a))
b = set(a); b.update([10], range(11, 13), {13: 0}); print(b)
b = set(a); b.intersection_update(); print(b)
b = set(a); b.intersection_update([1, 2, 9], (2, 1)); print(b)
b = set(a); b.difference_update(); print(b)
b = set(a); b.difference_update([1], [2, 3]); print(b)
b = set(a); b.symmetric_difference_update([5, 6]); print(b)
e(lambda: a.symmetric_difference())
e(lambda: a.symmetric_difference([1], [2]))
e(lambda: a.issubset())
e(lambda: a.union(1))
e(lambda: a.update([1], 2))
e(lambda: a.add())
e(lambda: a.union(x=1))
print(a.issubset(range(10)), a.issubset([1]), a.issuperset(range(1, 4)), a.issuperset([0]), a.isdisjoint('abc'))
print(frozenset(a).union([0]), frozenset(a).intersection({1}), frozenset().union(), type(frozenset(a).difference()).__name__)
print(set().union(*[[1], [2], [3]]), set.union({1}, {2}), set.intersection(*[{1, 2}, {2, 3}]))
