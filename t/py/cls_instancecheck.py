class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Mallard(), (int, Duck)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), issubclass(bool, int), issubclass(int, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
