class T:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @v.deleter
    def v(self): print("deleted"); self._v = None
    ro = property(lambda self: 1)
t = T()
t.v = 5; print(t.v)
del t.v; print(t.v)
print(T.v.__doc__, type(T.v).__name__)
try:
    t.ro = 3
except AttributeError as e:
    print(e)
try:
    del t.ro
except AttributeError as e:
    print(e)
p = property()
try:
    p.__get__(t)
except AttributeError as e:
    print(e)
print(T.v.fget.__name__, T.v.fset.__name__, T.v.fdel.__name__, T.ro.fset)
class U(T):
    @T.v.getter
    def v(self): return "U" + str(self._v)
u = U(); u.v = 3; print(u.v)
