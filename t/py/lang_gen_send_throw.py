def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except KeyError as e:
        print("caught", e)
        yield "after"
    finally:
        print("cleanup")
    return "done"
it = g()
print(next(it), it.send(5))
print(it.throw(KeyError("k")))
try:
    next(it)
except StopIteration as s:
    print("stop", s.value)
it = g(); next(it)
it.close()
print(it.gi_frame)
it = g()
try:
    it.send(1)
except TypeError as e:
    print(e)
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = h(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
def pep479():
    yield 1
    raise StopIteration
try:
    list(pep479())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
y = g()
try:
    y.throw(ValueError("v"))
except ValueError as e:
    print("thrown into fresh", e)
print(next(y, "exhausted"))
