# private name mangling inside classes
class C:
    __slots_like = 1
    def __init__(self):
        self.__x = 5
        self.__y__ = 6
    def __priv(self):
        return self.__x
    def get(self):
        return self.__priv(), C.__slots_like, [self.__x for _ in range(1)], f"{self.__x}"
c = C()
print(c.get(), c._C__x, c.__y__, hasattr(c, "__x"), C._C__priv.__name__, C._C__priv.__qualname__)
class _D:
    def m(self, __a=1):
        return __a
print(_D().m(), _D.m.__code__.co_varnames)
