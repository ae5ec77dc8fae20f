def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 7, 'z': 0}))
print(f(1, *(2, 3), c=1, **{'d': 9}))
args = (1,)
kwargs = {'c': 1}
print(f(*args, **kwargs))
def g(*, only):
    return only
print(g(only=1))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3), posonly(1, 2, 3))
class A:
    def m(self, *a, **k):
        return a, k
print(A().m(1, x=2), A.m(A(), 3))
print((lambda *a, **k: (a, k))(1, 2, k=3))
