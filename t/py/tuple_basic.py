def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[:0], (1,), (), ((),), ((1,),))
print(t + (4,), t * 2, 2 * t, t * 0, () * 10, t.count(2), t.index(3), t.index(2, 1, 3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], (1, 2) >= (1, 2))
print(1 in t, 4 in t, tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({5: 6}))
u = tuple(t); print(u is t, t[:] is t)
e(lambda: t[3])
e(lambda: t['a'])
e(lambda: t.index(9))
e(lambda: t + [1])
e(lambda: t * 'x')
e(lambda: (1,) < ('a',))
e(lambda: t.__setitem__(0, 1))
e(lambda: tuple(1))
e(lambda: tuple([], []))
e(lambda: hash(([],)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((0, 0)))
print(hash(((1, 2), (3, 4))), hash((10**20, -5)), hash((True, False)), hash((1.5, 2.0)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print({(1, 2): 'a', (2, 1): 'b'}[(1, 2)])
print({(i, j) for i in range(3) for j in range(3)})
print({(i, -i) for i in range(10)})
a, b, *c = (1, 2, 3, 4); print(a, b, c)
print(repr((1, 'a', None)), str((2.5,)))
t2 = (1, [2]); t2[1].append(3); print(t2)
class T(tuple):
    def first(self): return self[0]
x = T([7, 8]); print(x, x.first(), type(x).__name__, x == (7, 8), type(x + x).__name__, type(x[:]).__name__)
class P(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __repr__(self): return 'P' + tuple.__repr__(self)
print(P(1, 2), P(1, 2)[1], len(P(3, 4)))
