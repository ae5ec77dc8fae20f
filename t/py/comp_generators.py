# generator functions, yield expressions, yield from, send/throw/close
def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    return "done"
g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    result = yield from gen(2)
    print("result", result)
    yield "after"
print(list(deleg()))
def counter():
    try:
        while True:
            yield
    finally:
        print("closed")
c = counter()
next(c)
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught %s" % e
t = thrower()
print(next(t), t.throw(ValueError("x")))
print(gen.__code__.co_flags & 0x20 != 0, type(gen(1)).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
lam = lambda: (yield 5)
print(list(lam()))
def yield_in_expr():
    x = (yield) + 1
    yield x
y = yield_in_expr()
next(y)
print(y.send(41))
