# 100 threads sleeping 1 s: the VM sleeps in the poller meanwhile.
import thread, time
done = thread.Semaphore(0)
def s():
    time.sleep(1)
    done.release()
for i in range(100):
    thread.start_new_thread(s, ())
c0 = time.process_time()
w0 = time.monotonic()
for i in range(100):
    done.acquire()
c1 = time.process_time()
w1 = time.monotonic()
print("slept", w1 - w0 >= 0.9)
print("cpu under 5%", (c1 - c0) / (w1 - w0) < 0.05)
