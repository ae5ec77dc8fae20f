def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(10))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def param_cell(a, b):
    def g():
        return a + b
    a = a * 10
    return g()
print(param_cell(1, 2))

def outer():
    x = 'outer'
    class C:
        x = 'class'
        def m(self):
            return x
        y = x
    return C().m(), C.y
print(outer())

def deep():
    a = 1
    def f1():
        b = 2
        def f2():
            c = 3
            def f3():
                return a + b + c
            return f3
        return f2
    return f1()()()
print(deep())

def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars)
