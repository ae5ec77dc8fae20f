class O: pass
o = O(); o.a = 1; o.b = 2
del o.a; print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(e)
l = list(range(10))
del l[0], l[-1]; print(l)
del l[2:4]; print(l)
del l[::2]; print(l)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
x = 5
del x
try:
    x
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
try:
    del [1, 2][5]
except IndexError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
