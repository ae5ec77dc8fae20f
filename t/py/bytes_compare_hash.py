items = [b"b", b"a", b"", b"ab", b"\xff", b"\x00", b"A", bytearray(b"aa")]
print(sorted(items))
print(b"a" < b"b", b"a" < b"ab", b"\xff" > b"\x7f", bytearray(b"x") == b"x", b"x" == bytearray(b"x"), b"x" != bytearray(b"y"))
print(b"abc" == "abc", b"" == "", b"1" == 1, bytearray() == [], b"a" in [b"a"], bytearray(b"a") in [b"a"])
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()), {b"x": 1, b"y": 2}[b"y"], len({b"a", b"a", b"b"}))
for a, b in [(b"a", 1), (b"a", "a"), (bytearray(b"a"), None)]:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == memoryview(bytearray(b"abc")), memoryview(b"ab") != b"ac")
