t = ()
print(t, (1,), tuple([1, 2]), (1, 2) + (3,), (1,) * 3, t * 10, len(t), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, [2]) == (1, [2]))
a = (1, 2); b = a; a += (3,); print(a, b)
print(repr((1,)), repr(((),)), str((1, "a")), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
try:
    tuple(1)
except TypeError as e:
    print(e)
x = (1, 2, 3, 2)
print(x.count(2), x.index(2, 2), x[::2], x[-2:], 1 in x, 9 not in x, max(x), sorted(x), tuple(reversed(x)))
class T(tuple): pass
print(T((1, 2)), type(T((1,)) + (2,)).__name__, T() == (), isinstance(T(), tuple))
t2 = (1, 2)
t2_alias = tuple(t2)
print(t2_alias is t2, tuple(T((1,))) is not None)
