def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

M = 2**61 - 1
for v in (0, 1, -1, -2, 2, M - 1, M, M + 1, -M, -M - 1, 2**61, 2**62, 2**63, 2**64, -2**64, 10**30, -10**30, 2**200 + 1):
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(2**70) == hash(float(2**70)), hash(-1) == hash(-1.0), hash(0.5), hash(-0.5))
s = {5, 3, 2**70, -1, 10**20, 7, 0}
print(list(s))
d = {}
for i in (100, 3, 2**61, 2**61 - 1, -5, 1.0, 0):
    d[i] = i
print(list(d.items()))
