class Meters:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"{self.v}m"
    def __add__(self, o):
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    __radd__ = __add__
    def __sub__(self, o): return Meters(self.v - o.v)
    def __truediv__(self, o): return self.v / o
    def __floordiv__(self, o): return Meters(self.v // o)
    def __mod__(self, o): return Meters(self.v % o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __matmul__(self, o): return "matmul"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
m = Meters(10)
print(m + 1, 1 + m, m + m, m - Meters(3), m / 4, m // 3, m % 3)
print(m ** 2, pow(m, 2, 5), 2 ** m, m << 1, 1 >> m, m & 1, m | 1, m ^ 1, m @ m, ~m, +m)
try:
    1 << m
except TypeError as e:
    print("TypeError:", e)
print(sum([Meters(1), Meters(2)]))
