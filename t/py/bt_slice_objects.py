s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, slice(5).stop, slice(None), s == slice(1, 10, 3), s.indices(7), slice(-1, None, -2).indices(10))
print("abcdefghij"[s], [0, 1, 2, 3][slice(None, None, -1)], (1, 2, 3)[slice(-2, None)], range(20)[s])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    [1][slice("a", None)]
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30, 40][Idx():], [10, 20, 30][Idx()], "abcd"[Idx()::-1], slice(Idx()).indices(10) if False else "")
try:
    hash(slice(1))
    print("hashable slice")
except TypeError as e:
    print(e)
print([1, 2, 3][10**30:], [1, 2, 3][-10**30:2], "abc"[::10**20])
