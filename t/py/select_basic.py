# select.select / poll on sockets, blocking only the calling thread.
import select, socket, threading, time

a, b = socket.socketpair()
c, d = socket.socketpair()
print(select.select([a, c], [], [], 0))
r, w, x = select.select([a, c], [a], [], 0)
print(r, w == [a], x)

def later():
    time.sleep(0.05)
    d.sendall(b"wake")
t = threading.Thread(target=later)
t.start()
r, w, x = select.select([a, c], [], [])
print([s is c for s in r], c.recv(10))
t.join()
print(select.select([a], [], [], 0.02))

p = select.poll()
p.register(a, select.POLLIN)
p.register(c.fileno(), select.POLLIN)
print(p.poll(0))
b.sendall(b"x")
print(p.poll(1000) == [(a.fileno(), select.POLLIN)])
for s in (a, b, c, d):
    s.close()
