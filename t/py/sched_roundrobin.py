# The 2 ms tick shares the CPU between busy threads (round robin); a lone
# running thread is never switched away from, even with sleepers around.
import thread, time
counts = [0, 0, 0]
stop = [False]
def busy(i):
    while not stop[0]:
        counts[i] += 1
for i in range(3):
    thread.start_new(busy, i)
s0 = thread.switches()
# until every busy thread ran (never ends without the tick): no timing
while not (all(counts) and thread.switches() - s0 > 3):
    time.sleep(0.01)
stop[0] = True
while thread._count():
    sleep(0.001)
print("all progressed", all(c > 0 for c in counts), thread.switches() - s0 > 3)
s0 = thread.switches()
n = 0
for i in range(300000):
    n += i
print("alone: no switches", thread.switches() - s0)
def sleeper():
    time.sleep(0.05)
thread.start_new(sleeper)
thread.sched_yield()
n = 0
s0 = thread.switches()
t0 = time.monotonic()
# the sleeper must wake while this loop runs: the loop waits for it
while thread._count() or time.monotonic() - t0 < 0.1:
    n += 1
print("with a sleeper: only the switches its sleep needs", thread.switches() - s0 <= 4, thread._count())
