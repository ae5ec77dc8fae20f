for e in [ValueError(), ValueError('x'), ValueError('x', 2), KeyError('k'), KeyError(),
          KeyError(1, 2), IndexError(3), Exception(None), StopIteration(5)]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('a')
e.args = ('b', 'c')
print(e, repr(e))
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError),
      isinstance(RecursionError(), RuntimeError), BaseException in Exception.__mro__)
print(EnvironmentError is OSError, IOError is OSError)
try:
    ValueError(x=1)
except TypeError as ex:
    print(ex)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
m = MyErr(5, 'bad')
print(m, repr(m), m.args, m.code)
class Plain(Exception):
    pass
print(repr(Plain(1, 2)), str(Plain('s')))
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(1, 2).value)
print(NameError('n', name='x').name, AttributeError('a', name='y', obj=1).obj)
ie = ImportError('msg', name='mod', path='/p')
print(ie, ie.name, ie.path, ie.msg, repr(ie))
print(repr(KeyError('a')), str(KeyError('a')), str(KeyError(('a', 1))))
