class C:
    def m(self, x): return (self.__class__.__name__, x)
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print(C.m(c, 2), type(bm).__name__, type(C.m).__name__)
print(c.m == c.m, c.m is c.m, c.m == C().m)
print(repr(bm).startswith("<bound method C.m of <__main__.C object at"))
l = [3, 1]
ap = l.append
ap(2)
print(l, type(ap).__name__, ap.__name__, ap.__self__ is l)
print(repr(len), repr(list.append), repr(dict.fromkeys)[:40])
print(repr(ap).startswith("<built-in method append of list object at"))
print(list.append.__qualname__, list.append.__objclass__, len.__name__)
f = list.append
f(l, 9)
print(l)
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(int.__add__(1, 2), (5).__add__(3), type((5).__add__).__name__)
print(repr(int.__add__), repr(object.__init__))
print(dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__)
