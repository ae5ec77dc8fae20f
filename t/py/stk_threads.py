# pyvm-only: green threads switch inside Python code called by operators
# and builtins (key functions, map/filter functions, generators drained by
# sum/join, __iadd__, __radd__, __eq__), since these run as frames of the
# thread, not in a nested loop (where blocking on a lock would deadlock).
# Two threads pass a baton (two locks) at each call: strict alternation.
import sys, thread, time
count = getattr(sys, "preemption_count", lambda: 0)
out = []
nested = [0]  # preemptions while the workers ran
locks = {}

def step(me, item):
    locks[me].acquire()
    out.append(me + str(item))
    locks["b" if me == "a" else "a"].release()

def run(wa, wb):
    c1 = count()
    del out[:]
    locks["a"] = thread.allocate_lock()
    locks["b"] = thread.allocate_lock()
    locks["b"].acquire()
    res = {}
    def start(name, w):
        def body():
            res[name] = w()
        thread.start_new(body)
    start("a", wa)
    start("b", wb)
    thread.sched_yield()
    while thread._count():
        time.sleep(0.001)
    nested[0] += count() - c1
    return list(out), res["a"], res["b"]

def keyed(name):
    def key(x):
        step(name, x)
        return -x
    return key

print("sorted", run(lambda: sorted([1, 2, 3], key=keyed("a")),
                    lambda: sorted([1, 2, 3], key=keyed("b"))))
def sort_b():
    l = [4, 5, 6]
    l.sort(key=keyed("b"))
    return l
print("min/sort", run(lambda: min([1, 2, 3], key=keyed("a")), sort_b))
print("map/filter", run(lambda: list(map(keyed("a"), [1, 2])),
                        lambda: list(filter(keyed("b"), [1, 2]))))
def gen(name, n):
    for i in range(n):
        step(name, i)
        yield i
print("drain", run(lambda: sum(gen("a", 3)), lambda: "-".join(str(x) for x in gen("b", 3))))

class V:
    def __init__(self, name): self.name = name
    def __iadd__(self, o):
        step(self.name, "+=")
        step(self.name, "+=done")
        return self
    def __radd__(self, o):
        out.append(self.name + " radd")
        time.sleep(0.01)
        out.append(self.name + " radd done")
        return o
    def __eq__(self, o):
        step(self.name, "==")
        return self.name == "b"
def iadd(name):
    def w():
        v = V(name)
        v += 1
        return v.name
    return w
print("iadd", run(iadd("a"), iadd("b")))
print("eq", run(lambda: V("a") != V("x"), lambda: V("b") == 1))
def ticker():
    for i in range(1000):
        out.append("tick")
        time.sleep(0.001)
        if "a radd done" in out:
            break
def radd():
    return 1 + V("a")
r = run(radd, ticker)[0]
i, j = r.index("a radd"), r.index("a radd done")
print("radd: ticks while sleeping in __radd__:", r[i + 1:j].count("tick") > 0)
print("preemptions", nested[0])
