# 1,000 concurrent connections served by 1,000 threads in one process.
import socket, threading
try:
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))
except ImportError:
    # no resource module (pyvm): setrlimit through ctypes, Linux numbering
    try:
        import ctypes
        class rlimit(ctypes.Structure):
            _fields_ = [("cur", ctypes.c_ulong), ("max", ctypes.c_ulong)]
        libc = ctypes.CDLL(None)
        lim = rlimit()
        RLIMIT_NOFILE = 7
        if libc.getrlimit(RLIMIT_NOFILE, ctypes.byref(lim)) == 0 and lim.cur < 2200:
            lim.cur = min(lim.max, 4096)
            libc.setrlimit(RLIMIT_NOFILE, ctypes.byref(lim))
    except Exception:
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
    srv.settimeout(20)          # bounded even if clients could not connect
    handlers = []
    try:
        for _ in range(N):
            c, _ = srv.accept()
            h = threading.Thread(target=handle, args=(c,))
            h.start()
            handlers.append(h)
    except TimeoutError:
        print("server gave up waiting")
    for h in handlers:
        h.join()

ok = []
conns = []
failed = []
def client(i):
    try:
        s = socket.create_connection(("127.0.0.1", port))
    except OSError as e:         # e.g. out of fds: reported, not hung
        failed.append(e.errno)
        return
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
import time
while len(conns) + len(failed) < N:
    time.sleep(0.01)
print("connected", len(conns), "failed", len(failed))
all_in.set()
for t in cs: t.join()
st.join()
srv.close()
print("served", len(served), "ok", sum(ok))
