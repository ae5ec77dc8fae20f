def gen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print('got', got)
    return 'done'

g = gen(3)
print(next(g), g.send('a'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, e.args)

def echo():
    try:
        while True:
            x = yield
            print('echo', x)
    except GeneratorExit:
        print('closing')
        raise
    finally:
        print('finally')

e = echo()
next(e)
e.send(1)
e.close()
e.close()

def catcher():
    while True:
        try:
            yield 1
        except ValueError as ex:
            print('caught', ex)
            yield 'after'

c = catcher()
next(c)
print(c.throw(ValueError('boom')))
print(next(c))

def inner():
    x = yield 1
    print('inner got', x)
    yield 2
    return 'inner-result'

def outer():
    r = yield from inner()
    print('result', r)
    yield 3

o = outer()
print(next(o), o.send('S'), next(o))
print(list(outer()))

def bad():
    yield 1
    raise StopIteration('x')
try:
    list(bad())
except RuntimeError as ex:
    print('RuntimeError', ex, type(ex.__cause__).__name__)

print(sum(x * x for x in range(10)), list(x for x in 'ab'))
gg = (i for i in range(2))
print(type(gg).__name__, gg.__name__)
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as ex:
    print(ex)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as ex:
    print(ex)
