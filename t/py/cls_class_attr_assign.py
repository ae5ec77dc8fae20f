class C:
    def f(self): return 1
c = C()
print(c.f())
C.f = lambda self: 2
print(c.f())
C.__add__ = lambda self, o: "added"
print(c + 1)
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
C.__repr__ = lambda self: "C!"
print(repr(c), [c])
class D(C): pass
print(D() + 1, repr(D()))
C.__eq__ = lambda self, o: True
print(c == 5, D() == 5)
C.__call__ = lambda self, *a: ("called", a)
print(c(1, 2))
C.__getitem__ = lambda self, k: k * 2
print(c[21])
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del C.nothere
except AttributeError as e:
    print("AttributeError:", e)
