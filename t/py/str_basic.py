s = "hello"
print(len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
print("ell" in s, "xyz" in s, "" in s)
print(s + " world", s * 3, 2 * s, s * 0, s * -1)
print(s == "hello", s != "hello", s < "help", s > "hell", "a" <= "a", "b" >= "c")
print(str(), str(42), str(3.5), str(None), str([1, 'a']), str(b'x'))
for c in "abc":
    print(c, end=",")
print()
print(list("héllo"), len("héllo"))
print(hash("abc") == hash("ab" + "c"))
print(s.__len__(), s.__contains__("h"), s.__getitem__(1))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
print(ord("a"), chr(97), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600")
print(sorted(["b", "a", "é", "Z", "aa"]))
print(max("hello"), min("hello"))
