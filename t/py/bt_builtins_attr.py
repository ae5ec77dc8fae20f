class C:
    a = 1
    def __init__(self): self.b = 2
c = C()
print(getattr(c, "a"), getattr(c, "zz", "dflt"), hasattr(c, "b"), hasattr(c, "zz"))
setattr(c, "n", 5); print(vars(c)); delattr(c, "n"); print(vars(c))
try:
    getattr(c, "zz")
except AttributeError as e:
    print(e)
try:
    getattr(c, 1)
except TypeError as e:
    print(e)
try:
    delattr(c, "zz")
except AttributeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)
print(callable(C), callable(c), callable(len), callable(1), callable(C.__init__))
print(isinstance(1, (str, (int, float))), isinstance(True, int), issubclass(bool, (str, int)), isinstance(c, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash((1, 2)) == hash((1.0, 2)), hash("a") == hash("a"))
print(hash(2**61 - 1), hash(-1), hash(2**100) == hash(2**100 % (2**61 - 1)), hash(1.5))
try:
    hash([])
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
print(type(vars(C)).__name__, "a" in vars(C), format(5, "03"), format("x", "^3"), format(1.5), repr(format(None, "")))
try:
    format(1, "z")
except ValueError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
