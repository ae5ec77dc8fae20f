def f(a, b=[], *, c=5):
    b.append(a)
    return b, c
print(f(1), f(2), f(3, [], c=0))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = ([99],)
print(f(4))
def g(a, b=2, c=3):
    return a, b, c
print(g(1, c=10), g(1, 2), g(a=0))
g.__kwdefaults__ = None
print(g.__name__, g.__qualname__, g.__module__, g.__doc__, g.__code__.co_argcount)
def h(x: int, y: str = 'a') -> bool:
    'doc'
    return True
print(h.__annotations__, h.__doc__)
h.attr = 5
print(h.attr, h.__dict__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
print(g.__code__.co_varnames, g.__code__.co_name)
