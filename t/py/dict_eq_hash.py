def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K%d' % self.v
d = {}
for i in range(10):
    d[K(i)] = i
print(d)
print(d[K(4)], K(7) in d, K(11) in d)
del d[K(3)]
print(len(d), d.get(K(3)))
class Bad:
    def __hash__(self): raise ValueError('no hash')
e(lambda: {Bad(): 1})
e(lambda: Bad() in {})
class EqErr:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError('eq boom')
d2 = {EqErr(): 1}
e(lambda: d2[EqErr()])
print(hash(1) == hash(1.0), {1: 'i'}[1.0], {1.5: 'f'}[1.5])
class H(int):
    pass
print({H(5): 'h'}[5], {5: 'x'}[H(5)])
nan = float('nan'); dn = {nan: 1}; print(dn[nan], len({float('nan'): 1, float('nan'): 2}))
