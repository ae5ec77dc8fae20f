def inner():
    try:
        a = yield "i1"
        print("inner got", a)
        b = yield "i2"
        print("inner got", b)
    except ValueError as e:
        print("inner caught", e)
        yield "i-exc"
    finally:
        print("inner finally")
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o"
g = outer()
print(next(g), g.send("A"), g.throw(ValueError("V")))
print(next(g))
g = outer(); next(g); g.close()
print(list(yield_ for yield_ in (x for x in [1, 2])))
def flat(l):
    for x in l:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, [4]], 5]])))
def ret():
    return (yield from range(3))
def cap():
    v = yield from ret()
    yield v
print(list(cap()))
print(g.gi_running, g.__name__, g.__qualname__)
