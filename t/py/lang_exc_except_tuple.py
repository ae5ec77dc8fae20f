def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except (TypeError,):
        return "type"
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError, IndexError("i"), ZeroDivisionError, OverflowError(), TypeError, ValueError, LookupError]:
    print(classify(exc))
def scope():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "unbound: " + str(u)
print(scope())
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base", type(e).__name__)
