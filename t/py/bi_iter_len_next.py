def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(len([]), len([1] * 5), len((1,)), len('héllo'), len({1, 2}), len({1: 1}), len(range(3, 9, 2)), len(b''), len({}.keys()), len(frozenset()))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(5)), len(L(0)), len(L(True)))
e(lambda: len(L(-1)))
e(lambda: len(L(2**70)))
e(lambda: len(L('a')))
e(lambda: len(iter([])))
e(lambda: len(1))
e(lambda: len())
e(lambda: len([], []))
it = iter([1, 2])
print(next(it), next(it, None), next(it, 'x'))
e(lambda: next(it))
e(lambda: next([1]))
e(lambda: next(5))
e(lambda: next())
e(lambda: next(it, 1, 2))
class It:
    def __next__(self): return 42
print(next(It()))
def g():
    yield 1
    return 'ret'
gen = g(); print(next(gen), next(gen, 'default'))
