class P:
    def __init__(self, v): self._v = v
    @property
    def v(self):
        return self._v * 2
    @property
    def bad(self):
        raise AttributeError('inner missing')
    @v.setter
    def v(self, x): self._v = x
p = P(3)
print(p.v, P.v.__class__.__name__)
p.v = 10
print(p.v)
try:
    p.bad
except AttributeError as e:
    print('AttributeError', e)
class G:
    def __getattr__(self, n): return 'fallback ' + n
    @property
    def bad(self):
        raise AttributeError('x')
print(G().bad)
class C:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        return x in self.items
c = C([1, 2])
print(1 in c, 3 in c, 3 not in c, 2 not in c)
class Weird:
    def __contains__(self, x): return [x]
print(0 in Weird(), 0 not in Weird())
class Raise:
    def __contains__(self, x): raise KeyError(x)
try:
    5 in Raise()
except KeyError as e:
    print('KeyError', e)
