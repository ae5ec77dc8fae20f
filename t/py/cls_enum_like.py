class EnumDict(dict):
    def __init__(self):
        super().__init__()
        self.members = []
    def __setitem__(self, key, value):
        if not key.startswith("_") and not callable(value):
            self.members.append(key)
        super().__setitem__(key, value)
class EnumMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return EnumDict()
    def __new__(mcs, name, bases, ns):
        members = ns.members
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._members = {}
        for m in members:
            inst = object.__new__(cls)
            inst.name = m
            inst.value = ns[m]
            setattr(cls, m, inst)
            cls._members[m] = inst
        return cls
    def __iter__(cls): return iter(cls._members.values())
    def __len__(cls): return len(cls._members)
    def __getitem__(cls, name): return cls._members[name]
    def __contains__(cls, m): return m in cls._members.values()
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value: return m
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))
    def __repr__(cls): return "<enum %r>" % cls.__name__
class Enum(metaclass=EnumMeta):
    def __repr__(self): return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)
    def describe(self): return self.name.lower()
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color["GREEN"], Color(3))
print(Color.RED in Color, Color.RED.describe(), repr(Color), isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print([c.value for c in Color if c is not Color.GREEN])
