e = enumerate("ab")
print(type(e).__name__, iter(e) is e, next(e), list(e), list(e))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z))
m = map(str, [1]); f = filter(None, [0, 1])
print(type(m).__name__, type(f).__name__, next(m), next(f), next(m, "done"), list(f))
r = reversed([1, 2]); print(type(r).__name__, next(r), list(r))
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    map(len)
except TypeError as e:
    print(e)
try:
    enumerate("a", "b")
except TypeError as e:
    print(e)
print(list(enumerate(range(3), start=2**70)), dict(enumerate("xy")), list(zip(*[(1, "a"), (2, "b")])))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
