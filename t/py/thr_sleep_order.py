# Sleeping threads wake in deadline order; equal sleeps in start order.
import thread, time
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
out = []
def s(n, d):
    time.sleep(d)
    out.append(n)
for n, d in [('c', 0.03), ('a', 0.01), ('b', 0.02), ('a2', 0.01), ('z', 0)]:
    thread.start_new(s, n, d)
settle(lambda: len(out) == 5)
print(out)
