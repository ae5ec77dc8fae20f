print(sorted(k for k in globals() if k.startswith("__") and k != "__builtins__" and k != "__cached__"))
print(__name__, __doc__)
def f():
    a = 1; b = 2
    return sorted(locals().items())
print(f())
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3): bump()
print(counter)
def shadow():
    len = lambda x: 42
    return len([1])
print(shadow(), len([1]))
import builtins
print(builtins.len is len, type(builtins.__dict__).__name__)
def g():
    try:
        print(undefined_var_xyz)
    except NameError as e:
        print(e)
g()
def h():
    x = 1
    def inner():
        print(x)
        x = 2
    try:
        inner()
    except UnboundLocalError as e:
        print(e)
h()
