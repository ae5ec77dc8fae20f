print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance("a", str), isinstance(b"", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(1.0, float), isinstance(1, float))
print(isinstance(True, bool), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(len, type), isinstance(print, object))
print(issubclass(int, int), issubclass(bool, (str, int)), issubclass(list, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(Exception, KeyError))
print(isinstance(KeyError(), LookupError), isinstance(ValueError, type))
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, (int, 2))
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (int, 2)))
