def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['d'] = 4
print(k, list(v), sorted(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {'a', 'x'}, k - {'a'} == {'b', 'c', 'd'}, sorted(k | {'z'}), sorted(k ^ {'a', 'q'}))
print(i & {('a', 1)}, i - {('a', 1), ('b', 2)} == {('c', 3), ('d', 4)})
print(k == {'a', 'b', 'c', 'd'}, k == ['a', 'b', 'c', 'd'], k < {'a', 'b', 'c', 'd', 'e'}, k <= k, k > {'a'}, k >= {'b', 'x'})
print(i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, v == v, d.values() == d.values())
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]))
print({1: 2}.keys() & [1, 3], [1, 3] & {1: 2}.keys() == {1})
print(k.mapping, k.mapping['b'], type(v.mapping).__name__)
e(lambda: hash(k))
e(lambda: k & 1)
e(lambda: v | {1})
ek = {}.keys(); print(ek, {}.values(), {}.items(), len(ek), list(ek))
it = iter(d)
d['e'] = 5
e(lambda: next(it))
e(lambda: next(it))
it = iter(d.items())
del d['a']
e(lambda: next(it))
it = iter(d)
del d['b']; d['b'] = 0
print(list(it) if False else 'skip')
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(d)).__name__)
print(type(k).__name__, type(v).__name__, type(i).__name__)
