# with statements: multiple items, parentheses, suppression, unwinding
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p1") as p, CM("p2")):
    print("paren", p)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("r"):
        raise KeyError("k")
except KeyError:
    print("propagated")
def ret():
    with CM("ret"):
        return "value"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
with CM("t") as (x):
    print(x)
with CM("u") as [first, *rest]:
    print(first, rest)
