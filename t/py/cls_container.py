class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
g = Grid()
g[1, 2] = 5
g["a"] = 1
print(g[1, 2], g[0, 0], len(g), bool(g))
del g["a"]
print(len(g))
try:
    del g["zz"]
except KeyError as e:
    print("KeyError:", e)
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::2], s[1:2, 3], s[...])
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class Empty:
    def __len__(self): return 0
print(bool(Empty()), not Empty())
