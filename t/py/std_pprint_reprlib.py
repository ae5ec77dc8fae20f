import pprint, reprlib, collections
data = {'key%d' % i: list(range(i)) for i in range(8)}
data['nested'] = {'a': [{'x': 1, 'y': (1, 2, 3)}] * 3, 'set': {3, 1, 2}, 'fs': frozenset({5, 4})}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, width=60, sort_dicts=False)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat('x' * 100, width=30))
print(pprint.pformat(b'y' * 60, width=30))
print(pprint.pformat([[1, 2], (3,), {4: [5]}], indent=4, width=10))
print(pprint.isreadable([1, 2]), pprint.isrecursive([1]), pprint.saferepr({'a': [1]}))
r = [1]; r.append(r); print(pprint.pformat(r).split(" with")[0], pprint.isrecursive(r))
pprint.pprint(collections.OrderedDict((i, i) for i in range(12)), width=40)
pprint.pprint(collections.defaultdict(list, {i: [i] * 3 for i in range(5)}), width=40)
pprint.pprint(collections.Counter('abracadabra'), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=30)
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: list
pprint.pprint(DC(1, list(range(30))), width=40)
pprint.pp({'z': 1, 'a': 2})
print(pprint.PrettyPrinter(width=20).pformat({'long_key_name': 'long value string'}))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))))
print(reprlib.repr((1, 2, 3, 4, 5, 6, 7)), reprlib.repr([[[[[1]]]]]), reprlib.repr(10 ** 50), reprlib.repr(frozenset('abcdefgh')))
a = reprlib.Repr(); a.maxlist = 2; a.maxstring = 10; print(a.repr([1, 2, 3]), a.repr('abcdefghijklmnop'))
class RR:
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<RR %r>' % self.x
rr = RR(); rr.x = [rr]; print(repr(rr))
