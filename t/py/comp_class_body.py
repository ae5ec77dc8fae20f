# class bodies: __module__, __qualname__, __doc__, annotations, decorators
class A:
    """The A class."""
    x: int = 3
    y: str
    def meth(self):
        "method doc"
        return self.x
    class Nested:
        def deep(self):
            pass
print(A.__module__, A.__qualname__, A.__doc__, A.__annotations__)
print(A.meth.__doc__, A.Nested.__qualname__, A.Nested.deep.__qualname__)
print(A().meth(), "y" in A.__dict__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class B(A):
    pass
print(B.decorated, B.__bases__[0].__name__, B.__doc__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["meta_kw"] = kw
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta, flag=1):
    pass
print(type(C).__name__, C.meta_kw)
bases = (A,)
class D(*bases):
    z = [i for i in range(2)]
print(D.__mro__[1].__name__, D.z)
class E:
    pass
print(E.__doc__, E.__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__)
