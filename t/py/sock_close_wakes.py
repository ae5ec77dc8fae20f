# close() of a socket another thread is parked on wakes that thread with
# OSError(EBADF) instead of leaving it waiting on a dead fd number.
# (pyvm only: CPython on Linux leaves such an accept() blocked)
import socket, threading, time

srv = socket.create_server(("127.0.0.1", 0))
a, b = socket.socketpair()
log = []

def acceptor():
    try:
        srv.accept()
    except OSError as e:
        log.append(("accept", type(e).__name__, e.errno))

def reader():
    try:
        a.recv(10)
    except OSError as e:
        log.append(("recv", type(e).__name__, e.errno))

ts = [threading.Thread(target=acceptor), threading.Thread(target=reader)]
for t in ts:
    t.start()
time.sleep(0.05)
srv.close()
time.sleep(0.05)
a.close()
for t in ts:
    t.join()
for entry in log:
    print(entry)
b.close()
