def dataclass(cls):
    fields = list(cls.__annotations__)
    args = ", ".join(fields)
    body = "\n".join("    self.%s = %s" % (f, f) for f in fields) or "    pass"
    ns = {}
    exec("def __init__(self, %s):\n%s" % (args, body), ns)
    cls.__init__ = ns["__init__"]
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    def __eq__(self, other):
        if type(other) is not type(self): return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@dataclass
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == 3)
print(Point.__annotations__, Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class P3(Point):
    z: int
print(P3.__annotations__)
