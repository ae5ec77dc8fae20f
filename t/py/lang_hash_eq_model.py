class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and o.v == self.v
    def __hash__(self): return hash(self.v)
s = {P(1), P(1), P(2)}; print(len(s), P(1) in s, {P(3): "x"}[P(3)])
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__ is None)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
class Child(P):
    def __eq__(self, o): return False
print(Child.__hash__ is None)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Ident: pass
a = Ident(); print(a == a, a != Ident(), hash(a) == hash(a))
class Ne:
    def __eq__(self, o): return "eq-result"
print(Ne() == 1, Ne() != 1)
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
print(Lt(1) > Lt(2))
print(sorted([Lt(3), Lt(1)], key=lambda x: x.v)[0].v)
print(1 < 2 < 3, 1 < 3 < 2, (lambda: (print("once") or 5))() > 1 > 0)
