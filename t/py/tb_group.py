import traceback
def f():
    raise ValueError('in f')
def make():
    errs = []
    for i in range(2):
        try:
            if i:
                f()
            raise KeyError(i)
        except Exception as e:
            errs.append(e)
    inner = ExceptionGroup('inner', [TypeError('t')])
    try:
        raise inner
    except ExceptionGroup as g:
        errs.append(g)
    return ExceptionGroup('outer', errs)
eg = make()
print(''.join(traceback.format_exception(eg)), end='')
print(traceback.format_exception_only(eg))
many = ExceptionGroup('wide', [ValueError(i) for i in range(17)])
print(''.join(traceback.format_exception(many)), end='')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup('ctx', [OSError('o')])
except ExceptionGroup as e:
    print(''.join(traceback.format_exception(e)), end='')
raise make()
