def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

d = {}
for i in range(20):
    d[i * 7 % 20] = i
print(d)
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
for i in range(5):
    d[i] = -i
print(list(d.items()))
d2 = {}
for i in range(1000):
    d2[i] = i
for i in range(0, 1000, 2):
    del d2[i]
for i in range(3):
    d2[i] = 'new'
print(len(d2), list(d2)[:5], list(d2)[-5:])
print(list(reversed(d2))[:3])
x = {'one': 1, 'two': 2, 'three': 3}
x.pop('two'); x['two'] = 22; print(x)
print(list(x.keys()), list(x.values()), list(x.items()))
print(next(iter(x)), next(reversed(x)))
d3 = dict.fromkeys(range(10))
while d3:
    print(d3.popitem(), end=' ')
print()
