def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class ABCMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        abstracts = {n for n, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for b in bases:
            for n in getattr(b, "__abstractmethods__", set()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "sq"
print(Sq(3).area(), Sq(2).name())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
