class C: pass
c = C()
for expr in ["c.x", "C.x", "(1).x", "int.x", "'s'.foo", "None.x", "[].nope"]:
    try:
        eval(expr)
    except AttributeError as e:
        print("AttributeError:", e)
import sys
try:
    sys.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    e = AttributeError("m", name="n", obj=c)
    print(e.name, e.obj is c)
except TypeError as e:
    print("TypeError", e)
