for s in ["1e500", "-inf", "nan", "  3.5  ", "1_0.5", "0x1p3" if False else "1e-400", ".5", "5.", "+.5e1", "infinity", "-Infinity", "NaN"]:
    print(repr(s), float(s))
for bad in ["", "1e", "e1", "1__0", "0x10", "1.5.5", "inf inf"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(0.1 + 0.2, 1e16, 1e15, 1.0, -0.0, 1e-5, 1e-4, 123456789012345678.0, 2.5e-308, 5e-324, 1.7976931348623157e308)
print((0.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1"))
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: 10.0 ** 400, lambda: int(float("inf")), lambda: int(float("nan"))]:
    try:
        bad()
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 5 % -0.5 if False else 5.0 % 3, divmod(-1e-20, 1.0))
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > float("inf"), 10**400 < 1e308, float("nan") == float("nan"), 1 == 1.0)
print(float(2**1023) * 2 if False else float(2**1023), round(2.5), int(1e20), float(10**20), 1e22, 1e23)
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(float.__getformat__("double") if hasattr(float, "__getformat__") else "skip", (1e300 * 1e10), -(1e300 * 1e10), (1e300 * 1e10) - (1e300 * 1e10))
