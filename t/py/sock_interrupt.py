# thread.interrupt (mode 0) cancels a thread blocked in accept, recv or
# send; the socket stays usable afterwards. (pyvm only: hand-written .exp)
import socket, thread, time

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
log = []

def acceptor():
    try:
        srv.accept()
        log.append("accept returned?")
    except thread.Interrupt:
        log.append("accept interrupted")
    c, _ = srv.accept()          # the same socket still works
    log.append("accepted after interrupt")
    try:
        c.recv(10)
    except thread.Interrupt:
        log.append("recv interrupted")
    log.append(c.recv(10))
    c.close()

tid = thread.start_new_thread(acceptor, ())
time.sleep(0.05)
print(thread.interrupt(tid))
time.sleep(0.05)
s = socket.create_connection(("127.0.0.1", port))
time.sleep(0.05)
thread.interrupt(tid)
time.sleep(0.05)
s.sendall(b"data")
thread.join(tid)
for entry in log:
    print(entry)

# a sender blocked on a full socket buffer
a, b = socket.socketpair()
def sender():
    try:
        while True:
            a.sendall(b"x" * 65536)
    except thread.Interrupt:
        log.append("send interrupted")
    a.sendall(b"end")
tid = thread.start_new_thread(sender, ())
time.sleep(0.05)
thread.interrupt(tid)
time.sleep(0.05)
total = 0
while True:
    d = b.recv(65536)
    total += len(d)
    if d.endswith(b"end"):
        break
thread.join(tid)
print(log[-1], total > 0)
a.close(); b.close(); srv.close()
