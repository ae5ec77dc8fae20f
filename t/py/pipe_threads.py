# os.pipe / os.read / os.write between threads: a reader waiting on an
# empty pipe parks only itself; a writer on a full pipe too.
import os, threading

r, w = os.pipe()
log = []

def reader():
    chunks = []
    while True:
        d = os.read(r, 1000)
        if not d:
            break
        chunks.append(d)
    log.append(("reader done", len(b"".join(chunks))))

t = threading.Thread(target=reader)
t.start()
log.append("main still running")
total = 0
data = b"y" * 200000          # more than a pipe holds: the writer waits
view = memoryview(data)
while total < len(data):
    total += os.write(w, view[total:])
os.close(w)
t.join()
os.close(r)
for entry in log:
    print(entry)
print(total)

# a socketpair through os.read/os.write
import socket
a, b = socket.socketpair()
def echo():
    os.write(b.fileno(), os.read(b.fileno(), 100).upper())
t = threading.Thread(target=echo)
t.start()
os.write(a.fileno(), b"via os")
print(os.read(a.fileno(), 100))
t.join()
a.close(); b.close()
