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
def t3():
    try:
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

time.sleep(1)
for i in ids:
    thread.interrupt(i, if_running=1)
time.sleep(0.5)
print(ids, thread._count())
