def f(a, b): pass
def g(a, b=1, *, c): pass
class C:
    def m(self, x): pass
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, a=1),
    lambda: f(1, 2, c=3),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3, c=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{1: 2}),
    lambda: f(1, **{'b': 2, 'a': 3}),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
