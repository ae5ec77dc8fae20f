log = []
class A:
    def hello(self):
        log.append("A")
class B(A):
    def hello(self):
        log.append("B"); super().hello()
class C(A):
    def hello(self):
        log.append("C"); super().hello()
class D(B, C):
    def hello(self):
        log.append("D"); super().hello()
D().hello()
print(log)
class E:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
print(E(1, 2).args)
