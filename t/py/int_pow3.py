def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 0, 1), pow(2, 0, -1), pow(0, 0, 5), pow(5, 1, 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(-5, -3, 11), pow(2, -1, -7))
print(pow(2**100, 2**100, 10**30 + 57), pow(10**40, -1, 10**50 + 3))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
print(pow(True, 5, 3), pow(7, True, 4))
