def f(**kw): return list(kw.items())
print(f(b=1, a=2, c=3), f(**{"z": 1}, y=2), f(**dict(q=1), **{"r": 2}))
def g(a, *args, b=0, **kw): return a, args, b, kw
print(g(*range(3), b=5, **{"c": 6}), g(a=1), g(1, 2, **{"b": 3}))
try:
    g(1, a=2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
print(f(**M()), dict(M()), {**M()})
try:
    f(**[1])
except TypeError as e:
    print(e)
def h(self, *a): return self, a
print(h(self=1) if False else h(1, 2))
def w(x, /, **kw): return x, kw
print(w(1, x=2))
print((lambda **kw: sorted(kw))(**{"é": 1, "b": 2}))
