def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print({3, 1, 2}, {10, 5, 20, 15}, set(), set([4, 4, 1]), set(range(10)), {-1, -2, 0})
print({100, 7, 64, 8, 9}, {1000, 1, 2**40, 3}, {(1, 2), (0, 0)}, {None}, {True, 1, 1.0})
s = {1, 2, 3}
s.add(4); s.add(1); print(s, len(s))
s.discard(2); s.discard(99); print(s)
s.remove(3); print(s)
e(lambda: s.remove(99))
e(lambda: set().pop())
e(lambda: {[1]})
e(lambda: s.add({}))
e(lambda: [] in s)
print(s.pop(), s)
c = s.copy(); c.add(50); print(s, c)
s.clear(); print(s, len(s), bool(s), bool({0}))
print(1 in {1}, 2 in {1}, 2 not in {1}, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
x = {5}; print(x.discard({5}), x.__contains__(5))
print(set('aaa'), sorted(set('hello')), set({1: 2}), set((1, 2)))
e(lambda: set(1))
e(lambda: set([], []))
print({i % 7 for i in range(100)}, {i * 11 % 17 for i in range(17)})
print(repr({1, 2}), str({3}), repr(set()))
r = set(); r.add(r.__hash__ if False else 1); print(r)
