def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(all([]), any([]), all([1, 'a', [0]]), any([0, '', None, (), 0.0]), all((True, False)), any((False, True)))
print(all(range(1, 5)), all(range(5)), any(range(1)), any(range(2)), all({1: 0}), any({0: 1}), all(''), any('a'))
calls = []
def f(x):
    calls.append(x)
    return x
print(all(f(x) for x in [1, 0, 1]), calls)
calls.clear()
print(any(f(x) for x in [0, 1, 0]), calls)
class B:
    def __bool__(self): raise ValueError('no bool')
e(lambda: all([B()]))
e(lambda: any([B()]))
e(lambda: all(1))
e(lambda: all())
e(lambda: any([1], [2]))
e(lambda: all([], x=1))
class L:
    def __len__(self): return 0
print(all([L()]), any([L()]))
