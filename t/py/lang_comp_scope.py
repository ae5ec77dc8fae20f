x = "outer"
r = [x for x in range(3)]
print(r, x)
print({k: v for k, v in zip("ab", range(2))})
print(sorted({a * b for a in range(3) for b in range(3) if a != b}))
print([(i, j) for i in range(3) if i for j in range(i)])
g = (i * i for i in range(4))
print(type(g).__name__, list(g), list(g))
class C:
    y = 5
    vals = [y for _ in range(2)] if False else None
    z = [i for i in range(3)]
print(C.z)
class D:
    y = 5
    try:
        vals = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
print(D.err)
print([[j for j in range(i)] for i in range(4)])
print(list(map(lambda f: f(), [lambda i=i: i for i in range(3)])))
n = 3
print([n * k for k in range(n)])
