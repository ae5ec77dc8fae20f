s = "abracadabra"
print([s.count(x) for x in ["a", "b", "ra", "abra", "", "z", "abracadabra", "abracadabrax"]])
print([s.find(x, st) for x in ["a", "bra"] for st in [0, 1, 5, -3, 100, -100]])
print([s.rfind(x, 0, e) for x in ["a", "bra"] for e in [11, 10, 5, -1, -100, 100]])
print(s.index("c"), s.rindex("a", 0, -1), s.count("a", 2, 8), s.count("", 3, 3), s.count("", 4, 2), s.find("", 11), s.find("", 12))
print("αβαβα".count("αβ"), "αβαβα".find("βα", 2), "αβαβα".rfind("αβ", 1), "αβαβα".index("α", -2), "😀😀😀".count("😀", 1))
print(s.find("a", None), s.find("a", 1, None), s.rfind("a", None, 5), s.count("a", None, None))
class Ix:
    def __index__(self): return 3
print(s.find("a", Ix()), s[Ix()])
try:
    s.find("a", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
try:
    s.find("a", 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
