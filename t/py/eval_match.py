def describe(v):
    match v:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case [x, y]:
            return f'pair {x} {y}'
        case [x, *rest]:
            return f'list head {x} rest {rest}'
        case {'k': val, **others}:
            return f'map k={val} others={others}'
        case str() as s if len(s) > 3:
            return 'long str'
        case Point(x=0, y=yy):
            return f'point on y axis at {yy}'
        case Point(a, b):
            return f'point {a},{b}'
        case _:
            return 'other'

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

for v in [0, -3, 2.5, [1, 2], [1, 2, 3], {'k': 1, 'z': 2}, 'hello', 'hi',
          Point(0, 5), Point(1, 2), None]:
    print(describe(v))
