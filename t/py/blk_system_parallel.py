# Four threads each in os.system("sleep 1") run their commands at the
# same time (one OS worker each) while a fifth thread keeps counting.
import thread, time, os

start = time.monotonic()
done = []
count = [0]
stop = [False]
lock = thread.allocate_lock()

def sysrun(i):
    st = os.system("sleep 1")
    done.append((i, st))

def counter():
    while not stop[0]:
        count[0] += 1
        if count[0] % 1000 == 0:
            thread.sched_yield()

for i in range(4):
    thread.start_new_thread(sysrun, (i,))
thread.start_new_thread(counter, ())
time.sleep(0.3)
at_start = count[0]
while len(done) < 4:
    time.sleep(0.05)
elapsed = time.monotonic() - start
stop[0] = True
print(sorted(done))
print("under 3.5 s:", elapsed < 3.5)
print("counter kept counting:", count[0] > at_start > 0)
