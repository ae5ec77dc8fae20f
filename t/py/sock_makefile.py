# makefile: a line protocol over text and binary file objects.
import socket, threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]

def serve():
    c, _ = srv.accept()
    with c, c.makefile("rw", encoding="utf-8", newline="\n") as f:
        for line in f:
            cmd = line.rstrip("\n")
            if cmd == "quit":
                f.write("bye\n")
                f.flush()
                break
            f.write("%d %s\n" % (len(cmd), cmd.upper()))
            f.flush()

t = threading.Thread(target=serve)
t.start()
s = socket.create_connection(("127.0.0.1", port))
r = s.makefile("rb")
w = s.makefile("wb")
for word in ["alpha", "beta gamma", "", "déjà vu"]:
    w.write(word.encode() + b"\n")
    w.flush()
    print(r.readline())
w.write(b"quit\n")
w.flush()
print(r.readline(), r.readline())
r.close(); w.close(); s.close()
t.join()
srv.close()
