class A:
    def f(self): return "A.f"
    def g(self): return "A.g"
class B(A):
    def f(self): return "B.f"
class C(B):
    def g(self): return "C.g+" + super().g()
c = C()
print(c.f(), c.g())
print(C.__mro__)
print(issubclass(C, A), issubclass(A, C), issubclass(C, (int, B)))
print(isinstance(c, (int, str)), isinstance(c, (int, A)))
print([k.__name__ for k in C.mro()])
print(A.__subclasses__(), B.__subclasses__())
