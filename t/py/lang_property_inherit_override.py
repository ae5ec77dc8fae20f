class Base:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class Derived(Base):
    @Base.x.setter
    def x(self, v): self._x = v * 100
d = Derived(); d.x = 2; print(d.x)
class Over(Base):
    x = 5
print(Over().x)
class Computed:
    @property
    def area(self): return self.w * self.h
    def __init__(self, w, h): self.w, self.h = w, h
c = Computed(2, 3); print(c.area); c.w = 4; print(c.area)
try:
    c.area = 1
except AttributeError as e:
    print(e)
class Lazy:
    @property
    def v(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name): return f"getattr({name})"
print(Lazy().v)
class PropDoc:
    def getx(self): "getter doc"; return 1
    x = property(getx)
    y = property(getx, doc="explicit")
print(PropDoc.x.__doc__, PropDoc.y.__doc__, PropDoc().x)
print(isinstance(PropDoc.x, property), property.__name__)
