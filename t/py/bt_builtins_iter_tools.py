print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x % 2, range(6))))
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: sum(a), [1], [2], [3])), list(map(str.upper, "ab")))
print(list(zip()), list(zip("ab", [1, 2, 3])), list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "bc", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print(e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())), list(iter(Seq().__getitem__, 20)) if False else None)
try:
    reversed({1})
except TypeError as e:
    print(e)
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), sorted("bAc", key=str.lower), sorted({3: 0, 1: 0}), sorted([]))
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
