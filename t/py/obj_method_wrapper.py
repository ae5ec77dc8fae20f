x = 5
a = x.__add__
print(a(3), a.__name__, a.__self__, type(a).__name__)
print((1).__eq__(1), (1).__eq__("a"), "a".__lt__("b"))
print([].__len__(), "ab".__contains__("a"), {1: 2}.__getitem__(1))
print(int.__dict__["__add__"].__name__, int.__dict__["__add__"].__objclass__)
print(repr(int.__add__), repr(str.__len__))
print(object.__init__.__name__, type(object.__init__).__name__)
print(type(object.__new__).__name__, object.__new__.__self__ is object)
print(type(int.__dict__["real"]).__name__, repr(int.__dict__["real"]))
