import cpylib
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d2 = deque(range(10), maxlen=3); print(d2, d2.maxlen)
d2.extendleft('ab'); print(d2)
print(list(reversed(deque('abc'))), deque('abc') == deque('abc'), deque('ab') < deque('b'))
e = deque(range(5)); del e[1]; e[0] = 'x'; print(e, e.index(3), e.count(3))
e.insert(1, 'y'); e.remove('y'); e.reverse(); print(e)
try:
    for x in e: e.append(1)
except RuntimeError as ex: print('RuntimeError', ex)
try: deque().pop()
except IndexError as ex: print(ex)
f = deque(); f.append(f); print(f)
print(deque([1,2])*2, deque([1]) + deque([2]), e.copy())
dd = defaultdict(list); dd['a'].append(1); dd['b']
print(dd, dd.default_factory, dict(dd), dd.copy())
print(defaultdict(int, a=1) | {'b': 2})
try: defaultdict(None)['x']
except KeyError as ex: print('KeyError', ex)
c = Counter('abracadabra'); print(c.most_common(3), c['z'], sorted(c.elements())[:4])
print(c + Counter('aab'), c - Counter('aaaaaaa'))
P = namedtuple('P', 'x y'); p = P(1, y=2); print(p, p._asdict(), p._replace(x=5), P._fields)
o = OrderedDict(a=1, b=2); o.move_to_end('a'); print(o, list(o))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm)
u = UserDict(a=1); u['b'] = 2; print(u, len(u))
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
p = functools.partial(int, base=2); print(p('101'), repr(p))
print(functools.reduce(lambda a, b: a*b, range(1, 6)), sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b-a)))
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def g(x): return 'obj'
@g.register
def _(x: int): return 'int'
print(g(1), g('a'))
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
import heapq, bisect, keyword
h = [5, 1, 4, 2]; heapq.heapify(h); print(heapq.heappop(h), heapq.nlargest(2, [1,5,3]), list(heapq.merge([1,3],[2,4])))
print(bisect.bisect_left([1,2,4], 3), keyword.iskeyword('for'), keyword.kwlist[:3])
import string
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
print(string.Template('$who $x').safe_substitute(who='a'))
print(string.Formatter().format('{0}-{1!r}-{name:>5}-{0.real}', 3, 'a', name='n'))
print(list(string.Formatter().parse('a{0}b{1:x}{{')))
print(string.capwords(' hello  world '), string.ascii_letters)
