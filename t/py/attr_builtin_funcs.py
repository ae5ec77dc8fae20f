class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", None), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b, vars(c))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "zz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(c, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(c, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(C).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
print(type(vars(C)).__name__)
