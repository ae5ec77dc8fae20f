a, *b, c = range(6); print(a, b, c)
*a, b = "xy"; print(a, b)
a, *b = [1]; print(a, b)
[a, [b, *c]], d = [1, [2, 3, 4]], 5; print(a, b, c, d)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*a, **k): return a, k
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2, **{"z": 3}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
first, second, *_ = "hello"; print(first, second)
x = y = z = [0]; print(x is z)
(a, b), c = "ab", "c"; print(a, b, c)
a = b = 1; a, b = b + 1, a; print(a, b)
l = [0, 0]; i = 0; i, l[i] = 1, 9; print(l)
