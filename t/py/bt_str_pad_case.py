for s in ["", "a", "abc", "ßtraße", "ǅemal", "ﬁx", "İi"]:
    print(repr(s.center(7, "*")), repr(s.ljust(5, "é")), repr(s.rjust(2)), s.zfill(6))
    print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("-42".zfill(6), "+3".zfill(4), "-".zfill(3), "abc".zfill(-1))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
print("a\tbc\td\n\txy".expandtabs(), "a\tb".expandtabs(0), "a\tb".expandtabs(3), repr("\t".expandtabs(-1)))
print("hello world's x-ray 3rd".title(), "HeLLo".istitle(), "Hello World".istitle())
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
