def f(a, L=[]):
    L.append(a)
    return L
print(f(1), f(2), f(3, []), f(4))
def g(x=print("default evaluated once") or 5): return x
print(g(), g())
i = 1
def h(n=i): return n
i = 2
print(h())
def kw(*, a=1, b): return a, b
print(kw(b=2), kw.__kwdefaults__)
def outer(n):
    def inner(m=n * 2): return m
    return inner
print(outer(3)(), outer(4)(1))
def rec(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(rec(10))
def gen_factory():
    funcs = {}
    for name in ["a", "b"]:
        def fn(_n=name): return _n.upper()
        funcs[name] = fn
    return funcs
print({k: v() for k, v in gen_factory().items()})
