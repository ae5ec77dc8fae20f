for s in ["abc", "", "é😀x", "long string here"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "10.3", ">3.1", "😀<4"]])
for spec in ["+", "=5", ",", "d", "#", "z", "05"]:
    try:
        print(repr(format("x", spec)))
    except ValueError as e:
        print(spec, e)
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), "{:abc}".format(F()), f"{F():q}")
class G:
    pass
print(format(G(), "") [:3])
try:
    format(G(), "x")
except TypeError as e:
    print(e)
print(format([1, 2]), format(None), format(None, ""))
