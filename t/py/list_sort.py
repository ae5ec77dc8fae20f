def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(sorted(['b', 'A', 'c', 'a'], key=str.lower))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1), ('v', 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0]))
print(sorted('hello world'))
print(sorted(range(20), key=lambda v: v % 3))
print(sorted(range(20), key=lambda v: v % 3, reverse=True))
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big); print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(big, reverse=True)[:5])
print(sorted([10**20, -10**30, 5, 2**70]))
e(lambda: sorted([1, 'a', 2]))
e(lambda: [].sort(1))
e(lambda: [3, 1].sort(key=1))
e(lambda: sorted([], x=1))
x = [3, 'a', 1, 2, 'b']
try:
    x.sort()
except TypeError as ex:
    print('TypeError', ex)
print(sorted(x, key=str), len(x))
def bad(v):
    L.append(v)
    return v
L = [3, 2, 1]
try:
    L.sort(key=bad)
except ValueError as ex:
    print('ValueError', ex)
print(L)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
print(max([K(3), K(1), K(2)], key=lambda k: k.v))
seen = []
def key(v):
    seen.append(len(L2))
    return v
L2 = [2, 1]; L2.sort(key=key); print(seen, L2)
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted({3: 1, 1: 2}))
print([1, 2, 3].sort(), sorted([True, False, 0, 1]))
print([].sort(key=5), sorted([], key=5))
l = []; [7].sort(key=l.append); print(l)
try:
    [1].sort(key=5)
except TypeError as ex:
    print(ex)
