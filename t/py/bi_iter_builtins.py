def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(len([1, 2]), len(()), len('abc'), len({1: 2}), len({1}), len(range(10)), len(b'xy'))
e(lambda: len(5))
e(lambda: len())
e(lambda: len([], []))
class L:
    def __len__(self): return 7
print(len(L()))
class BadLen:
    def __len__(self): return -1
e(lambda: len(BadLen()))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max('abc'), min('bca'), max([1, 5], [2]), min((1, 'b'), (1, 'a')))
print(max([1, -5, 3], key=abs), min(['aa', 'b', 'ccc'], key=len), max([], default='d'), min([], default=None), max([2], default=0))
print(max(1, 2, key=lambda x: -x), max([1, 1.0]), max([1.0, 1]), min([2, 1, 1.0]), max('a', 'b', key=None))
print(max(['a', 'bb', 'cc'], key=len), min(['a', 'bb', 'c'], key=len))
e(lambda: max())
e(lambda: max([]))
e(lambda: min([]))
e(lambda: max(1, 2, default=0))
e(lambda: max([1], x=1))
e(lambda: max(1))
e(lambda: min([1, 'a']))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([1, 2.5]), sum([], 10), sum([[1], [2]], []), sum(range(1000)), sum([0.1] * 10))
print(sum([2**62, 2**62, 2**62]), sum([-2**62, -2**62, -1]), sum([1, 2], start=3), sum([1.5, 2**70]), sum([True, True]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum(x / 3 for x in range(10)), sum([1, 2.0, 3]))
print(sum([(1,), (2,)], ()))
e(lambda: sum(['a', 'b'], ''))
e(lambda: sum([b'a'], b''))
e(lambda: sum([1, 'a']))
e(lambda: sum())
e(lambda: sum(1))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, '']), any([0, 'x']), all(x > 0 for x in range(1, 5)), any(iter([None, 3])))
e(lambda: all(1))
e(lambda: any())
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('cba'), sorted({2: 0, 1: 0}), sorted([], key=len))
e(lambda: sorted())
e(lambda: sorted([1], [2]))
print(next(iter([1])), next(iter([]), 'dflt'), list(iter([1, 2, 3].pop, 1)))
def g():
    yield 1
    yield 2
gen = g(); print(next(gen), next(gen), next(gen, 'done'))
e(lambda: next(gen))
