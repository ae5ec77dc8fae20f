def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'L'
    def total(self): return sum(self)
x = L([3, 1, 2])
print(x, len(x), x.total(), x.tag, type(x).__name__, isinstance(x, list))
x.append(5); x.sort(); print(x, type(x[1:]).__name__, type(x + x).__name__, type(x * 2).__name__)
print(x == [1, 2, 3, 5], [1, 2, 3, 5] == x)
class M(list):
    def __getitem__(self, i):
        return 'item%s' % (i,)
    def __len__(self): return 42
m = M([1, 2])
print(m[0], len(m), list(m))
class N(list):
    def append(self, v):
        super().append(v * 2)
n = N(); n.append(3); n.extend([1]); print(n)
print(L(), repr(L('ab')))
