# Generators that return a value: consumers stop quietly (PyIter_Next
# semantics); only next() shows StopIteration(value).
def g():
    yield 1
    yield 2
    return 'done'
print(list(g()), tuple(g()), set(g()), sorted(g()), sum(g()), max(g()), min(g()))
print(dict.fromkeys(g()), list(enumerate(g())), list(zip(g(), g())), list(map(str, g())), list(filter(None, g())))
print(any(x > 5 for x in g()), all(g()), [x for x in g()], {x: x for x in g()})
l = [0]; l.extend(g()); print(l)
s = set(); s.update(g()); print(s)
d = {}; d.update(zip(g(), g())); print(d)
it = g()
print(next(it), next(it), next(it, 'default'))
it = g(); next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value)
