import functools
from functools import partial, reduce, lru_cache, wraps, total_ordering, cached_property, singledispatch, cmp_to_key

def add(a, b, c=0):
    return a + b + c
p = partial(add, 1, c=10)
print(p(2), p.func is add, p.args, p.keywords)
print(repr(partial(add, 1)).startswith("functools.partial(<function add"))
pp = partial(p, 5)
print(pp(), pp.args, pp.keywords)
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 7))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print("TypeError", e)

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner

@deco
def hello(x):
    """hello doc"""
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) >= V(2), V(2) > V(1), V(3) <= V(3))

class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)

@singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list len %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
print(show.dispatch(float).__name__ if hasattr(show.dispatch(float), '__name__') else '?')

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2))

class M:
    @functools.singledispatchmethod
    def m(self, x):
        return "base"
    @m.register
    def _(self, x: str):
        return "str"
print(M().m(1), M().m("a"))

pm = functools.partialmethod
class P:
    def f(self, a, b): return (a, b)
    g = pm(f, 1)
print(P().g(2))
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.reduce(lambda a, b: a + b, [[1], [2], [3]]))
