print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(None == None, None != 0, 1 != "1", [] == [], {} == {}, {1} <= {1, 2})
class X:
    def __eq__(self, o): return "eqresult"
print(X() == 1, 1 == X(), X() != 1)
class Y:
    def __ne__(self, o): return "neresult"
print(Y() != 1, Y() == Y())
class Z:
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
print(Z() <= 1, 1 <= Z(), 1 >= Z())
nan = float("nan")
l = [nan]
print(nan == nan, nan in l, l == l, l == [nan])
class AlwaysEq:
    def __eq__(self, o): return True
print([AlwaysEq()] == [1], 1 in [AlwaysEq()], AlwaysEq() in [1])
