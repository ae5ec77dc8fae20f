class MyList(list):
    def sum(self): return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), type(m).__name__, isinstance(m, list))
m.tag = "t"
print(m.tag, m[1:], type(m[1:]).__name__)
class MyDict(dict):
    def __missing__(self, k): return k * 2
d = MyDict(a=1)
print(d["a"], d["zz"], d)
class MyInt(int):
    def double(self): return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), len(s), s + "x", repr(s))
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4)
print(p, p.x, len(p), p == (3, 4))
class MyExc(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyExc("bad", 7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
