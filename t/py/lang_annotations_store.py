x: int = 5
y: "later"
print(__annotations__)
class C:
    a: int
    b: str = "s"
    def m(self, p: float, *args: int, q: bool = True, **kw: dict) -> None: pass
print(C.__annotations__, C.b, hasattr(C, "a"))
print(C.m.__annotations__)
def f():
    z: int = 1
    w: str
    return z
print(f(), f.__annotations__)
def g(a: 1 + 1): pass
print(g.__annotations__)
