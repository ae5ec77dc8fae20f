class A:
    def __eq__(self, o): return isinstance(o, A)
print(A() == A(), A() != A(), A() != 1)
class B: pass
b = B()
print(b == b, b != b, b == B(), b != B())
class C:
    def __ne__(self, o): return False
c = C()
print(c == c, c == C(), c != 1)
print(object.__ne__(b, b), object.__ne__(b, 1))
print(NotImplemented == NotImplemented)
