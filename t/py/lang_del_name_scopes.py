def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
f()
class C:
    a = 1
    del a
print(hasattr(C, "a"))
for i in range(2): pass
del i
print("i" in dir())
lst = [1, 2, 3]
del lst[:]
print(lst)
g = {"v": 1}
exec("del v", g)
print("v" in g)
try:
    exec("del nope", {})
except NameError as e:
    print(e)
