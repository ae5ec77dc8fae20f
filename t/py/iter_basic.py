def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
e(lambda: next(it))
e(lambda: next([]))
e(lambda: iter(5))
e(lambda: iter())
print(list(iter((4, 5))), list(iter({6: 7})), list(iter('ab')), list(iter(range(2))))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq(), 25 in Seq())
for x in Seq(): print('seq', x)
class Stop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Stop()))
n = [0]
def f():
    n[0] += 1
    return n[0]
print(list(iter(f, 4)))
e(lambda: iter(5, 1))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), tuple(It()), set(It()))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__, type(iter('')).__name__ if False else '', type(iter(Seq())).__name__, type(iter(f, 0)).__name__, type(reversed([])).__name__)
it = iter([1, 2]); print(iter(it) is it)
e(lambda: next(iter(It()), 1, 2))
