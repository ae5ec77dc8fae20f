# interrupt_main() interrupts thread 0 with KeyboardInterrupt in mode 2
# (as Ctrl-C does) wherever it waits; uncaught, the program ends as after
# Ctrl-C.
import thread
l = thread.allocate_lock()
l.acquire()
def f():
    thread.interrupt_main()
thread.start_new(f)
try:
    l.acquire()
except KeyboardInterrupt:
    print("caught while waiting on a lock", l.locked())
thread.start_new(f)
sleep(5)
print("not reached")
