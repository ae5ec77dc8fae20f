print(format(5), format(5, ""), format("x"), format(1.5), format(None), format([1]), format(3, "b"), format(-3, "08b"))
class F:
    def __format__(self, spec):
        return "<" + spec + ">"
print(format(F()), format(F(), "abc"), "{0:x}{0}".format(F()), f"{F()!s:>5}"[:2])
class IntSub(int):
    pass
class FloatSub(float):
    pass
class StrSub(str):
    pass
print(format(IntSub(255), "x"), format(FloatSub(2.5), ".2f"), format(StrSub("ab"), ">4"), format(IntSub(7)), format(StrSub("q")))
class StrFmt(str):
    def __format__(self, spec): return "custom"
print(format(StrFmt("x"), "10"), "{}".format(StrFmt("y")), f"{StrFmt('z')}")
for bad in [(1, 5), ("x", None), (F(), 1)]:
    try:
        format(*bad)
    except TypeError as e:
        print("TypeError:", e)
class BadFmt:
    def __format__(self, spec): return 42
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)
print(object.__format__(3, ""), str.__format__("a", ">3"), int.__format__(10, "x"), float.__format__(0.25, "%"))
try:
    object.__format__(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print("{:>{}}".format("ok", 6), "{:{}{}}".format(3.14159, ".", "2f"), "{0:{fill}^{width}}".format("c", fill="-", width=7))
