registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))
class A(Plugin, name="a"): pass
class B(Plugin): pass
class C(A, name="c"): pass
print(registry)
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Host:
    first = Named()
    second = Named()
print(Host.first.name, Host.first.owner, Host.second.name)
try:
    class X(object, foo=1): pass
except TypeError as e:
    print("TypeError:", e)
