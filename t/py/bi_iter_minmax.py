def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(min(1, 2), max(1, 2), min([3, 1, 2]), max((3, 1, 2)), min('hello'), max({1: 0, 5: 0}), min({7, 3}), max(range(10)))
print(max([1, 3, 2], key=lambda x: -x), min('a', 'bb', 'ccc', key=len), max('a', 'bb', 'ccc', key=len), max([(1, 'a'), (1, 'b')]))
print(max([1, 2, 2.0]), max([2.0, 2, 1]), min([0, False]), min([False, 0]), max([], default=None), min((), default=5))
print(max([5], key=None), max(iter([1, 9, 3])), min(x * x for x in range(-3, 3)), max(2**70, 3), min(-2**70, 3))
print(max([[1, 2], [1, 3]]), min(['b', 'a', 'c']), max(1.5, 2, key=float), max({'x': 1, 'y': 2}, key={'x': 1, 'y': 2}.get))
e(lambda: max())
e(lambda: min())
e(lambda: max([]))
e(lambda: min(iter([])))
e(lambda: max(1, 2, default=3))
e(lambda: max([1], foo=1))
e(lambda: max(3))
e(lambda: max([1, 'a']))
e(lambda: min([1, 2], key=5))
e(lambda: max(1, 2, key=lambda x: [] if x == 1 else ()))
print(max([float('nan'), 1, 2]), max([1, float('nan'), 2]), min([3, float('nan')]))
