d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c"}, k <= set("abcd"))
print(sorted(i & {("a", 1)}), k.isdisjoint({"x"}), list(reversed(k)), list(reversed(v)))
d["d"] = 4; print(list(k), list(v)[-1], len(i))
del d["a"]; print(k)
try:
    v == v
    print(v == d.values())
except Exception as e:
    print(e)
try:
    hash(k)
except TypeError as e:
    print(e)
print(type(k).__name__, type(v).__name__, type(i).__name__, k.mapping == d if hasattr(k, "mapping") else None)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(e)
print({}.keys() == set(), dict.fromkeys("ab").keys() | ["c"] == {"a", "b", "c"})
