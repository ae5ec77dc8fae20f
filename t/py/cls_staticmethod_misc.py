def deco(f):
    return staticmethod(f)
class C:
    @deco
    def s(x): return x * 2
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(C.s(2), C().s(3))
print(repr(C.__dict__["s"]).startswith("<staticmethod(<function"))
print(C.__dict__["s"].__name__, C.__dict__["s"].__wrapped__.__name__)
sm = staticmethod(len)
print(sm("abc"))
try:
    classmethod()
except TypeError as e:
    print("TypeError:", e)
class D:
    @classmethod
    def make(cls): return cls
class E(D): pass
print(E.make().__name__, E().make().__name__, D.make.__func__ is E.make.__func__)
