class Data:
    def __get__(self, obj, typ=None):
        return ("get", obj is None, typ.__name__)
    def __set__(self, obj, v):
        print("set", v)
    def __delete__(self, obj):
        print("delete")
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5
del c.d
c.__dict__["d"] = "inst"
print(c.d)
print(c.n)
c.n = "shadow"
print(c.n, C.n)
class RO:
    def __get__(self, o, t=None): return 1
    def __set__(self, o, v): raise AttributeError("read-only")
class K:
    r = RO()
try:
    K().r = 2
except AttributeError as e:
    print(e)
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, o, t=None):
        if o is None: return self
        return getattr(o, self.name)
    def __set__(self, o, v):
        if not isinstance(v, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(o, self.name, v)
class P:
    x = Typed()
p = P(); p.x = 4; print(p.x, type(P.x).__name__)
try: p.x = "a"
except TypeError as e: print(e)
