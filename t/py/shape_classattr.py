# Attribute loads on class objects through cached sites.
class Base:
    X = 1
    def f(self):
        return "Base.f"
    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__
    @staticmethod
    def sm(v):
        return v + 1
    @property
    def p(self):
        return "prop"

class Sub(Base):
    pass

def getx(c):
    return c.X

def calls(c):
    return c.cm(), c.sm(1), c.f(c()), type(c.p).__name__

print([getx(c) for c in (Base, Sub, Base, Sub)])
print(calls(Base), calls(Sub))
Base.X = 2
print([getx(c) for c in (Base, Sub)])
Sub.X = 3
print([getx(c) for c in (Base, Sub)])
del Sub.X
print([getx(c) for c in (Base, Sub)])
Base.cm = classmethod(lambda cls: "new cm of " + cls.__name__)
print(calls(Sub))

# names that type itself defines
class N:
    mro = "class attr mro"
def names(c):
    return c.__name__, c.__qualname__, c.mro
print(names(N))
N.__name__ = "Renamed"
print(names(N))
del N.mro
print(names(N)[:2], names(N)[2]() == [N, object])

# builtin types through one site
def joiner(t):
    return t.join
print(joiner(str)(["a", "b"]) if False else str.join("-", ["a", "b"]), dict.fromkeys("ab"), int.from_bytes(b"\x01\x00", "little"))
def fk(t):
    return t.fromkeys("xy", 0)
print([fk(t) for t in (dict, dict)])

# a class with a metaclass: not a plain type
class Meta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name
    extra = "meta extra"
class WithMeta(metaclass=Meta):
    Y = "Y"
def gety(c):
    return c.Y, c.extra, c.missing
print([gety(WithMeta) for _ in range(2)])
WithMeta.Y = "Y2"
print(gety(WithMeta))

# __bases__ assignment changes what a class attribute resolves to
class P1:
    V = "P1"
class P2:
    V = "P2"
class Ch(P1):
    pass
def getv(c):
    return c.V
print([getv(Ch) for _ in range(2)])
Ch.__bases__ = (P2,)
print(getv(Ch))

# a descriptor written in Python on a class
class Desc:
    def __get__(self, obj, cls):
        return ("desc", obj is None, cls.__name__)
class HasDesc:
    d = Desc()
def getd(c):
    return c.d
print([getd(HasDesc) for _ in range(2)])

# an attribute missing on the class
def getmissing(c):
    try:
        return c.nothing
    except AttributeError as e:
        return str(e)
print([getmissing(Base) for _ in range(2)])
Base.nothing = "now there"
print(getmissing(Sub))
