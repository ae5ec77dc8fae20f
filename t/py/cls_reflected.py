class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
class Other:
    def __radd__(self, o): return "Other.radd"
print(Base() + Base(), Base() + Sub(), Sub() + Base())
print(Base() + Other(), 1 + Base(), 1 + Other())
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("Num.eq"); return NotImplemented
class SubNum(Num):
    def __eq__(self, o): print("SubNum.eq"); return True
print(Num(1) == SubNum(2))
print(Num(1) == Num(1))
class Cmp:
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return "gt"
print(Cmp() < 1, 1 < Cmp(), 1 > Cmp())
