# Attribute order, shared layouts, deletion and re-adding, many attributes.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a, b = P(1, 2), P(3, 4)
print(vars(a), vars(b))
c = P(5, 6)
c.z = 7                       # extends the layout
print(c.__dict__, c.x, c.y, c.z)

# a different insertion order gives a different order in __dict__
class Q:
    pass

q1, q2 = Q(), Q()
q1.a = 1; q1.b = 2; q1.c = 3
q2.c = 3; q2.a = 1; q2.b = 2
print(list(q1.__dict__), list(q2.__dict__))
print(q1.a, q1.b, q1.c, q2.a, q2.b, q2.c)

# deletion and re-adding: the key goes to the end
d = Q()
d.a = 1; d.b = 2; d.c = 3
del d.b
print(d.__dict__)
d.b = 20
print(d.__dict__, d.b)
del d.a, d.c
print(d.__dict__)
try:
    del d.a
except AttributeError as e:
    print("AttributeError:", e)
e = Q()
try:
    del e.nothing
except AttributeError as e2:
    print("AttributeError:", e2)
e.k = 1
try:
    del e.other
except AttributeError as e2:
    print("AttributeError:", e2)
print(e.__dict__)

# deleting the last one added, then adding again
f = Q()
f.x = 1; f.y = 2
del f.y
f.y = 3
f.z = 4
print(f.__dict__)

# many attributes: beyond the layout limit
m = Q()
for i in range(50):
    setattr(m, "attr%d" % i, i * i)
print(len(m.__dict__), m.attr0, m.attr29, m.attr30, m.attr49)
print(list(m.__dict__)[:3], list(m.__dict__)[-3:])
print(sum(getattr(m, "attr%d" % i) for i in range(50)))
for i in range(0, 50, 2):
    delattr(m, "attr%d" % i)
print(len(vars(m)), hasattr(m, "attr0"), hasattr(m, "attr1"))

# the same code on many instances with varied layouts
objs = []
for i in range(40):
    o = Q()
    if i % 3 == 0:
        o.a = i
    o.b = i * 2
    if i % 5 == 0:
        o.c = i * 3
    objs.append(o)
print([tuple(vars(o)) for o in objs[:6]])
print(sum(o.b for o in objs), sum(getattr(o, "a", 0) + getattr(o, "c", 0) for o in objs))

# repeated loads and stores in a loop (inline caches)
class Acc:
    def __init__(self):
        self.n = 0
        self.total = 0

    def add(self, v):
        self.n += 1
        self.total += v

acc = Acc()
for i in range(1000):
    acc.add(i)
print(acc.n, acc.total, vars(acc))

# a temporary attribute added and deleted in a loop
class Tmp:
    def __init__(self):
        self.keep = 1

def use(o, i):
    o.tmp = i
    r = o.tmp + o.keep
    del o.tmp
    return r

tmp = Tmp()
print(sum(use(tmp, i) for i in range(100)), vars(tmp), hasattr(tmp, "tmp"))
tmp.tmp = "back"
tmp.more = 2
print(vars(tmp))
del tmp.keep
print(vars(tmp), [use(tmp, i) if False else i for i in range(2)])
