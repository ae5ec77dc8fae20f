def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = set()
for v in (17, 3, 2**61 + 2, 2**61, 100, -3, 2**64, 1.5, 0.25, -0.5, 10**18, 7.0, 2**62 + 1, 33):
    s.add(v)
print(list(s))
d = dict.fromkeys([2**70, 1, 2.5, -1, 2**61 - 1, 2**61 + 1, 0.0, 1e300, 1j, 2 + 3j])
print(list(d))
print(sorted({2**100, 5, 3.5, -7}))
print({1.0: 'a', 1: 'b', True: 'c'}, {0: 'x', 0.0: 'y', False: 'z', 0j: 'w'})
print(len({1, 1.0, True, 1 + 0j, 2, 2.0}), 2**61 - 1 in {0}, hash(2**61 - 1))
