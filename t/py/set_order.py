seed = 7
def rnd(a, b):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return a + seed % (b - a)
for n in (5, 9, 20, 33, 80, 200):
    items = [rnd(-50, 500) for _ in range(n)]
    s = set(items)
    print(s)
    for x in items[::3]:
        s.discard(x)
    print(s)
    s.update(range(490, 520))
    print(s)
print({65, 1, 33, 97, 129, 2, 8, 16})
print({2**61 - 1, 2**61, 2**62, -2**61, 2**63, 7})
print(set([9, 17, 25, 33, 1]), set([1, 33, 25, 17, 9]))
s = set(range(100))
while len(s) > 90:
    s.pop()
print(s)
print({(i, j) for i in range(4) for j in range(3)})
print({frozenset({1}), frozenset({1, 2}), frozenset()} == {frozenset(), frozenset({2, 1}), frozenset({1})})
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({-1, -2})))
