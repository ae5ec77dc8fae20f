def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

nan, inf = float('nan'), float('inf')
bases = (0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan)
exps = (0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, inf, -inf, nan)
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(b, row)
print(2.0 ** 10, 2 ** 10.0, 10.0 ** -3, 1.0000001 ** 1e6, (-2.0) ** 3, (-2.0) ** 2, 1e10 ** 0.5, pow(9.0, 0.5))
t(lambda: 10.0 ** 400)
t(lambda: (-10.0) ** 401)
t(lambda: 0.0 ** -1)
t(lambda: (-0.0) ** -3)
t(lambda: 2.0 ** 10**400)
print(0.5 ** 10000, (-0.5) ** 10001)
