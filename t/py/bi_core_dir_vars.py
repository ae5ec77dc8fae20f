class C:
    a = 1
    def __init__(self): self.b = 2
c = C()
print(vars(c), [k for k in dir(c) if not k.startswith("_")])
print(sorted(k for k in vars(C) if not k.startswith("_")))
def f():
    q = 1
    print(sorted(vars().keys()), dir())
f()
import sys
print("path" in dir(sys), "argv" in vars(sys))
