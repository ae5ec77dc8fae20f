s = "a,b,c,d"
for n in [-1, 0, 1, 2, 10]:
    print(n, s.split(",", n), s.rsplit(",", n), " a  b  c ".split(None, n), " a  b  c ".rsplit(None, n))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split("x"), "".split("x"), "".rsplit(), "\t\n".split(), "a\x00b".split("\x00"))
print(b" a b ".split(None, 1), b"a.b.c".rsplit(b".", 1), bytearray(b"1 2").split())
try:
    "a".split(sep=None, maxsplit="1")
except TypeError as e:
    print(e)
