try:
    class A(int, str): pass
except TypeError as e:
    print("TypeError:", e)
class S1: __slots__ = ("a",)
class S2: __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print("TypeError:", e)
class E1: __slots__ = ()
class E2: __slots__ = ()
class E3(E1, E2): pass
print(E3.__mro__[1:3])
class L(list, E1): pass
print(L([1]))
try:
    class T(tuple):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
class T2(tuple):
    __slots__ = ()
print(T2((1, 2)))
class X(Exception, E1): pass
print(X("m").args)
