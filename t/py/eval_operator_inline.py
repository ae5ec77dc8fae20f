class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.x < o.x
    def __repr__(self): return f'V({self.x})'
print(V(1) + V(2), V(1) + 5, V(3) == V(3), V(3) == 3, V(1) < V(2), V(1) != V(1))
for expr in ['V(1) + "s"', 'V(1) < 3', 'V(1) - V(2)', 'V(1) ** 2', '3 < V(1)']:
    try:
        print(eval(expr))
    except TypeError as e:
        print('TypeError', e)
class W:
    def __gt__(self, o): return 'W.gt'
class U:
    def __lt__(self, o): return NotImplemented
print(U() < W())
print(sorted([V(3), V(1), V(2)]))
class S(V):
    def __radd__(self, o): return 'S.radd'
    def __add__(self, o): return 'S.add'
print(V(1) + S(2))
class Str:
    def __add__(self, o): return 'added ' + o
print(Str() + 'x')
class F:
    def __eq__(self, o): return NotImplemented
f = F()
print(f == f, f == F(), f != f)
import sys
sys.setrecursionlimit(50000)
class N:
    def __init__(self, d): self.d = d
    def __add__(self, o):
        return o if self.d == 0 else N(self.d - 1) + (o + 1)
print(N(20000) + 0 if False else N(200) + 0)
