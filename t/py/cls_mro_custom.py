class Meta(type):
    def mro(cls):
        m = super().mro()
        print("mro called for", cls.__name__)
        return m
class A(metaclass=Meta): pass
class B(A): pass
print([k.__name__ for k in B.__mro__])
print(type.mro(B) == list(B.__mro__))
print(int.mro(), bool.__mro__)
