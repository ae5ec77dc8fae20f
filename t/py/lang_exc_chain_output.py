import sys
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1].__traceback__ is sys.exc_info()[2])
print(sys.exc_info())
def g():
    try:
        raise IndexError("i")
    except IndexError:
        raise
try:
    g()
except IndexError as e:
    print("reraised", e, e.__traceback__ is not None)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
sys.stderr = sys.stdout
def main():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("during") from e
try:
    main()
except RuntimeError:
    import traceback
    traceback.print_exc() if hasattr(traceback, "print_exc") else None
