def f(x):
    try:
        if x == 0:
            raise ValueError('zero')
        r = 10 // x
    except ValueError as e:
        print('value', e)
        return 'v'
    except ZeroDivisionError:
        return 'z'
    else:
        print('else', r)
        return r
    finally:
        print('finally', x)
print(f(0), f(5))

def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
h()

def nested():
    try:
        try:
            raise TypeError('inner')
        except TypeError as e:
            raise ValueError('outer') from e
    except ValueError as e:
        print(e, repr(e.__cause__), e.__suppress_context__)
nested()
try:
    raise KeyError
except (TypeError, LookupError) as e:
    print('tuple match', type(e).__name__)
def reraise():
    try:
        raise IndexError('idx')
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
e = 'kept?'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print('NameError', ex)
try:
    try:
        1 / 0
    finally:
        print('cleanup')
except ZeroDivisionError as e:
    print('outer caught', e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    print('no exception, no check')
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
