s = "ababab"
print(s.count("ab"), s.count("aba"), s.count("ab", 1), s.count("ab", -2), s.count("", 2, 4), s.count("b", 100))
print(s.replace("ab", "X"), s.replace("aba", "_"), s.replace("", "*", 3), s.replace("ab", "", 2), "".replace("", "x"), "".replace("a", "b"))
print("ééé".replace("é", "e", 2), "😀a😀".replace("😀", "!"), "aaaa".replace("aa", "a"), "abc".replace("abc", ""))
try:
    s.replace("a")
except TypeError as e:
    print(e)
try:
    s.replace(1, "x")
except TypeError as e:
    print(e)
print(s.startswith("ab", 2), s.startswith("ab", 3), s.endswith(("x", "ab"), 0, 4), s.endswith("ab", -2), s.startswith(("",)), "".startswith(""), "".endswith("", 1))
