# Results and errors of len/bool/hash/repr/str/abs/format/iter/next with
# Python dunders (their continuation-passing entries), as CPython.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v
class S:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
class A:
    def __abs__(self): return 'abs!'
class F:
    def __format__(self, spec): return spec if spec != 'x' else 5
class It:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > self.n: raise StopIteration
        return self.i
class BadIt:
    def __iter__(self): return 3
class Idx:
    def __index__(self): return 4

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [3, 0, True, Idx(), -1, 'x', 2**70, 2.0, None]:
    show(len, L(v))
for v in [3, 0, -1, 'x', 2**70]:
    show(bool, L(v))
for v in [True, False, 1, None]:
    show(bool, B(v))
for v in [5, -1, 2**70, 'x', True]:
    show(hash, H(v))
for v in ['ok', 3, None]:
    show(repr, R(v)); show(str, R(v)); show(format, R(v))
for v in ['ok', 3]:
    show(str, S(v)); show(repr, S(v) if False else 'x'); show(format, S(v), '')
show(abs, A())
show(format, F(), 'abc'); show(format, F()); show(format, F(), 'x'); show(format, F(), 3)
it = It(2)
show(next, it); show(next, it); show(next, it); show(next, it, 'dflt')
show(lambda: type(iter(It(1))).__name__); show(iter, BadIt())
print(list(iter(It(3))))
print(bool(L(1)), bool(), str(), str(b'a', 'ascii'), len([1]), hash(1), repr([R('x')]))
show(str, S('a'), 'b')
show(len, L(3), 1)
show(next, It(1), 1, 2)
