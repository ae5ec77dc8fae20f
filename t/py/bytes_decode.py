cases = [b"abc", b"\xc3\xa9", b"\xff", b"a\xffb", b"\xe2\x82", b"\xe2\x82x", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98",
         b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80\x81", b"\xe0\x80\x80", b"ok\xc3"]
for c in cases:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            r = c.decode("utf-8", err)
            print(c, err, ascii(r))
        except UnicodeDecodeError as e:
            print(c, err, "UnicodeDecodeError:", e, e.start, e.end, e.reason)
for c in [b"abc", b"\x80", b"a\xffb"]:
    for err in ["strict", "replace", "ignore", "surrogateescape"]:
        try:
            print(c, err, ascii(c.decode("ascii", err)))
        except UnicodeDecodeError as e:
            print(c, err, "UnicodeDecodeError:", e)
print(ascii(b"\xe9\xff".decode("latin-1")), ascii(bytes(range(250, 256)).decode("latin1")))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16-le"))
try:
    b"a".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e)
print(bytearray(b"h\xc3\xa9").decode(), b"x".decode(encoding="ascii", errors="strict"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
b"\xff\xfe".decode("utf-8")
