s = "hello wörld hello"
for args in [("l",), ("l", 5), ("l", -3), ("l", 2, 3), ("", 0), ("", 100), ("", 17), ("hello", 1), ("z",), ("ö", -8, -4)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print("".find(""), "".count(""), "abc".count(""), "abc".rfind(""), "aaa".count("aa"))
try:
    s.index("zz")
except ValueError as e:
    print(e)
try:
    s.rindex("zz")
except ValueError as e:
    print(e)
print(s.index("o", None, None), s.find("o", None))
print(s.startswith(("x", "he")), s.endswith("lo", 0, 5), s.startswith("", 17), s.startswith("", 18))
try:
    s.startswith(["h"])
except TypeError as e:
    print(e)
print(s.replace("l", "L", 2), s.replace("", "-"), "abc".replace("", "-", 2), s.replace("l", "L", 0), s.replace("l", "L", -1))
