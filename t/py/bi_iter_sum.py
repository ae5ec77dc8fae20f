def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

print(sum([]), sum([], 5), sum(range(10)), sum(range(10), 100), sum([1, 2], start=10), sum((0.5, 0.25)), sum({1: 0, 2: 0}))
print(sum([2**62] * 4), sum([-2**62] * 4), sum([2**63, -2**63, 1]), sum([10**20, 1]), sum([1] * 1000))
print(sum([0.1] * 10), sum([1e308, 1e308]), sum([1, 0.5, 2**60]), sum([0.5, 2**70]), sum([True, True, 3]), sum([], 0.0))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2], start=0.5), sum(iter([1, 2, 3])))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v, sum([1, V(5)]).v)
e(lambda: sum(['a', 'b']))
e(lambda: sum([1], 'x'))
e(lambda: sum([], b''))
e(lambda: sum([], bytearray()))
e(lambda: sum([1, None]))
e(lambda: sum(5))
e(lambda: sum())
e(lambda: sum([1], 2, 3))
e(lambda: sum([1], st=2))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([float('inf'), 1]))
