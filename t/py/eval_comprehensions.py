xs = [1, 2, 3, 4]
print([x * 2 for x in xs if x % 2 == 0])
print({x: x * x for x in xs})
print(sorted({x % 3 for x in xs}))
print([(a, b) for a in range(3) for b in range(a)])
print([[c for c in row] for row in ['ab', 'cd']])
x = 'outer'
print([x for x in 'xy'], x)
def scope():
    n = 10
    return [n + i for i in range(3)]
print(scope())
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
g = (i for i in range(3))
print(next(g), list(g))
print(list(map(lambda p: p[0] + p[1], zip([1, 2], [10, 20]))))
print(any(x > 3 for x in xs), all(x > 0 for x in xs))
print({k: v for k, v in zip('abc', range(3)) if v})
