print("a b  c".split(), "  a b  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), ",".split(","), "".split(","))
print("a b c d".split(None, 2), "a b c d".split(maxsplit=1), "a,b,c".split(",", 0))
print("a b c d".rsplit(None, 2), "a,b,c,d".rsplit(",", 1), "  a  b  ".rsplit(None, 1))
print("a\u3000b\u2003c\x85d\x1ce".split())
print("aXXbXXc".split("XX"), "aXXbXXc".rsplit("XX", 1), "XXaXX".split("XX"))
print("é,ü,😀".split(","), "é😀é😀".split("😀"))
print("line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1c7\x1d8\x1e9\x8510\u202811\u202912".splitlines())
print("a\nb\r\nc\n".splitlines(True), "".splitlines(), "\n".splitlines(), "x".splitlines(keepends=True))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
print("é😀é".partition("😀"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "é".join(["a", "b"]))
print(" ".join(x for x in ["g", "e", "n"]), "+".join(("t", "u")))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
