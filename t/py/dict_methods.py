def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

d = {'a': 1}
print(d.setdefault('a', 5), d.setdefault('b', 5), d.setdefault('c'), d)
print(d.pop('a'), d.pop('zz', None), d.pop('zz', 0), d)
e(lambda: d.pop('zz'))
e(lambda: d.pop())
e(lambda: d.setdefault())
e(lambda: d.get(1, 2, 3))
print(d.get('b'), d.get('q'), d.get('q', 'dflt'))
d = dict.fromkeys(range(5), 'v')
print(d.popitem(), d.popitem(), d)
d[10] = 'new'; print(d.popitem(), d)
e(lambda: {}.popitem())
e(lambda: d.popitem(1))
print(dict.fromkeys([]), dict.fromkeys('aab', 0), dict.fromkeys(range(3), []))
x = dict.fromkeys('ab', []); x['a'].append(1); print(x)
c = {'k': [1]}; c2 = c.copy(); c2['k'].append(2); c2['j'] = 1; print(c, c2)
print(c.__contains__('k'), c.__getitem__('k'), c.__len__(), c.__eq__({}), c.__ne__({}))
c.clear(); print(c, c.copy())
e(lambda: c.__getitem__('nope'))
d = {1: 1}
d.update(); d.update([]); d.update({}); d.update(a=1); print(d)
print({1: 2}.get(1.0), {(1, 2): 'x'}.get((1, 2)), {frozenset({1}): 'f'}.get(frozenset([1])))
