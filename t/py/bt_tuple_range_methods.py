t = (1, 2, 1, "a")
print(t.count(1), t.index("a"), t.index(1, 1), t[::-1], t[1:3], t * 2, () * 3, (1,) + (2,), tuple("ab"), tuple())
try:
    t.index(5)
except ValueError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
r = range(10, -10, -3)
print(list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r.index(4), r.count(4), 4 in r, 5 in r, 4.0 in r)
print(range(0), list(range(3, 0)), range(1, 10, 2)[::2], repr(range(5)), range(0, 10, 2) == range(0, 9, 2))
print(range(10**20)[-1], len(range(0, 10**20, 3)) if False else range(0, 10**20, 3)[10**18], 10**19 in range(10**20))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3).index(7)
except ValueError as e:
    print(e)
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
print(list(reversed(range(1, 8, 3))), hash(range(3)) == hash(range(0, 3)), r.start, r.stop, r.step)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(3))
