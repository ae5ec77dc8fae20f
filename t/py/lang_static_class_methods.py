class C:
    count = 0
    @staticmethod
    def s(a, b=2): return a + b
    @classmethod
    def c(cls, x): return f"{cls.__name__}:{x}"
    def m(self): return self
    @classmethod
    def make(cls): cls.count += 1; return cls()
class D(C): pass
print(C.s(1), C().s(1, 3), C.c(1), D.c(2), D().c(3), type(D.make()).__name__, D.count, C.count)
print(type(C.__dict__["s"]).__name__, type(C.__dict__["c"]).__name__, C.__dict__["s"].__func__.__name__)
o = C(); bm = o.m
print(bm() is o, bm.__self__ is o, bm.__func__ is C.m, bm == o.m, bm.__name__, C.m(o) is o)
print(type(bm).__name__, type(C.c).__name__, C.c.__self__ is C)
sm = staticmethod(len); print(sm(["a"]) if hasattr(sm, "__call__") else len(["a"]))
cm = classmethod(lambda cls: cls.__name__)
class E: f = cm
print(E.f(), E().f())
try:
    C.m()
except TypeError as e:
    print(e)
import sys
print(C.s.__name__, C.c.__name__, o.m.__qualname__)
