# Every thread waits on an empty fifo: Deadlock in thread 0, uncaught.
import thread
f = thread.fifo()
def consumer():
    f.get()
for i in range(3):
    thread.start_new(consumer)
while f.waiting < 3: sleep(0.001)  # a state, not a time
print("waiting", f.waiting)
f.get()
