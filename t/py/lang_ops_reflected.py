class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o); return V(o + self.x)
    def __iadd__(self, o):
        print("iadd"); self.x += o if isinstance(o, int) else o.x; return self
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "rsub"
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __matmul__(self, o): return "matmul"
    def __rpow__(self, o): return f"rpow {o}"
    def __lt__(self, o): return self.x < o.x
print(V(1) + V(2), V(1) + 3, 3 + V(1))
v = V(1); v += 2; v += V(1); print(v)
print(5 - V(1), 3 * V(2), V(2) * 3, -V(3), V(1) @ V(2), 2 ** V(1))
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
try:
    V(1) + "s"
except TypeError as e:
    print(e)
print(V(1) > V(0), sorted([V(3), V(1)], key=lambda v: v.x))
class Sub(V):
    def __radd__(self, o): return "Sub.radd"
print(V(1) + Sub(2))
class W:
    def __eq__(self, o): return NotImplemented
print(W() == W(), W() != 3)
try:
    W() < W()
except TypeError as e:
    print(e)
l = [1]; l2 = l; l += [2]; print(l2)
t = (1,); t2 = t; t += (2,); print(t2, t)
