class P:
    def __init__(self): self.a = 1; self.b = [2]
import copy
p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.a, q.b is p.b, r.b == p.b, r.b is p.b, type(q).__name__)
print(isinstance(object().__sizeof__(), int))
