print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -7 % -2, 2**-2, (-2)**-1, 0**0, (-8) // 3, 10**20 // -7, -(10**20) % 7)
print(-1 >> 100, 1 << 100, -(2**100) >> 3, ~0, ~(2**64), -5 & 3, -5 | 3, -5 ^ 3, 2**70 & -(2**65), (2**64 - 1) ^ -1)
for bad in [lambda: 1 << -1, lambda: 1 // 0, lambda: 1 % 0, lambda: 2 ** 10000 * 1.0, lambda: 1 >> -2]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(int("0x1f", 0), int("0b_101", 0), int(" 1_000 "), int("z", 36), int("-0o17", 8), int("０١٢"), int(3.99), int(-3.99), int("+7"))
for bad in ["1__0", "_1", "0x", "08", "", " ", "1.5", "0b2"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print(e)
try:
    int("10", 37)
except ValueError as e:
    print(e)
try:
    int(1, 10)
except TypeError as e:
    print(e)
print((255).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0], "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((0).bit_length(), (-255).bit_length(), (2**100).bit_count(), (-7).bit_count(), (10).as_integer_ratio(), (5).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(True + True, True * 3, -True, ~True, True / 2, repr(True & False), repr(True | 0), bool("0"), int(True))
