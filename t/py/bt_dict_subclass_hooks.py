class Lower(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
d = Lower(); d["A"] = 1; print(d, d["a"], d["A"], d.get("A"), "A" in d)
d2 = Lower({"X": 1}); print(d2)
d.update({"B": 2}); print(d)
class KeysOnly(dict):
    def keys(self): return ["only"]
k = KeysOnly(only=1, other=2)
print(dict(k), {**k}, dict(**k) if False else "")
class Cnt(dict):
    def __missing__(self, key): return 0
c = Cnt(); c["x"] += 1; c["x"] += 1; print(c, c.get("y"), c["y"], "y" in c)
class Ordered(dict):
    def __iter__(self): return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2); print(list(o), list(o.keys()), dict(o))
print(isinstance(c, dict), type(c.copy()).__name__, type(Cnt.fromkeys("a")).__name__, repr(Cnt(a=1)))
