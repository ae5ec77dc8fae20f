o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o))
print(repr(o).startswith("<object object at 0x"))
print(object.__name__, object.__bases__, object.__mro__, object.__base__)
print(type.__name__, type.__bases__, type.__mro__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(o.__class__ is object, o.__str__() == repr(o))
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
print(object.__lt__(o, o))
print(format(o, "") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print("TypeError:", e)
print(sorted(x for x in dir(o) if not x.startswith("__")))
print("__class__" in dir(o), "__init__" in dir(o))
print(object.__subclasshook__(), object.__init_subclass__())
