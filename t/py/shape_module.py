# Module attribute caches: reads stay right when the module changes.
import math
import types

def roots(n):
    return [math.sqrt(i) for i in range(n)]

print(roots(5), math.pi)

m = types.ModuleType("m")
m.value = 1
m.f = lambda x: x + 1

def readm():
    return m.value, m.f(1)

print([readm() for _ in range(3)])
m.value = 2
print(readm())
m.f = lambda x: x * 10
print(readm())
m.other = "new key"
print(readm(), m.other)
del m.value
try:
    readm()
except AttributeError as e:
    print("AttributeError:", e)
m.__getattr__ = lambda name: "dynamic " + name
print(readm(), m.missing)
m.value = 3
print(readm())

# the module's own dict, changed directly
vars(m)["value"] = 4
print(readm())
m.__dict__.clear()
try:
    m.value
except AttributeError as e:
    print("AttributeError:", e)

# names that are attributes of the module type itself
print(m.__dict__ == {}, type(m.__dict__).__name__)
m.__name__ = "renamed"
print(m.__name__, repr(m)[:17])

# a subclass of the module type
class MyMod(types.ModuleType):
    @property
    def prop(self):
        return "prop"
mm = MyMod("mm")
mm.x = 5
def readmm():
    return mm.x, mm.prop
print([readmm() for _ in range(2)])

# two modules through one site
m1 = types.ModuleType("m1")
m2 = types.ModuleType("m2")
m1.v = "m1.v"
m2.v = "m2.v"
def getv(mod):
    return mod.v
print([getv(x) for x in (m1, m2, m1, m2)])

# a function that updates its own module's global read by another site
counter = 0
import sys
me = sys.modules[__name__]
def bump():
    global counter
    counter += 1
    return me.counter
print([bump() for _ in range(4)])
