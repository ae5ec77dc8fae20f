# os.fork with green threads: only the calling thread lives on in the child
import os, threading, time
stop = False
def spin():
    n = 0
    while not stop:
        time.sleep(0.01)
        n += 1
    print('spin done in', os.getpid() == parent)
parent = os.getpid()
t = threading.Thread(target=spin); t.start()
time.sleep(0.05)
pid = os.fork()
if pid == 0:
    print('child threads', threading.active_count(), len(threading.enumerate()))
    time.sleep(0.1)
    print('child exits')
    os._exit(0)
os.waitpid(pid, 0)
stop = True
t.join()
print('parent done')
