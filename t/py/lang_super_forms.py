class A:
    def hi(self): return "A"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def hi(self): return "B" + super().hi()
    @classmethod
    def c(cls): return "B>" + super().c()
class C(A):
    def hi(self): return "C" + super(C, self).hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), D.c())
print(super(B, D()).hi())
s = super(D, D())
print(type(s).__name__, s.hi())
class E(A):
    def hi(self):
        f = lambda: super(E, self).hi()
        return f()
print(E().hi())
try:
    super(B, A()).hi()
except TypeError as e:
    print(e)
class N:
    def __init__(self):
        super().__init__()
        self.ok = 1
print(N().ok)
print(super(B, B).c())
