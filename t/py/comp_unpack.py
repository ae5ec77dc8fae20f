# unpacking targets and starred expressions
a, b = 1, 2
a, b = b, a
print(a, b)
x, *y, z = range(6)
print(x, y, z)
*init, last = "abc"
print(init, last)
first, *_ = [9]
print(first, _)
(p, q), [r, s] = (1, 2), [3, 4]
print(p, q, r, s)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
t = *range(2), *"xy", 5
print(t, [*t, *t[:1]], sorted({*t}, key=str), {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")
d = {}
d["k"], d["j"] = 1, 2
obj = type("O", (), {})()
obj.u, obj.v = "uv"
print(d, obj.u, obj.v)
m = n = o = []
m.append(1)
print(n, o is m)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]
print(lst)
a = b = c = (1, 2)
print(a, b, c)
