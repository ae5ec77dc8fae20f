"""select: select(), poll() and epoll() over one C primitive,
_select.wait(pairs, timeout), which parks only the calling green thread
until one of the fds is ready (modules/select.c)."""

import _select
from _select import POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, \
    POLLRDNORM, POLLWRNORM

error = OSError

if hasattr(_select, "epoll"):
    from _select import EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLERR, EPOLLHUP, EPOLLET, \
        EPOLLONESHOT, EPOLLEXCLUSIVE, EPOLLRDHUP, EPOLLRDNORM, EPOLLRDBAND, \
        EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLL_CLOEXEC


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _timeout(t, scale=1.0):
    if t is None:
        return None
    if not isinstance(t, (int, float)):
        raise TypeError("timeout must be an integer or None")
    t = t * scale
    return 0 if t < 0 and scale == 1.0 else (None if t < 0 else t)


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    events = {}
    objs = {}
    for lst, ev in ((rlist, POLLIN), (wlist, POLLOUT), (xlist, POLLPRI)):
        for o in lst:
            fd = _fd(o)
            events[fd] = events.get(fd, 0) | ev
    pairs = list(events.items())
    res = _select.wait(pairs, timeout) if pairs else None
    if not pairs and timeout is not None:
        import time
        time.sleep(timeout)
    if res is None:
        return [], [], []
    ready = dict(res)
    bad = POLLERR | POLLHUP
    r = [o for o in rlist if ready.get(_fd(o), 0) & (POLLIN | bad)]
    w = [o for o in wlist if ready.get(_fd(o), 0) & (POLLOUT | POLLERR)]
    x = [o for o in xlist if ready.get(_fd(o), 0) & POLLPRI]
    for fd, rev in res:
        if rev & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
    return r, w, x


class poll:
    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fd(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fd(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fd(fd)]

    def poll(self, timeout=None):
        t = None if timeout is None or timeout < 0 else timeout / 1000.0
        pairs = list(self._fds.items())
        if not pairs:
            if t:
                import time
                time.sleep(t)
            return []
        res = _select.wait(pairs, t)
        return [] if res is None else res


if hasattr(_select, "epoll"):
    class epoll(_select.epoll):
        """select.epoll: a real epoll fd (modules/select_epoll.c); poll()
        waits in the calling green thread only."""
        __slots__ = ()

        def poll(self, timeout=None, maxevents=-1):
            r = self._poll(timeout, maxevents)
            return [] if r is None else r

    epoll.__module__ = "select"
