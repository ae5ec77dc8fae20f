e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(ex)
tb_e = ValueError().with_traceback(None)
print(tb_e.__traceback__)
try:
    raise KeyError('k')
except KeyError as k:
    print(type(k.__traceback__).__name__, k.__traceback__.tb_lineno, k.__traceback__.tb_next)
    print(k.__traceback__.tb_frame.f_code.co_name)
def f():
    raise IndexError
try:
    f()
except IndexError as ex:
    tb = ex.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
e2 = ValueError('x')
e2.__notes__ = ['custom']
e2.add_note('added')
print(e2.__notes__)
