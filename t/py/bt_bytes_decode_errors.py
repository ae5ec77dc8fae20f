data = b"ok\xe9\xff\x80end"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(data.decode("utf-8", errors)))
for enc in ["ascii", "latin-1", "utf-8"]:
    try:
        print(enc, ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, e)
print("\udcff".encode("utf-8", "surrogateescape"), "x\udce9".encode("latin-1", "surrogateescape"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(e)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"\xc3".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "replace"))
print(bytes("héllo", "ascii", "replace"), "日本".encode("utf-8").decode("utf-8"), len("日本".encode()), b"abc".decode(encoding="ascii"))
try:
    b"x".decode("bogus-codec")
except LookupError as e:
    print(e)
