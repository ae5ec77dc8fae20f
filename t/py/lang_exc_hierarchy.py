def chain(c):
    return [k.__name__ for k in c.__mro__]
for c in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
          ModuleNotFoundError, RecursionError, NotImplementedError, StopAsyncIteration,
          TimeoutError, BrokenPipeError, IsADirectoryError, KeyboardInterrupt, SystemExit,
          GeneratorExit, UnboundLocalError, TabError, OverflowError, FloatingPointError,
          UnicodeWarning, DeprecationWarning, BlockingIOError, ExceptionGroup]:
    print(chain(c))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BaseExceptionGroup, BaseException))
