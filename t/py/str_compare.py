words = ["b", "a", "ä", "Z", "aa", "", "A", "é", "e", "😀", "\uffff", "\U00010000", "ab", "a\x00"]
print(sorted(words))
print(sorted(words, reverse=True)[:4])
print("a" < "ä" < "😀", "\uffff" < "\U00010000", "a\x00" > "a", "abc" == "abc")
print(["x" < "y", "x" <= "x", "y" > "x", "x" >= "y", "x" == "x", "x" != "x"])
print("abc".__eq__("abc"), "abc".__eq__(1), "abc".__lt__(1), "a".__ne__("b"))
d = {}
for w in words:
    d[w] = len(w)
print(d["ä"], d["😀"], len(d), "é" in d, "é" in {"é"})
print(hash("") == hash(""), hash("abc") == hash("".join(["a", "b", "c"])), hash("é") == hash("\u00e9"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" >= None
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1, "a" != b"a")
print(max(["apple", "banana", "cherry"], key=len), min("zebra", "apple"))
