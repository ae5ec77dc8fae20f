# Module-level helpers: constants, byte order, address conversion, name
# resolution of numeric and local names (no network), errors.
import socket

print(repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.AF_UNIX))
print(repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM), socket.SOCK_STREAM + 0)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.htons(0x1234) == 0x3412, socket.ntohs(socket.htons(80)), socket.htonl(1) == 1 << 24, socket.ntohl(socket.htonl(7)))
try:
    socket.htons(70000)
except OverflowError as e:
    print("OverflowError")
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
for bad in ("1.2.3.x", "300.1.1.1"):
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError as e:
        print(type(e).__name__, e)
print(socket.gethostbyname("127.0.0.1"))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "80", socket.AF_INET6, socket.SOCK_DGRAM))
try:
    socket.getaddrinfo("not an address", 80, 0, 0, 0, socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print("gaierror", e.errno == socket.EAI_NONAME, issubclass(socket.gaierror, OSError))
print(isinstance(socket.gethostname(), str))
print(socket.getdefaulttimeout())
with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
    s.bind(("::1", 0))
    print(s.getsockname()[0], len(s.getsockname()))
    print(repr(s.family), repr(s.type), s.proto)
with socket.socket() as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 70000))
    except OverflowError as e:
        print(e)
    try:
        s.send("text")
    except TypeError as e:
        print(e)
    d = s.dup()
    print(d.fileno() != s.fileno(), d.family == s.family)
    d.close()
s2 = socket.socket()
fd = s2.detach()
print(s2.fileno(), fd >= 0)
s3 = socket.socket(fileno=fd)
print(repr(s3.family), repr(s3.type))
s3.close()
print(socket.timeout is TimeoutError, socket.error is OSError)
# a name goes through the worker thread (local /etc/hosts name only)
print(sorted({sa[0] for *_, sa in socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)}))
print(socket.gethostbyname("localhost"))
