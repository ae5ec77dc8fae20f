# WeakValueDictionary, WeakKeyDictionary, WeakSet and weakref.finalize
# (CPython's Lib/weakref.py and _weakrefset.py) over collected referents.
import gc, weakref

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n

# WeakValueDictionary: entries go when their values die
d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(6)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()))
del o
del objs[::2]
gc.collect()
print(len(d), sorted(d.keys()), sorted(v.n for v in d.values()))
objs.clear()
gc.collect()
print(len(d), list(d.items()))
d["x"] = Obj(99)           # the temporary dies at once in CPython
gc.collect()
print("x" in d, d.get("x"))

# WeakKeyDictionary: entries go when their keys die
k = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for i, key in enumerate(keys):
    k[key] = i * 10
del key
print(len(k))
del keys[1:3]
gc.collect()
print(len(k), sorted(k.values()), sorted(o.n for o in k.keys()))
del keys
gc.collect()
print(len(k), list(k))

# WeakSet
s = weakref.WeakSet()
members = [Obj(i) for i in range(5)]
for m in members:
    s.add(m)
del m
print(len(s))
members.pop()
members.pop(0)
gc.collect()
print(len(s), sorted(o.n for o in s))
print(members[0] in s, Obj(7) in s)
members = None
gc.collect()
print(len(s), list(s))

# weakref.finalize: runs once, when the object dies or when called
class Res:
    pass
def cleanup(name, *extra):
    print("cleanup", name, extra)
    return name.upper()
r = Res()
f = weakref.finalize(r, cleanup, "res", 1, 2)
print(f.alive, f.peek()[2:])
del r
gc.collect()
print("after del:", f.alive, f(), f.peek())

r2 = Res()
f2 = weakref.finalize(r2, cleanup, "called")
print(f2(), f2.alive, f2())
f3 = weakref.finalize(r2, cleanup, "detached")
print(f3.detach()[2:], f3.alive)
del r2
gc.collect()
print("after r2")

# WeakValueDictionary with setdefault / pop on live entries
d2 = weakref.WeakValueDictionary()
a = Obj(1)
print(d2.setdefault("a", a) is a, d2.pop("a") is a, len(d2))
