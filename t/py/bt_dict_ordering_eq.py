a = {"x": 1, "y": 2}; b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {1: 1} == {1.0: 1}, {} == dict())
d = {}
for i in range(10): d[i] = i
for i in range(0, 10, 2): del d[i]
d[0] = "new"; print(d)
d = dict.fromkeys(range(5)); d.pop(2); d[2] = None; print(list(d))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"K{self.v}"
d = {K(1): "a", K(2): "b", K(1): "c"}; print(d, d[K(2)])
try:
    {} < {}
except TypeError as e:
    print(e)
print(repr({"a": {"b": [1, (2,)]}}), str({1: "x"}), {None: None}, {(1, 2): frozenset()})
d = {}; d[d.__class__] = 1; print(d)
r = {}; r["self"] = r; print(r)
