# C calling back into Python (a dict lookup calling __eq__) is a nested
# loop: no switching there, and soft blocking becomes real blocking.
import thread, time
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        t0 = time.monotonic()
        time.sleep(0.05)
        print("eq slept", time.monotonic() - t0 >= 0.04, thread._count())
        return self.v == o.v
other = []
def bg():
    other.append('ran')
d = {K(1): "a"}
thread.start_new(bg)
p0 = thread.preemptions()
print(d[K(1)], other)
print("preemptions", thread.preemptions() - p0)
while not other: sleep(0.001)  # a state, not a time
print(other)
# plain calls and loops over Python iterators do not preempt
class N:
    def __add__(self, o):
        return 5
    def __iter__(self):
        return iter([1, 2])
def f(x):
    return x
p0 = thread.preemptions()
for i in range(100):
    f(i)
    for x in N():
        pass
print("preemptions", thread.preemptions() - p0)
l = thread.allocate_lock()
l.acquire()
class E:
    def __hash__(self):
        return 2
    def __eq__(self, o):
        print("timed acquire", l.acquire(timeout=0.01))
        l.acquire()
        return True
d = {E(): 1}
try:
    d[E()]
except thread.Deadlock as e:
    print("Deadlock:", str(e).splitlines()[0])
