import thread, time
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
def clean(s):
    return ' '.join('0x?' if w.startswith('0x') else w for w in s.split(' '))
log = []
def sleeper():
    try:
        sleep(10)
    except thread.Interrupt as e:
        log.append(('sleep', type(e).__name__, e.args))
spinning = []
def spinner():
    try:
        spinning.append(1)
        while True:
            pass
    except KeyError as e:
        log.append(('spin', type(e).__name__, e.args))
a = thread.start_new(sleeper)
b = thread.start_new(spinner)
settle(lambda: blocked(a) and spinning)
print(thread.state(a).split(' (')[0], '|', thread.state(b))
# mode 0: only soft-blocked threads
print(thread.interrupt(b), thread.interrupt(a), thread.interrupt(a))
print(thread.interrupt(b, KeyError('k'), 1))
settle(lambda: finished(a) and finished(b))
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
settle(lambda: all(blocked(w) for w in ws))
print(clean(thread.state(ws[1])))
print(thread.interrupt(ws[1], thread.Interrupt("stop")))
settle(lambda: finished(ws[1]))
print(got, l.locked())
l.release()
settle(lambda: all(finished(w) for w in ws))
print(got, l.locked())
# interrupting a timed wait cancels the timer too
def tw():
    try:
        l.acquire(timeout=0.5)  # long enough to be interrupted first on a loaded machine
    except thread.Interrupt:
        got.append('tw interrupted')
l.acquire()
t = thread.start_new(tw)
t0 = time.monotonic()
settle(lambda: blocked(t) or finished(t))  # finished: timed out, fails below
thread.interrupt(t)
settle(lambda: finished(t))
# past the cancelled timeout: nothing may fire
sleep(max(0, t0 + 0.6 - time.monotonic()))
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
