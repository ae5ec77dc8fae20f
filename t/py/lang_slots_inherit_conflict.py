class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("y",)
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class D(A):
    __slots__ = ()
d = D(); d.x = 1; print(d.x)
try:
    d.z = 1
except AttributeError as e:
    print(e)
try:
    class E:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class F:
    __slots__ = ["p", "q"]
    def __init__(self): self.p = 1
f = F(); print(f.p, hasattr(f, "q"), F.p.__name__, sorted(F.__slots__))
class G:
    __slots__ = ("__weakref__", "w")
print(hasattr(G(), "__dict__"))
class H(int):
    __slots__ = ()
print(H(5) + 1)
try:
    class I(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
