def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def fd(a, b=1): pass
def fk(a, *, k): pass
def fk2(*, k, j): pass
def fp(a, b, /, c): pass
class C:
    def m(self, x): pass
calls = [
    lambda: f0(1), lambda: f1(), lambda: f1(1, 2), lambda: f2(), lambda: f3(1),
    lambda: f3(), lambda: fd(), lambda: fd(1, 2, 3), lambda: f1(b=1),
    lambda: f1(1, a=2), lambda: fk(1), lambda: fk(1, 2), lambda: fk2(),
    lambda: fk(1, 2, k=3), lambda: fp(1, 2, a=1, c=3), lambda: fp(a=1, b=2, c=3),
    lambda: C().m(), lambda: C().m(1, 2), lambda: f1(**{'a': 1, 'z': 2}),
    lambda: f1(*[1, 2]), lambda: f0(**{1: 2}), lambda: f2(1, **{'a': 2}),
    lambda: f2(1, *5), lambda: f2(1, **5),
]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
