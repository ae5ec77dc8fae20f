# pyvm-only: green threads switch inside Python code called by operators
# and builtins (key functions, map/filter functions, __iadd__, __radd__,
# __eq__), since these run as frames of the thread, not in a nested loop.
import sys, thread, time
count = getattr(sys, "preemption_count", lambda: 0)
out = []
nested = [0]  # preemptions while the workers ran

def wait_all():
    thread.sched_yield()
    while thread._count():
        thread.sched_yield()

def run(*workers):
    c1 = count()
    del out[:]
    for w in workers:
        thread.start_new(w)
    wait_all()
    nested[0] += count() - c1
    return list(out)

def keyed(name):
    def key(x):
        out.append(name + str(x))
        thread.sched_yield()
        return -x
    return key

print("sorted", run(lambda: out.append(sorted([1, 2, 3], key=keyed("a"))),
                    lambda: out.append(sorted([1, 2, 3], key=keyed("b")))))
def sort_b():
    l = [4, 5]
    l.sort(key=keyed("b"))
    out.append(l)
print("min/sort", run(lambda: out.append(min([1, 2, 3], key=keyed("a"))), sort_b))
print("map/filter", run(lambda: out.append(list(map(keyed("a"), [1, 2]))),
                        lambda: out.append(list(filter(keyed("b"), [1, 2])))))
def gen(name, n):
    for i in range(n):
        out.append(name + str(i))
        thread.sched_yield()
        yield i
print("drain", run(lambda: out.append(sum(gen("a", 3))),
                   lambda: out.append("-".join(str(x) for x in gen("b", 3)))))

class V:
    def __init__(self, name): self.name = name
    def __iadd__(self, o):
        out.append(self.name + "+=")
        time.sleep(0.002)  # soft-blocks: the other thread runs at once
        out.append(self.name + "+=done")
        return self
    def __radd__(self, o):
        out.append(self.name + " radd")
        time.sleep(0.01)
        out.append(self.name + " radd done")
        return o
    def __eq__(self, o):
        out.append(self.name + "==")
        time.sleep(0.002)
        out.append(self.name + "==done")
        return True
def iadd(name):
    def w():
        v = V(name)
        v += 1
    return w
print("iadd", run(iadd("a"), iadd("b")))
def ticker():
    for i in range(100):
        out.append("tick")
        time.sleep(0.001)
        if "a radd done" in out:
            break
def radd():
    1 + V("a")
r = run(radd, ticker)
i, j = r.index("a radd"), r.index("a radd done")
print("radd: ticks while sleeping in __radd__:", r[i + 1:j].count("tick") > 0)
print("eq", run(lambda: out.append(V("a") != V("x")), lambda: out.append(V("b") == 1)))
print("preemptions", nested[0])
