import thread
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
out = []
def w(n, d):
    sleep(d)
    out.append(n)
# b starts first so its deadline is the earlier one however slow the machine
b = thread.start_new(w, 'b', 0.01)
a = thread.start_new(w, 'a', 0.02)
print(thread.join(a, 0.001), thread.state(0))
print(thread.join(a), out, thread.join(b), thread.join(12345))
# several joiners of one thread wake together
l = thread.allocate_lock()
l.acquire()
def holder():
    l.acquire()
h = thread.start_new(holder)
def joiner(n):
    thread.join(h)
    out.append(('joined', n))
js = [thread.start_new(joiner, n) for n in range(3)]
settle(lambda: all(blocked(j) for j in js))
print(thread.state(h + 1))
l.release()
settle(lambda: len(out) == 5)
print(out[2:])
try:
    thread.join(thread.get_ident())
except RuntimeError as e:
    print("RuntimeError:", e)
# joining a thread that never ends: Deadlock
l = thread.allocate_lock()
l.acquire()
s = thread.start_new(holder)
try:
    thread.join(s)
except thread.Deadlock as e:
    print(e)
