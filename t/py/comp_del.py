# del of names, attributes, subscripts, slices and tuples
a = 1
del a
try:
    a
except NameError as e:
    print(e)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
l = list(range(10))
del l[0], l[-1]
del l[1:3]
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
x, y = 1, 2
del (x, y)
print("x" in dir())
def f():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
def g():
    c = 1
    def inner():
        return c
    del c
    try:
        inner()
    except NameError as e:
        return str(e)
print(g())
