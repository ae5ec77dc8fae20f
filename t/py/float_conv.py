def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(int(1e18), int(-1e18), int(1.23e25), float(2**53 + 1), float(2**64 - 1), float(-(2**63)), float(2**1023 * 3 // 2))
print(float(10**308), float(2**1024 - 2**971), float(123456789012345678901234567890))
t(lambda: float(2**1024 - 2**970))
print(float((1 << 60) + 1), float((1 << 60) + (1 << 7)), float((1 << 60) + (1 << 7) + 1), float((1 << 60) + 3 * (1 << 7)))
t(lambda: float(2**1024))
t(lambda: float(2**1024 - 2**970 // 2))
t(lambda: float(-(2**1100)))
import math
print(math.floor(2.5), math.ceil(-2.5), math.trunc(2.9), type(math.floor(1e20)).__name__, math.floor(1e20), math.floor(-0.5))
