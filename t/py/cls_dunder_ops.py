class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return V(*[-a for a in self.c])
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b))
print(sum([a, b]), a == V(1, 2), a != b, a == 1)
print(len(a), a[0], a[-1], list(a), bool(V(0, 0)), bool(a))
print(a < b, b > a, sorted([b, a]))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
