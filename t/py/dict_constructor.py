def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(dict(), dict({}), dict(a=1, b=2), dict({'a': 1}, a=2), dict([('a', 1), ('b', 2)], c=3))
print(dict(zip([1, 2], 'ab')), dict([[1, 2]]), dict([(1, 2), (1, 3)]), dict(((i, i * i) for i in range(3))))
print(dict({1: 2}.items()), dict('ab' for _ in range(1)), dict(['xy', 'zw']))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(dict(M()), dict(M(), extra=1))
d = {}; d.update(M()); print(d)
class BadKeys:
    def keys(self): return 5
e(lambda: dict(BadKeys()))
e(lambda: dict([(1, 2, 3)]))
e(lambda: dict(['abc']))
e(lambda: dict([5]))
e(lambda: dict(5))
e(lambda: dict({}, {}))
e(lambda: {}.update({}, {}))
e(lambda: dict(**{1: 2}))
print(dict(dict(a=1)), dict(a=1) == {'a': 1}, type(dict()).__name__)
d1 = {'x': [1]}; d2 = dict(d1); d2['x'].append(2); d2['y'] = 0; print(d1, d2)
