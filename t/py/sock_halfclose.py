# Half-closed connections: the client shuts down its sending side, the
# server reads to EOF and still answers; then the server closes.
import socket, threading

log = []
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]

def serve():
    c, _ = srv.accept()
    data = b""
    while True:
        d = c.recv(7)
        if not d:
            break
        data += d
    log.append(("server got", data, "then EOF"))
    c.sendall(b"total %d bytes" % len(data))
    c.shutdown(socket.SHUT_WR)
    log.append(("server recv after EOF:", c.recv(10)))
    c.close()

t = threading.Thread(target=serve)
t.start()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"first part, ")
s.sendall(b"second part")
s.shutdown(socket.SHUT_WR)
try:
    s.send(b"more")
except BrokenPipeError as e:
    print("send after SHUT_WR:", type(e).__name__, e.errno == 32)
reply = b""
while True:
    d = s.recv(100)
    if not d:
        break
    reply += d
print("client got", reply)
t.join()
for entry in log:
    print(*entry)
s.close()
srv.close()
