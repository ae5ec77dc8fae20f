import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('outer')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError:
        print(repr(sys.exception()))
    print('restored', repr(sys.exception()))
    def inside():
        return repr(sys.exception())
    print('callee sees', inside())
print('after', sys.exc_info())
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g))
print('between', sys.exception())
print(next(g))
try:
    raise ValueError('x')
except ValueError:
    try:
        raise
    except ValueError as e:
        print('bare reraise', e)
