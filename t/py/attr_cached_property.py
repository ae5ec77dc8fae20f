class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attrname = name
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val
class Data:
    calls = 0
    @cached_property
    def expensive(self):
        "costly"
        Data.calls += 1
        return 42
d = Data()
print(d.expensive, d.expensive, Data.calls, Data.expensive.__doc__, Data.expensive.attrname)
del d.expensive
print(d.expensive, Data.calls)
