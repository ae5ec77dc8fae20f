# pyvm: closing a pipe (os.close, or a file object's close()) while other
# green threads are parked reading it wakes them with EBADF instead of
# leaving them waiting forever on a dead fd number; hand-written .exp
import os, threading, time

r, w = os.pipe()
errs = []
def reader():
    try:
        os.read(r, 10)
    except OSError as e:
        errs.append(e.errno)
ts = [threading.Thread(target=reader) for i in range(2)]
for t in ts: t.start()
time.sleep(0.02)
os.close(r)
for t in ts: t.join()
print("os.close", errs)
os.close(w)

r, w = os.pipe()
f = os.fdopen(r)
errs = []
def freader():
    try:
        f.readline()
    except (OSError, ValueError) as e:
        errs.append(type(e).__name__)
t = threading.Thread(target=freader); t.start()
time.sleep(0.02)
f.close()
t.join()
print("file.close", errs)
os.close(w)
