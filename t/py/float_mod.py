def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (-0.0, -3), (1e-300, 1e300), (-1e-300, 1e300),
         (5, 0.5), (1, 0.1), (-1, 0.1), (1e308, 1e-308), (float('inf'), 2), (2, float('inf')), (-2, float('inf')), (2, float('-inf')), (3.5, float('nan'))]
for a, b in pairs:
    print(a, b, a % b, a // b, divmod(a, b))
print(7 % 2.5, -7 % 2.5, 7.0 // -2, -7.0 // 2, 1e16 // 3, -1e16 // 3.0, 5.0 // 0.1, 1.0 // 0.1)
t(lambda: 1.0 % 0)
t(lambda: 1.0 // 0)
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod(1, 0.0))
t(lambda: 5 % 0.0)
