vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -2**100, True, False]
specs = ["", "d", "5", "<5", ">5", "^5", "=5", "+", "-", " ", "05", "+05", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         ",", "_", "_x", "_b", "#010x", "*^9", "0>6", "010,", "09,", "08,", "011_x", "n", "e", ".2f", "%", "g", "c"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for spec in [".2", "s", ",x", ",_", "+c", "#c", "zd", "abc", "1.5", "_c", ",c", "99999999999999999999d"]:
    try:
        print(format(12, spec))
    except (ValueError, OverflowError) as e:
        print(spec, type(e).__name__, e)
print(format(0x10ffff, "c") == "\U0010ffff", format(233, "c"))
try:
    format(-1, "c")
except OverflowError as e:
    print(e)
print(int.__format__(5, "03"), (5).__format__(""), format(True, ""), format(True, ">5"), format(True, "d"))
