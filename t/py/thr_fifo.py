import thread
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
f = thread.fifo()
f.put(1); f.put(2)
print(len(f), f.get(), f.get(), len(f))
got = []
def g(n):
    got.append((n, f.get()))
for i in range(3):
    thread.start_new(g, i)
settle(lambda: f.waiting == 3)
print(got, f.waiting)
for x in 'abcd':
    f.put(x)
settle(lambda: len(got) == 3)
print(got, len(f), f.waiting, f.get())
try:
    f.get(0.01)
except TimeoutError:
    print("timeout")
for i in range(1000):
    f.put(i)
print(sum(f.get() for i in range(1000)), len(f))
