# At exit, objects held only by the script's globals are finalized as in
# CPython's teardown: after the atexit callbacks, __del__ runs and
# suspended generators close.
import atexit

class A:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

def gen():
    try:
        yield 1
    finally:
        print("finally gen")

a = A("global")
it = gen()
next(it)
atexit.register(lambda: print("atexit"))
print("end of script")
