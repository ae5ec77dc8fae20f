print()
print("a")
print("a", "b", 1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, {1}, b"by", 3+4j)
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" continued")
print(sep=None, end=None)
print("x", sep=None, end=None)
print(*range(5))
print(*[], sep="X")
print("é", "😀", "\u00e9\u0301")
class R:
    def __str__(self): return "str-of-R"
    def __repr__(self): return "repr-of-R"
print(R(), [R()], str(R()), repr(R()))
print(1, 2, 3, sep="\n")
print("flush", flush=True)
print("", end="")
print("end")
import sys
print("to err", file=sys.stderr)
print("to out", file=sys.stdout)
print("to none", file=None)
for bad in [dict(sep=1), dict(end=2), dict(bogus=3), dict(file=5)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
