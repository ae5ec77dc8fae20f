def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1234.5678, -1234.5678, 1e15 + 0.5, 5e-324, 1e300, 0.0, -0.0, 123456.789, 0.1, 0.285, 1.45]
for v in vals:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
t(lambda: round(1.7976931348623157e308, -307))
print(round(-0.4), round(-0.4, 0), round(0.04, 1), round(-0.04, 1), round(5e-324, 323), round(5e-324, 324))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None), round(1e20), round(-1e20, 2))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
t(lambda: round(float('nan'), 2))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(1.5, 1.0))
t(lambda: round(1.5, 10**30))
t(lambda: round(1.5, -10**30))
