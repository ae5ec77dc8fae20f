s = "aé€😀"
for enc in ["utf-8", "UTF8", "utf_8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError:", e, e.start, e.end, e.reason, e.encoding)
print("abc".encode(), "é".encode("latin1"), "é".encode(encoding="iso-8859-1"), "x".encode(errors="strict"))
try:
    "aé€😀b".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    "a\ud800b".encode()
except UnicodeEncodeError as e:
    print(e)
print("a\udcff\udc80b".encode("utf-8", "surrogateescape"), "a\ud800".encode("utf-8", "surrogatepass"))
print("a\udcffb".encode("ascii", "surrogateescape"), "a\ud800".encode("utf-8", "replace"), "a\ud800".encode("utf-8", "backslashreplace"))
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
b = s.encode("utf-16")
print(b.decode("utf-16") == s, s.encode("utf-32").decode("utf-32") == s, s.encode("utf-16-be").decode("utf-16-be") == s)
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(bytearray(b"xy"), encoding="latin-1"), str(b"\xff", "utf-8", "replace"))
try:
    str("abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
