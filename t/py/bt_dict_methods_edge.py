d = dict(a=1, b=2)
print(d.get("x"), d.get("x", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(repr(e))
print(d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
try:
    d.update([1])
except TypeError as e:
    print(e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], []), dict.fromkeys([]))
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(d | {"q": 0}, {"a": 1} | {"a": 2}); d |= [("w", 5)]; print(d)
print(list(reversed(d)), list(reversed(d.items()))[:2], d.copy() == d, d.copy() is d)
d.clear(); print(d, len(d))
try:
    {}[[1]]
except TypeError as e:
    print(e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 0}[(1, 2)])
d = {"k": 1}
try:
    for k in d:
        d["n"] = 2
except RuntimeError as e:
    print(e)
print(dict([(1, 2)], x=3), dict(zip("ab", "cd")), dict({"a": 1}, a=2))
try:
    dict(1)
except TypeError as e:
    print(e)
