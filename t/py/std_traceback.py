import sys


import traceback

def f(x):
    return 1 / x
def g():
    return f(0)
try:
    g()
except ZeroDivisionError as e:
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
    tb = e.__traceback__
    print(traceback.extract_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs.filename.split('/')[-1], fs.lineno, fs.name, fs.line, fs.colno if hasattr(fs, 'colno') else '')
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format()))
    print(''.join(te.format_exception_only()))
    print(traceback.format_exception_only(type(e), e))
def h():
    return traceback.extract_stack()
print([(x.name, x.lineno) for x in h()])
print(traceback.format_stack()[-1])
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("second") from e
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    x = [1, 2]
    x[1] + x[0] + x["a"]
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    exec("def z(:\n pass")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
e = ValueError("note"); e.add_note("a note")
print(traceback.format_exception(e))
print(traceback.format_exception_only(e))
try:
    raise KeyError('x')
except KeyError:
    print(traceback.format_exc(limit=0))
    tbe = traceback.TracebackException(*sys.exc_info(), capture_locals=True)
    print(tbe.exc_type.__name__, len(tbe.stack))
traceback.print_stack(file=sys.stdout, limit=1)
print(list(traceback.walk_stack(None))[0][1])
def rec(n):
    return rec(n - 1) if n else 1 / 0
try:
    rec(20)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
