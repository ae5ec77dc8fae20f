import threading, time
# Condition: notify wakes waiters in FIFO order; wait(timeout) -> False.
# No timing assumptions: a waiter appends to `ready` while holding c, and
# only wait() releases c, so once main holds c and sees it, it is waiting.
c = threading.Condition()
order = []
ready = []
def w(n):
    with c:
        ready.append(n)
        c.wait()
        order.append(n)
def until(pred):
    while True:
        with c:
            if pred():
                return
        time.sleep(0.001)
ws = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for i, t in enumerate(ws):
    t.start()
    until(lambda: len(ready) == i + 1)
with c:
    c.notify()
until(lambda: len(order) == 1)
print(order)
with c:
    c.notify(2)
until(lambda: len(order) == 3)
print(order[0], sorted(order[1:]))  # the two woken race for c in CPython
with c:
    c.notify_all()
for t in ws:
    t.join()
print(order[0], sorted(order[1:3]), order[3])
with c:
    print("wait timeout", c.wait(0.01))
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
with c:
    print("wait_for", c.wait_for(lambda: False, 0.01), c.wait_for(lambda: 5))
# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Timer(0.01, e.set).start()
print(e.wait(5), e.is_set())
e.clear()
print(e.is_set())
# Barrier with action, broken barrier
res = []
b = threading.Barrier(3, action=lambda: res.append('action'))
def bw(i):
    b.wait()
    res.append(i)
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res[0], sorted(res[1:]), b.n_waiting, b.broken, b.parties)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset()
print(b2.broken)
# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = [0]
peak = [0]
def sw():
    with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        while peak[0] < 2:  # stay until a second thread got in: no timing
            time.sleep(0.001)
        active[0] -= 1
ts = [threading.Thread(target=sw) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak[0], sem.acquire(timeout=0.01), sem.acquire(False), sem.acquire(False))
# local
loc = threading.local()
loc.v = 'main'
vals = []
seen = []
def lw(n):
    seen.append(hasattr(loc, 'v'))
    loc.v = n
    time.sleep(0.01)
    vals.append(loc.v)
ts = [threading.Thread(target=lw, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, sorted(vals), loc.v)
# excepthook
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def bad():
    raise KeyError('k')
t = threading.Thread(target=bad, name='badthread')
t.start()
t.join()
