class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class Positive(metaclass=Meta): pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive), issubclass(bool, Positive), issubclass(str, Positive))
print(isinstance(3, (str, Positive)), issubclass(int, (float, Positive)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), issubclass(A, B), isinstance(A, type), issubclass(type, object))
print(isinstance(B(), (((A,),),)), type(B()) is B, type(B) is type, B.__class__.__name__)
try:
    issubclass(B(), A)
except TypeError as e:
    print(e)
class Fake:
    __class__ = A
print(isinstance(Fake(), A), type(Fake()).__name__)
