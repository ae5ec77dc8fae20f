a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
print([*range(3), *'ab'], (*[1], 2), {**{'a': 1}, 'b': 2}, {*[1, 1, 2]})
for src in [(1,), (1, 2, 3), 5, iter([1])]:
    try:
        a, b = src
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
try:
    print(*5)
except TypeError as e:
    print(e)
