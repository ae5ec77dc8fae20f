import cpylib
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
p = functools.partial(int, base=2); print(p('101'), repr(p), p.func, p.args, p.keywords)
q = functools.partial(p, '11'); print(q(), repr(q))
print(functools.reduce(lambda a, b: a*b, range(1, 6)), functools.reduce(lambda a, b: a+b, [], 7))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b-a)))
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def g(x): return 'obj'
@g.register(int)
def _(x): return 'int'
@g.register(list)
def _(x): return 'list'
print(g(1), g('a'), g([]), g(True))
class W:
    @functools.cached_property
    def val(self): print('computing'); return 5
w = W(); print(w.val, w.val)
def deco(f):
    @functools.wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def hello(): "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
