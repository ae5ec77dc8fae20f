def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e100, -1e100, 2.0**61, 2.0**62, 1e-300, 5e-324, 1.7976931348623157e308, 123.456, float('inf'), float('-inf'), 2.0**60 + 2**8):
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0**70) == hash(2**70), hash(1e100) == hash(int(1e100)), hash(-2.0) == hash(-2))
n = float('nan')
print(hash(n) == hash(n))
s = {1.5, 0.25, 2.0, 1e20, -3.0, 7.125}
print(list(s))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
