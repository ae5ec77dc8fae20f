# marshal of data and of code objects (same serializer as the code cache).
import marshal

values = [None, True, False, ..., 0, 1, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 62, -2 ** 63,
          2 ** 1000 + 12345, -(7 ** 99), 0.0, -0.0, 1.5e300, float('inf'), 3 - 4j,
          '', 'ascii', 'h\u00e9llo \u20ac \U0001f600', 'a' * 1000, b'', b'\x00\xff',
          (), (1,), (1, (2, (3, ()))), tuple(range(300)), [1, [2, []]], {}, {'k': [1], 2: 'v'},
          set(), {1, 2, 3}, frozenset({'a'}), StopIteration, bytearray(b'ba')]
for v in values:
    w = marshal.loads(marshal.dumps(v))
    print(type(w).__name__, w == v or v != v, repr(w)[:60])

nan = marshal.loads(marshal.dumps(float('nan')))
print(nan != nan)
print(marshal.version, marshal.loads(marshal.dumps(-0.0)))
# CPython's own bytes load (refs, interned short strings)
print(marshal.loads(b'\xa9\x02\xe9\x01\x00\x00\x00\xda\x01a'))
print(marshal.loads(b'\xdb\x03\x00\x00\x00\xda\x01x\x72\x00\x00\x00\x00\x72\x00\x00\x00\x00'))


def outer(a, b=2, *args, k, **kw):
    "outer doc"
    big = 2 ** 100
    c = (1.5, 2j, b'x', frozenset({1}), None)

    def inner(z):
        return a + z

    class K:
        def m(self):
            return __class__.__name__
    return inner(b) + k, big, c, K().m(), [i * i for i in range(3)]


co = marshal.loads(marshal.dumps(outer.__code__))
print(co == outer.__code__, co is outer.__code__)
print(co.co_name, co.co_qualname, co.co_varnames, co.co_cellvars, co.co_flags)
print(co.co_argcount, co.co_kwonlyargcount, co.co_firstlineno)
outer.__code__ = co
print(outer(1, k=3))

src = 'import sys\nx = [n * 2 for n in range(4)]\nprint("module code", x, __name__)\n'
mod = compile(src, 'generated.py', 'exec')
data = marshal.dumps(mod)
exec(marshal.loads(data), {'__name__': 'gen_mod'})
print(marshal.loads(data) == mod)

for bad in [b'', b'i\x01', b'(\x02\x00\x00\x00i', b'\x01', b'r\x05\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [object(), [object()], print]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    marshal.loads('str')
except TypeError as e:
    print('TypeError', e)

# a truncated code object never loads
for n in range(0, len(data), max(1, len(data) // 40)):
    try:
        marshal.loads(data[:n])
        print('loaded truncated', n)
    except (EOFError, ValueError):
        pass
print('truncations rejected')

# sets are written in the order of their items' marshal bytes (as CPython
# 3.11) and read back by adding in that order: same iteration as CPython
for s in [frozenset({8, 16, 3, 1, 300, -1}), {8, 16, 3, 1, 300, -1}, frozenset(range(0, 200, 8))]:
    print(list(marshal.loads(marshal.dumps(s))))

# code with except* (the compiler's helper functions in co_consts)
src = '''
def f():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('VE', repr(e.exceptions))
    except* TypeError as e:
        print('TE', repr(e.exceptions))
f()
'''
c = compile(src, 'es', 'exec')
d = marshal.dumps(c)
c2 = marshal.loads(d)
print("except*", c2 == c)
exec(c2, {})
try:
    marshal.dumps(lambda: 1)
except ValueError as e:
    print(e)
