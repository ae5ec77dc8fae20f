def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), repr(slice('a', [1], None)))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(5))
print(slice(-100, 100).indices(7), slice(100, -100, -1).indices(7), slice(2, 8, 3).indices(6))
print(slice(10**20, -10**20, -10**19).indices(10**25))
e(lambda: slice(None, None, 0).indices(5))
e(lambda: slice(1).indices(-1))
e(lambda: slice('a').indices(3))
e(lambda: hash(slice(1)))
e(lambda: slice())
e(lambda: slice(1, 2, 3, 4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != slice(1))
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(-2, None)])
class I:
    def __index__(self): return 2
print([0, 1, 2, 3][I():], [0, 1, 2, 3][:I()], [0, 1, 2, 3][I()], range(10)[I():5], (0, 1, 2)[I()])
e(lambda: [1, 2][1.0:])
e(lambda: [1, 2]['a':])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, None])
