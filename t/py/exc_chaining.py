try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during')
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('from') from z
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('none') from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def handler():
    try:
        raise ValueError('v')
    except ValueError:
        return helper()
def helper():
    try:
        raise TypeError('t')
    except TypeError as t:
        return repr(t.__context__)
print(handler())
e = ValueError()
e.__cause__ = TypeError()
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(ex)
a = ValueError('a')
try:
    try:
        raise a
    except ValueError:
        raise a
except ValueError as again:
    print(again.__context__)
try:
    raise ValueError from TypeError
except ValueError as ex:
    print(repr(ex.__cause__))
