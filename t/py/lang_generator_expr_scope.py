x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
src = [1, 2, 3]
g = (i for i in src)
src = [9]
print(list(g))
try:
    g = (i for i in 5)
except TypeError as e:
    print(e)
print(sum(i * i for i in range(10)), max((c for c in "hello"), key=ord), sorted(i % 3 for i in range(7)))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
print(next((v for v in [0, 0, 7, 8] if v), None), next((v for v in [] if v), "none"))
g = (i for i in range(3)); print(g.__name__, iter(g) is g, list(zip(g, g)))
