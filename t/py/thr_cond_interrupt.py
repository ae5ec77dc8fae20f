# Interrupting threads waiting in 'with cond:' and in cond.wait(): no trace left.
import thread, threading
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
sleep(0.01)
thread.interrupt(t)
sleep(0.01)
print(got, c._is_owned())
def waiter():
    with c:
        try:
            c.wait()
        except thread.Interrupt:
            got.append(('wait interrupted, owns lock', c._is_owned()))
c.release()
t = thread.start_new(waiter)
sleep(0.01)
thread.interrupt(t)
sleep(0.01)
print(got, c._lock._is_owned(), c._waiters)
