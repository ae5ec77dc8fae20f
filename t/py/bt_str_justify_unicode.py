for s in ["", "a", "日本", "é", "😀x"]:
    print("[" + s.ljust(4, "-") + "]", "[" + s.rjust(4, "·") + "]", "[" + s.center(5, "日") + "]", "[" + s.zfill(4) + "]", len(s.center(5)))
print("abc".center(4), "abc".center(5), "ab".center(5), "ab".center(4, "*"), "a".center(0), "abc".ljust(-5), "x".rjust(3, "\t").count("\t"))
try:
    "a".ljust(3, "")
except TypeError as e:
    print(e)
try:
    "a".rjust("3")
except TypeError as e:
    print(e)
print(f"{'日本':>6}|{'é':^5}|{'😀':*<3}|", "%-4s|%4s" % ("é", "日"))
