# The example program of seed/threads.txt, in Python 3: seven threads,
# interrupted with if_running=1 after one second. t4 is real blocked in
# os.system("sleep 2"): its line comes only once the command has finished.
import thread, time, os

start = time.monotonic()

def t1():
    try:
        time.sleep(100)
    except thread.Interrupt:
        print('sleep interrupted')

def t2():
    l = thread.allocate_lock()
    l.acquire()
    try:
        l.acquire()
    except thread.Interrupt:
        print("OK lock interrupted")

def t3():
    try:
        while 1:
            pass
    except thread.Interrupt:
        print("RUNING THREAD INTERRUPTED AS WELL")

def t4():
    try:
        os.system("sleep 2")
    except thread.Interrupt:
        print("blocking raised the interrupt", time.monotonic() - start > 1.8)

ids = [
    thread.start_new_thread(t1, ()),
    thread.start_new_thread(t2, ()),
    thread.start_new_thread(t1, ()),
    thread.start_new_thread(t1, ()),
    thread.start_new_thread(t2, ()),
    thread.start_new_thread(t3, ()),
    thread.start_new_thread(t4, ()),
]

time.sleep(1)
for i in ids:
    thread.interrupt(i, if_running=1)
print("all interrupted")
time.sleep(2)
print("end")
