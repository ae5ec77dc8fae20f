def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = [1, 2, 3, 2, 1, 2]
for args in [(2,), (2, 2), (2, 4), (2, -1), (2, -3, -1), (1, 1), (1, -100), (2, 100), (2, 0, 0), (2, 1, 2), (3, True), (2, 2**100), (2, -2**100)]:
    e(lambda: a.index(*args))
e(lambda: a.index())
e(lambda: a.index(1, 2, 3, 4))
e(lambda: a.index(1, 'x'))
e(lambda: a.index(1, None))
e(lambda: a.index(1, 0, 1.5))
print(a.count(2), a.count(9), a.count(1.0), [None, None].count(None), [[1], [1]].count([1]))
e(lambda: a.count())
class I:
    def __index__(self): return 3
print(a.index(2, I()), a[I()], a[I():], (1, 2, 3, 4).index(4, I()))
