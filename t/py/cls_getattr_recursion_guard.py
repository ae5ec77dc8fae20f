class W:
    def __init__(self, inner): self._inner = inner
    def __getattr__(self, name): return getattr(self._inner, name)
w = W([1, 2, 3])
print(w.count(2), w.index(3))
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        t = object.__getattribute__(self, "_t")
        return getattr(t, name)
    def __setattr__(self, name, v):
        setattr(object.__getattribute__(self, "_t"), name, v)
class T: pass
t = T()
p = Proxy(t)
p.x = 1
print(t.x, p.x)
