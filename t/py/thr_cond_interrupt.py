# Interrupting threads waiting in 'with cond:' and in cond.wait(): no trace left.
import thread, threading
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
c = threading.Condition()
got = []
def w():
    try:
        with c:
            got.append('in')
    except thread.Interrupt:
        got.append('interrupted')
c.acquire()
t = thread.start_new(w)
settle(lambda: blocked(t))
thread.interrupt(t)
settle(lambda: finished(t))
print(got, c._is_owned())
def waiter():
    with c:
        try:
            c.wait()
        except thread.Interrupt:
            got.append(('wait interrupted, owns lock', c._is_owned()))
c.release()
t = thread.start_new(waiter)
settle(lambda: blocked(t))
thread.interrupt(t)
settle(lambda: finished(t))
print(got, c._lock._is_owned(), c._waiters)
