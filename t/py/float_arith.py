def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = (0.0, -0.0, 1.5, -1.5, 3.0, -2.25, 1e308, 5e-324, float('inf'), float('-inf'))
for a in vals:
    print([a + b for b in vals[:6]])
    print([a - b for b in vals[:6]])
    print([a * b for b in vals[:6]])
print(1.5 + 2, 2 + 1.5, 3 * 0.1, 0.1 * 3, 1 - 0.9, 10 / 4.0, 2 ** 0.5, -(0.0), -(-0.0), abs(-0.0), +(-1.5))
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, float('inf') - float('inf'), float('inf') * 0)
print(2**70 + 0.5, 0.5 + 2**70, 10**20 * 1.0, 1.0 / 2**70, 2**60 / 1.5)
t(lambda: 1.0 / 0)
t(lambda: 1 / 0.0)
t(lambda: 0.0 / 0.0)
t(lambda: 1.5 + 10**400)
t(lambda: 10**400 * 1.0)
t(lambda: 1.5 + 'a')
t(lambda: 1.5 @ 2.0)
