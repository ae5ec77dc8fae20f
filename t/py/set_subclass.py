def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

class S(set):
    def __init__(self, it=(), tag='t'):
        super().__init__(it)
        self.tag = tag
s = S([1, 2], tag='x')
print(s, s.tag, len(s), type(s | {3}).__name__, type(s.copy()).__name__, type(s.union()).__name__)
print(s == {1, 2}, isinstance(s, set), {1, 2} == s)
s.add(3); print(sorted(s))
class F(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, args)
f = F(3, 1, 2)
print(f, type(f).__name__, len(f), type(f & {1}).__name__, hash(f) == hash(frozenset({1, 2, 3})))
print(repr(S()), repr(F()), str(S([5])))
class NoHash(set): pass
e(lambda: hash(NoHash()))
print(hash(F(1)) == hash(frozenset([1])))
