# An echo server (one thread per connection) and several clients, all in
# one program on 127.0.0.1.
import socket, threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)

def handle(c):
    with c:
        while True:
            d = c.recv(1024)
            if not d:
                break
            c.sendall(d)

def serve(n):
    for _ in range(n):
        c, addr = srv.accept()
        assert addr[0] == "127.0.0.1"
        threading.Thread(target=handle, args=(c,)).start()

N = 5
results = {}
def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        got = []
        for k in range(20):
            msg = b"client %d msg %d;" % (i, k)
            s.sendall(msg)
            buf = b""
            while len(buf) < len(msg):
                buf += s.recv(len(msg) - len(buf))
            got.append(buf == msg)
        big = bytes(range(256)) * 1000
        s.sendall(big)
        s.shutdown(socket.SHUT_WR)
        back = b""
        while True:
            d = s.recv(65536)
            if not d:
                break
            back += d
        results[i] = (all(got), back == big)

st = threading.Thread(target=serve, args=(N,))
st.start()
cs = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in cs: t.start()
for t in cs: t.join()
st.join()
srv.close()
for i in sorted(results):
    print(i, results[i])
print(repr(srv)[:30])
