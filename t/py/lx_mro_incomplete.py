# a metaclass's mro() runs while the class has no MRO yet
class M(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ == 'A':
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError:", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError:", e)
        return type.mro(cls)

class A(metaclass=M):
    pass
print(A.__mro__)

# __bases__ assignment from inside mro() must not build a cycle
ready = False
class N(type):
    def mro(cls):
        if ready:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)

class C(metaclass=N):
    pass
class B1(C):
    pass
class B2(C):
    pass
ready = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError:", e)
ready = False
print(B1.__mro__)
