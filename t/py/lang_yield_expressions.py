def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = yield from [y, y * 2]
    print("z =", z)
    return "end"
it = g()
print(next(it)); print(it.send("a")); print(it.send(10)); print(next(it))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
def lazy():
    print("started")
    yield 1
l = lazy(); print("created"); print(next(l))
def gen_in_gen():
    def inner():
        yield "inner"
    yield from inner()
    yield "outer"
print(list(gen_in_gen()))
def return_in_try():
    try:
        yield 1
        return "r"
    finally:
        print("fin")
print(list(return_in_try()))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(infinite(), 5)), list(zip(infinite(), "abc")))
