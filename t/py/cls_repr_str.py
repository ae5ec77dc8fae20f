class A: pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(repr(A), str(A), A.__qualname__)
class B:
    def __repr__(self): return "B()"
print(repr(B()), str(B()), "%s %r" % (B(), B()), f"{B()} {B()!r}", [B()])
class C:
    def __str__(self): return "C-str"
print(str(C()), repr(C()).startswith("<__main__.C"), format(C()), f"{C()}")
class Outer:
    class Inner:
        pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, repr(Outer.Inner))
print(Outer().meth().__qualname__)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
