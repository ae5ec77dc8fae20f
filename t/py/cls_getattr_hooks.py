class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
l = Lazy()
print(l.real, l.xy, getattr(l, "nope", "dflt"), hasattr(l, "nope"))
class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
g = Logged()
g.a = 5
print(g.a)
del g.a
print(hasattr(g, "a"))
class Both:
    def __getattribute__(self, name):
        if name == "boom": raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.boom, b.other)
class Prop:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name): return "ga:" + name
print(Prop().p)
