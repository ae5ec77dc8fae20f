# Weak references do not keep their referent alive: after del + collect
# they return None, callbacks run (with the reference), proxies raise.
import gc, weakref

class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Obj(%s)" % self.name

o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name)
del o
gc.collect()
print("dead:", r(), r() is None)

# callbacks get the dead reference; __callback__ is dropped after the call
def cb(ref):
    print("callback", ref is r2, ref())
o = Obj("b")
r2 = weakref.ref(o, cb)
print(r2.__callback__ is cb)
del o
gc.collect()
print("after b", r2.__callback__)

# a reference that died before its referent: no callback
o = Obj("c")
r3 = weakref.ref(o, lambda ref: print("never"))
del r3
del o
gc.collect()
print("after c")

# a weakref to an object still reachable stays alive
o = Obj("d")
keep = [o]
r4 = weakref.ref(o, lambda ref: print("never d"))
del o
gc.collect()
print("alive:", r4())

# proxies
o = Obj("e")
p = weakref.proxy(o)
print(p.name)
del o
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

# equality and hash of dead references
o = Obj("f")
ra, rb = weakref.ref(o), weakref.ref(o)
h = hash(ra)
print(ra == rb, hash(rb) == h)
del o
gc.collect()
print(ra == rb, ra == ra, hash(ra) == h)
g = Obj("g")
rg = weakref.ref(g)
del g
gc.collect()
try:
    hash(rg)
except TypeError as e:
    print("TypeError", e)

# references without callback are shared; getweakrefcount/getweakrefs
o = Obj("s")
r1 = weakref.ref(o)
r2 = weakref.ref(o)
c1 = weakref.ref(o, lambda r: print("cb1"))
c2 = weakref.ref(o, lambda r: print("cb2"))
print(r1 is r2, c1 is c2, weakref.getweakrefcount(o))
print([x is r1 for x in weakref.getweakrefs(o)], weakref.getweakrefs(o)[1] is c2)
del o
gc.collect()
print(weakref.getweakrefcount(Obj("t")))

# a weakref to an object with __del__: __del__ runs first, then the callback
class D:
    def __del__(self): print("D.__del__")
d = D()
rd = weakref.ref(d, lambda ref: print("D callback", ref()))
del d
gc.collect()
print("after D", rd())

# callbacks of references held in a list, referent in a cycle
o = Obj("h")
o.self = o
refs = [weakref.ref(o, lambda ref, i=i: print("cycle cb", i)) for i in range(1)]
del o
gc.collect()
print("after cycle", [x() for x in refs])

# WeakMethod
class M:
    def meth(self): return "m"
m = M()
wm = weakref.WeakMethod(m.meth)
print(wm()())
del m
gc.collect()
print(wm())
