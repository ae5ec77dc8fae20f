class A:
    def who(self): return __class__.__name__
    def sup(self): return super()
class B(A):
    def who(self): return "B>" + super().who() + " cls=" + __class__.__name__
print(B().who(), type(B().sup()).__name__)
class C:
    def f(self):
        def inner():
            return __class__
        return inner()
print(C().f() is C)
def outside(self):
    return super().__repr__()
class D:
    r = outside
try:
    D().r()
except RuntimeError as e:
    print(e)
class E:
    def m(): return super()
try:
    E.m()
except RuntimeError as e:
    print(e)
class F:
    @staticmethod
    def s():
        return __class__.__name__
print(F.s())
class G(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
print(G(a=2)["a"])
