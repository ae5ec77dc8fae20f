class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
a = Adder(3)
print(a(4), callable(a), list(map(a, [1, 2])), sorted([3, 1], key=Adder(0)))
class NoCall: pass
try:
    NoCall()()
except TypeError as e:
    print(e)
class MetaCall(type):
    def __call__(cls, *a): return ("intercepted", a)
class X(metaclass=MetaCall): pass
print(X(1, 2))
class CallAttr:
    pass
o = CallAttr(); o.__call__ = lambda: "instance attr"
try:
    o()
except TypeError as e:
    print(e)
print(callable(o), callable(CallAttr), callable(lambda: 0), callable(print), callable("s"), callable(str.upper))
f = Adder(10).__call__; print(f(1))
class Static:
    __call__ = staticmethod(lambda: "static call")
print(Static()())
