r = range(0, 100, 7)
print([x for x in range(-10, 110) if x in r][:5], 98 in r, 99 in r, -7 in r, 100 in r)
n = range(50, -50, -9)
print(50 in n, 41 in n, -49 in n, -40 in n, 51 in n, 0 in n)
print(7.0 in r, 7.5 in r, True in range(2), False in range(1, 2), None in r, 'a' in r)
class N:
    def __eq__(self, o): return o == 14
    __hash__ = None
print(N() in r, N() in range(3))
big = range(-10**40, 10**40, 3)
print(3 in big, 4 in big, -10**40 in big, 10**40 in big, 10**40 - 1 in big, big.count(0), big.count(1), big.index(-10**40 + 6))
print(r.count(7), r.count(8), r.count(7.0), range(3).count('a'), range(5).index(4))
e = range(0)
print(0 in e, e.count(0), list(e), len(e), e == range(10, 0), bool(e))
