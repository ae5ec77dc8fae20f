# Thread 0 acquires its own lock twice: Deadlock, not a hang.
import thread
l = thread.allocate_lock()
l.acquire()
try:
    l.acquire()
except thread.Deadlock as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(e)
# the failed wait left no trace: still locked once, no waiter
print(l.locked())
l.release()
print(l.acquire(False))
l.acquire()
