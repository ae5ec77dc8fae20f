# types.CodeType(...) from the fields of an existing code object
import types
def f(a, b=1):
    'doc'
    x = a + b
    def g(): return x
    return g
c = f.__code__
args = (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname, c.co_firstlineno, c.co_linetable, c.co_exceptiontable, c.co_freevars, c.co_cellvars)
c2 = types.CodeType(*args)
print(c2 == c, c2.co_varnames, c2.co_cellvars)
h = types.FunctionType(c2, globals(), 'h', (5,))
print(h(1)(), h(1, 2)(), h.__doc__)
try: types.CodeType(1)
except TypeError as e: print(e)
try: types.CodeType(*args[:6], 'x', *args[7:])
except TypeError as e: print(e)
try: types.CodeType(*args[:3], 99, *args[4:])
except ValueError as e: print(e)


def p(a, *rest, k=3):
    def q():
        return a, rest, k
    return q


c = p.__code__
p2 = types.FunctionType(types.CodeType(
    c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize,
    c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, 'p2', 'p2',
    c.co_firstlineno, b'', b'', c.co_freevars, c.co_cellvars), globals(), 'p2', None, None)
p2.__kwdefaults__ = {'k': 4}
print(p2.__code__.co_cellvars, p2(1, 2)())
