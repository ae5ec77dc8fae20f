class Priv:
    __slots__ = ("__secret", "plain")
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
p = Priv()
print(p.get(), Priv.__slots__, [k for k in Priv.__dict__ if "secret" in k])
print(p._Priv__secret, hasattr(p, "__secret"))
class Mangle:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
print(sorted(vars(Mangle())))
