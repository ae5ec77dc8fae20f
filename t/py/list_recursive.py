def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
d = {'k': a}
a.append(d)
print(a)
print([[], [[]], [[], [[]]]])
class R:
    def __repr__(self): return 'R!'
print([R(), (R(),), {1: R()}])
print(repr([1.5, 'a', "b'c", None, True, ...]))
