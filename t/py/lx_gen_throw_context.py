# an exception thrown into a generator paused inside an except block gets
# the exception being handled there as __context__
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield

g = f()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))

def inner():
    try:
        raise KeyError('b')
    except Exception:
        yield

def outer():
    yield from inner()

g = outer()
g.send(None)
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print(repr(e), repr(e.__context__))

def plain():
    yield
g = plain()
next(g)
try:
    g.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
