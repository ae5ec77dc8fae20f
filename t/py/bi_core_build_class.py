import builtins
calls = []
orig = builtins.__build_class__
def tracing(func, name, *bases, **kw):
    calls.append((name, len(bases), sorted(kw)))
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class A: pass
class B(A, metaclass=type): pass
builtins.__build_class__ = orig
print(calls)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Entry()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
try:
    class M1(type): pass
    class M2(type): pass
    class X(metaclass=M1): pass
    class Y(metaclass=M2): pass
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
def fmeta(name, bases, ns):
    return "made " + name
class F(metaclass=fmeta):
    pass
print(F)
