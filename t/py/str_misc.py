t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J", ord("o"): "0"}))
print(str.maketrans({"a": "b", 99: None}), "aéc".translate({ord("é"): "e"}), "abc".translate([None, "x"] * 60))
class T:
    def __getitem__(self, k):
        if k == ord("a"): return "A"
        raise LookupError
print("abca".translate(T()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 1.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("x".__getnewargs__(), "abc".__mod__(()), "%s!" .__mod__("x"), str.__add__("a", "b"), "ab".__mul__(2), "ab".__rmul__(2))
print("a" < "b" < "é" < "😀", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
print(str(object=5), str(b"ab"), str(b"ab", "ascii"), str(encoding="ascii", object=b"z"), str(errors="strict", object=b"q"))
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
s = S("hi")
print(s, type(s).__name__, s.shout(), len(s), s == "HI", isinstance(s, str), s.lower(), type(s.lower()).__name__, hash(s) == hash("HI"))
print({"HI": 1}[s], s[0], type(s[0]).__name__, repr(s), str(s), type(str(s)).__name__)
s.attr = 5
print(s.attr)
print(str.join(",", ["a", "b"]), str.upper("x"), "abc".__contains__("b"), "abc".__len__())
import sys
print(sys.intern("abc") is sys.intern("ab" + "c") if hasattr(sys, "intern") else True)
print(type(iter("ab")).__name__, next(iter("é")), list(iter("")), "abc".__iter__().__next__())
