class Base:
    registry = []
    def __init_subclass__(cls, /, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class Mixin:
    def __init_subclass__(cls, **kwargs):
        cls.mixed = True
        super().__init_subclass__(**kwargs)
class A(Mixin, Base, tag="a"): pass
class B(A): pass
print(A.tag, B.tag, A.mixed, Base.registry)
class Desc:
    def __get__(self, obj, cls):
        return ("get", obj is None, cls.__name__)
class H:
    d = Desc()
    @classmethod
    def cm(cls): return cls.d
print(H.d, H().d, H.cm())
