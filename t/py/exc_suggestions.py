# "Did you mean" hints on uncaught AttributeError/NameError, also through
# sys.excepthook (CPython 3.11 prints them; the traceback module does not).
import sys

class A:
    blech = 1
    def method(self):
        pass

blech = 2

def f():
    local_value = 1
    return local_valeu

def g():
    print(bluch)

for thunk in (lambda: A().bluch, lambda: A().methd, f, g, lambda: ZeroDivisionErrrrr,
              lambda: A().zzzzzzzzzz):
    try:
        thunk()
    except (AttributeError, NameError):
        sys.stderr.write("caught:\n")
        sys.excepthook(*sys.exc_info())

class B:
    def __getattr__(self, name):
        raise AttributeError(name)

try:
    B().blech
except AttributeError as e:
    print("B:", e, e.name)

import math
math.sqr
