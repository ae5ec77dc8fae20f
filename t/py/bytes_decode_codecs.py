s = "Aé€😀\x00"
for enc in ["utf-8", "utf-16", "utf-16le", "UTF-16-BE", "utf-32", "utf_32_le", "utf-32-be", "utf-8-sig", "latin_1", "L1", "US-ASCII"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8") == "\ufeffabc")
print(b"\xff\xfe\x00\xd8".decode("utf-16", "replace"), b"\x00\xd8\x00\xdc".decode("utf-16-le"), repr(b"\x00\xdc".decode("utf-16-le", "backslashreplace")))
for bad, enc in [(b"\x00", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x00\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\xff", "ascii")]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError:", e)
