# Every thread waits on an empty fifo: Deadlock in thread 0, uncaught.
import thread
f = thread.fifo()
def consumer():
    f.get()
for i in range(3):
    thread.start_new(consumer)
sleep(0.01)
print("waiting", f.waiting)
f.get()
