vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e16, 1e-5, 123456789.0, 0.1, 2.5, 1e100, 1.5e-300, float("inf"), float("-inf"), float("nan"), 100.0, 0.5, 12345.6789]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "G", "#g", ".3", ".0", "10.2f", "<10", "^10.1f", "+", " .1f", "%", ".1%",
         ",", ",.2f", "_.3f", "010.2f", "010,.1f", "z.1f", "z", "n", ".1", "012,.2f", "*>+12.3e", "=+10.1f", ".20g", ".17g", "r" ]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ValueError:" + str(e))
    print(repr(v), out)
for v in [1+2j, -1.5-0.5j, 2j, -0.0+2j, 1e20j, complex(0, -0.0)]:
    print(repr(v), [format(v, s) for s in ["", ".2f", "10", "<12", "+", ".3", "g", "e", "^20.1f"]])
for spec in ["=", "010", "d", "x"]:
    try:
        format(1+1j, spec)
    except ValueError as e:
        print(spec, e)
print(format(1e300 * 1e10, "f"), format(0.1 + 0.2, ".17f"), format(2 ** 0.5, ".50f"))
print(float.__format__(1.5, ""), format(1.5, "s") if False else "skip")
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
