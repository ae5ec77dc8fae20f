def kind(v):
    match v:
        case bool(b): return f"bool {b}"
        case int(i): return f"int {i}"
        case float(): return "float"
        case str(s) if s: return f"str {s}"
        case bytes() | bytearray(): return "bytesish"
        case list([a, b]): return f"list2 {a} {b}"
        case tuple((a, *rest)): return f"tuple {a} {rest}"
        case dict({"t": t}): return f"dict t={t}"
        case set() | frozenset(): return "setish"
        case None: return "None"
        case _: return "other " + type(v).__name__
for v in [True, 3, 2.5, "hi", "", b"x", bytearray(b"y"), [1, 2], [1, 2, 3], (9, 8, 7), {"t": 0, "u": 1}, {1}, frozenset(), None, 1j]:
    print(repr(v), "->", kind(v))
match (1, 2):
    case [x, y]: print("tuple matches list pattern", x, y)
match [1, 2]:
    case (x, y): print("list matches tuple pattern", x, y)
match {"a": 1}:
    case {"a": _, "b": _}: print("no")
    case {"a": 1, **rest} if not rest: print("exact a")
x = 5
match 7:
    case x: print("capture rebinds", x)
print(x)
