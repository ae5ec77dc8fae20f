# A basic block that calls no Python function runs atomically: 8 threads
# doing counter += 1 on a global never lose an update, although the tick
# switches between them many times.
import thread
counter = 0
done = thread.Semaphore(0)
def inc():
    global counter
    for i in range(100000):
        counter += 1
    done.release()
s0 = thread.switches()
for i in range(8):
    thread.start_new_thread(inc, ())
for i in range(8):
    done.acquire()
print(counter, thread.switches() - s0 > 8)
