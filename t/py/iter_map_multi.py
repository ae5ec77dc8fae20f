def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(list(map(lambda *a: sum(a), [1, 2, 3], [10, 20, 30], [100, 200])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(divmod, [7, 8], [2, 3])), list(map(str.upper, 'ab')))
print(list(map(len, [])), list(map(int, '12', )), list(map(pow, [2], [10])), list(map(tuple, ['ab', 'c'])))
e(lambda: list(map(None, [1])))
e(lambda: list(map(lambda x: 1 / x, [1, 0])))
e(lambda: map(len, 5))
e(lambda: map(len, [1], x=1))
print(list(filter(lambda x: x > 1, (1, 2, 3))), list(filter(None, {0: 1, 1: 2, 2: 3})), list(filter(str.isdigit, 'a1b2')))
e(lambda: filter(None, [1], [2]))
e(lambda: list(filter(lambda: 1, [1])))
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print([t.v for t in filter(None, [Truth(True), Truth(False), Truth(True)])])
print(list(enumerate(map(str, range(3)), 10)), dict(map(lambda x: (x, x * x), range(3))))
