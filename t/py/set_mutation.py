def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print('RuntimeError', ex)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%d)' % self.v
ks = {K(1), K(2), K(1), K(3)}
print(len(ks), K(2) in ks, K(5) in ks)
ks.remove(K(2)); print(len(ks))
class B:
    def __hash__(self): raise TypeError('nope')
e(lambda: {B()})
e(lambda: B() in {1})
