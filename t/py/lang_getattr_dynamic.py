class Config:
    defaults = {"host": "localhost", "port": 80}
    def __getattr__(self, name):
        try:
            return self.defaults[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(); c.port = 8080
print(c.host, c.port, getattr(c, "host"), hasattr(c, "missing"))
try:
    c.missing
except AttributeError as e:
    print(e, e.__cause__, e.__suppress_context__)
class Chain:
    def __init__(self, path=()): self.path = path
    def __getattr__(self, n):
        if n.startswith("_"): raise AttributeError(n)
        return Chain(self.path + (n,))
    def __repr__(self): return ".".join(self.path)
print(Chain().a.b.c, repr(Chain().x))
class Module:
    __all__ = []
import sys
mod = sys.modules[__name__]
print(getattr(mod, "Config") is Config, getattr(mod, "nothing", "dflt"))
