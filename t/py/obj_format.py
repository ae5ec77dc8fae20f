class F:
    def __format__(self, spec): return "F(" + spec + ")"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), f"{F()}")
print(format(3, "05d"), format("s", ">3"), format(2.5, ".2f"), format(None))
class G: pass
g = G()
print(format(g, "") == str(g))
try:
    format(G(), "d")
except TypeError as e:
    print("TypeError:", e)
class BadF:
    def __format__(self, spec): return 1
try:
    format(BadF())
except TypeError as e:
    print("TypeError:", e)
