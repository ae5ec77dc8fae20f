vals = [0.0, -0.0, 1.0, 0.1, 1e16, 1.5e-7, 123456.789, float("inf"), float("-inf"), float("nan"), 2.5, 1e100]
for v in vals:
    print(repr(v), str(v), f"{v:.3}", f"{v:g}", f"{v:.2e}", f"{v:10.2f}|", f"{v:+}", f"{v:%}" if abs(v) < 1e20 else "", f"{v:,}", f"{v:G}")
print(format(1.0, ""), format(1.0, "n"), format(1e300, ".0f")[:10], format(0.000123, ".2g"), format(123.0, ".0e"), format(1.25, ".1f"), format(1.35, ".1f"))
print(format(-1.5, "010.3f"), format(1.5, "<10"), format(1.5, "^+10.2f"), format(1234.5, "_.1f"), format(3.0, "#.0f"), format(3.0, "#g"), format(0.5, ".0%"))
for bad in ["d", "x", ",d", "=s"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(e)
print(str(1e-5), str(0.0001), str(1e21), str(123e20), repr(1/3), repr(2/3), repr(1e-320), float("1e-320") > 0)
