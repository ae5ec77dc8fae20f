class ItOnly:
    def __iter__(self): return iter([1, 2, 3])
class GetOnly:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i
class Neither: pass
print(2 in ItOnly(), 9 in ItOnly(), 4 in GetOnly(), 7 in GetOnly())
try:
    1 in Neither()
except TypeError as e:
    print(e)
class ContainsTruthy:
    def __contains__(self, x): return [1]
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
class Boolish:
    def __len__(self): return 3
print(bool(Boolish()), not Boolish(), "yes" if Boolish() else "no")
class NonIntLen:
    def __len__(self): return "3"
try:
    len(NonIntLen())
except TypeError as e:
    print(e)
class HugeLen:
    def __len__(self): return 2**70
try:
    len(HugeLen())
except OverflowError as e:
    print(e)
class LenIndex:
    class N:
        def __index__(self): return 4
    def __len__(self): return self.N()
print(len(LenIndex()))
