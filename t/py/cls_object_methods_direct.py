class C:
    def __init__(self): object.__setattr__(self, "a", 1)
    def __setattr__(self, k, v): raise AttributeError("frozen")
c = C()
print(c.a)
try:
    c.b = 2
except AttributeError as e:
    print("AttributeError:", e)
object.__setattr__(c, "b", 3)
print(c.b, object.__getattribute__(c, "a"))
object.__delattr__(c, "b")
print(hasattr(c, "b"))
print(object.__repr__(c).startswith("<__main__.C object"))
print(object.__hash__(c) == hash(c))
print(type.__call__(C).a)
print(str.__len__("abc"), list.__getitem__([1, 2], 1), dict.__contains__({1: 2}, 1))
print(int.__new__(int, 5), str.__new__(str, "x"), object.__new__(C).__class__.__name__)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
