def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

class S:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return chr(97 + i)
print(list(S(4)), tuple(S(2)), ''.join(S(3)), sorted(S(3), reverse=True), 'b' in S(3), 'z' in S(3))
it = iter(S(2)); print(type(it).__name__, next(it), next(it), next(it, 'done'), next(it, 'still'))
a, b = S(2); print(a, b)
print(dict(enumerate(S(3))), set(S(3)) == {'a', 'b', 'c'}, max(S(5)), list(zip(S(2), S(9))))
class K:
    def __getitem__(self, k):
        raise KeyError(k)
e(lambda: list(K()))
class T:
    def __getitem__(self, i):
        if i == 3: raise StopIteration
        return i
print(list(T()), sum(T()))
class Bad:
    pass
e(lambda: iter(Bad()))
e(lambda: list(Bad()))
e(lambda: [x for x in 5])
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
e(lambda: iter(NoIter()))
