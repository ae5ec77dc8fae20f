e = KeyError("k")
print(repr(e), str(e), e.args)
print(str(KeyError()), repr(KeyError(1, 2)), str(KeyError(1, 2)))
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = OSError("x")
print(e.errno, e.args)
s = StopIteration(5); print(s.value, s.args)
print(StopIteration().value)
x = SystemExit(3); print(x.code)
print(SystemExit().code, SystemExit(1, 2).code)
try:
    b"\xff".decode()
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
    print(u)
ie = ImportError("m", name="mod", path="/p")
print(ie.name, ie.path, ie.msg)
ae = AttributeError("a")
print(repr(ae))
e = Exception("a", 1)
e.args = ("b",); print(e)
print(repr(Exception()), str(Exception()))
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyE(1, 2); print(m.args, m.b, repr(m))
ne = NameError("n", name="zz"); print(ne.name)
try:
    undefined_thing
except NameError as n:
    print(n.name, n)
try:
    object().foo
except AttributeError as a:
    print(a.name, type(a.obj).__name__)
