vals = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(2), 2**100, b"", b"x"]
print([bool(v) for v in vals])
class B1:
    def __bool__(self): return False
class B2:
    def __len__(self): return 0
class B3:
    def __bool__(self): return True
    def __len__(self): return 0
class B4: pass
print(bool(B1()), bool(B2()), bool(B3()), bool(B4()))
print("yes" if B2() else "no", not B1(), B1() or "alt", B4() and "and")
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    if Bad(): pass
except TypeError as e:
    print("TypeError:", e)
