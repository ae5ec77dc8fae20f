# A foreign OS thread (a C library's callback thread, here _pvtest's
# pthread) calls a Python function 200 times, each time taking the GIL
# through pv_foreign_enter, while green threads keep running. The VM
# thread hands the GIL over at its ticks.
import thread, time, _pvtest

calls = []
count = [0]
stop = [False]

def callback(i):
    calls.append(i)
    total = 0
    for k in range(50):         # some bytecode with backward jumps
        total += k
    return total

def counter():
    while not stop[0]:
        count[0] += 1

thread.start_new_thread(counter, ())
time.sleep(0.05)
before = count[0]
h = _pvtest.start_caller(callback, 200)
_pvtest.join(h)                  # real-blocks this thread only
print('calls in order:', calls == list(range(200)))
print('counter ran meanwhile:', count[0] > before > 0)
# a foreign thread while every green thread sleeps: the VM is in the poller
h = _pvtest.start_caller(calls.append, 5)
time.sleep(0.3)
_pvtest.join(h)
print(calls[-5:])
# a real-blocking call made by the foreign thread runs inline there
import os
got = []
h = _pvtest.start_caller(lambda i: got.append(os.system('exit %d' % i) >> 8), 3)
_pvtest.join(h)
print(got)
stop[0] = True
