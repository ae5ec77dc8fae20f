import thread
def clean(s):
    return ' '.join('0x?' if w.startswith('0x') else w for w in s.split(' '))
log = []
def sleeper():
    try:
        sleep(10)
    except thread.Interrupt as e:
        log.append(('sleep', type(e).__name__, e.args))
def spinner():
    try:
        while True:
            pass
    except KeyError as e:
        log.append(('spin', type(e).__name__, e.args))
a = thread.start_new(sleeper)
b = thread.start_new(spinner)
sleep(0.01)
print(thread.state(a).split(' (')[0], '|', thread.state(b))
# mode 0: only soft-blocked threads
print(thread.interrupt(b), thread.interrupt(a), thread.interrupt(a))
print(thread.interrupt(b, KeyError('k'), 1))
sleep(0.01)
print(log, thread._count(), thread.interrupt(a, if_running=1))
# an interrupted lock wait leaves no trace
l = thread.allocate_lock()
l.acquire()
got = []
def waiter(n):
    try:
        l.acquire()
        got.append(n)
        l.release()
    except thread.Interrupt:
        got.append(('interrupted', n))
ws = [thread.start_new(waiter, n) for n in range(3)]
sleep(0.01)
print(clean(thread.state(ws[1])))
print(thread.interrupt(ws[1], thread.Interrupt("stop")))
sleep(0.01)
print(got, l.locked())
l.release()
sleep(0.01)
print(got, l.locked())
# interrupting a timed wait cancels the timer too
def tw():
    try:
        l.acquire(timeout=0.05)
    except thread.Interrupt:
        got.append('tw interrupted')
l.acquire()
t = thread.start_new(tw)
sleep(0.01)
thread.interrupt(t)
sleep(0.1)
print(got[-1], l.locked(), thread._count())
# interrupting oneself in mode 1: raised at the next switch point
try:
    thread.interrupt(thread.get_ident(), ValueError, 1)
    for i in range(3):
        pass
    print("not reached")
except ValueError:
    print("self interrupted")
print(thread.interrupt(0, 1))
try:
    thread.interrupt(0, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(thread.interrupt(999))
