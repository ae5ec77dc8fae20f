for T in (bytes, bytearray):
    b = T(b"  Hello World  ")
    print(T.__name__)
    print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.split(), b.split(b"o"), b.rsplit(None, 1), b.split(b" ", 3))
    print(b.lower(), b.upper(), b.swapcase(), b.title(), T(b"hello world").capitalize(), b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"))
    print(b.index(b"W"), b.rindex(b"l"), b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
    print(b.center(20, b"*"), b.ljust(18, b"-"), b.rjust(17), T(b"12").zfill(5), T(b"-1").zfill(4), b.partition(b"o"), b.rpartition(b"o"))
    print(T(b"a\tb").expandtabs(4), T(b"a\nb\r\nc").splitlines(), T(b"a\nb").splitlines(True), T(b",").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    print(T(b"abc").isalpha(), T(b"a1").isalnum(), T(b"12").isdigit(), T(b" \t").isspace(), T(b"ab").islower(), T(b"AB").isupper(), T(b"Ab Cd").istitle(), T(b"\x80").isascii(), T(b"").isalpha())
    print(b.removeprefix(b"  He"), b.removesuffix(b"d  "), T(b"abc").translate(bytes.maketrans(b"abc", b"xyz")), T(b"abcabc").translate(None, b"b"))
    print(T(b"\xc3\xa9").decode(), T(b"abc").decode("ascii"), b.count(b""), T(b"ab").hex(), T(b"abc")[1], T(b"abc")[-1:], T(b"aaa").count(b"a", 1))
    for bad in [lambda: b.find("o"), lambda: b.split(b""), lambda: b.center(20, "*"), lambda: T(b",").join(["a"]), lambda: b.index(b"zz"), lambda: b.startswith("x"),
                lambda: T(b"x").translate(b"short")]:
        try:
            print(bad())
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
