d = {}
for i in range(10):
    d[i] = i
del d[9]
del d[5]
print(d.popitem(), d.popitem(), d)
d[100] = 0
print(d.popitem(), d)
for k in list(d):
    del d[k]
d['z'] = 1
d['a'] = 2
print(d, list(d), list(reversed(d)))
big = {i: str(i) for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:5], len(big), big.popitem())
big.update({0: 'zero', 1: 'one'})
print(list(big.items())[-3:])
