# Generators abandoned while suspended are closed when collected: their
# finally blocks and with-exits run (CPython at once by refcount; pyvm at the
# next collection, so the test collects explicitly).
import gc

def gen(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", name)

# for ... break abandons the generator
for x in gen("a"):
    print("got", x)
    break
gc.collect()
print("after a")

# explicit close runs finally at once, and only once
g = gen("b")
next(g)
g.close()
print("closed b")
del g
gc.collect()
print("after b")

# del of a suspended generator
g = gen("c")
print(next(g), next(g))
del g
gc.collect()
print("after c")

# a generator never started has nothing to finalize
g = gen("d")
del g
gc.collect()
print("after d (no finally)")

# an exhausted generator ran its finally already
print(list(gen("e")))
gc.collect()
print("after e")

# a generator left suspended in a function's local
def user():
    g = gen("f")
    print("user got", next(g))
    return "ret"
r = user()
gc.collect()
print(r, "after f")

# with blocks inside generators see GeneratorExit
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def withgen():
    with CM("w"):
        yield 1
        yield 2

for v in withgen():
    print("v", v)
    break
gc.collect()
print("after w")

# except GeneratorExit handlers run too
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
it = catcher()
next(it)
it = None
gc.collect()
print("after catcher")

# yield from: closing the outer closes the inner first
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("finally inner")

def outer():
    try:
        yield from inner()
    finally:
        print("finally outer")

o = outer()
print(next(o))
del o
gc.collect()
print("after yield from")

# several abandoned generators in one collection (order differs: sort)
done = []
def logged(name):
    try:
        yield 1
    finally:
        done.append(name)
gens = [logged("m%d" % i) for i in range(3)]
for g in gens:
    next(g)
del g
del gens
gc.collect()
print("after many", sorted(done))

# a generator in a cycle with itself through its locals
def selfref():
    me = yield
    try:
        yield 1
    finally:
        print("finally selfref", me is not None)
s = selfref()
next(s)
s.send(s)
del s
gc.collect()
print("after selfref")
