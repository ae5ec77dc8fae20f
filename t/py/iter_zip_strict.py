def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(list(zip([1, 2], 'ab', strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
print(list(zip([1], strict=False)), list(zip([1, 2], [3], strict=False)))
e(lambda: list(zip([1, 2, 3], [4, 5], strict=True)))
e(lambda: list(zip([1], [4, 5], strict=True)))
e(lambda: list(zip([1, 2], [4, 5], [6], strict=True)))
e(lambda: list(zip([1], [4], [6, 7], strict=True)))
e(lambda: list(zip([1], [4], [6], [], strict=True)))
z = zip([1, 2], [3], strict=True)
print(next(z))
e(lambda: next(z))
e(lambda: zip([1], stric=True))
def g():
    yield 1
    raise RuntimeError('gen fail')
e(lambda: list(zip(g(), [1, 2], strict=True)))
print(list(zip(range(3), range(3), strict=1)))
