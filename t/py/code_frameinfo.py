# inspect.getframeinfo / stack / getinnerframes: f_lasti, tb_lasti and co_positions()
# agree as in CPython (position = co_positions()[lasti // 2]).
import inspect, sys
def f():
    fr = sys._getframe()
    info = inspect.getframeinfo(fr)
    print(info.lineno, info.function, info.code_context, info.positions.lineno if hasattr(info, 'positions') else '')
    st = inspect.stack()
    print([(s.function, s.lineno) for s in st])
    x = (1,
         g())
def g():
    st = inspect.stack()
    print([(s.function, s.lineno, s.positions) for s in st])
    return 1
f()
try:
    1/0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(inspect.getframeinfo(tb).positions, inspect.getinnerframes(tb)[0].lineno)
