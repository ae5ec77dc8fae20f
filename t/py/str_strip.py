print(repr("  abc  ".strip()), repr("  abc  ".lstrip()), repr("  abc  ".rstrip()))
print(repr("\t\n\x0b\x0c\r x \u3000\u2009".strip()))
print("xxabcxx".strip("x"), "xyabcyx".strip("xy"), "abc".strip(""), "abc".strip(None))
print("éaé".strip("é"), "😀a😀".lstrip("😀"), "😀a😀".rstrip("😀a"))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"))
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError:", e)
print("TestHook".removeprefix("Test"), "TestHook".removesuffix("Hook"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("abc".center(9, "*"), "abc".center(8, "*"), "ab".center(7), "abc".center(2), "é".center(4, "ü"))
print("abc".ljust(6, "-"), "abc".rjust(6, "-"), "abc".ljust(2), repr("x".rjust(3)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc".expandtabs(3)), repr("\t".expandtabs(0)))
