eg = ExceptionGroup('many', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [KeyError('k'), ValueError(2)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), ExceptionGroup.__mro__[1].__name__)
b = BaseExceptionGroup('auto', [ValueError()])
print(type(b).__name__)
b2 = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(b2).__name__, isinstance(b2, Exception))
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(repr(eg.derive([OSError()])))
for bad in [('m', []), ('m', 5), (5, [ValueError()]), ('m', [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup('raised', [OSError('o')])
except Exception as e:
    print('caught', repr(e))
print(eg.split((TypeError, KeyError))[0].exceptions)
