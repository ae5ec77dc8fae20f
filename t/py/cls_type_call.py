C = type("C", (), {"x": 1, "f": lambda self: self.x + 1})
c = C()
print(C.__name__, c.x, c.f(), C.__module__)
D = type("D", (C,), {})
print(D.__mro__[1] is C, D().f())
print(type(3), type("s"), type(None), type(type))
try:
    type("E", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class F(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(1): pass
except TypeError as e:
    print("TypeError:", e)
