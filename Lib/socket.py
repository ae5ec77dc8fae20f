"""socket: the Python layer over _socket (modules/socket.c).

recv/send and friends are the C methods themselves (inherited, no Python
frame in between): they soft-block only the calling green thread. This
layer adds accept() returning socket objects, dup, makefile, the context
manager and the module-level helpers."""

import _socket
from _socket import *

timeout = TimeoutError
error = OSError
_GLOBAL_DEFAULT_TIMEOUT = object()



class _IntConst(int):
    """int with a CPython-like enum repr (AddressFamily, SocketKind)."""
    _names = None

    @property
    def name(self):
        return self._names.get(int(self))

    def __repr__(self):
        n = self._names.get(int(self))
        if n is None:
            return int.__repr__(self)
        return "<%s.%s: %d>" % (type(self).__name__, n, self)

    __str__ = int.__repr__


class AddressFamily(_IntConst):
    _names = {}


class SocketKind(_IntConst):
    _names = {}


def _enumify(prefix, cls):
    g = globals()
    for k, v in list(vars(_socket).items()):
        if k.startswith(prefix) and isinstance(v, int):
            cls._names.setdefault(v, k)
            g[k] = cls(v)


_enumify("AF_", AddressFamily)
_enumify("SOCK_", SocketKind)


def _af(v):
    return AddressFamily(v) if v in AddressFamily._names else v


def _kind(v):
    return SocketKind(v) if v in SocketKind._names else v


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolved on a worker thread: only the calling green thread waits."""
    return [(_af(f), _kind(t), p, c, sa) for f, t, p, c, sa in
            _socket.getaddrinfo(host, port, family, type, proto, flags)]


__all__ = ["socket", "create_connection", "create_server", "socketpair",
           "getfqdn", "fromfd", "SocketIO"]


class socket(_socket.socket):

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    family = property(lambda self: _af(_socket.socket.family.__get__(self)))
    type = property(lambda self: _kind(_socket.socket.type.__get__(self)))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        s = "<%s.%s%s fd=%i, family=%i, type=%i, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family,
            self.type, self.proto)
        if not closed:
            try:
                s += ", laddr=%s" % (self.getsockname(),)
            except OSError:
                pass
            try:
                s += ", raddr=%s" % (self.getpeername(),)
            except OSError:
                pass
        return s + ">"

    def dup(self):
        fd = _socket.dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None,
                 errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        raw = SocketIO(self, ("r" if reading else "") + ("w" if writing else ""))
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = 8192
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buf = _Buffered(raw, buffering, reading, writing)
        if binary:
            return buf
        return _Text(buf, encoding or "utf-8", errors or "strict", newline)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self):
        _socket.socket.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return _socket.socket.detach(self)


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _socket.dup(fd))


class SocketIO:
    """Raw I/O on a socket (what makefile(buffering=0) returns)."""

    def __init__(self, sock, mode):
        self._sock = sock
        self._reading = "r" in mode
        self._writing = "w" in mode
        self.mode = mode + "b"
        self.closed = False

    def readinto(self, b):
        self._check()
        return self._sock.recv_into(b)

    def read(self, n=-1):
        self._check()
        if n is None or n < 0:
            chunks = []
            while True:
                data = self._sock.recv(65536)
                if not data:
                    return b"".join(chunks)
                chunks.append(data)
        return self._sock.recv(n)

    def write(self, b):
        self._check()
        return self._sock.send(b)

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    def flush(self):
        pass

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if self.closed:
            return
        self.closed = True
        self._sock._decref_socketios()
        self._sock = None

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class _Buffered:
    """Buffered binary stream over SocketIO: read, readline, write, flush,
    iteration, as io.BufferedRWPair would."""

    def __init__(self, raw, size, reading, writing):
        self.raw = raw
        self._size = size
        self._rbuf = b""
        self._wbuf = []
        self._wlen = 0
        self._reading = reading
        self._writing = writing

    @property
    def closed(self):
        return self.raw.closed

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def fileno(self):
        return self.raw.fileno()

    def _fill(self):
        data = self.raw._sock.recv(self._size)
        if data:
            self._rbuf += data
        return data

    def read(self, n=-1):
        self.raw._check()
        if n is None or n < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b""
            return data
        while len(self._rbuf) < n and self._fill():
            pass
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return data

    def read1(self, n=-1):
        self.raw._check()
        if not self._rbuf:
            self._fill()
        if n is None or n < 0:
            n = len(self._rbuf)
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return data

    def readline(self, limit=-1):
        self.raw._check()
        start = 0
        while True:
            i = self._rbuf.find(b"\n", start)
            if i >= 0:
                i += 1
                break
            if 0 <= limit <= len(self._rbuf):
                break
            start = len(self._rbuf)
            if not self._fill():
                i = len(self._rbuf)
                break
        if 0 <= limit < i:
            i = limit
        line, self._rbuf = self._rbuf[:i], self._rbuf[i:]
        return line

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self.raw._check()
        b = bytes(b)
        self._wbuf.append(b)
        self._wlen += len(b)
        if self._wlen >= self._size:
            self.flush()
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._wbuf:
            data = b"".join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self.raw._sock.sendall(data)

    def close(self):
        if not self.raw.closed:
            try:
                if self._writing:
                    self.flush()
            finally:
                self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class _Text:
    """Text stream over _Buffered (line protocols)."""

    def __init__(self, buffer, encoding, errors, newline):
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline

    @property
    def closed(self):
        return self.buffer.closed

    def fileno(self):
        return self.buffer.fileno()

    def _decode(self, b):
        s = b.decode(self.encoding, self.errors)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, n=-1):
        if n is None or n < 0:
            return self._decode(self.buffer.read())
        return self._decode(self.buffer.read(n))

    def readline(self, limit=-1):
        return self._decode(self.buffer.readline(limit))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        t = s
        if self._newline not in (None, "", "\n"):
            t = t.replace("\n", self._newline)
        self.buffer.write(t.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    host, port = address
    errors = []
    for family, type_, proto, _canon, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, type_, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except OSError as exc:
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        raise errors[0]
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        if family in (AF_INET, AF_INET6):
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, "%s (while attempting to bind on address %r)"
                          % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getfqdn(name=""):
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        for _f, _t, _p, canon, _sa in getaddrinfo(name, None, 0, SOCK_STREAM, 0, AI_CANONNAME):
            if canon and "." in canon:
                return canon
            break
    except OSError:
        pass
    return name
