l = [3, 1, "x", 2]
try:
    l.sort()
except TypeError as e:
    print(e)
print(sorted(l, key=str), len(l))
l = [5, 4, 3]
def k(x):
    if x == 3: raise ValueError("key fail")
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print(e, l)
l = [1, 2, 3]
try:
    l.sort(key=lambda x: (l.append(0), x)[1])
except ValueError as e:
    print(e)
data = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
print(sorted([3.5, 1, 2 ** 70, -1e20, True]), sorted("hello"), sorted([[2], [1, 5], []]), sorted(range(5, 0, -1)))
print(sorted([], reverse=True), sorted({"b": 1, "a": 2}.items()), sorted(["B", "a", "C"]), sorted([1, 2, 3], key=None))
