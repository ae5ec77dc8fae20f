class A:
    def who(self): return __class__.__name__
    def sup(self): return super()
class B(A):
    def who(self): return "B<" + super().who()
print(B().who(), A().who())
print(type(B().sup()).__name__)
def make():
    class Local:
        def m(self): return __class__
    return Local
L = make()
print(L().m() is L)
class WithNew:
    def __new__(cls):
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self):
        super().__init__()
print(WithNew().made)
