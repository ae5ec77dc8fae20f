def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
for w in 'the cat and the hat and the bat'.split():
    c.add(w)
print(c, c['dog'], len(c), 'dog' in c, c.get('dog'))
class DefaultList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v
dl = DefaultList(); dl['a'].append(1); dl['a'].append(2); dl['b'].append(3); print(dl)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys()))
o = Ordered({3: 'c', 1: 'a', 2: 'b'})
print(list(o), dict(o), list(o.keys()))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(); u['a'] = 1; u.update(b=2); u.setdefault('c', 3); print(u)
class WithInit(dict):
    def __init__(self, n):
        super().__init__()
        for i in range(n): self[i] = i * i
print(WithInit(4), WithInit(0), isinstance(WithInit(1), dict))
class Str(dict):
    def __repr__(self): return 'Str(' + super().__repr__() + ')'
print(Str(a=1), [Str()], str(Str(b=2)))
e(lambda: Counter.fromkeys([1, 2], 5))
print(type(Counter.fromkeys([1])).__name__, Counter(x=1) == {'x': 1})
