def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

class D(dict):
    def __missing__(self, key):
        self[key] = v = key * 2
        return v
d = D(a=1)
print(d['a'], d['bb'], d, d.get('zz'), 'zz' in d)
class C(dict):
    pass
c = C()
e(lambda: c['x'])
class Cnt(dict):
    def __missing__(self, k): return 0
cnt = Cnt()
for ch in 'abracadabra':
    cnt[ch] += 1
print(sorted(cnt.items()))
class S(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
s = S()
s['x'] = 1
print(s['x'], s, dict.__getitem__(s, 'x'))
s.update(y=2)
print(s, isinstance(s, dict), type(s).__name__, type(s.copy()).__name__)
print(D.fromkeys([1, 2]), type(D.fromkeys([1])).__name__)
class O(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 'e'
o = O({'q': 1}, r=2)
print(o, o.extra, len(o), o == {'q': 1, 'r': 2})
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3})
x = {'a': 1}; x |= {'b': 2}; x |= [('c', 3)]; print(x)
e(lambda: {'a': 1} | [('b', 2)])
