for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16, 123.456, -0.0]:
    print(x, round(x), round(x, 1), round(x, -1), round(x, 2))
for n in [5, 15, 25, -25, 12345, 10**20 + 5]:
    print(n, round(n), round(n, -1), round(n, 2), type(round(n, -1)).__name__)
print(round(True), round(5, None), type(round(2.5, None)).__name__)
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("x"), lambda: round(1.5, 1.0)]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 3))
print(round(float("inf"), 2), round(1.23456789e300, -299))
