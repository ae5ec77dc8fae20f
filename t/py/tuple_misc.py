def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

E = ()
print(tuple() is E, tuple(E) is E, (1, 2)[:] == (1, 2), type(()).__name__)
t = (1, 2, 3)
print(t.__len__(), t.__getitem__(1), t.__contains__(2), t.__add__((4,)), t.__mul__(2), t.__rmul__(2))
print(t.__eq__((1, 2, 3)), t.__lt__((1, 2, 4)), t.__ne__([1]), t.__hash__() == hash(t))
print(t.__getnewargs__(), repr(t.__iter__())[:16])
e(lambda: t.__add__([1]))
e(lambda: (1,) * (2**70))
print(sum((1, 2, 3)), max((4, 1)), sorted((3, 1, 2)), list((1, 2)), set((1, 1)), dict(((1, 2),)))
print(((1, 2), (3,)) + ((),), (('a',) * 3), str((1, 'x', 2.5, None, True, (2,))))
print(tuple[int], tuple[int, ...], list[tuple[int, str]])
