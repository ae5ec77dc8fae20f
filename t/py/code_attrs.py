# Code object attributes with the same values as CPython 3.11.
import types, os


def plain(a, b):
    "doc"
    c = a + b
    return c


def params(p1, p2, /, a, b=1, *args, k1, k2=2, **kw):
    local = 1
    return local


def outer(x):
    y = 2
    def inner(z):
        return x + y + z
    return inner


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class C:
    def meth(self):
        return __class__

    class D:
        def deep(self):
            pass


def show(name, co):
    print(name, co.co_name, co.co_qualname, os.path.basename(co.co_filename), co.co_firstlineno)
    print('  counts', co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
    print('  vars', co.co_varnames, co.co_cellvars, co.co_freevars)
    print('  flags', hex(co.co_flags))


show('plain', plain.__code__)
show('params', params.__code__)
show('outer', outer.__code__)
show('inner', outer(1).__code__)
show('gen', gen.__code__)
show('coro', coro.__code__)
show('agen', agen.__code__)
show('meth', C.meth.__code__)
show('deep', C.D.deep.__code__)
show('lambda', (lambda q, *, r: q).__code__)
mod = compile('x = 1\ny = x + 1\n', 'm.py', 'exec')
show('module', mod)
print('module names', mod.co_names)
print('eval flags', hex(compile('1 + 2', 's', 'eval').co_flags))
print('plain consts[0]', plain.__code__.co_consts[0])
print('names', plain.__code__.co_names, outer.__code__.co_names)

co = plain.__code__
print(type(co) is types.CodeType, type(co).__name__)
print(isinstance(co.co_code, bytes), isinstance(co.co_consts, tuple))
print(co == co, co == params.__code__, co != params.__code__)
print(hash(co) == hash(co), {co: 1}[co])
r = co.replace()
print(r == co, hash(r) == hash(co), r is co)
r = co.replace(co_name='renamed', co_qualname='Q.renamed', co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_firstlineno, r == co)
r2 = co.replace(co_filename='other.py')
print(r2.co_filename, r2 == co)
r3 = co.replace(co_varnames=('x', 'y', 'z'))
print(r3.co_varnames)

# a replaced code object runs
plain.__code__ = co.replace(co_name='plain2')
print(plain(2, 3), plain.__code__.co_name, plain.__name__)

for bad in [dict(co_name=1), dict(co_consts=[1]), dict(co_code=1), dict(co_names=[1]), dict(co_filename=None), dict(co_flags=1.5),
            dict(co_nlocals=7), dict(co_argcount='x'), dict(bogus=1)]:
    try:
        co.replace(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)

# __code__ assignment needs the same number of free variables
def fv0(): pass
def g():
    x = 1
    def h(): return x
    return h
try:
    fv0.__code__ = g().__code__
except ValueError as e:
    print(e)
h = g()
try:
    h.__code__ = fv0.__code__
except ValueError as e:
    print(e)
