import copy, pickle, copyreg, io, collections

class A:
    def __init__(self):
        self.l = [1, [2]]
        self.d = {'k': {3}}
a = A()
b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.l[1] is a.l[1], c.d == a.d, type(c).__name__)
class CC:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__"); return CC(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); return CC(copy.deepcopy(self.v, memo))
x = CC([1])
print(copy.copy(x).v, copy.deepcopy(x).v)
class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (R, (self.a, self.b))
r = copy.deepcopy(R(1, [2]))
print(r.a, r.b)
l = [1]; l.append(l)
m = copy.deepcopy(l); print(m[1] is m, m is not l)
print(copy.copy((1, 2)), copy.deepcopy((1, [2]))[1], copy.copy({1, 2}), copy.copy(frozenset([1])))
class Sl:
    __slots__ = ('x', 'y')
s = Sl(); s.x = 1; s.y = [2]
s2 = copy.deepcopy(s); print(s2.x, s2.y, s2.y is s.y)
class St:
    def __init__(self): self.v = 1; self.tmp = 'drop'
    def __getstate__(self):
        d = self.__dict__.copy(); del d['tmp']; return d
    def __setstate__(self, st):
        self.__dict__.update(st); self.tmp = 'restored'
print(copy.copy(St()).tmp, copy.deepcopy(St()).__dict__)
print(copy.replace if hasattr(copy, 'replace') else '', copy.error)

objs = [None, True, False, 0, 1, -1, 255, 256, 65536, 2**31, -2**31, 2**63, -2**100, 3.14, -0.0, float('inf'), 1+2j,
        '', 'abc', 'é\u20ac\U0001f600', b'', b'\x00\xff', bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1, [2]], {}, {'a': 1, 2: 'b'}, set(), {1, 2}, frozenset({3}), range(1, 10, 2), slice(1, 2),
        collections.OrderedDict(a=1), collections.deque([1, 2]), collections.Counter('aab'), Ellipsis, NotImplemented,
        int, len, collections.namedtuple('NT', 'a b')]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    ok = []
    for o in objs:
        try:
            data = pickle.dumps(o, protocol=proto)
            back = pickle.loads(data)
            ok.append('1' if (back == o or (o != o)) and type(back) is type(o) else 'X')
        except Exception as e:
            ok.append('E')
            print(proto, repr(o)[:30], type(e).__name__)
    print(proto, ''.join(ok))

class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return 'Pt(%r, %r)' % (self.x, self.y)
for proto in range(6):
    p = pickle.loads(pickle.dumps(Pt(1, [Pt(2, 3)]), proto))
    print(proto, p, p == Pt(1, [Pt(2, 3)]))
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = 2
for proto in (2, 4):
    sp = pickle.loads(pickle.dumps(Slots(), proto)); print(proto, sp.a, sp.b)
class NewArgs(int):
    def __new__(cls, v, extra):
        o = int.__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self):
        return (int(self), self.extra)
n = pickle.loads(pickle.dumps(NewArgs(5, 'e'), 2)); print(n, n.extra, type(n).__name__)
class KW:
    def __new__(cls, *, k):
        o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self):
        return ((), {'k': self.k})
print(pickle.loads(pickle.dumps(KW(k=9), 4)).k)
shared = [1]
t = pickle.loads(pickle.dumps([shared, shared])); print(t[0] is t[1])
rec = []; rec.append(rec); rr = pickle.loads(pickle.dumps(rec)); print(rr[0] is rr)
print(pickle.dumps(1, 0), pickle.dumps([1, 'a'], 2), pickle.dumps((1, 2), 1))
print(pickle.dumps({'a': 1}, 4), pickle.dumps(1.5, 3))
print(pickle.loads(b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e.'))
try:
    pickle.loads(b'')
except EOFError as e:
    print("EOFError")
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
f = io.BytesIO(); pickle.dump({'x': 1}, f); f.seek(0); print(pickle.load(f))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
import pickletools
out = io.StringIO(); pickletools.dis(pickle.dumps([1, 'a'], 2), out); print(out.getvalue())
print(object().__reduce_ex__(2)[0].__name__, (1).__reduce_ex__(2)[1], Pt(1, 2).__reduce_ex__(2)[0].__name__)
print(object.__getstate__(Pt(1, 2)) if hasattr(object, '__getstate__') else '')
copyreg.pickle(Sl, lambda s: (Sl, ()))
print(type(pickle.loads(pickle.dumps(Sl()))).__name__)
