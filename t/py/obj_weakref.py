import _weakref
class C: pass
c = C()
r = _weakref.ref(c)
print(r() is c, type(r).__name__, type(r), r.__callback__, hash(r) == hash(c), r == _weakref.ref(c))
print(repr(r).startswith("<weakref at 0x"), "to 'C' at" in repr(r))
class K(_weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, cb, key):
        self = super().__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
k = K(c, None, "kk")
print(k.key, k() is c, isinstance(k, _weakref.ref))
for bad in (1, "s", [], None):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
p = _weakref.proxy(c)
p.attr = 5
print(c.attr, p.attr, type(p).__name__)
def f(): return "called"
print(_weakref.proxy(f)(), _weakref.ref(f)() is f, _weakref.ref(C)() is C)
print(_weakref.ref[int])
