cases = ["", " ", "a b  c ", "  lead", "a,b,,c,", "\u3000x\u2003y\x1cz", "αβ γ"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(" "), s.split(",", 1), s.rsplit(",", 1))
    print(s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(" ", -1))
for bad in ["", 1]:
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("x\n\ny\n".splitlines(True), "".splitlines(), "\n".splitlines())
