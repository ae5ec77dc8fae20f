for v in [0, 7, -7, 255, 10**12, -(2**40)]:
    print(f"{v:d}|{v:5}|{v:<5}|{v:^7}|{v:+d}|{v: d}|{v:08d}|{v:b}|{v:#b}|{v:o}|{v:#o}|{v:x}|{v:#X}|{v:,}|{v:_}|{v:e}|{v:.1f}|{v:%}|{v:n}")
print(format(65, "c"), format(0x1F600, "c"), format(255, "#010x"), format(255, "=+10"), format(-255, "010_"), format(12345, "*>+10,"))
for bad in ["c,", ".2d", "z", "+c", ",b", "#c"]:
    try:
        print(format(65, bad))
    except ValueError as e:
        print(e)
try:
    format(-1, "c")
except OverflowError as e:
    print(e)
print(format(True, ">5"), format(True, "5"), format(2**100, "x"), format(-(2**100), ","), format(10**30, ".3e"))
