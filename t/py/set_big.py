s = set(range(0, 30000, 3))
t = set(range(0, 30000, 5))
print(len(s), len(t), len(s | t), len(s & t), len(s - t), len(s ^ t))
u = set()
for i in range(20000):
    u.add(i * i % 10007)
print(len(u), 0 in u, 10006 in u)
for i in range(0, 20000, 2):
    u.discard(i)
print(len(u), sorted(u)[:5])
print(sum(s), max(t), min(s ^ t))
f = frozenset(range(1000))
print(hash(f) == hash(frozenset(reversed(range(1000)))), len({frozenset(range(i)) for i in range(50)}))
p = set()
while len(p) < 5000:
    p.add(len(p) * 31 % 7919)
q = set(p)
while q:
    q.pop()
print(len(p), q)
