class C: pass
c = C()
c.__dict__["x"] = 1
print(c.x)
c.__dict__ = {"y": 2}
print(c.y, hasattr(c, "x"))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ()
try:
    S().__dict__
except AttributeError as e:
    print("AttributeError:", e)
def f(): pass
f.attr = 3
print(f.attr, f.__dict__)
import sys
m = type(sys)("mymod")
m.x = 1
print(m.x, m.__name__, m.__dict__["x"], repr(m))
