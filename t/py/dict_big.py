d = {}
for i in range(50000):
    d[i] = i * 2
print(len(d), d[49999], sum(d.values()) == sum(range(0, 100000, 2)))
for i in range(0, 50000, 3):
    del d[i]
print(len(d), 3 in d, 4 in d)
s = {str(i): i for i in range(5000)}
print(len(s), s['4999'], list(s)[:3])
for i in range(5000):
    s.pop(str(i))
print(s, len(s))
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], (1000, 1001) in t)
