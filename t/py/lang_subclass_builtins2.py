class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 100)
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(1) + 2, 2 + MyInt(1), MyInt(5) * 2, type(MyInt(5) * 2).__name__, MyInt("12"), isinstance(MyInt(1), int))
class Up(str):
    def upper(self): return "UP:" + super().upper()
    def __len__(self): return 99
u = Up("abc"); print(u.upper(), len(u), u + "d", type(u + "d").__name__, u[0], u == "abc", hash(u) == hash("abc"))
class Stack(list):
    def push(self, x): self.append(x)
    def __getitem__(self, i): return "item" + str(list.__getitem__(self, i))
s = Stack([1]); s.push(2); print(s, s[0], len(s), type(s[:]).__name__ if False else "", list(s))
class DD(dict):
    def __missing__(self, k): self[k] = 0; return 0
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
d = DD(); d["a"]; d["b"] = 1; print(d, d.get("zz"), "zz" in d)
d.update(c=1); print(d)
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4); print(p, p.x, p + (5,), type(p).__name__, len(p))
class AppErr(Exception):
    def __str__(self): return "custom str"
try:
    raise AppErr("x")
except Exception as e:
    print(e, repr(e), e.args)
class F(float):
    pass
print(F(1.5) + 1, repr(F("2.5")), F(3) == 3.0, type(F(1) + 1).__name__)
class B(bytes): pass
print(B(b"ab"), B(b"ab").upper(), type(B(b"ab").upper()).__name__)
