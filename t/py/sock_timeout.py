# Timeouts raise TimeoutError('timed out') and leave the socket usable;
# connection errors are the right OSError subclasses.
import socket, threading

print(socket.timeout is TimeoutError, socket.getdefaulttimeout())
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
srv.settimeout(0.05)
print(srv.gettimeout(), srv.getblocking())
try:
    srv.accept()
except socket.timeout as e:
    print("accept:", type(e).__name__, e)

a = socket.create_connection(("127.0.0.1", port), timeout=5)
srv.settimeout(None)
b, _ = srv.accept()
print(b.gettimeout(), a.gettimeout())
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print("recv:", e)
b.sendall(b"late data")
print("after timeout:", a.recv(10))

a.setblocking(False)
print(a.getblocking(), a.gettimeout())
try:
    a.recv(10)
except BlockingIOError as e:
    print("non-blocking:", type(e).__name__, e.errno)
a.close(); b.close()

srv.close()
c = socket.socket()
print("connect_ex:", c.connect_ex(("127.0.0.1", port)))
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("connect:", type(e).__name__, e.errno)
try:
    c.recv(1)
except OSError as e:
    print("closed:", type(e).__name__, e.errno)

socket.setdefaulttimeout(0.5)
d = socket.socket()
print(d.gettimeout())
d.close()
socket.setdefaulttimeout(None)
