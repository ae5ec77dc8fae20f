# __class__ assignment, dynamic names, getattr/setattr/delattr, vars().
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
    def who(self):
        return "A"

class B:
    def __init__(self):
        self.b = 20
        self.a = 10
    def who(self):
        return "B"

def describe(o):
    return o.who(), o.a, o.b

a = A()
print(describe(a), describe(a))
a.__class__ = B
print(describe(a), vars(a))
a.c = 3
print(vars(a), type(a).__name__)
a.__class__ = A
print(describe(a), vars(a))

bs = [B(), B()]
print([describe(o) for o in bs])
bs[0].__class__ = A
print([describe(o) for o in bs])

class Slotted:
    __slots__ = ("a",)
try:
    a.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)

# dynamic names
class O:
    pass
o = O()
names = ["n%d" % i for i in range(10)]
for i, n in enumerate(names):
    setattr(o, n, i)
print([getattr(o, n) for n in names])
print(getattr(o, "missing", "default"), hasattr(o, "n3"), hasattr(o, "n10"))
dyn = "".join(["n", "5"])      # not an interned string
print(getattr(o, dyn), dyn in vars(o))
setattr(o, dyn, 55)
print(o.n5)
delattr(o, "".join(["n", "6"]))
print(list(vars(o)))
try:
    getattr(o, "n6")
except AttributeError as e:
    print("AttributeError:", e)

class StrSub(str):
    pass
p = O()
setattr(p, StrSub("sub"), 1)
p.other = 2
print(vars(p), p.sub)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print("TypeError:", e)

# vars() without __dict__
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)

# instances created in bulk keep their own values
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)
pts = [Pt(i, -i) for i in range(100)]
print(pts[:3], sum(p.x for p in pts), sum(p.y for p in pts))
for p in pts:
    p.x, p.y = p.y, p.x
print(pts[-2:])

# equality and hashing of instances unaffected
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(len({K(1), K(1), K(2)}), K(3) == K(3))

# classes made with type()
T = type("T", (), {"z": 0})
t = T()
t.x = 1
print(vars(t), t.z, T.__name__)

# instance attributes of exceptions and functions still work
class MyErr(Exception):
    pass
err = MyErr("m")
err.code = 5
print(err.code, vars(err))
def fn():
    pass
fn.tag = "t"
print(fn.tag, fn.__dict__)
