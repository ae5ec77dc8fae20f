# super() and the implicit __class__ cell
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    def hello(self):
        return "B+" + super().hello()
    @classmethod
    def make(cls):
        return "B:" + super().make()
    def cls(self):
        return __class__.__name__
class C(B):
    def hello(self):
        return "C+" + super().hello()
print(C().hello(), C.make(), C().cls(), B().hello())
class D(A):
    def nested(self):
        def inner():
            return super(D, self).hello()
        return inner()
print(D().nested())
class E:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
class F(E, tag="fancy"):
    pass
print(F.tag)
