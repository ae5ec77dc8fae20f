print(1 in [1, 2], 3 not in (1, 2), "b" in "abc", "x" in {"x": 1}, 2 in {2}, 5 in range(10))
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It())
print(list(iter([1, 2])), list(iter(range(3))))
it = iter([1])
print(next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(iter(it) is it)
class GI:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return chr(97 + i)
print(list(GI()), "b" in GI(), list(enumerate(GI())))
