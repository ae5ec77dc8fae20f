# __dict__ behaves like a dict; mutations through it are seen as attributes.
class C:
    def __init__(self):
        self.a = 1
        self.b = 2

c = C()
d = c.__dict__
print(type(d).__name__, d, repr(d), len(d), "a" in d, list(d.items()))
print(d is c.__dict__, vars(c) is d)
d["c"] = 3
print(c.c, d)
c.d = 4
print(d, list(d))
del d["a"]
print(hasattr(c, "a"), d)
d.clear()
print(d, hasattr(c, "b"))
c.x = 10
print(d)
d.update(y=20, z=30)
print(c.y, c.z, vars(c))

# non-str keys in __dict__
k = C()
k.__dict__[1] = "one"
print(k.__dict__, k.a)
k.__dict__["q"] = 5
print(k.q)

# obj.__dict__ = {...}
n = C()
n.__dict__ = {"p": 1, "q": 2}
print(n.p, n.q, hasattr(n, "a"), vars(n))
n.r = 3
print(n.__dict__)
try:
    n.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

# a dict subclass as __dict__
class MyDict(dict):
    pass
m = C()
m.__dict__ = MyDict(w=1)
m.v = 2
print(type(m.__dict__).__name__, m.__dict__, m.w, m.v)

# the dict reads back values set before and after it was handed out
s = C()
s.e = 5
dd = s.__dict__
s.f = 6
print(dd, s.__dict__ is dd)
for i in range(3):
    s.a += 1
print(dd["a"], s.a)

# iteration order, equality, copy
t1, t2 = C(), C()
print(t1.__dict__ == t2.__dict__, t1.__dict__ == {"a": 1, "b": 2})
cp = dict(t1.__dict__)
t1.a = 100
print(cp, t1.__dict__)

# reconstruction through __dict__.update (as copy does)
import copy
class R:
    def __init__(self, x):
        self.x = x
        self.items = [x]
r = R(3)
r.extra = "e"
r2 = copy.copy(r)
print(vars(r2), r2.items is r.items)
r3 = copy.deepcopy(r)
print(vars(r3), r3.items is r.items, vars(r))
blank = R.__new__(R)
print(vars(blank))
blank.__dict__.update(r.__dict__)
print(vars(blank), blank.x)
blank.y = 1
print(vars(blank))

# __dict__ of a class instance in a loop of stores (cache after the dict was handed out)
class L:
    def __init__(self):
        self.v = 0
ls = [L() for _ in range(5)]
ls[2].__dict__["w"] = 1
for _ in range(3):
    for o in ls:
        o.v += 1
print([vars(o) for o in ls])
print(sorted(dir(ls[2]))[-2:])
