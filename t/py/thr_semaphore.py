import thread
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
s = thread.Semaphore(2)
print(s._value, s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s._value)
got = []
def w(n):
    s.acquire()
    got.append(n)
ws = [thread.start_new(w, i) for i in range(4)]
settle(lambda: all(blocked(t) for t in ws))
print(got)
s.release()
settle(lambda: len(got) == 1)
print(got)
s.release(2)
settle(lambda: len(got) == 3)
print(got, s._value)
s.release(3)
print(s._value)
with s:
    print("with", s._value)
for bad in [lambda: thread.Semaphore(-1), lambda: s.release(0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
