# The example program of seed/threads.txt in Python 3 syntax, without the
# os.system thread (real blocking comes with issue 7).
import thread, time

# soft blocking threads
def t1():
    try:
        sleep(100)
    except thread.Interrupt:
        print('sleep interrupted')

def t2():
    l = thread.allocate_lock()
    l.acquire()
    try:
        l.acquire()
    except thread.Interrupt:
        print("OK lock interrupted")

# running thread
spinning = []
def t3():
    try:
        spinning.append(1)
        while 1:
            pass
    except thread.Interrupt:
        print("RUNING THREAD INTERRUPTED AS WELL")

ids = [
    thread.start_new_thread(t1, ()),
    thread.start_new_thread(t2, ()),
    thread.start_new_thread(t1, ()),
    thread.start_new_thread(t1, ()),
    thread.start_new_thread(t2, ()),
    thread.start_new_thread(t3, ()),
]

# wait for states, not for times: the machines are slow and noisy
while not (spinning and all(thread.state(i).startswith('soft blocked') for i in ids[:5])):
    time.sleep(0.001)
for i in ids:
    thread.interrupt(i, if_running=1)
while thread._count():
    time.sleep(0.001)
print(ids, thread._count())
