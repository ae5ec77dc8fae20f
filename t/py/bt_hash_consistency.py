pairs = [(1, 1.0), (0, -0.0), (True, 1), (2**61, float(2**61)), (-1, -1.0), (10**20, 1e20), (0.5, 0.5 + 0j), (3, 3 + 0j)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(-1) == hash(-2), hash(float("inf")), hash(float("-inf")), hash(2**61 - 1), hash(-(2**61 - 1)), hash(2**61), hash(1e300) == hash(int(1e300)))
print(hash(()) == hash(()), hash((1,)) == hash((1.0,)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1])), hash("") == hash(""), hash(b"ab") == hash(b"ab"))
d = {1: "int"}; d[1.0] = "float"; d[True] = "bool"; print(d)
s = {0, 0.0, -0.0, False, 0j}; print(s)
print({1, 2} == {2.0, 1.0}, {(1, 2): 0}.get((1.0, 2.0)), hash(range(3)) == hash(range(0, 3, 1)) if hasattr(range, "__hash__") else "")
class H:
    def __hash__(self): return 2**100
print(hash(H()) == hash(2**100))
class Bad:
    def __hash__(self): return "no"
try:
    hash(Bad())
except TypeError as e:
    print(e)
