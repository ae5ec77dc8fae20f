a = []
for i in range(100000):
    a.append([i, str(i)])
print(len(a), a[-1], a[500])
del a[::2]
print(len(a), a[:2])
b = [x[0] for x in a if x[0] % 1000 == 1]
print(b[:5], len(b))
d = {}
for i in range(30000):
    d[i] = [i] * 3
    if i % 3 == 0:
        del d[i]
print(len(d), d[29999])
s = set()
for i in range(30000):
    s.add((i, i * 2))
print(len(s), (100, 200) in s, (100, 201) in s)
l = sorted(range(50000), key=lambda v: -v)
print(l[:3], l[-3:])
