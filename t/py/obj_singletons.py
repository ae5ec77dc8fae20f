print(None, repr(None), type(None).__name__, bool(None))
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ..., type(...).__name__)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(None.__class__, None == None, None is None, None != 0)
print(hash(None) == hash(None), ... is Ellipsis)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(True, False, type(True), True + 1, True == 1, isinstance(False, int))
print(None.__bool__(), None.__repr__())
