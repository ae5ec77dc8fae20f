class C:
    a = 1
    def m(self): return "m"
c = C()
C.b = 2; print(c.b, C.__dict__["b"], "a" in C.__dict__)
del C.a
print(hasattr(c, "a"))
try:
    del C.a
except AttributeError as e:
    print(e)
C.m = lambda self: "replaced"; print(c.m())
c.m = lambda: "instance"; print(c.m(), C.m(c))
setattr(C, "dyn", property(lambda self: "prop")); print(c.dyn)
print(type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(e)
try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    (1).foo = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class D(C): pass
C.shared = "from C"; print(D.shared, D().shared)
D.shared = "D own"; print(C.shared, D.shared)
print(C.__name__, D.__base__.__name__, D.__doc__, C.__dict__.get("__doc__"))
C.__name__ = "Renamed"; print(C.__name__, repr(C)[-10:])
