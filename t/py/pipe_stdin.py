# sys.stdin on a pipe: readline()/read() park only the reading thread, so
# a writer thread of the same program can feed it.
import os, sys, threading, time

r, w = os.pipe()
os.dup2(r, 0)
os.close(r)
log = []

def writer():
    log.append("writer started")
    time.sleep(0.05)
    os.write(w, b"first line\nsecond")
    time.sleep(0.05)
    os.write(w, b" line\nthe rest\n")
    os.close(w)

t = threading.Thread(target=writer)
t.start()
log.append(sys.stdin.readline())
log.append(sys.stdin.readline())
log.append(sys.stdin.read())
t.join()
for entry in log:
    print(repr(entry))
