def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(slice(None, None, -1).indices(0), slice(0, 0).indices(0), slice(-1, None).indices(0), slice(None, 5, -1).indices(3))
print(slice(5, 1, -2).indices(10), slice(-100, -50).indices(10), slice(50, 100).indices(10), slice(None, None, 2**70).indices(5))
print(slice(None, None, -2**70).indices(5), slice(-2**70, 2**70).indices(4), slice(True, False).indices(3))
class I:
    def __index__(self): return 2
print(slice(I(), None).indices(5), slice(None, I(), I()).indices(10))
e(lambda: slice(1, 2).indices(1.5))
e(lambda: slice(1, 2).indices())
e(lambda: slice(None, None, 'x').indices(1))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2, None), slice(0) < slice(1), slice(1, 2) >= slice(1, 2))
e(lambda: slice(1) < slice('a'))
e(lambda: {slice(1): 1})
s = slice([1], {2: 3}, 'x'); print(s, s.start, s.stop, s.step)
print('abcdefgh'[1:7:2], list(range(10))[slice(2, None, 3)], (0, 1, 2, 3)[-3:-1], b'abcdef'[::-2])
