# Deterministic random operations on instances checked against a model
# dict per object: layouts, deletions, __dict__ writes, __class__ swaps.
class A:
    k0 = "A.k0"
class B:
    k1 = "B.k1"
class C(A):
    pass

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

keys = ["k%d" % i for i in range(8)]
objs = [[A, B, C][i % 3]() for i in range(30)]
model = [{} for _ in objs]
mismatch = 0

def load(o, k):
    return getattr(o, k, None)

def check(i):
    global mismatch
    o, m = objs[i], model[i]
    state = o.__reduce_ex__(2)[2] or {}   # reads without taking __dict__
    if state != m or list(state) != list(m):
        mismatch += 1
    for k in keys:
        want = m.get(k, getattr(type(o), k, None))
        if load(o, k) != want:
            mismatch += 1

def fast_loads(o):
    # fixed names: these sites get inline caches
    return (o.k0 if hasattr(o, "k0") else None, o.k1 if hasattr(o, "k1") else None)

for step in range(4000):
    i = rnd(len(objs))
    o, m = objs[i], model[i]
    op = rnd(20)
    k = keys[rnd(len(keys))]
    if op < 9:
        v = rnd(1000)
        setattr(o, k, v)
        m[k] = v
    elif op < 11:
        if k in m:
            delattr(o, k)
            del m[k]
    elif op == 11:
        v = rnd(1000)
        o.__dict__[k] = v
        m[k] = v
    elif op == 12 and m:
        last = list(m)[-1]
        delattr(o, last)
        del m[last]
    elif op == 13:
        o.__class__ = [A, B, C][rnd(3)]
    elif op == 14:
        o.k0 = step
        m["k0"] = step
    elif op == 15:
        objs[i] = type(o)()
        model[i] = {}
    elif op == 16:
        d = dict(m)
        n = type(o)()
        n.__dict__.update(d)
        objs[i] = n
    elif op == 17:
        fast_loads(o)
    check(i)

print("mismatches:", mismatch)
for i in range(0, 30, 7):
    print(type(objs[i]).__name__, vars(objs[i]))
print(sorted(len(vars(o)) for o in objs))
