import gc
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finalized", tag)
y = g("c"); next(y); y.close(); y.close()
print(list(g("d")))
def gen_with():
    class CM:
        def __enter__(s): return s
        def __exit__(s, *a): print("cm exit", a[0].__name__ if a[0] else None)
    with CM():
        yield "in with"
z = gen_with(); print(next(z)); z.close()
def counter():
    n = 0
    while True:
        n += yield n
c = counter(); next(c); print(c.send(5), c.send(2))
print(c.gi_frame is not None, c.gi_running)
c.close(); print(c.gi_frame)
e = (i for i in range(3)); print(next(e), list(e))
