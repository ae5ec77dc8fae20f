class R:
    def __reversed__(self): return iter([3, 2, 1])
    def __round__(self, n=None): return ("round", n)
    def __floor__(self): return "floor"
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return True
print(list(reversed(R())), round(R()), round(R(), 2))
with R() as r:
    raise ValueError("x")
print("after")
class Cmpl:
    def __complex__(self): return 1+2j
print(complex(Cmpl()))
class Neg:
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
print(-Neg(), abs(Neg()))
