def wraps(g):
    def d(w):
        w.__name__ = g.__name__; w.__doc__ = g.__doc__; w.__wrapped__ = g
        return w
    return d
def trace(f):
    @wraps(f)
    def w(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return w
def mult(n):
    def deco(f):
        def w(*a): return f(*a) * n
        return w
    return deco
@trace
@mult(3)
def add(a, b):
    "adds"
    return a + b
print(add(1, 2))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def register(cls):
    cls.registered = True
    return cls
@register
class K: pass
print(K.registered)
reg = []
@reg.append
def f(): pass
print(reg[0].__name__)
@lambda f: f()
def val(): return 42
print(val)
class A:
    @staticmethod
    @trace
    def s(x): return x
print(A.s(5))
