class Single:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v=0):
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class BadInit:
    def __init__(self): return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self, x): self.x = x
print(OnlyInit(3).x)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class WithNewOnly:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(WithNewOnly(5)).__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
