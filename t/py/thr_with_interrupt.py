# A `with lock:` wait that is interrupted (or ends in Deadlock) never
# entered the block: __exit__ must not run, the lock stays its owner's.
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
r = thread.RLock()
got = []
def w(lock):
    try:
        with lock:
            got.append('in')
    except thread.Interrupt:
        got.append('interrupted')
    except Exception as e:
        got.append(type(e).__name__)
l.acquire()
t = thread.start_new(w, l)
settle(lambda: blocked(t))
print(thread.interrupt(t))
settle(lambda: finished(t))
print(got, l.locked())
l.release()
r.acquire()
t = thread.start_new(w, r)
settle(lambda: blocked(t))
thread.interrupt(t)
settle(lambda: finished(t))
print(got, r._is_owned())
r.release()
# interrupted while inside the block: __exit__ does release
def inside():
    try:
        with l:
            sleep(10)
    except thread.Interrupt:
        got.append(('inside', l.locked()))
t = thread.start_new(inside)
settle(lambda: blocked(t))
thread.interrupt(t)
settle(lambda: finished(t))
print(got[-1], l.locked())
# Deadlock in a with: the lock is still held once, by thread 0
l.acquire()
try:
    with l:
        print("not reached")
except thread.Deadlock:
    print("Deadlock", l.locked())
l.release()
print(l.locked())
