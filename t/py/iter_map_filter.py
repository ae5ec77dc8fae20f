def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(list(map(str, [1, 2])), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(abs, [])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
e(lambda: map(len))
e(lambda: map())
e(lambda: list(map(len, [1])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
e(lambda: filter(None))
e(lambda: list(filter(None, 5)))
m = map(lambda x: x * 2, iter([1, 2, 3])); print(next(m), list(m))
print(sum(map(int, '123')), ''.join(map(str.upper, 'abc')), max(map(len, ['a', 'bbb', 'cc'])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
class Sq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
print(list(reversed(Sq(4))), list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Rv:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rv())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
e(lambda: reversed(NoRev()))
e(lambda: reversed(1))
e(lambda: reversed({1}))
e(lambda: reversed())
e(lambda: reversed(iter([])))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
r = reversed([1, 2, 3]); print(r.__length_hint__(), next(r), r.__length_hint__())
