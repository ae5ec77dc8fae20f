class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print(e)
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
class H:
    a = Named()
    b = Named()
print(H.a.name, H.b.name)
try:
    class X:
        def __init_subclass__(cls): pass
    class Y(X, k=1): pass
except TypeError as e:
    print(e)
