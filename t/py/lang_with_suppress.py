class CM:
    def __init__(self, name, suppress=False): self.name, self.s = name, suppress
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.s
with CM("a", True) as n:
    print("body", n)
    raise ValueError("boom")
print("after")
with CM("x") as x, CM("y", True) as y:
    raise KeyError("k")
try:
    with CM("z"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
def f():
    with CM("r"):
        return "ret"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        continue
class Bad: pass
try:
    with Bad(): pass
except TypeError as e:
    print(e)
with (CM("p1") as a, CM("p2") as b):
    print(a, b)
