# Instance attributes vs class attributes, descriptors, properties, __slots__.
class Base:
    kind = "base"
    def method(self):
        return "method of %s" % type(self).__name__

b = Base()
print(b.kind, b.method())
b.kind = "instance"          # shadows the class attribute
print(b.kind, Base.kind)
del b.kind
print(b.kind)
b.method = lambda: "instance callable"
print(b.method())
del b.method
print(b.method())

def get_kind(o):
    return o.kind

objs = [Base() for _ in range(3)]
objs[1].kind = "shadow"
print([get_kind(o) for o in objs])
Base.kind = "changed"
print([get_kind(o) for o in objs])

# a data descriptor added to the class later wins over the instance value
class D:
    def __init__(self):
        self.v = 1

def read(o):
    return o.v

d = D()
print([read(d) for _ in range(3)])
D.v = property(lambda self: "property")
print(read(d), d.__dict__)
del D.v
print(read(d))

# non-data descriptor: the instance value wins
class NonData:
    def __get__(self, obj, cls):
        return "nondata"

class E:
    attr = NonData()
e = E()
print(e.attr)
e.attr = "instance"
print(e.attr)

# data descriptor with __set__: stores go to the descriptor
class Data:
    def __get__(self, obj, cls):
        return obj.__dict__.get("_d", "unset") if obj else self
    def __set__(self, obj, value):
        obj.__dict__["_d"] = value * 2

class F:
    attr = Data()
f = F()
print(f.attr)
for i in range(3):
    f.attr = i
print(f.attr, vars(f))

# a method changed on the class after calls were cached
class G:
    def m(self):
        return 1
g = G()
def call(o):
    return o.m()
print([call(g) for _ in range(3)])
G.m = lambda self: 2
print(call(g))
g.m = lambda: 3
print(call(g))
del g.m
print(call(g))

# a base class changed
class H(G):
    pass
h = H()
print([call(h) for _ in range(3)])
G.m = lambda self: 4
print(call(h))

# __getattr__ / __getattribute__ added after caching
class I:
    def __init__(self):
        self.x = 1
i = I()
def getx(o):
    return o.x
print(getx(i), getx(i))
I.__getattribute__ = lambda self, name: "intercepted " + name
print(getx(i))
del I.__getattribute__
print(getx(i))
I.__getattr__ = lambda self, name: "fallback " + name
print(getx(i), i.nope)

# __setattr__ added after caching
class J:
    def __init__(self):
        self.x = 0
def setx(o, v):
    o.x = v
j = J()
setx(j, 1); setx(j, 2)
print(j.x)
J.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
setx(j, 3)
print(j.x)

# __slots__ classes, with and without __dict__
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
s = S()
print(s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as ex:
    print("AttributeError:", ex)

class SD:
    __slots__ = ("a", "__dict__")
sd = SD()
sd.a = 1
sd.b = 2
sd.c = 3
print(sd.a, sd.b, sd.c, sd.__dict__)

class SSub(S):
    def __init__(self):
        super().__init__()
        self.extra = 9
ss = SSub()
print(ss.a, ss.b, ss.extra, vars(ss))

# subclass instances share nothing wrongly with base instances
class P1:
    def __init__(self):
        self.x = 1
class P2(P1):
    def __init__(self):
        self.y = 2
        super().__init__()
for o in (P1(), P2(), P1(), P2()):
    print(type(o).__name__, vars(o), o.x)

# a class with __getattr__: found attributes are cached, missing ones fall back
class GA:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    def meth(self):
        return "meth"
    def __getattr__(self, name):
        return "getattr:" + name

def reads(o):
    return o.x, o.cls_attr, o.meth(), o.y, o.meth

gs = [GA(), GA()]
for _ in range(3):
    out = [reads(o)[:4] for o in gs]
print(out)
gs[1].y = "instance y"
gs[0].cls_attr = "shadowed"
print([reads(o)[:4] for o in gs])
GA.meth = lambda self: "new meth"
del GA.cls_attr
print([reads(o)[:4] for o in gs])
del GA.__getattr__
try:
    reads(gs[0])
except AttributeError as ex:
    print("AttributeError:", ex)

class GASub(GA):
    def __getattribute__(self, name):
        if name == "x":
            return "getattribute x"
        return object.__getattribute__(self, name)
GA.__getattr__ = lambda self, name: "back:" + name
sub = GASub()
print(reads(sub)[:4], reads(gs[0])[:4])
