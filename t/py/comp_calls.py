# call forms: positional-only, keyword-only, defaults, *args, **kwargs
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], *(3,), d=0, **{"e": 9, "y": 8}))
def g(*, only):
    return only
print(g(only="k"))
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(a=1, d=2)
except TypeError as e:
    print("TypeError", e)
def h(x, y):
    return x - y
print(h(y=1, x=10), h(*(5, 3)), h(**{"x": 2, "y": 1}))
args = (1,)
kwargs = {"y": 4}
print(h(*args, **kwargs), h(*args, y=2))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount,
      f.__code__.co_varnames, f.__defaults__, f.__kwdefaults__)
class P:
    def method(self, a, *, b=1):
        return a + b
p = P()
print(p.method(1), p.method(1, b=10), P.method(p, 2), p.method(*[3], **{"b": 0}))
print(max(3, 1, key=lambda v: -v), sorted([3, 1, 2], reverse=True))
print((lambda *a, **k: (a, k))(1, 2, x=3))
