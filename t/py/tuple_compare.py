def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

import sys
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2), ('a', 1) < ('a', 2), ((1, 2), 3) < ((1, 3), 0))
n = float('nan')
print((n,) == (n,), (1, n) < (1, n), (1, n) == (1, n))
class E:
    def __init__(self): self.calls = 0
    def __eq__(self, o):
        print('eq called'); return False
    __hash__ = object.__hash__
x = E()
print((x,) == (x,))
y = E()
print((x,) == (y,))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(max((1, 'a'), (1, 'b')), min([(3,), (1, 2), (1,)]))
print((1, 2, 3).index(3, -1), (1, 2, 3).index(1, -10, 10))
print(tuple(x for x in range(4)), (*range(3), *[4]))
