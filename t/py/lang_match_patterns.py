class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def m(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case True:
            return "never (1 matched)"
        case None:
            return "none"
        case "s" | b"b":
            return "str-or-bytes"
        case [x, y, *rest] if x == y:
            return f"pair-start {x} rest={rest}"
        case (a, b):
            return f"two {a} {b}"
        case [*_, last]:
            return f"last {last}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case Point(0, y=yy):
            return f"on y axis {yy}"
        case Point(x, y) if x > y:
            return f"below {x} {y}"
        case Point():
            return "some point"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case -3.5:
            return "never"
        case _:
            return "other"
for v in [0, 2, True, None, "s", b"b", [1, 1, 2, 3], (4, 5), [1, 2, 3], {"k": 1, "z": 2}, Point(0, 5), Point(3, 1), Point(1, 3), -7, -1.5, "txt", 99, [], {"n": 1}, "ab"[:0]]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", m(v))
class Color:
    RED = "red"
def c(v):
    match v:
        case Color.RED: return "is red"
        case {"a": [1, {"b": x}]}: return f"deep {x}"
        case [1, [2, *inner]]: return f"nested {inner}"
        case str(x) if len(x) > 3: return "long str"
    return "nomatch"
for v in ["red", {"a": [1, {"b": 9}]}, [1, [2, 3, 4]], "abcd", "ab"]:
    print(c(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
match {"x": 1}:
    case {}:
        print("empty mapping pattern matches any dict")
match "abc":
    case [*chars]:
        print("str matched sequence?")
    case _:
        print("str is not a sequence pattern")
