# comprehension scopes, nesting, walrus
print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip("abc", range(3)) if v})
print({c.upper() for c in "hello"} == set("HELO"))
print(list(x for x in range(5) if x % 2), sum(i for i in range(10)))
print([[j for j in range(i)] for i in range(4)])
print([(a, b) for a, *b in [(1, 2, 3), (4, 5)]])
n = 10
print([n + i for i in range(3)])
def f():
    m = 5
    return [m * i for i in range(3)], (lambda: [m for _ in range(2)])()
print(f())
total = 0
values = [1, 2, 3]
print([total := total + v for v in values], total)
def g():
    if any((hit := w) > 2 for w in [1, 3, 5]):
        return hit
print(g())
gen = (i * i for i in range(4))
print(next(gen), list(gen), gen.__class__.__name__)
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3) if y if y > 1])
print(dict((i, i * i) for i in range(3)))
