def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))
print(c.__code__.co_freevars, counter.__code__.co_cellvars)
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    gs = [lambda: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make())
x = 10
def outer():
    x = 20
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    r = mid()()
    return r, x
print(outer(), x)
def gl():
    global x
    x = 99
gl(); print(x)
def late():
    def f(): return v
    v = 7
    return f
print(late()())
def unbound():
    def f(): return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound()
print(c.__closure__[0].cell_contents)
