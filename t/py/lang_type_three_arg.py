def init(self, v): self.v = v
T = type("T", (object,), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
t = T(4); print(t.double(), T.k, T.__name__, T.__qualname__, T.__bases__, type(T))
S = type("S", (T,), {})
print(S(1).double(), S.__mro__[1] is T, S.__module__)
print(type(1), type("x"), type(None), type(type))
for bad in [lambda: type("X", (1,), {}), lambda: type("X", (), []), lambda: type(1, (), {}), lambda: type("a", "b"), lambda: type()]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(e)
E = type("E", (Exception,), {"code": 7})
try:
    raise E("boom")
except E as e:
    print(type(e).__name__, e, e.code)
