# dict and set operations on keys with a Python __hash__ (run by the loop
# as a frame): results and errors as CPython.
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return hash(s.v)
    def __eq__(s, o): return isinstance(o, K) and s.v == o.v
    def __repr__(s): return "K(%r)" % s.v
class Big:
    def __hash__(s): return 2 ** 70 + 5
class NegOne:
    def __hash__(s): return -1
class Bad:
    def __hash__(s): return "x"
class Raises:
    def __hash__(s): raise ValueError("no hash")
class Unhashable:
    __hash__ = None
class IntHash(int):
    def __hash__(s): return 7
k1 = K(1)
d = {}
d[k1] = "one"
d[K(2)] = "two"
print(d[k1], d[K(2)], k1 in d, K(2) not in d, K(3) in d, sorted(d.values()))
s = {K(1), K(2)}
print(K(1) in s, K(9) in s, K(2) in frozenset(s), K(2) not in s)
b = Big(); n = NegOne()
d[b] = "big"; d[n] = "neg"
print(d[b], d[n], b in d, hash(b) == hash(2 ** 70 + 5), hash(n))
d[IntHash(3)] = "ih"
print(d[IntHash(3)], IntHash(3) in d, d.get(IntHash(3)))
d[k1] = "uno"
print(len(d), d[K(1)])
for name, f in [("getitem", lambda: d[Bad()]), ("in", lambda: Bad() in d),
                ("set in", lambda: Raises() in {1}), ("setitem", lambda: d.__setitem__(Raises(), 1)),
                ("store", lambda: exec("d[Raises()] = 1", {"d": d, "Raises": Raises})),
                ("missing", lambda: d[K(9)]), ("unhashable", lambda: d[Unhashable()]),
                ("unhashable in", lambda: Unhashable() in d)]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
class M(dict):
    def __missing__(s, k): return ("missing", k)
print(M()[K(3)])
class Sub(dict): pass
sd = Sub(); sd[k1] = 1; print(sd[k1], k1 in sd)
