# Small CPython-compat corners of built-ins.
import warnings

try:
    class I(int):
        __slots__ = ('a',)
except TypeError as e:
    print("int slots:", e)

class B(bytes):
    __slots__ = ()
print("empty slots on bytes ok", B(b"x"))

class T:
    def __trunc__(self):
        return 7

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(T()), [(x.category.__name__, str(x.message)) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(T())
    except DeprecationWarning as e:
        print("as error:", e)

for f in (compile, exec, eval):
    try:
        if f is compile:
            f(1, "x", "exec")
        else:
            f(1)
    except TypeError as e:
        print(e)

for t in (int, str, float, list, dict, tuple, set, frozenset, bytes, bytearray, range, object, type):
    print(t.__name__, isinstance(t.__doc__, str) and len(t.__doc__) > 10)

class NoDoc:
    pass
class Doc:
    "has one"
print(NoDoc.__doc__, Doc.__doc__)
