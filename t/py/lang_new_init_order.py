class A:
    def __new__(cls, *a, **k):
        print("new", cls.__name__, a, k)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x, y=0):
        print("init", x, y)
        self.x = x
a = A(1, y=2); print(a.x)
class NotSelf:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotSelf())
class Sub(A):
    def __init__(self, x):
        print("sub init"); super().__init__(x, 9)
Sub(5)
try:
    object.__new__(A, 1) if False else A()
except TypeError as e:
    print(e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class InitRet:
    def __init__(self): return 1
try:
    InitRet()
except TypeError as e:
    print(e)
class Single:
    _i = None
    def __new__(cls):
        if cls._i is None: cls._i = super().__new__(cls)
        return cls._i
print(Single() is Single())
