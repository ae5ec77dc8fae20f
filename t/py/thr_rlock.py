import thread
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
r = thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
try:
    r.release(); r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
out = []
def other():
    out.append(('try', r.acquire(False)))
    with r:
        with r:
            out.append(('got', r._recursion_count()))
with r:
    t = thread.start_new(other)
    settle(lambda: blocked(t))
    out.append('main releases')
settle(lambda: finished(t))
print(out)
