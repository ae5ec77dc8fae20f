class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
c = C()
print(c.f(), C.__bases__)
C.__bases__ = (B,)
print(c.f(), C.__bases__, [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print("TypeError:", e)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C))
C.__qualname__ = "Q.R"
print(repr(C))
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
