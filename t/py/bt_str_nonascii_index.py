s = "aé€😀b"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], list(s), s.encode("utf-8"), len(s.encode()))
print(s.find("😀"), s.index("b"), s.upper(), "😀" * 3, s.center(9, "·"), [ord(c) for c in s])
print(s.encode("utf-16-le")[:6], s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), repr(b"a\xffb".decode("utf-8", "surrogateescape")), b"\xe9".decode("latin-1"))
print("straße".upper(), "ΣΑΣ".lower(), "ǈ".upper(), "İ".lower(), len("İ".lower()), "ﬀ".upper())
print(sorted(["é", "e", "z", "É"]), "é" > "z", "a" < "é" < "😀", max("aé😀"), min("zé"))
it = iter("é😀"); print(next(it), next(it), next(it, None))
print(str(b"x"), str(b"\xc3\xa9", "utf-8"), str(bytearray(b"ab"), encoding="ascii"), str(1.5), str([1, "a"]), str(), str(None))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
