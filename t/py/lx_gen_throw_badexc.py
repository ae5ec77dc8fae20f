# gen.throw() of a class whose constructor returns a non-exception: the
# TypeError is raised inside the generator, as CPython
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield

g = boring()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError:", e)
try:
    next(g)
except StopIteration:
    print("closed")

def catcher():
    try:
        yield 1
    except TypeError as e:
        print("caught inside:", e)
        yield 2

g = catcher()
print(next(g))
print(g.throw(E))

class Bad(Exception):
    def __init__(self, *a):
        raise ValueError("init failed")

g = catcher()
next(g)
try:
    g.throw(Bad)
except ValueError as e:
    print("ValueError:", e)
