# A parenthesised annotated name is not a simple target: no local binding.
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except Exception as e:
    print(type(e).__name__, e)

def fbad():
    x: int
    print(x)
try:
    fbad()
except Exception as e:
    print(type(e).__name__, e)

def fok():
    (y): int = 5
    return y
print(fok())

import types
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
