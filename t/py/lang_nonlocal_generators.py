def make_acc():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def gen():
        nonlocal total
        while True:
            total = yield total
    return add, gen
add, gen = make_acc()
add(5); g = gen(); print(next(g)); g.send(100); print(add(1))
def closures_in_loop():
    res = []
    for i in range(3):
        def f(): return i
        res.append(f)
    return [f() for f in res]
print(closures_in_loop())
def cell_shared():
    x = 0
    def inc():
        nonlocal x; x += 1
    def get(): return x
    return inc, get
i, gt = cell_shared(); i(); i(); print(gt())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 10
                return a
            return l3()
        return l2()
    return l1(), a
print(deep())
class K:
    v = 1
    def meth(self):
        return v if False else K.v
print(K().meth())
