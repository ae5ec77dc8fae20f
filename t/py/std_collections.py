import collections
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
print(P.__doc__, P.x.__doc__)
Q = namedtuple('Q', ['a', 'b'], defaults=[9])
print(Q(1), Q._field_defaults)
R = namedtuple('R', 'a def a', rename=True)
print(R._fields)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print(e)
print(isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x, y, repr(P))

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d))
d.rotate(2); print(d)
d.rotate(-1); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9]); print(d)
print(d.count(7), d.index(7), d[0], d[-1], list(reversed(d)))
d.remove(7); print(d)
d.clear(); print(d, bool(d))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
print(deque('abc') == deque('abc'), deque([1]) < deque([2]), deque(range(3)) + deque([9]))
print(deque(range(3)) * 2, 1 in deque([1]))
dd = deque(range(10)); del dd[3]; dd[0] = 'z'; print(dd, dd.copy())
dd.insert(2, 'i'); print(dd)

c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'])
print(sorted(c.elements())[:6])
c.update('aaz'); c.subtract('b'); print(c['a'], c['b'], c['z'])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter(a=2, b=-1), +Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter('aab').total())
print(repr(Counter()), Counter({'x': 1}) == Counter(x=1))

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b'); print(od, list(od))
od.move_to_end('c', last=False); print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(OrderedDict.fromkeys('xyz'))))

dfd = defaultdict(list)
dfd['a'].append(1); dfd['b']
print(dfd, dfd.default_factory, dict(dfd))
di = defaultdict(int); di['x'] += 5; print(di['x'], di.get('q'), 'q' in di)
try:
    defaultdict(None)['k']
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(None)), defaultdict(int, {'a': 1}).copy())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
cm2 = cm.new_child({'c': 4}); print(cm2['c'], cm2.parents)
cm['z'] = 0; print(cm.maps[0])

class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
u = UD(a=1); u['b'] = 2
print(u, u.data, len(u), 'a' in u, u.get('b'))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul[0], ul + [4])
us = UserString('abc'); print(us.upper(), us + 'd', len(us))
