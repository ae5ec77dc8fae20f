class Money(int):
    def __repr__(self): return "$%d" % int(self)
    def __add__(self, o): return Money(int(self) + int(o))
    __radd__ = __add__
    def __eq__(self, o): return int(self) == int(o)
    __hash__ = int.__hash__
m = Money(5)
print(m + 1, 1 + m, m + m, m * 2, type(m * 2).__name__, m == 5, 5 == m, hash(m) == hash(5))
print(sum([Money(1), Money(2)]), -m, abs(Money(-3)), m > 3, m < Money(9))
class Cmp(int):
    def __lt__(self, o): return "custom"
print(Cmp(1) < 2, 2 > Cmp(1), 1 < Cmp(2))
class F(float):
    def __round__(self, n=None): return "r"
print(round(F(1.5)), F(1.5) + 1, type(F(1.5) + 1).__name__)
class S(str):
    def __len__(self): return 99
    def __contains__(self, x): return True
print(len(S("ab")), "z" in S("ab"), S("ab").upper(), S("a") + "b")
class L(list):
    def __iadd__(self, o):
        print("iadd")
        return super().__iadd__(o)
    def __getitem__(self, i):
        return "item%r" % (i,)
l = L([1])
l += [2]
print(list.__getitem__(l, 1), l[0], type(l).__name__, len(l))
