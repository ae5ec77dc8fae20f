import sys
class C:
    A = 1
    B = "two"
def f(v):
    match v:
        case C.A: return "A"
        case C.B: return "B"
        case -1: return "neg one"
        case 1.5: return "one and a half"
        case 2 + 3j: return "complex"
        case "a" "b": return "concat"
        case sys.maxsize: return "maxsize"
        case (1 | 2) as n: return f"or-as {n}"
        case [1, 2] | (3, 4) as pair: return f"pair {pair}"
    return "none"
for v in [1, "two", -1, 1.5, 2 + 3j, "ab", sys.maxsize, 2, [1, 2], (3, 4), 1.0, True, 99]:
    print(repr(v), f(v))
def g(p):
    match p:
        case {"kind": "circle", "r": r}: return 3 * r * r
        case {"kind": "rect", "w": w, "h": h} if w == h: return f"square {w * h}"
        case {"kind": "rect", "w": w, "h": h}: return w * h
        case {"kind": k}: return f"unknown {k}"
        case _: return "invalid"
for p in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 2, "h": 2}, {"kind": "rect", "w": 2, "h": 3}, {"kind": "tri"}, 5]:
    print(g(p))
