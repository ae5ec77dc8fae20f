# Echo server, one thread per connection: runs under pyvm and python3.
#   server.py PORT
import socket, sys, threading

def handle(c):
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    recv, send = c.recv, c.sendall
    try:
        while True:
            d = recv(65536)
            if not d:
                break
            send(d)
    except OSError:
        pass            # the client went away (it closes with data in flight)
    c.close()

srv = socket.create_server(("127.0.0.1", int(sys.argv[1])), backlog=4096)
while True:
    c, _ = srv.accept()
    threading.Thread(target=handle, args=(c,), daemon=True).start()
