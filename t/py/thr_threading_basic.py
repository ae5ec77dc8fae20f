import threading, time
def f(x, y=0):
    print("f", x, y, threading.current_thread().name)
t = threading.Thread(target=f, args=(1,), kwargs={'y': 2})
print(t.name, t.daemon, t.is_alive(), t.ident is None, repr(t))
t.start()
t.join()
print(t.is_alive(), isinstance(t.ident, int), repr(t).startswith("<Thread(Thread-1 (f), stopped "))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=f, args=(3,))
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
class T(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None
    def run(self):
        go.wait()  # alive until main has looked: no timing
        self.result = self.n * 10
go = threading.Event()
ts = [T(i) for i in range(3)]
for x in ts:
    x.start()
print(sorted(x.name for x in threading.enumerate()), threading.active_count())
go.set()
for x in ts:
    x.join()
print([x.result for x in ts], threading.active_count())
s = threading.Thread(target=time.sleep, args=(5,), daemon=True)
s.start()
s.join(0.02)
print("join timeout", s.is_alive(), s.daemon)
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.get_ident() == threading.main_thread().ident)
sem = threading.BoundedSemaphore(2)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
r = threading.RLock()
with r:
    with r:
        print("rlock reentered")
def late():
    time.sleep(0.05)
    print("non-daemon thread finished before exit")
threading.Thread(target=late).start()
print("main done")
