class C:
    def __len__(self): return 5
c = C()
c.__len__ = lambda: 10
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "inst"
print(repr(d).startswith("<__main__.D"), d.__repr__())
d.__call__ = lambda: 1
print(callable(d))
class E:
    def __getattr__(self, n): return lambda *a: "dyn"
try:
    len(E())
except TypeError as e:
    print("TypeError:", e)
print(E().__len__())
