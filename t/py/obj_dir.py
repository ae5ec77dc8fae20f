class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
d = dir(b)
print([n for n in d if not n.startswith("__")])
print(d == sorted(d), "__init__" in d)
print([n for n in dir(B) if not n.startswith("__")])
class Custom:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Custom()))
import sys
print("path" in dir(sys), "version" in dir(sys))
def f():
    local1 = 1; local2 = 2
    return dir()
print(f())
print([n for n in dir(int) if n in ("__add__", "real", "bit_length", "__hash__")])
