# Several green threads waiting on the same fd and direction: all are
# woken, each retries; nobody is lost.
import socket, threading, select, time

# two readers of one UDP socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
got = []
def reader(name):
    data = a.recv(100)
    got.append((name, data))
ts = [threading.Thread(target=reader, args=("r%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.05)
for i in range(3):
    b.sendto(b"msg%d" % i, a.getsockname())
    time.sleep(0.02)
for t in ts:
    t.join()
print(sorted(d for n, d in got), len(set(n for n, d in got)))

# select() on readability in one thread, recv() in another
events = []
def selector():
    r, w, x = select.select([a], [], [], 5)
    events.append(("select", len(r)))
def receiver():
    events.append(("recv", a.recv(100)))
t1 = threading.Thread(target=selector)
t2 = threading.Thread(target=receiver)
t1.start(); t2.start()
time.sleep(0.05)
b.sendto(b"x", a.getsockname())
t1.join(); t2.join()
print(sorted(events))

# poll() objects in two threads on one fd
p1, p2 = select.poll(), select.poll()
p1.register(a, select.POLLIN)
p2.register(a, select.POLLIN)
res = []
def poller(p, name):
    res.append((name, [(fd == a.fileno(), ev) for fd, ev in p.poll(5000)]))
ts = [threading.Thread(target=poller, args=(p, n)) for p, n in ((p1, "p1"), (p2, "p2"))]
for t in ts: t.start()
time.sleep(0.05)
b.sendto(b"y", a.getsockname())
for t in ts: t.join()
print(sorted(res))
print(a.recv(10))

# a stream socket: two readers; data for both arrives in two pieces
s1, s2 = socket.socketpair()
out = []
def sreader():
    out.append(s1.recv(1))
ts = [threading.Thread(target=sreader) for i in range(2)]
for t in ts: t.start()
time.sleep(0.05)
s2.send(b"A")
time.sleep(0.05)
s2.send(b"B")
for t in ts: t.join()
print(sorted(out))

# timeouts of one waiter do not disturb the other
a.settimeout(0.05)
res = []
def timed():
    try:
        a.recv(10)
    except TimeoutError as e:
        res.append("timeout")
def patient():
    a2 = socket.socket(fileno=a.fileno())   # same fd, blocking
    a2.settimeout(None)
    res.append(a2.recv(10))
    a2.detach()
t1 = threading.Thread(target=timed); t2 = threading.Thread(target=patient)
t1.start(); t2.start()
time.sleep(0.2)
b.sendto(b"late", a.getsockname())
t1.join(); t2.join()
print(res)

a.close(); b.close(); s1.close(); s2.close()
