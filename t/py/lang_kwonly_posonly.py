def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3),
             lambda: f(1, 2, 3, d=4, z=1), lambda: f(1), lambda: f(1, 2, 3, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*, k): return k
try:
    g(1)
except TypeError as e:
    print(e)
def h(x, y=2, *args, z, **kw): return x, y, args, z, kw
print(h(1, z=3))
print(h(1, 2, 3, 4, z=5, w=6))
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
def p(a, /, **kw): return a, kw
print(p(1, a=2))
