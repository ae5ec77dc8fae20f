import thread
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
l = thread.allocate_lock()
print(type(l) is thread.LockType, l.locked(), l.acquire(), l.locked())
print(l.acquire(False), l.acquire(blocking=False), l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [dict(blocking=False, timeout=1), dict(timeout=-2)]:
    try:
        l.acquire(**args)
    except ValueError as e:
        print("ValueError:", e)
with l:
    print("in with", l.locked())
print("after with", l.locked())
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))
# FIFO hand-off: waiters get the lock in arrival order
order = []
def w(n):
    l.acquire()
    order.append(n)
    l.release()
l.acquire()
ws = [thread.start_new(w, i) for i in range(5)]
settle(lambda: all(blocked(t) for t in ws))
print(order)
l.release()
settle(lambda: all(finished(t) for t in ws))
print(order, l.locked())
# a timed-out waiter leaves the queue: the next waiter gets the lock
res = []
def tw(n, t):
    res.append((n, l.acquire(timeout=t)))
l.acquire()
thread.start_new(tw, 'short', 0.01)
thread.start_new(tw, 'long', 5)
settle(lambda: len(res) == 1)
print(res)
l.release()
settle(lambda: len(res) == 2)
print(res, l.locked())
l.release()
print(thread.Lock().locked())
