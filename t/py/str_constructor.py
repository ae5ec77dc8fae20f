print(repr(str()), repr(str("")), str(123), str(-0.5), str(1e100), str(True), str([None]), str((1, "a")), str({"a": 1}))
print(str(b"\xff"), str(bytearray(b"x")), str(str), str(int), str(1j))
class A:
    def __str__(self): return "A-str"
class B:
    def __repr__(self): return "B-repr"
class C:
    pass
print(str(A()), str(B()), str(C())[:10], repr(A())[:11])
class Bad:
    def __str__(self): return 5
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
class D:
    def __str__(self): return S("sub")
r = str(D())
print(r, type(r).__name__)
print(str(b"abc", "utf-8"), str(b"ab\xffc", "utf-8", "ignore"), str(b"\xe9", encoding="latin-1"), str(object=b"x", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"x", "bogus-codec")
except LookupError as e:
    print("LookupError:", e)
print(str.__name__, type("").__name__, isinstance("", str), issubclass(S, str), S("q") == "q", type(S("q")).__mro__[1].__name__)
