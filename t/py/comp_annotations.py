# annotations in modules, classes and functions
x: int = 5
y: "str"
print(__annotations__)
def f(a: int, b: str = "s", *args: float, c: bool, **kw: dict) -> list:
    return [a]
print(f.__annotations__)
class K:
    attr: list
    other: int = 1
    def m(self) -> None: pass
print(K.__annotations__, K.m.__annotations__)
def local():
    z: int = 3
    w: undefined_name
    return z
print(local())
lam = lambda q: q
print(lam.__annotations__, f(1, c=True))
