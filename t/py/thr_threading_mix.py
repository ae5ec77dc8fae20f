import threading, queue, time
q = queue.Queue()
out = []
def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append((n, item * item))
        q.task_done()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for i in range(20): q.put(i)
for t in ts: q.put(None)
q.join()
for t in ts: t.join()
print(sorted(x for _, x in out))
print([t.is_alive() for t in ts], threading.active_count())
ev = threading.Event()
res = []
def waiter(i):
    ev.wait()
    res.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws: w.start()
while len(ev._cond._waiters) < 3:  # all three wait: a state, not a time
    time.sleep(0.001)
print(res)
ev.set()
for w in ws: w.join()
print(sorted(res))
c = threading.Condition()
items = []
def cons():
    with c:
        c.wait_for(lambda: items)
        print("consumed", items.pop())
t = threading.Thread(target=cons); t.start()
while True:  # cons waits: a state, not a time
    with c:
        if c._waiters:
            break
    time.sleep(0.001)
with c:
    items.append(42); c.notify()
t.join()
b = threading.Barrier(3)
r = []
def bw(i):
    r.append(b.wait() >= 0)
bs = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for x in bs: x.start()
for x in bs: x.join()
print(r)
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
tm = threading.Timer(10, lambda: print("no")); tm.start(); tm.cancel(); tm.join()
loc = threading.local()
loc.x = 1
def lf():
    loc.x = 2
    print("in thread", loc.x)
t = threading.Thread(target=lf); t.start(); t.join()
print("main", loc.x)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
pq = queue.PriorityQueue()
for v in [5, 1, 4, 2]: pq.put(v)
print([pq.get() for _ in range(4)])
lq = queue.LifoQueue()
for v in [5, 1, 4]: lq.put(v)
print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue()
try: sq.get(timeout=0.01)
except queue.Empty: print("empty")


print("end")
