e = SyntaxError('bad thing', ('file.py', 3, 5, 'x = = 1\n', 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), e.args)
e2 = SyntaxError('only msg')
print(e2, e2.filename, e2.lineno)
e3 = SyntaxError('m', ('/a/b/c.py', 1, 2, 't', 1, 3))
print(e3)
try:
    compile('x = = 1', 'thing.py', 'exec')
except SyntaxError as ex:
    print(ex.msg, ex.filename, ex.lineno, ex.offset, repr(ex.text))
try:
    exec('def f(:\n  pass')
except SyntaxError as ex:
    print(type(ex).__name__, ex.lineno)
try:
    exec('if 1:\nprint(2)')
except IndentationError as ex:
    print(type(ex).__name__, ex.msg, ex.lineno)
