class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), sorted(P.__slots__))
print(type(P.x).__name__)
del p.x
print(hasattr(p, "x"))
class Q(P):
    pass
q = Q(2); q.z = 3; print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1); r.w = 2; print(r.x, r.w)
class S:
    __slots__ = "one"
s = S(); s.one = 1; print(s.one)
class T:
    __slots__ = ("a", "__dict__")
t = T(); t.a = 1; t.b = 2; print(t.a, t.__dict__)
