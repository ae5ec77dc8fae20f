x = object()
print(id(x) == id(x), id(1) == id(1), type(id(x)).__name__)
print(hash(1) == 1, hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(-1), hash(0.5) == hash(0.5))
print(callable(len), callable(None))
print(repr("a"), repr(1), repr([1, "b"]), repr(None))
g = globals()
print(g["__name__"], "x" in g)
def f():
    a = 1; b = 2
    return sorted(locals().items())
print(f())
print(__name__, __debug__, type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
print(all(hasattr(builtins, n) for n in ["object", "type", "int", "bool", "float", "str", "bytes", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property", "classmethod", "staticmethod", "super", "enumerate", "zip", "map", "filter", "reversed", "Exception", "ValueError", "None", "True", "Ellipsis", "NotImplemented"]))
