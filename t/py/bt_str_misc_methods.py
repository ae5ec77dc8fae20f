print("Hello".swapcase(), "ß".swapcase(), "aBc".casefold(), "ﬃ".casefold(), "Ǳ".casefold())
print("abc".encode(), "€".encode("utf-16"), "é".encode("latin-1"), "é".encode("cp1252"), "x".encode(errors="strict"))
try:
    "x".encode("nope")
except LookupError as e:
    print(e)
print("a b".split(" ", -1), "abc" * 0, "ab" * 3, "abc"[-100:100], "abc"[5:], "abc"[::-2], "abc"[1:-1])
try:
    "abc"[3]
except IndexError as e:
    print(e)
try:
    "abc"[float(1)]
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
print("abc".__contains__("b"), "" in "", "ab" in "a", "x".__len__(), "abc".__getitem__(slice(1, None)), "a".__add__("b"), "a".__mul__(2), "a".__rmul__(2))
try:
    1 in "abc"
except TypeError as e:
    print(e)
print("%s" % "x", "a".__mod__(()))
