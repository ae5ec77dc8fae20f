class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(type(P.x).__name__)
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q = Q(5)
q.z = 9
print(q.x, q.z, q.__dict__)
class R(P):
    __slots__ = ("w", "__dict__")
r = R(1)
r.w = 2
r.extra = 3
print(r.x, r.w, r.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
