# signal handlers while thread 0 is blocked (lock, Event.wait): no Deadlock, a raising handler interrupts the wait
import signal, threading, time
lock = threading.Lock(); lock.acquire()
class Boom(Exception): pass
hits = []
def h(s, f):
    hits.append(s)
    if len(hits) == 2:
        raise Boom('second')
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
try:
    lock.acquire()
except Boom as e:
    print('acquire interrupted:', e, len(hits))
signal.setitimer(signal.ITIMER_REAL, 0)
ev = threading.Event()
def h2(s, f):
    print('handler while waiting')
    ev.set()
signal.signal(signal.SIGALRM, h2)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(ev.wait(5))
