def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for f in (0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e15, 1e16 + 1, 2.0**62, 2.0**63, -2.0**63, 1e20, 1e100, 1.7976931348623157e308, 5e-324):
    print(int(f), type(int(f)).__name__)
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
class T:
    def __trunc__(self):
        return 42
class I:
    def __int__(self):
        return 7
class X:
    def __index__(self):
        return 9
print(int(I()), int(X()))
class B(int):
    pass
class R:
    def __int__(self):
        return B(5)
