# Inline caches at sites that see several layouts, types and transitions.
class A:
    pass

def init(o, first):
    if first:
        o.a = 1
        o.b = 2
    else:
        o.b = 20
        o.a = 10

def add_c(o, v):
    o.c = v          # a transition from two different layouts at one site

def read(o):
    return o.a, o.b, o.c

objs = []
for i in range(20):
    o = A()
    init(o, i % 2 == 0)
    add_c(o, i)
    objs.append(o)
print([read(o) for o in objs[:4]])
print([list(vars(o)) for o in objs[:2]])

# growing one instance attribute by attribute through one site
def put(o, name, v):
    setattr(o, name, v)

def put_fixed(o, v):
    o.z = v

big = A()
for i in range(35):
    put(big, "k%02d" % i, i)
    if i == 10:
        put_fixed(big, "z")
print(len(vars(big)), big.k00, big.k34, big.z, list(vars(big))[9:13])

# the same site sees instances of different classes and builtin objects
class B:
    def __init__(self):
        self.a = "B.a"
class C(B):
    a = "class attr"
class D:
    a = "D class attr"
class S(str):
    pass
class L(list):
    pass

def geta(o):
    return o.a
s = S("x")
s.a = "str subclass"
lst = L()
lst.a = "list subclass"
items = [B(), C(), D(), s, lst, B()]
print([geta(o) for o in items])
print([geta(o) for o in items])
items[2].a = "D instance"
print([geta(o) for o in items])

# methods through one site across classes; a method replaced by an instance attribute
class M1:
    def f(self):
        return "M1.f"
class M2:
    def f(self):
        return "M2.f"
def callf(o):
    return o.f()
ms = [M1(), M2(), M1()]
print([callf(o) for o in ms])
ms[2].f = lambda: "instance f"
print([callf(o) for o in ms])
M1.f = lambda self: "new M1.f"
print([callf(o) for o in ms])
print([callf(o) for o in [1.5, "s"] if False], [type(o).__name__ for o in ms])

# list.append / str.upper through LOAD_METHOD and LOAD_ATTR
def app(x, v):
    x.append(v)
    return x.count
out = []
for i in range(3):
    cnt = app(out, i)
print(out, cnt(1))
up = [getattr(w, "upper")() for w in ["a", "b"]]
print(up)

# a class attribute read through an instance, then the class changes
class K:
    limit = 10
def lim(o):
    return o.limit
k = K()
vals = [lim(k)]
K.limit = 20
vals.append(lim(k))
k.limit = 30
vals.append(lim(k))
del k.limit
vals.append(lim(k))
print(vals)

# classmethod and staticmethod through instances
class CM:
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(x):
        return x * 2
class CM2(CM):
    pass
def both(o):
    return o.c(), o.s(3), o.c
print([both(o)[:2] for o in (CM(), CM2(), CM())])

# __slots__ members and a layout on the same instance
class SL:
    __slots__ = ("p", "__dict__")
    def __init__(self):
        self.p = 1
        self.q = 2
def pq(o):
    return o.p + o.q
sls = [SL() for _ in range(3)]
sls[1].p = 10
print([pq(o) for o in sls], vars(sls[0]))
