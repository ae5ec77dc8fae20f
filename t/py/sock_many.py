# 1,000 concurrent connections served by 1,000 threads in one process.
import socket, threading
try:
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
except ImportError:
    pass

N = 1000
srv = socket.create_server(("127.0.0.1", 0), backlog=N)
port = srv.getsockname()[1]
served = []
lock = threading.Lock()
all_in = threading.Event()

def handle(c):
    with c:
        d = c.recv(100)
        c.sendall(b"echo:" + d)
        with lock:
            served.append(1)

def serve():
    for _ in range(N):
        c, _ = srv.accept()
        threading.Thread(target=handle, args=(c,)).start()

ok = []
conns = []
def client(i):
    s = socket.create_connection(("127.0.0.1", port))
    conns.append(s)
    all_in.wait()            # every client connected before anyone talks
    s.sendall(b"%d" % i)
    r = s.recv(100)
    ok.append(r == b"echo:%d" % i)
    s.close()

st = threading.Thread(target=serve)
st.start()
cs = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in cs: t.start()
while len(conns) < N:
    import time; time.sleep(0.01)
print("connected", len(conns))
all_in.set()
for t in cs: t.join()
st.join()
srv.close()
print("served", len(served), "ok", sum(ok))
