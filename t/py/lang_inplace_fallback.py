class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("add"); return A(self.v + o)
    def __iadd__(self, o):
        print("iadd ->", "NotImplemented" if o < 0 else "self")
        if o < 0: return NotImplemented
        self.v += o; return self
    def __repr__(self): return f"A({self.v})"
a = A(1); b = a
a += 2; print(a, a is b)
a += -1; print(a, a is b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1); y = x; x += 1; print(x.v, x is y)
class R:
    def __radd__(self, o): return f"R.radd({o})"
n = 5; n += R(); print(n)
class NoOps: pass
z = NoOps()
try:
    z += 1
except TypeError as e:
    print(e)
try:
    z *= 2
except TypeError as e:
    print(e)
try:
    z **= 2
except TypeError as e:
    print(e)
l = [1]; l *= 2; print(l)
