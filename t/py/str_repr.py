tests = ["", "abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r",
         "back\\slash", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xff", "é€😀", "\u200b\u2028\ufeff",
         "\U000e0001", "\ud800\udfff", "\u0378", "a\u0300", "\U0001F600\U0010FFFF"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr(["a'b", 'c"d']))
print(str("x'y"), "%r" % "q'")
class S(str):
    pass
s = S("sub")
print(repr(s), str(s), type(str(s)).__name__, s + "x", type(s + "x").__name__)
print(f"{s!r} {s!s} {s!a}")
