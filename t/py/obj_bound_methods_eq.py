class A:
    def m(self): pass
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a, b = A(), A()
print(a.m == a.m, a.m == b.m, a.m != b.m, hash(a.m) == hash(a.m))
s = {a.m, a.m}
print(len(s))
print(len.__self__.__name__, [].append.__self__, type(A.m))
import sys
print(sys.exit.__module__, len.__module__, A.m.__module__, A.__module__)
print(A.m.__qualname__, a.m.__func__.__qualname__, a.m.__doc__)
