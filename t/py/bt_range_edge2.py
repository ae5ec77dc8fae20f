r = range(-5, 5, 2)
print(list(r), r[0], r[-1], len(r), r.index(-1), -2 in r, r[1:-1], r[::-2], list(r[::-2]))
print(range(5) == range(0, 5, 1), range(0) == range(5, 5), range(1, 2) != range(1, 3), bool(range(0)), bool(range(1)))
print(range(2**64)[2**63], len(range(-2**40, 2**40, 2**20)), range(0, -10, -1)[-3:], list(range(10)[2:8:3]))
try:
    range(5)[5]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(range(3).count(1), range(3).count("a"), 1.0 in range(3), "a" in range(3), iter(range(3)).__next__(), repr(range(1, 5, 2)), repr(range(0, 3)))
it = reversed(range(0, 10, 3)); print(list(it))
class I:
    def __index__(self): return 4
print(list(range(I())), range(10)[I()])
