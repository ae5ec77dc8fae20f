data = [b"", b"a b  c", b"  lead", b"trail  ", b"a,b,,c", b"\t\n\x0b\x0c\r x \x1c"]
for d in data:
    print(d.split(), d.split(b","), d.rsplit(None, 1), d.split(None, 1), d.strip(), d.lstrip(), d.rstrip(b" c"), bytearray(d).split())
print(b"a\x85b".split(), "a\x85b".split(), b"a\xa0b".split())
print(b"xxhixx".strip(b"x"), b"abc".strip(b""), bytearray(b"  q  ").strip(), b"www.example.com".lstrip(b"cmowz."))
print(b"a-b-c".split(b"-", 1), b"a-b-c".rsplit(b"-", 1), b"a--b".split(b"--"), b"1,2,3".split(b",", maxsplit=1), b"a b".split(sep=None))
