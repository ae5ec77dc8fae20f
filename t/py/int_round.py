def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in (0, 5, 15, 25, 35, 45, -5, -15, -25, 1234567, -1234567, 150, 250, 10**30 + 5 * 10**10, 2**70):
    print(n, round(n), round(n, 0), round(n, 2), round(n, -1), round(n, -2), round(n, -3), round(n, -40))
print(type(round(5, -1)).__name__, round(True, -1), round(7, None))
t(lambda: round(5, 1.5))
t(lambda: round(5, '1'))
