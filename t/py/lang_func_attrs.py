def f(a, b=2, *, c=3) -> int:
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__module__, f.__annotations__)
f.x = 1
print(f.__dict__)
f.__name__ = "g"; print(f.__name__)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(C.m.__qualname__, C.D.n.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__doc__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
try:
    f.__name__ = 1
except TypeError as e:
    print(e)
def ann(x: "a", y: int = 1) -> None: pass
print(ann.__annotations__)
print(callable(f), type(f).__name__)
