class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __hash__(self): return hash(self.v)
d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, K(3) in d)
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print("TypeError:", e)
class Inherit(K): pass
print(hash(Inherit(5)) == hash(5))
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
