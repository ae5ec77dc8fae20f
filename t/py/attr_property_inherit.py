class A:
    @property
    def v(self): return "A.v"
class B(A):
    @A.v.getter
    def v(self): return "B.v+" + super().v
print(B().v, A().v)
class C:
    _x = 0
    @property
    def x(self): return self._x
class D(C):
    @C.x.setter
    def x(self, val): self._x = val * 2
d = D()
d.x = 5
print(d.x, type(D.x).__name__)
class P2(property): pass
class E:
    @P2
    def q(self): return "q"
print(E().q, type(E.q).__name__)
print(property.__doc__ is not None or True)
