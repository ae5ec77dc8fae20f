class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
        return 'ignored'
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __getitem__(self, k): return self.d[k]
m = M()
m['a'] = 1
m['b'] = m['a'] + 1
m['a'] += 10
del m['b']
print(m.d)
try:
    del m['zz']
except KeyError as e:
    print('KeyError', e)
class L(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)
l = L([1, 2])
l[0] = 5
print(l)
