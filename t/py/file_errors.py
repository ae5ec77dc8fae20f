def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "errno", None), getattr(e, "filename", None))
t(lambda: open("/nonexistent/dir/file.txt"))
t(lambda: open("/tmp/pyvm_nonexistent_file_xyz"))
t(lambda: open("/tmp", "w"))
t(lambda: open("/tmp"))
t(lambda: open("/tmp/x", "rw"))
t(lambda: open("/tmp/x", "rr"))
t(lambda: open("/tmp/x", "q"))
t(lambda: open("/tmp/x", "rbt"))
t(lambda: open("/tmp/x", "b"))
t(lambda: open("/tmp/x", "wb", encoding="utf-8"))
t(lambda: open("/tmp/x", "w", buffering=0))
t(lambda: open("/tmp/x", "w", newline="x"))
t(lambda: open("/tmp/x", "w", encoding="nope"))
t(lambda: open(3.5))
t(lambda: open("/tmp/a\0b"))
P = "/tmp/pyvm_t_file_err.txt"
with open(P, "w") as f:
    t(lambda: f.read())
with open(P) as f:
    t(lambda: f.write("x"))
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(-1))
    t(lambda: f.read("x"))
import io
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
f = open(P)
f.close()
t(lambda: f.readline())
t(lambda: f.fileno())
t(lambda: next(iter(f)))
t(lambda: f.closed)
