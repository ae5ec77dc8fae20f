# Clients that vanish (SO_LINGER 0: RST) while the server writes: the
# serving thread gets an exception, the server keeps serving.
import socket, sys, threading, time

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
errors = []
done = threading.Event()

def handle(c, i):
    try:
        with c:
            c.recv(10)
            chunk = b"x" * 65536
            while True:
                c.sendall(chunk)
    except (ConnectionResetError, BrokenPipeError) as e:
        errors.append((i, "reset"))

def serve():
    threads = []
    for i in range(3):
        c, _ = srv.accept()
        t = threading.Thread(target=handle, args=(c, i))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    # still serving after the resets
    c, _ = srv.accept()
    with c:
        c.sendall(b"still here")
    done.set()

st = threading.Thread(target=serve)
st.start()
for i in range(3):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"go")
    s.recv(1000)             # the server is writing now
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (1).to_bytes(4, sys.byteorder) + bytes(4))
    s.close()
s = socket.create_connection(("127.0.0.1", port))
print(s.recv(100))
s.close()
st.join()
srv.close()
print(sorted(errors))
