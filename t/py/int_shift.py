def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in (0, 1, -1, 5, -5, 2**61, -2**61, 2**100 + 3, -(2**100) - 3):
    print(a << 0, a << 1, a << 3, a << 62, a << 100, a >> 0, a >> 1, a >> 3, a >> 62, a >> 200)
print(1 << 63, -1 << 63, (1 << 64) >> 64, -1 >> 1000, -(2**100) >> 10**20, 0 << 10**20)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 << -(2**70))
t(lambda: 1 >> -(2**70))
