b = b"Hello, World!"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.center(17, b"*"), b.ljust(15, b"."), b.rjust(15))
print(b.split(b", "), b.rsplit(maxsplit=0), b"a  b ".split(), b"a,b,,c".split(b",", 2), b"".split(b","), b"".split())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.index(b"W"), b.startswith((b"x", b"He")), b.endswith(b"!"))
print(b.replace(b"l", b"L", 2), b.partition(b", "), b.rpartition(b"o"), b.strip(b"H!"), b.zfill(16), b"-5".zfill(4))
print(b"ab\tc".expandtabs(4), b"abc".isalpha(), b"ab1".isalnum(), b"12".isdigit(), b" ".isspace(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"x\ny\r\nz".splitlines(), b"x\ny".splitlines(keepends=True), b",".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(bytes.maketrans(b"ab", b"xy"), b"abcabc".translate(bytes.maketrans(b"ab", b"xy"), b"c"), b"abc".translate(None, b"b"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"\xc3\xa9".decode(), b"abc"[1], b"abc"[-1:], b"abc" * 2, b"" * 5)
try:
    b.find("o")
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    b.count(300)
except ValueError as e:
    print(e)
print(bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytes(b"x"), bytes.fromhex("de ad"), b"\x00\xff".hex(":"), b"abcdef".hex("-", 2))
try:
    bytes("x")
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
