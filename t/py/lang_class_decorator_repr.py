def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(P(1, "a"), [P(2, None)], str(P(0, 0)))
class S:
    def __str__(self): return "str-S"
print(S(), str(S()), f"{S()}", "%s" % S(), repr(S()).startswith("<__main__.S object at "))
class R:
    def __repr__(self): return "repr-R"
print(R(), str(R()), f"{R()!r}", [R()], {"k": R()}, (R(),))
class Fm:
    def __format__(self, spec): return "fmt[" + spec + "]"
print(format(Fm(), "abc"), f"{Fm():>5}", "{:x}".format(Fm()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
print(object.__format__(R(), ""), repr(P), P.__module__, P.__name__, P.__qualname__)
try:
    format(R(), "x")
except TypeError as e:
    print(e)
