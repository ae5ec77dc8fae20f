t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdd-cab".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "JJ", ord("o"): 48}))
print(sorted(str.maketrans({"a": "b", 99: None}).items()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: "a".translate({97: 1.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("äöü".translate({ord("ä"): "ae"}))
class M:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError
print("banana".translate(M()))
