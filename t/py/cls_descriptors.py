class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class Rec:
    n = Typed(int)
    s = Typed(str)
r = Rec()
r.n = 5; r.s = "hi"
print(r.n, r.s, type(Rec.n).__name__)
try:
    r.n = "x"
except TypeError as e:
    print("TypeError:", e)
del r.n
class NonData:
    def __get__(self, obj, t): return "nondata"
class H:
    a = NonData()
h = H()
print(h.a)
h.__dict__["a"] = "instance"
print(h.a)
class DataD:
    def __get__(self, obj, t): return "data"
    def __set__(self, obj, v): pass
class H2:
    a = DataD()
h2 = H2()
h2.__dict__["a"] = "instance"
print(h2.a)
