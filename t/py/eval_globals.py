counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def reader():
    return undefined_name
try:
    reader()
except NameError as e:
    print(e, e.name)
def unbound():
    print(loc)
    loc = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
def deleter():
    y = 1
    del y
    try:
        del y
    except UnboundLocalError as e:
        print(e)
deleter()
def g():
    global newglobal
    newglobal = 'made'
g()
print(newglobal, 'newglobal' in globals(), sorted(k for k in locals() if k.startswith('new')))
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
