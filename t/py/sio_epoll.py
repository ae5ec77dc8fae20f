import select, socket, threading, time, os
print([n for n in dir(select) if 'EPOLL' in n])
print(select.EPOLLET, select.EPOLLEXCLUSIVE, select.EPOLL_CLOEXEC)
ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() > 2)
a, b = socket.socketpair()
ep.register(a, select.EPOLLIN)
print(ep.poll(0))
print(ep.poll(0.01))
b.send(b"x")
print([(fd == a.fileno(), ev) for fd, ev in ep.poll(1)])
try:
    ep.register(a.fileno())
except OSError as e:
    print(type(e).__name__, e)
ep.modify(a, select.EPOLLIN | select.EPOLLET)
print(len(ep.poll(0)))
print(len(ep.poll(0)))   # edge: no new edge
b.send(b"y")
print(len(ep.poll(0)))
ep.unregister(a)
try:
    ep.unregister(a)
except OSError as e:
    print(type(e).__name__, e)
try: ep.poll(1, 0)
except ValueError as e: print(e)
try: ep.poll("x")
except TypeError as e: print(e)
# green threads
ep.register(a, select.EPOLLIN)
a.recv(10)
order = []
def waiter():
    order.append("wait")
    r = ep.poll(5)
    order.append(("ready", len(r)))
def ticker():
    for i in range(3):
        order.append(("tick", i))
        time.sleep(0.01)
    b.send(b"z")
t1 = threading.Thread(target=waiter); t2 = threading.Thread(target=ticker)
t1.start(); t2.start(); t1.join(); t2.join()
print(order)
with select.epoll() as e2:
    fd = e2.fileno()
    e3 = select.epoll.fromfd(os.dup(fd))
    print(type(e3).__name__, e3.closed)
    e3.close()
print(e2.closed, e3.closed)
try: e2.poll()
except ValueError as e: print(e)
try: e2.fileno()
except ValueError as e: print(e)
e2.close()
ep.close(); ep.close()
print(ep.closed)
try: select.epoll(0)
except ValueError as e: print(e)
try: select.epoll(flags=5)
except OSError as e: print(e)
print(select.epoll(flags=select.EPOLL_CLOEXEC).closed)
