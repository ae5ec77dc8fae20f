# AF_UNIX: a socketpair between two threads and a stream server on a path.
import socket, threading

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, b.type == socket.SOCK_STREAM)
def pong():
    for _ in range(3):
        b.sendall(b"pong:" + b.recv(100))
t = threading.Thread(target=pong)
t.start()
for i in range(3):
    a.sendall(b"%d" % i)
    print(a.recv(100))
t.join()
a.close(); b.close()

# bind("") autobinds a Linux abstract address: no file to clean up
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind("")
srv.listen()
path = srv.getsockname()
print(type(path).__name__, path[:1])
def serve():
    c, _ = srv.accept()
    with c:
        c.sendall(c.recv(100).upper())
t = threading.Thread(target=serve)
t.start()
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
    s.connect(path)
    s.sendall(b"over a unix socket")
    print(s.recv(100))
t.join()
srv.close()
