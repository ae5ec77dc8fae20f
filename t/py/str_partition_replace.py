cases = ["", "a", "a=b", "a=b=c", "==", "=a=", "é=😀=ü"]
for c in cases:
    print(repr(c), c.partition("="), c.rpartition("="), c.replace("=", "::"), c.replace("=", "", 1), c.count("="))
print("abcabc".replace("abc", "x", 0), "abcabc".replace("abc", "x", -1), "aaaa".replace("a", "aa"), "banana".replace("an", "AN", 1))
print("".replace("", "x"), "ab".replace("", ""), "abc".replace("abc", ""), "αβα".replace("α", "A"))
print("hello".removeprefix("he").removesuffix("lo"), "a".removeprefix("a"), "".removesuffix("x"))
try:
    "a".replace("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
