s = "a\ud800b\udfffc"
print(len(s), repr(s), ascii(s), s[1] == "\ud800", ord(s[3]), s.isprintable())
print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-16", "surrogatepass")[2:4])
b = b"abc\xff\xfe"
t = b.decode("utf-8", "surrogateescape")
print(ascii(t), len(t), t.encode("utf-8", "surrogateescape") == b)
print(repr(chr(0xdc80)), chr(0xd83d) + chr(0xde00) == "\U0001F600")
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    s.encode()
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    b"\xed\xa0\x80".decode()
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
print(sorted(["\ud800", "\uffff", "\U00010000", "a"]) == ["a", "\ud800", "\uffff", "\U00010000"])
