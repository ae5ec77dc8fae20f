def f(): pass
class C:
    def m(self): pass
print(type(len).__name__, type([].append).__name__, type(f).__name__, type(C.m).__name__, type(C().m).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(len.__name__, len.__qualname__, [].append.__name__, [].append.__qualname__, int.__add__.__qualname__, dict.fromkeys.__name__, str.join.__qualname__)
print(callable(len), len.__self__.__name__, [].append.__self__, type(str.__dict__["join"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(type.__dict__["__name__"]).__name__, type(int.__dict__["real"]).__name__ if "real" in int.__dict__ else "-", f.__code__.co_name, f.__globals__ is globals())
print(int.__name__, int.__module__, object.__bases__, type.__bases__, int.__mro__, len.__module__, C.__module__)
import math
print(type(math).__name__, math.__name__, type(math.sqrt).__name__, hasattr(math, "__dict__"))
print(isinstance(len, type(abs)), NotImplemented, Ellipsis, ..., type(...).__name__, type(NotImplemented).__name__, repr(None))
