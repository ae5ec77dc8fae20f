# The gc module's interface: collect() returns an int, enable/disable,
# get_count, callbacks around explicit collections, garbage stays empty.
import gc

print(type(gc.collect()).__name__, gc.collect() >= 0, gc.collect(0) >= 0, gc.collect(generation=2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) and x >= 0 for x in c))
print(gc.garbage, gc.get_threshold())

# collecting with gc disabled still collects (explicit collect)
class D:
    def __del__(self): print("D collected")
gc.disable()
d = D()
del d
gc.collect()
gc.enable()

# callbacks: called with ("start"|"stop", info)
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
print(seen)

# collected objects are counted
class Node:
    pass
def make_cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a
make_cycle()
print(gc.collect() > 0)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
