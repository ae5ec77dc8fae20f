import abc
from abc import ABC, abstractmethod, ABCMeta

class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def helper(self):
        return "helper"
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def run(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    name = "full"
    @classmethod
    def make(cls): return cls()
f = Full.make()
print(f.run(), f.name, f.helper(), isinstance(f, Base), sorted(Base.__abstractmethods__), Full.__abstractmethods__)
class Reg(metaclass=ABCMeta):
    pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
@Reg.register
class Other: pass
print(issubclass(Other, Reg), Other.__name__)
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), isinstance(1, Duck))
print(abc.get_cache_token() is not None, type(Base).__name__)
class Later(ABC):
    pass
Later.foo = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print(e)
print(getattr(Base.run, '__isabstractmethod__', False), getattr(Base.helper, '__isabstractmethod__', False))
class AP(ABC):
    @abc.abstractproperty
    def p(self): pass
try:
    AP()
except TypeError as e:
    print(e)
