for args in [(2, 'No such file'), (13, 'Denied', 'f.txt'), (17, 'Exists', 'a', None, 'b'),
             ('x',), (), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, '|', e)
print(type(OSError(11, 'x')).__name__, type(OSError(32, 'x')).__name__,
      type(OSError(111, 'x')).__name__, type(OSError(999, 'x')).__name__)
print(issubclass(FileNotFoundError, OSError), isinstance(PermissionError(), OSError))
try:
    open('/nonexistent/dir/file')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
    print(e)
