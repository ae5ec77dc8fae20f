s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("zz"), s.find(""), s.find("", 17), s.find("", 18))
print(s.rfind("hello"), s.rfind("hello", 0, 16), s.rfind("o"), s.rfind(""), s.rfind("", 3, 5))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 3, -3))
print(s.find("o", -5), s.find("o", -100, -10), s.count("", 5, 2), s.find("h", None, None))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
u = "αβγαβγ"
print(u.find("γ"), u.rfind("α"), u.count("β"), u.index("γα"), u.find("β", 2), u.rfind("β", 0, 4))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("hello"), s.endswith("lo", 0, 5))
print(s.startswith(""), "".startswith(""), "abc".startswith("abc", 3), "abc".startswith("", 4), s.endswith(("a", "b")))
print("αβγ".startswith("β", 1), "αβγ".endswith("β", 0, 2))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith((1,))
except TypeError as e:
    print("TypeError:", e)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
print("héllo".replace("é", "e"), "a😀b😀".replace("😀", ""), "aaaa".replace("aa", "b"), "abc".replace("b", "ééé"))
try:
    "a".replace(1, "b")
except TypeError as e:
    print("TypeError:", e)
