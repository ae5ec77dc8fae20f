class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class A(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
a = A(3)
print(a.v, A.made_by, A.kw, type(A).__name__)
class B(A): pass
print(type(B).__name__, B.kw)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single): pass
print(S() is S())
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
T = type("T", (A,), {"w": 2})
print(T.__name__, T.w, type(T).__name__, T.__mro__[1].__name__)
