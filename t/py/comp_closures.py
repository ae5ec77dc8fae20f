# cells, free variables, nonlocal, class-scope rules
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c(), c.__code__.co_freevars, counter.__code__.co_cellvars)
def outer(a):
    def mid():
        def inner():
            return a * 2
        return inner
    return mid()()
print(outer(21))
x = "global"
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(K().m(), K.y, K.z)
def f():
    v = "enclosing"
    class Inner:
        w = v
        v = "class-local"
        def get(self):
            return v
    return Inner.w, Inner.v, Inner().get()
print(f())
def g():
    funcs = [lambda i=i: i for i in range(3)]
    late = [lambda: i for i in range(3)]
    return [h() for h in funcs], [h() for h in late]
print(g())
def param_cell(a, b):
    def get():
        return a + b
    a = 10
    return get()
print(param_cell(1, 2))
def shadow():
    y = 1
    def inner():
        y = 2
        return y
    return inner(), y
print(shadow())
