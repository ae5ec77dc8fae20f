# Several threads blocked in select()/poll()/epoll() on different fds at
# once; each wakes when one of its own fds is ready, and a select with a
# timeout returns empty lists.
import select, socket, threading, time

pairs = [socket.socketpair() for _ in range(6)]
log = []
lock = threading.Lock()

def waiter(name, socks):
    r, w, x = select.select(socks, [], [], 5)
    with lock:
        log.append((name, [pairs_index(s) for s in r], r[0].recv(10)))

def pairs_index(s):
    for i, (a, b) in enumerate(pairs):
        if s is a:
            return i

ths = [threading.Thread(target=waiter, args=("A", [pairs[0][0], pairs[1][0]])),
       threading.Thread(target=waiter, args=("B", [pairs[2][0], pairs[3][0]])),
       threading.Thread(target=waiter, args=("C", [pairs[4][0], pairs[5][0]]))]
for t in ths:
    t.start()
time.sleep(0.05)
for i in (3, 0, 5):            # wake B, then A, then C
    pairs[i][1].sendall(b"to %d" % i)
    time.sleep(0.05)
for t in ths:
    t.join()
for entry in log:
    print(entry)

t0 = time.monotonic()
print(select.select([pairs[1][0], pairs[2][0]], [], [], 0.1), time.monotonic() - t0 >= 0.09)

ep = select.epoll()
ep.register(pairs[1][0].fileno(), select.EPOLLIN)
ep.register(pairs[2][0], select.EPOLLIN)
def late():
    time.sleep(0.05)
    pairs[2][1].sendall(b"e")
t = threading.Thread(target=late)
t.start()
print(ep.poll(5) == [(pairs[2][0].fileno(), select.EPOLLIN)])
t.join()
ep.unregister(pairs[1][0])
try:
    ep.unregister(pairs[1][0])
except FileNotFoundError as e:
    print("unregister twice:", type(e).__name__)
ep.close()
print(ep.closed)
for a, b in pairs:
    a.close(); b.close()
