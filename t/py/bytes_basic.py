fx = "x"
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], list(b[:2]), b"" == b"", b + b" w", b * 2, 3 * b"ab")
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"), bytes("a", encoding="ascii"), bytes(range(3)))
print(bytes((x for x in [104, 105])), bytes(memoryview(b"mv")), b"abc" == bytearray(b"abc"), b"a" < b"b", b"ab" < b"abc", b"b" > bytearray(b"a"))
print(b"ell" in b, 101 in b, 255 in b, b"" in b, hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"])
for x in b"hi":
    print(x, end=" ")
print()
print(repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""), repr(b"\x00\t\n\r\\\x7f\x80\xff"), str(b"s"))
class B:
    def __bytes__(self): return b"from bytes"
print(bytes(B()), b"%s" % B())
for bad in [lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(b"x", "ascii"),
            lambda: b"a" + "b", lambda: b"abc"[5], lambda: b"a"[fx], lambda: "a" in b"abc", lambda: 300 in b"abc", lambda: hash(bytearray()),
            lambda: b"x" < "y", lambda: bytes(5, "ascii")]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(b"abc" == "abc", b"abc" != "abc", bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"), b"\xde\xad".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -4))
try:
    bytes.fromhex("0g")
except ValueError as e:
    print(e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(e)
print(type(b[0:1]).__name__, type(bytearray(b"x")[0:1]).__name__, b"x".__getnewargs__(), bytes.maketrans(b"ab", b"xy")[97:99])
