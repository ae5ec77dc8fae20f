# thread.interrupt (mode 0) cancels os.read on an empty pipe; the pipe
# stays usable. (pyvm only: hand-written .exp)
import os, thread, time
r, w = os.pipe()
def rd():
    try:
        os.read(r, 10)
    except thread.Interrupt:
        print("os.read interrupted")
    print(os.read(r, 10))
tid = thread.start_new_thread(rd, ())
time.sleep(0.05)
print(thread.interrupt(tid))
time.sleep(0.05)
os.write(w, b"after")
thread.join(tid)
