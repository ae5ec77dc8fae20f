import sys
import traceback

def fail(n):
    if n == 0:
        raise KeyError('deep')
    fail(n - 1)

try:
    fail(2)
except KeyError:
    print(traceback.format_exc(), end='')
    traceback.print_exc(file=sys.stdout)
    e = sys.exception()
    print(traceback.format_exception_only(e))
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
    print(''.join(traceback.format_tb(e.__traceback__)), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('second')
except ValueError as e:
    lines = traceback.format_exception(e)
    print(''.join(lines), end='')
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end='')
    print(traceback.format_exception_only(ValueError, e))

def where():
    return traceback.extract_stack()[-1].name, traceback.format_stack()[-1].splitlines()[0]
print(where())
print(traceback.format_exception_only(None))
