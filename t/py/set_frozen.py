def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset('') , repr(frozenset({1})), len(f), 2 in f)
print(f | {9}, f & {1}, f - {1}, f ^ {1, 7}, f.union([5]), f.copy() is f)
e(lambda: f.add(1))
e(lambda: frozenset(1))
print(frozenset(f) is f, {f: 'ok'}[frozenset([1, 2, 3])])
print(hash(f) == hash(frozenset([1, 2, 3])))
print({frozenset([1, 2]): 1, frozenset([2, 1]): 2})
class FS(frozenset):
    pass
g = FS([1, 2]); print(g, type(g).__name__, type(g | {3}).__name__, g == {1, 2})
class S(set):
    def __repr__(self): return 'S' + set.__repr__(self)
s = S([1, 2]); print(s, type(s.copy()).__name__, type(s | s).__name__, len(s))
class T(set):
    pass
print(T([1]), T(), frozenset([frozenset([1])]))
t = T([5]); t.add(6); print(t, isinstance(t, set))
s = set(); s.add(frozenset()); print(s)
