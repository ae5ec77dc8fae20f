def namedtuple(name, fields):
    fields = tuple(fields.split())
    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError("expected %d arguments" % len(fields))
        return tuple.__new__(cls, args)
    def __repr__(self):
        return name + "(" + ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)) + ")"
    ns = {"__new__": __new__, "__repr__": __repr__, "__slots__": (), "_fields": fields}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i], doc="field %d" % i)
    return type(name, (tuple,), ns)
Pt = namedtuple("Pt", "x y")
p = Pt(3, 4)
print(p, p.x, p.y, p[0], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, hash(p) == hash((3, 4)), Pt._fields, Pt.x.__doc__)
print(sorted([Pt(2, 1), Pt(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(p).__mro__)
