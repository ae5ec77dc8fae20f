class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(OldSeq()), 4 in OldSeq(), 5 in OldSeq(), [x for x in OldSeq()])
a, b, c = OldSeq(); print(a, b, c)
class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return ("get", k)
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
    def __len__(self): return 0
    def __contains__(self, x): return x == "yes"
    def __call__(self, *a, **k): return ("called", a, k)
    def __bool__(self): return True
b = Box()
print(b[1], b[1:2], b[::2], b[1, 2:3], b[...])
b[0:5] = "x"; del b[::-1]; b["k"] = 1
print("yes" in b, "no" in b, "no" not in b, bool(b), len(b), b(1, z=2))
class L:
    def __len__(self): return 5
print(bool(L()), bool(type("Z", (), {"__len__": lambda s: 0})()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Dir:
    def __dir__(self): return ["b", "a"]
print(dir(Dir()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), max(It()), dict(zip(It(), "abc")))
class NotIt:
    def __iter__(self): return 5
try:
    iter(NotIt())
except TypeError as e:
    print(e)
