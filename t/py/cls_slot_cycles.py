# Slot methods that lead back to themselves raise RecursionError.
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError:
    print("call: RecursionError")

class Foo:
    pass
Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError:
        print(f.__name__, ": RecursionError")

class B:
    def __repr__(self):
        return "B!"
print(str(B()), repr(B()), f"{B()}")
