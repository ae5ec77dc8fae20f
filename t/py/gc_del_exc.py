# Exceptions raised by finalizers cannot propagate: they are reported as
# "Exception ignored in: ..." (sys.unraisablehook) and the program goes on.
import gc, io, re, sys, weakref

def scrub(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", text)

class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")

def badgen():
    try:
        yield 1
    finally:
        raise KeyError("k")

def stubborn():
    try:
        yield 1
    finally:
        yield 2   # ignores GeneratorExit

class Obj:
    pass

def bad_callback(ref):
    1 / 0

# the default hook's report, captured from sys.stderr
old = sys.stderr
sys.stderr = io.StringIO()
b = Bad()
del b
gc.collect()
g = badgen()
next(g)
del g
gc.collect()
o = Obj()
r = weakref.ref(o, bad_callback)
del o
gc.collect()
text = sys.stderr.getvalue()
sys.stderr = old
print(scrub(text))

# a custom hook sees the details
def hook(u):
    name = getattr(u.object, "__qualname__", type(u.object).__name__)
    print("hook:", u.exc_type.__name__, u.exc_value, name, u.err_msg,
          u.exc_traceback is not None)
sys.unraisablehook = hook
b = Bad()
del b
gc.collect()
g = badgen()
next(g)
del g
gc.collect()
o = Obj()
r = weakref.ref(o, bad_callback)
del o
gc.collect()
# a generator that yields in finally: RuntimeError (CPython's traceback
# points at where the generator died, so only the message is shown)
sys.unraisablehook = lambda u: print("hook:", type(u.object).__name__, repr(u.exc_value))
g = stubborn()
next(g)
del g
gc.collect()
print("hook is default again:", sys.__unraisablehook__ is not hook)
sys.unraisablehook = sys.__unraisablehook__
print("still running")

# an exception in __del__ does not disturb the exception being handled
class Quiet:
    def __del__(self):
        try:
            raise RuntimeError("inner")
        except RuntimeError:
            pass
try:
    q = Quiet()
    raise IndexError("outer")
except IndexError as e:
    del q
    gc.collect()
    print("handling", repr(e), repr(sys.exc_info()[1]))
