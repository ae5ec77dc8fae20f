# except*: re-raised parts keep the original group's shape, new exceptions
# are grouped with the unhandled rest; the matched part is the handled exc
import sys

def show(e, ind=""):
    if isinstance(e, BaseExceptionGroup):
        print(ind + type(e).__name__, repr(e.message))
        for x in e.exceptions:
            show(x, ind + "  ")
    else:
        print(ind + repr(e))

def reraise_all():
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2), OSError(3)])
    except* TypeError:
        raise
    except* ValueError as e:
        raise

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* OSError as e:
        print("handling", repr(sys.exc_info()[1]))
        raise TypeError(3)

def mixed():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2), KeyError(3)])
    except* OSError:
        raise TypeError(4)
    except* ValueError:
        raise

def naked():
    try:
        raise ValueError(5)
    except* ValueError:
        raise

def bad_type(t):
    try:
        raise ValueError(6)
    except* t:
        pass

for f in (reraise_all, raise_new, mixed, naked, lambda: bad_type(ExceptionGroup),
          lambda: bad_type((ValueError, 42))):
    try:
        f()
    except BaseException as e:
        show(e)
        if isinstance(e, BaseExceptionGroup) and isinstance(e.exceptions[0], TypeError):
            show(e.exceptions[0].__context__, "context: ")

for src in ["for i in range(3):\n    try:\n        pass\n    except* Exception:\n        break\n",
            "try:\n    pass\nexcept* Exception:\n    break\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
