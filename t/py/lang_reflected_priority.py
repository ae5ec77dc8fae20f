class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __eq__(self, o): print("Base.eq"); return NotImplemented
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
    def __eq__(self, o): print("Sub.eq"); return "Sub.eq-result"
    def __gt__(self, o): return "Sub.gt"
print(Base() + Sub())
print(Base() == Sub())
print(Base() < Sub())
class Other:
    def __radd__(self, o): return "Other.radd"
print(Base() + Other())
print(1 + Other(), [1] + Base() if False else "")
class Both:
    def __eq__(self, o): return NotImplemented
print(Both() == Both(), Both() != Both(), Both() == 1)
x = Both(); print(x == x)
class Ineq:
    def __ne__(self, o): return "custom ne"
print(Ineq() != 1, Ineq() == 1)
