objs = ["plain", "tab\t", "quote'", 'dq"', "both'\"", "\x00\x1f\x7f", "é", "\u200b", "\U0001F600", "\ud800", b"\x00\xff'", bytearray(b"x\""), 1.5, -0.0, 2**70, 1+2j, None, True, [1, "é"], ("é",), {"é": b"\xe9"}, {1.5}, frozenset({"z"}), range(3), slice(1, None), Ellipsis, NotImplemented, int, len]
for o in objs:
    print(repr(o), ascii(o), str(o) if not isinstance(o, (str,)) else "")
