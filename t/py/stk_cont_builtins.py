# Builtins that call Python code (key functions, map/filter functions,
# generators, Python iterators): results, laziness, errors, as CPython.
def gen(n):
    for i in range(n):
        yield i

class It:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

def err(e):
    return "%s: %s" % (type(e).__name__, e)

print(list(map(lambda x: x * 2, gen(4))), list(map(str, It(3))))
print(list(map(lambda a, b: a + b, gen(3), It(5))), list(map(pow, [2, 3], gen(2))))
print(list(filter(lambda x: x % 2, gen(7))), list(filter(None, [0, 1, "", "a"])))
print(list(filter(bool, It(2))), tuple(x for x in map(abs, [-1, -2])))
print(sorted(gen(5), key=lambda x: -x), sorted(It(4), reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2]), sorted((x for x in "cab")))
print(min(gen(5), key=lambda x: (x - 2) ** 2), max(It(4), key=lambda x: -x))
print(min(3, 1, 2, key=lambda x: -x), max([], default="empty"), min(gen(0), default=None))
print(max("abc", "x", key=len), min([(1, "b"), (1, "a")]))
print(sum(gen(5)), sum(It(3), 10), sum(x / 2 for x in range(4)), sum([[1], [2]], []))
print(sum(x for x in [1, 2.5, 3]), sum(gen(3), 0.5), sum([10 ** 20, 1, 2]))
print(list(gen(3)), tuple(It(2)), set(gen(3)), frozenset(It(2)), dict((k, k * k) for k in gen(3)))
print(dict(zip(gen(2), It(2))), dict(map(lambda k: (k, -k), gen(2))))
print("-".join(str(x) for x in gen(4)), "".join(map(str, It(3))), ",".join(filter(None, ["a", "", "b"])))
print(all(x < 5 for x in gen(5)), any(x > 3 for x in gen(5)), all(It(0)), any(It(0)))
# laziness: all/any stop early
seen = []
def watch(n):
    for i in range(n):
        seen.append(i)
        yield i
print(any(x == 1 for x in watch(10)), seen)
l = [5, 3, 4]
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=lambda x: -x, reverse=True)
print(l)
# nested: map over map, sorted of map, key functions calling builtins
print(list(map(lambda x: x + 1, map(lambda x: x * 10, gen(3)))))
print(sorted(map(lambda x: -x, It(3)), key=lambda x: abs(x)))
print(list(map(lambda xs: sorted(xs, key=lambda x: -x), [[1, 2], [3, 4]])))
print([x for x in map(lambda x: x * x, filter(lambda x: x % 2, gen(6)))])
print(max(map(len, ["a", "bbb", "cc"])), min(filter(lambda s: s, ["", "z", "y"])))

# errors from the Python code propagate
def bad(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x
for name, f in [("map", lambda: list(map(bad, gen(4)))),
                ("filter", lambda: list(filter(bad, gen(4)))),
                ("sorted", lambda: sorted(gen(4), key=bad)),
                ("sort", lambda: [3, 2, 1].sort(key=bad)),
                ("min", lambda: min(gen(4), key=bad)),
                ("sum", lambda: sum(map(bad, gen(4)))),
                ("join", lambda: "".join(str(bad(x)) for x in gen(4))),
                ("dict", lambda: dict((bad(x), x) for x in gen(4))),
                ("tuple", lambda: tuple(map(bad, It(4)))),
                ("set", lambda: set(bad(x) for x in gen(4)))]:
    try:
        print(name, f())
    except ValueError as e:
        print(name, err(e))
# StopIteration from a map function ends the iteration (as in CPython)
def stop(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(stop, gen(5))))
for x in map(stop, It(5)):
    print("for", x)
# error messages
for f in [lambda: sorted(gen(2), 1), lambda: min(), lambda: max(gen(0)),
          lambda: dict(x for x in [1]), lambda: dict(x for x in [(1, 2, 3)]),
          lambda: sum(gen(2), "s"), lambda: sorted(gen(2), key=1),
          lambda: [1].sort(key=len, foo=1), lambda: min(1, 2, default=0),
          lambda: list(map(lambda x: x, 5)), lambda: sorted([1, "a"])]:
    try:
        print(f())
    except Exception as e:
        print(err(e))
# list modified during sort
lst = [3, 1, 2]
def modify(x):
    lst.append(x)
    return x
try:
    lst.sort(key=modify)
except ValueError as e:
    print(err(e), lst)
# a generator that is already running
def selfref():
    yield list(g2)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print(err(e))
# generator return value and exhausted generators
def ret():
    yield 1
    return 99
g = ret()
print(list(g), list(g), sorted(g), sum(g))
print(list(map(lambda *a: a, gen(3), gen(2), It(4))))
