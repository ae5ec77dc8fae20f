texts = ["", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\n", "a\rb\rc", "x\x0by\x0cz", "p\x1cq\x1dr\x1es", "m\x85n", "u\u2028v\u2029w", "end\r", "\r\n\r\n", "a\n\rb"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.split("\n"))
print("a\nb".splitlines(keepends=False), b"a\x0bb".splitlines(), b"a\r\nb".splitlines(True))
