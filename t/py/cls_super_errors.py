class A:
    def f(self): return "A.f"
    @staticmethod
    def s(): return super()
class B(A):
    def f(self): return "B>" + super().f()
    def g(self):
        return [super().f() for _ in range(1)]
    def h(self):
        return (lambda: super().f())()
b = B()
print(b.f(), super(B, b).f(), super(B, B).f(b))
for call in (lambda: super(), lambda: A.s(), lambda: super(B, 1), lambda: super(1, b), lambda: b.h()):
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
s = super(B, b)
print(s.__thisclass__, s.__self_class__, s.__self__ is b)
print(repr(super(B, b)))
