# [*x], f(*x), (*x,) over generators and Python iterables (drained in
# continuation-passing style by LIST_EXTEND): results and errors as CPython.
def gen(n, fail=None):
    for i in range(n):
        if i == fail:
            raise ValueError("fail %d" % i)
        yield i
class It:
    def __iter__(self):
        return iter("ab")
class Bad:
    def __iter__(self):
        return 5
def f(*a): return a
print([*gen(3)], [0, *gen(2), *It(), 9], f(*gen(3)), f(1, *map(str, gen(2))), (*gen(2),))
try:
    [*gen(5, fail=3)]
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: [*Bad()], lambda: f(*Bad()), lambda: [*5], lambda: f(*5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(sorted({*gen(3)}), {**dict(a=1)}, print(*gen(3)))
