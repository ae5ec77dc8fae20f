# A generator made by a for statement is closed as soon as the loop is left
# (break, return, an exception), before the next statement, as CPython's
# reference counting does: no gc.collect() needed.
import sys

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

for x in gen("break"):
    break
print("after break")

def f():
    for x in gen("return"):
        return x
print("returned", f())

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return False

def withgen():
    with CM():
        yield 1
        yield 2

for x in withgen():
    print("got", x)
    break
print("after with")

try:
    for x in gen("raise"):
        raise ValueError("body")
except ValueError as e:
    print("caught", e)

def g2():
    for x in gen("propagate"):
        1 / 0
try:
    g2()
except ZeroDivisionError:
    print("caught ZeroDivisionError")

# nested loops: the inner generator closes at each break
for i in range(2):
    for x in gen("inner %d" % i):
        if x == 1:
            break
    print("outer", i)

# exhausted normally: finally runs inside the loop's last step
for x in gen("exhausted"):
    pass
print("after exhausted")

# continue does not leave the loop
for x in gen("continue"):
    if x == 1:
        continue
    print("x", x)

# a generator stored in a variable is not closed by leaving the loop
g = gen("stored")
for x in g:
    break
print("still suspended:", g.gi_suspended)
print("next:", next(g))
g.close()

# errors in the finally cannot propagate: reported as unraisable
def bad():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
sys.unraisablehook = lambda u: print("unraisable", repr(u.exc_value), type(u.object).__name__)
for x in bad():
    break
print("after bad")
