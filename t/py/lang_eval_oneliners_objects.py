tests = r'''
type("A", (), {})().__class__.__name__
object.__new__(object).__class__
object.__init__(object())
object.__eq__(1, 1)
object.__ne__(1, 2)
object.__lt__(1, 2)
int.__new__(int, 5)
int.__new__(bool, 1) if False else bool(5)
str.__new__(str, 5)
list.__new__(list) == []
dict.__new__(dict)
tuple.__new__(tuple, [1])
float.__new__(float, "1.5")
(5).__class__.__name__
(5).__sizeof__() > 0
type(None)()
type(NotImplemented)()
type(...)()
int.__add__(1, 2.0)
float.__add__(1.0, 2)
int.__radd__(1, 2)
str.__add__("a", 1) if False else str.__len__("abc")
list.__getitem__([1, 2], -1)
dict.__getitem__({1: 2}, 1)
[].__class__.__mro__
int.__dict__["__add__"].__get__(1)(2)
(1).__add__.__self__
str.upper.__objclass__
abs.__self__
vars(object())
dir(5)[:3]
"__add__" in dir(int)
getattr(1, "real")
int.real.__get__(5)
sorted(set(dir(object)) - set(dir(type)))
issubclass(type, type)
type.__call__(int, "5")
type.__name__
type(type).__name__
int.mro()
object.__subclasshook__()
NotImplemented.__class__.__name__
bool(NotImplemented) if False else 1
property().fget
classmethod(len).__func__
staticmethod(len).__func__
slice(1,2,3).__reduce__()
(1).__reduce__() if False else 0
complex.__new__(complex, 1, 2)
range.__new__(range, 3)
memoryview(b"ab").tolist()
iter([]).__next__.__name__
reversed.__name__
enumerate.__mro__
zip.__name__
map(None, []).__class__.__name__
type(zip()).__name__
BaseException().args
BaseException("a", "b").__str__()
Exception.__new__(Exception, 1).args
KeyError.__mro__
ValueError("x").__reduce__()
OSError(1, "x").args
OSError(1, "x", "f", None, "g")
str(OSError(1, "x", "f", None, "g"))
FileNotFoundError(2, "nf").errno
OSError(2, "nf").__class__.__name__
str(UnicodeEncodeError("ascii", "é", 0, 1, "bad"))
SyntaxError("m", ("f", 1, 2, "t")).args
SyntaxError("m", ("f", 1, 2, "t")).lineno
str(SyntaxError("m", ("f", 1, 2, "t")))
StopIteration(1, 2).value
KeyboardInterrupt.__bases__
ExceptionGroup("g", [ValueError(1)]).exceptions
str(ExceptionGroup("g", [ValueError(1)]))
'''
for line in tests.strip().split("\n"):
    try:
        r = repr(eval(line))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(line, "=>", r)
