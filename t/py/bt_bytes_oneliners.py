tests = r'''
b"abc".split(b"")
b"a b".split(sep=None)
b"abc".find(b"")
b"abc".rfind(b"", 10)
b"abc".index(98)
b"\x00abc".isalnum()
b"ABC".isupper()
b"".isupper()
b"a1".islower()
b"Hello World".istitle()
b"hello world".title()
b"they're".title()
b"abc".startswith(b"")
b"abc".endswith((b"c", b"x"), 1)
b"a\tb".expandtabs()
bytes(range(5)).hex()
bytes.fromhex("0a 0B")
b"abc" < b"abd"
b"abc" == bytearray(b"abc")
b"abc" + memoryview(b"d")
b"%b" % memoryview(b"m")
b"%s" % bytearray(b"ba")
b"%i %o %X" % (1, 8, 255)
b"%c" % b"z"
b"%-5s|" % b"l"
bytearray(b"abc").center(9, b"*")
bytes([65]) * 3
b"abc"[::-1]
list(b"az")
b"x" in b"axb"
120 in b"x"
b"abc".count(b"", 1)
b"AbC".swapcase()
b"\xff".decode("latin-1")
b"a,b".rpartition(b",")
b"  x ".lstrip()
b"xxaxx".strip(b"x")
b"ab".zfill(5)
b"ab".ljust(4, b"-")
bytes(memoryview(b"ab")[::-1])
int.from_bytes(b"\x00\x01", "big", signed=False)
bytes(bytearray(b"abc"))[1:]
b"abc".translate(None)
bytearray(b"a").__iadd__(b"b")
b"a".join([])
'''
for line in tests.strip().split("\n"):
    try:
        r = repr(eval(line))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(line, "=>", r)
