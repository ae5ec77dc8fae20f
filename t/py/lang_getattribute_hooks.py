class G:
    x = 1
    def __getattribute__(self, n):
        if n.startswith("secret"):
            raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "fallback:" + n
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("delattr", n)
        object.__delattr__(self, n)
g = G()
print(g.x, g.missing, g.secret_key)
g.y = 2; print(g.y, g.__dict__)
del g.y
print(getattr(g, "y"), hasattr(g, "anything"))
class Strict:
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
try:
    Strict().a = 1
except AttributeError as e:
    print(e)
class Proxy:
    def __init__(self, t): object.__setattr__(self, "_t", t)
    def __getattr__(self, n): return getattr(self._t, n)
p = Proxy([3, 1, 2]); p.sort(); print(p._t, p.count(1))
try:
    p.nothing
except AttributeError as e:
    print(e)
