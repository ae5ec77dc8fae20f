# match statement: literal, capture, sequence, mapping, class, or, as, guard patterns
def m(x):
    match x:
        case 0 | 1:
            return "small"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"seq {first} {rest}"
        case {"k": v, **kw}:
            return f"map {v} {kw}"
        case str() as s if len(s) > 3:
            return "long str " + s
        case str(s):
            return "str " + s
        case Point(x=0, y=yy):
            return f"point on y {yy}"
        case Point(xx, yy):
            return f"point {xx} {yy}"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
for v in [0, 1, [1, 2], [1, 2, 3], (4,), {"k": 1, "z": 2}, "hello", "hi", Point(0, 5), Point(1, 2), None, -1, 1+2j, 3.5]:
    print(m(v))
match = 5
print(match)
def match_f(match): return match
print(match_f(3))
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["drop", *objs] if objs:
            return "drop " + ",".join(objs)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [_, _, *_]:
            return "long"
        case _:
            return "?"
for c in ["go north", "go west", "drop a b", "drop", "exit", "", "x y z"]:
    print(repr(c), cmd(c))
match {"a": 1, "b": [1, 2]}:
    case {"a": 1, "b": [_, second]}:
        print("second", second)
match 42:
    case int(n) if n > 40:
        print("big int", n)
import sys
match sys.version_info:
    case (3, minor, *_):
        print("python 3", minor >= 0)
