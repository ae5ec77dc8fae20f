# pyvm: close() wakes every thread parked on the socket with EBADF
# (CPython on Linux leaves them blocked); hand-written .exp
import socket, threading, time
# close() wakes every thread parked on the socket with EBADF
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.bind(("127.0.0.1", 0))
errs = []
def closed_reader():
    try:
        c.recv(10)
    except OSError as e:
        errs.append(e.errno)
ts = [threading.Thread(target=closed_reader) for i in range(3)]
for t in ts: t.start()
time.sleep(0.05)
c.close()
for t in ts: t.join(timeout=2)
print("closed", errs)
