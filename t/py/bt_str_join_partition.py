print(",".join([]), ",".join(["a"]), "".join(("x", "y")), "-é-".join("abc"), ",".join(iter(["p", "q"])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
for s in ["a=b=c", "abc", "", "=", "é=ü"]:
    print(s.partition("="), s.rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(e)
print("  x  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), repr("\u3000a\u2003".strip()), "a".strip(None))
print("%s|%r|%a" % ("é", "é", "é"), ascii("ñ\n\x00\U0001f600"), repr("\x7f\u200b\ud800"))
