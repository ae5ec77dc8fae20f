# UDP round trip on 127.0.0.1: sendto/recvfrom/recvfrom_into.
import socket, threading

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("127.0.0.1", 0))
addr = srv.getsockname()
print(srv.type == socket.SOCK_DGRAM)

def serve():
    for _ in range(3):
        data, peer = srv.recvfrom(1024)
        srv.sendto(data[::-1], peer)

t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.bind(("127.0.0.1", 0))
for msg in (b"hello", b"datagram", b"xyz"):
    c.sendto(msg, addr)
    data, peer = c.recvfrom(1024)
    print(data, peer == addr)
t.join()
c.sendto(b"into", c.getsockname())
buf = bytearray(10)
n, peer = c.recvfrom_into(buf)
print(n, bytes(buf[:n]), peer == c.getsockname())
c.close()
srv.close()
