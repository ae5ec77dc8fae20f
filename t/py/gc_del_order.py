# __del__: when it runs (pyvm: at gc.collect(), CPython: at del), order for
# simple cases, resurrection (PEP 442: at most once), cycles.
import gc

class A:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name, "child:", self.child.name if self.child else None)

a = A("a")
del a
gc.collect()
print("after a")

# a container's __del__ runs before its parts' (they are still usable)
p = A("parent", A("kid"))
del p
gc.collect()
print("after parent")

# cycles with __del__ are collected (PEP 442)
x = A("x")
y = A("y", x)
x.child = y
del x, y
gc.collect()
print("after cycle")

# resurrection: __del__ stores self; it is not called again
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("R.__del__", self.n)
        saved.append(self)
r = R(1)
del r
gc.collect()
print("resurrected:", [o.n for o in saved])
saved.clear()
gc.collect()
print("after second death (no second __del__)")

# a subclass inherits __del__; super().__del__ works
class B(A):
    def __del__(self):
        print("B.__del__", self.name)
        super().__del__()
b = B("b")
del b
gc.collect()
print("after b")

# __del__ added by a base class defined in Python, instance held in a list
class C(A):
    pass
lst = [C("c1")]
lst.pop()
gc.collect()
print("after c1")

# an object reachable from a live one is not finalized
keep = A("kept")
holder = [keep]
del keep
gc.collect()
print("kept alive:", holder[0].name)

# the object stays usable inside __del__, attributes intact
class D:
    def __init__(self): self.data = [1, 2, 3]
    def __del__(self): print("D sum", sum(self.data))
def make():
    d = D()
    return len(d.data)
n = make()
gc.collect()
print("after D", n)
del holder
gc.collect()
print("end")
