/* socket.c: the _socket module's socket type. The fd is always
 * non-blocking underneath; a call that would block parks only the calling
 * green thread on the poller (vm/iowait.c) and finishes when the fd is
 * ready. A timeout is a deadline on that wait; "non-blocking" mode
 * (timeout 0) raises BlockingIOError instead of waiting. Lib/socket.py
 * subclasses this type (accept, makefile, dup, the context manager). */
#define _GNU_SOURCE
#include "socket.h"
#include "../vm/str_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SOCK(v) ((PvSocket *)(v))

int64_t pv_socket_default_timeout = -1;

static int check_open(PvSocket *s)
{
    if (s->fd < 0) {
        pv_raise_errno(EBADF);
        return -1;
    }
    return 0;
}

static int64_t deadline_of(PvSocket *s)
{
    return s->timeout_ns > 0 ? pv_clock_ns() + s->timeout_ns : -1;
}

/* Park on fd (or wait for real). close() wakes the parked threads
 * through the poller (pv_poll_close). */
static Value park(PvSocket *s, uint32_t ev, Value req, int64_t deadline, PvIoOp op, const char *name)
{
    return pv_io_wait(s->fd, ev, req, deadline, op, (Value)s, name);
}

/* After op said EAGAIN: fail (non-blocking mode) or wait. */
static Value wait_for(PvSocket *s, uint32_t ev, Value req, PvIoOp op, const char *name)
{
    if (s->timeout_ns == 0)
        return pv_raise_errno(EAGAIN);
    return park(s, ev, req, deadline_of(s), op, name);
}

static bool would_block(int e) { return e == EAGAIN || e == EWOULDBLOCK || e == EINTR; }

/* ---- construction ---- */

static int sock_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"family", "type", "proto", "fileno", NULL};
    PvSocket *s = SOCK(self);
    int family = -1, type = -1, proto = -1;
    Value fileno = pv_None;
    if (pv_parse_args("socket", args, nargs, kwnames, "|iiiO", kw, &family, &type, &proto, &fileno) < 0)
        return -1;
    if (fileno != pv_None) {
        int64_t fd;
        if (pv_int_to_i64(fileno, &fd) < 0)
            return -1;
        if (fd < 0) {
            pv_raise(&pv_exc_ValueError, "negative file descriptor");
            return -1;
        }
        PvSockAddr a;
        socklen_t len = sizeof a;
        int v;
        socklen_t vl = sizeof v;
        if (family < 0) {
            if (getsockname((int)fd, &a.sa, &len) < 0) {
                pv_raise_errno(errno);
                return -1;
            }
            family = a.sa.sa_family;
        }
        if (type < 0 && getsockopt((int)fd, SOL_SOCKET, SO_TYPE, &v, &vl) == 0)
            type = v;
        if (proto < 0 && getsockopt((int)fd, SOL_SOCKET, SO_PROTOCOL, &v, &(socklen_t){sizeof v}) == 0)
            proto = v;
        s->fd = (int)fd;
    } else {
        if (family < 0)
            family = AF_INET;
        if (type < 0)
            type = SOCK_STREAM;
        if (proto < 0)
            proto = 0;
        int fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            pv_raise_errno(errno);
            return -1;
        }
        s->fd = fd;
    }
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto < 0 ? 0 : proto;
    s->timeout_ns = pv_socket_default_timeout;
    if (pv_fd_set_nonblocking(s->fd, true) < 0) {
        pv_raise_errno(errno);
        return -1;
    }
    return 0;
}

static Value sock_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PvSocket *s = pv_alloc(type, type->basicsize);
    if (s)
        s->fd = -1;
    return (Value)s;
}

static void sock_mark(Value v)
{
    pv_gc_mark(SOCK(v)->dict);
}

static void sock_finalize(Value v)
{
    PvSocket *s = SOCK(v);
    if (s->fd >= 0) {
        pv_poll_forget(s->fd);
        close(s->fd);
        s->fd = -1;
    }
}

static Value sock_repr(Value self)
{
    PvSocket *s = SOCK(self);
    return pv_str_printf("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family,
                           s->type, s->proto);
}

/* ---- connection setup ---- */

static Value m_bind(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSocket *s = SOCK(self);
    PvSockAddr a;
    socklen_t len;
    if (pv_arg_one("bind", nargs, kwnames) < 0 || check_open(s) < 0 ||
        pv_sock_getaddr(s->family, args[0], &a, &len, "bind") < 0)
        return NULL;
    if (bind(s->fd, &a.sa, len) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value m_listen(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSocket *s = SOCK(self);
    int backlog = 128;
    if (pv_parse_args("listen", args, nargs, kwnames, "|i", NULL, &backlog) < 0 || check_open(s) < 0)
        return NULL;
    if (listen(s->fd, backlog < 0 ? 0 : backlog) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value accept_op(Value req, uint32_t ev)
{
    (void)ev;
    PvSocket *s = SOCK(req);
    if (check_open(s) < 0)
        return NULL;
    PvSockAddr a;
    socklen_t len = sizeof a;
    int fd = accept4(s->fd, &a.sa, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
        if (would_block(errno) || errno == ECONNABORTED)
            return NULL;
        return pv_raise_errno(errno);
    }
    Value addr = len ? pv_sock_makeaddr(&a.sa, len) : pv_None;
    if (!addr) {
        close(fd);
        return NULL;
    }
    return pv_tuple_pack(2, pv_small(fd), addr);
}

/* _accept() -> (fd, address); socket.accept wraps the fd. */
static Value m_accept(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("_accept", nargs, kwnames) < 0)
        return NULL;
    Value r = accept_op(self, 0);
    if (r || pv_err_occurred())
        return r;
    return wait_for(SOCK(self), PV_POLL_IN, self, accept_op, "_accept");
}

/* connect finished (or failed): SO_ERROR tells which. */
static Value connect_done(Value req, uint32_t ev)
{
    (void)ev;
    PvSocket *s = SOCK(pv_tuple_items(req)[0]);
    bool ex = pv_tuple_items(req)[1] == pv_True;
    int err = 0;
    socklen_t l = sizeof err;
    if (check_open(s) < 0)
        return NULL;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &l) < 0)
        err = errno;
    if (err == EINPROGRESS || err == EALREADY)
        return NULL;
    if (ex)
        return pv_small(err);
    if (err)
        return pv_raise_errno(err);
    return pv_None;
}

static Value do_connect(Value self, Value *args, size_t nargs, Value kwnames, bool ex)
{
    const char *name = ex ? "connect_ex" : "connect";
    PvSocket *s = SOCK(self);
    PvSockAddr a;
    socklen_t len;
    if (pv_arg_one(name, nargs, kwnames) < 0 || check_open(s) < 0 ||
        pv_sock_getaddr(s->family, args[0], &a, &len, name) < 0)
        return NULL;
    int r = connect(s->fd, &a.sa, len);
    int err = r < 0 ? errno : 0;
    if (err == EINPROGRESS || err == EINTR) {
        if (s->timeout_ns == 0)
            return ex ? pv_small(EINPROGRESS) : pv_raise_errno(EINPROGRESS);
        Value req = pv_tuple_pack(2, self, pv_bool(ex));
        if (!req)
            return NULL;
        return park(s, PV_POLL_OUT, req, deadline_of(s), connect_done, name);
    }
    if (ex)
        return pv_small(err);
    return err ? pv_raise_errno(err) : pv_None;
}

static Value m_connect(Value self, Value *args, size_t nargs, Value kwnames)
{
    return do_connect(self, args, nargs, kwnames, false);
}

static Value m_connect_ex(Value self, Value *args, size_t nargs, Value kwnames)
{
    return do_connect(self, args, nargs, kwnames, true);
}

/* ---- data ---- */

/* req for recv*: (sock, n, flags, buffer-or-None, with_addr) */
static Value recv_op(Value req, uint32_t ev)
{
    (void)ev;
    Value *it = pv_tuple_items(req);
    PvSocket *s = SOCK(it[0]);
    size_t n = (size_t)pv_small_val(it[1]);
    int flags = (int)pv_small_val(it[2]);
    Value into = it[3];
    bool with_addr = it[4] == pv_True;
    if (check_open(s) < 0)
        return NULL;
    char stack[65536], *heap = NULL, *buf = stack;
    if (into != pv_None) {
        const char *p;
        size_t cap;
        if (!pv_bytes_like(into, &p, &cap))
            return pv_raise(&pv_exc_TypeError, "recv_into() argument 'buffer' must be read-write bytes-like object, not %T", into);
        buf = (char *)p;
        if (n > cap)
            n = cap;
    } else if (n > sizeof stack && !(buf = heap = malloc(n))) {
        return pv_nomemory();
    }
    PvSockAddr a;
    socklen_t len = sizeof a;
    ssize_t r = with_addr ? recvfrom(s->fd, buf, n, flags, &a.sa, &len) : recv(s->fd, buf, n, flags);
    Value v = NULL;
    if (r < 0) {
        if (!would_block(errno))
            pv_raise_errno(errno);
    } else {
        v = into != pv_None ? pv_small(r) : pv_bytes_new(buf, (size_t)r);
        if (v && with_addr) {
            Value addr = len ? pv_sock_makeaddr(&a.sa, len) : pv_None;
            v = addr ? pv_tuple_pack(2, v, addr) : NULL;
        }
    }
    free(heap);
    return v;
}

static Value do_recv(Value self, const char *name, Value into, int64_t n, int flags, bool with_addr)
{
    PvSocket *s = SOCK(self);
    if (check_open(s) < 0)
        return NULL;
    if (n < 0)
        return pv_raise(&pv_exc_ValueError, into ? "negative buffersize in %s" : "negative buffersize in %s", name);
    Value req = pv_tuple_pack(5, self, pv_small(n), pv_small(flags), into ? into : pv_None, pv_bool(with_addr));
    if (!req)
        return NULL;
    Value v = recv_op(req, 0);
    if (v || pv_err_occurred())
        return v;
    return wait_for(s, PV_POLL_IN, req, recv_op, name);
}

static Value m_recv(Value self, Value *args, size_t nargs, Value kwnames)
{
    int64_t n;
    int flags = 0;
    if (pv_parse_args("recv", args, nargs, kwnames, "L|i", NULL, &n, &flags) < 0)
        return NULL;
    return do_recv(self, "recv", NULL, n, flags, false);
}

static Value m_recvfrom(Value self, Value *args, size_t nargs, Value kwnames)
{
    int64_t n;
    int flags = 0;
    if (pv_parse_args("recvfrom", args, nargs, kwnames, "L|i", NULL, &n, &flags) < 0)
        return NULL;
    return do_recv(self, "recvfrom", NULL, n, flags, true);
}

static Value recv_into_common(Value self, Value *args, size_t nargs, Value kwnames, const char *name,
                              bool with_addr)
{
    static const char *const kw[] = {"buffer", "nbytes", "flags", NULL};
    Value buf;
    int64_t n = 0;
    int flags = 0;
    if (pv_parse_args(name, args, nargs, kwnames, "O|Li", kw, &buf, &n, &flags) < 0)
        return NULL;
    const char *p;
    size_t cap;
    if (pv_isinst(buf, &pv_bytes_type) || !pv_bytes_like(buf, &p, &cap))
        return pv_raise(&pv_exc_TypeError, "%s() argument 'buffer' must be read-write bytes-like object, not %T",
                        name, buf);
    if (pv_is_type(buf, &pv_memoryview_type)) {
        Value ro = pv_getattr_str(buf, "readonly");
        if (!ro)
            return NULL;
        if (ro == pv_True)
            return pv_raise(&pv_exc_TypeError, "%s() argument 'buffer' must be read-write bytes-like object, not memoryview", name);
    }
    if (n < 0)
        return pv_raise(&pv_exc_ValueError, "negative buffersize in %s", name);
    if ((size_t)n > cap)
        return pv_raise(&pv_exc_ValueError, "buffer too small for requested bytes");
    return do_recv(self, name, buf, n ? n : (int64_t)cap, flags, with_addr);
}

static Value m_recv_into(Value self, Value *args, size_t nargs, Value kwnames)
{
    return recv_into_common(self, args, nargs, kwnames, "recv_into", false);
}

static Value m_recvfrom_into(Value self, Value *args, size_t nargs, Value kwnames)
{
    return recv_into_common(self, args, nargs, kwnames, "recvfrom_into", true);
}

/* req for send*: [sock, data, flags, sent, all, addr-or-None] (a list:
 * sendall keeps its progress in it across wake-ups) */
enum { SQ_SOCK, SQ_DATA, SQ_FLAGS, SQ_SENT, SQ_ALL, SQ_ADDR, SQ_N };

static Value send_op(Value req, uint32_t ev)
{
    (void)ev;
    Value *it = ((PvList *)req)->items;
    PvSocket *s = SOCK(it[SQ_SOCK]);
    if (check_open(s) < 0)
        return NULL;
    const char *p;
    size_t n;
    pv_bytes_like(it[SQ_DATA], &p, &n);
    int flags = (int)pv_small_val(it[SQ_FLAGS]) | MSG_NOSIGNAL;
    size_t sent = (size_t)pv_small_val(it[SQ_SENT]);
    bool all = it[SQ_ALL] == pv_True;
    for (;;) {
        ssize_t r;
        if (it[SQ_ADDR] != pv_None) {
            PvSockAddr a;
            socklen_t len;
            if (pv_sock_getaddr(s->family, it[SQ_ADDR], &a, &len, "sendto") < 0)
                return NULL;
            r = sendto(s->fd, p + sent, n - sent, flags, &a.sa, len);
        } else {
            r = send(s->fd, p + sent, n - sent, flags);
        }
        if (r < 0) {
            if (would_block(errno))
                return NULL;
            return pv_raise_errno(errno);
        }
        sent += (size_t)r;
        if (!all)
            return pv_small(r);
        it = ((PvList *)req)->items;
        it[SQ_SENT] = pv_small((int64_t)sent);
        if (sent >= n)
            return pv_None;
    }
}

static Value do_send(Value self, const char *name, Value data, int flags, bool all, Value addr)
{
    PvSocket *s = SOCK(self);
    const char *p;
    size_t n;
    if (check_open(s) < 0)
        return NULL;
    if (pv_is_str(data) || !pv_bytes_like(data, &p, &n))
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", data);
    Value req = pv_list_new(SQ_N);
    if (!req)
        return NULL;
    Value *it = ((PvList *)req)->items;
    it[SQ_SOCK] = self;
    it[SQ_DATA] = data;
    it[SQ_FLAGS] = pv_small(flags);
    it[SQ_SENT] = pv_small(0);
    it[SQ_ALL] = pv_bool(all);
    it[SQ_ADDR] = addr ? addr : pv_None;
    Value v = send_op(req, 0);
    if (v || pv_err_occurred())
        return v;
    return wait_for(s, PV_POLL_OUT, req, send_op, name);
}

static Value m_send(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value data;
    int flags = 0;
    if (pv_parse_args("send", args, nargs, kwnames, "O|i", NULL, &data, &flags) < 0)
        return NULL;
    return do_send(self, "send", data, flags, false, NULL);
}

static Value m_sendall(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value data;
    int flags = 0;
    if (pv_parse_args("sendall", args, nargs, kwnames, "O|i", NULL, &data, &flags) < 0)
        return NULL;
    return do_send(self, "sendall", data, flags, true, NULL);
}

static Value m_sendto(Value self, Value *args, size_t nargs, Value kwnames)
{
    int flags = 0;
    if (pv_check_no_kwargs("sendto", kwnames) < 0 || pv_check_nargs("sendto", nargs, 2, 3) < 0)
        return NULL;
    if (nargs == 3) {
        int64_t f;
        if (pv_int_to_i64(args[1], &f) < 0)
            return NULL;
        flags = (int)f;
    }
    return do_send(self, "sendto", args[0], flags, false, args[nargs - 1]);
}

/* ---- the rest ---- */

static Value m_shutdown(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSocket *s = SOCK(self);
    int how;
    if (pv_parse_args("shutdown", args, nargs, kwnames, "i", NULL, &how) < 0 || check_open(s) < 0)
        return NULL;
    if (shutdown(s->fd, how) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value m_close(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    PvSocket *s = SOCK(self);
    if (pv_arg_none("close", nargs, kwnames) < 0)
        return NULL;
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        pv_poll_close(fd); /* parked threads get EBADF, not a reused fd */
        if (close(fd) < 0 && errno != ECONNRESET)
            return pv_raise_errno(errno);
    }
    return pv_None;
}

static Value m_detach(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    PvSocket *s = SOCK(self);
    if (pv_arg_none("detach", nargs, kwnames) < 0)
        return NULL;
    int fd = s->fd;
    if (fd >= 0)
        pv_poll_close(fd);
    s->fd = -1;
    return pv_small(fd);
}

static Value m_fileno(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("fileno", nargs, kwnames) < 0)
        return NULL;
    return pv_small(SOCK(self)->fd);
}

static Value name_common(Value self, size_t nargs, Value kwnames, bool peer)
{
    PvSocket *s = SOCK(self);
    if (pv_arg_none(peer ? "getpeername" : "getsockname", nargs, kwnames) < 0 || check_open(s) < 0)
        return NULL;
    PvSockAddr a;
    socklen_t len = sizeof a;
    memset(&a, 0, sizeof a);
    if ((peer ? getpeername(s->fd, &a.sa, &len) : getsockname(s->fd, &a.sa, &len)) < 0)
        return pv_raise_errno(errno);
    if (s->family == AF_UNIX && len <= offsetof(struct sockaddr_un, sun_path))
        return pv_str_from_cstr("");
    return pv_sock_makeaddr(&a.sa, len);
}

static Value m_getsockname(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    return name_common(self, nargs, kwnames, false);
}

static Value m_getpeername(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    return name_common(self, nargs, kwnames, true);
}

static Value m_setsockopt(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSocket *s = SOCK(self);
    int level, opt;
    Value val;
    if (pv_parse_args("setsockopt", args, nargs, kwnames, "iiO", NULL, &level, &opt, &val) < 0 ||
        check_open(s) < 0)
        return NULL;
    int r;
    if (pv_is_int(val)) {
        int64_t x;
        if (pv_int_to_i64(val, &x) < 0)
            return NULL;
        int iv = (int)x;
        r = setsockopt(s->fd, level, opt, &iv, sizeof iv);
    } else {
        const char *p;
        size_t n;
        if (!pv_bytes_like(val, &p, &n))
            return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", val);
        r = setsockopt(s->fd, level, opt, p, (socklen_t)n);
    }
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value m_getsockopt(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSocket *s = SOCK(self);
    int level, opt, buflen = 0;
    if (pv_parse_args("getsockopt", args, nargs, kwnames, "ii|i", NULL, &level, &opt, &buflen) < 0 ||
        check_open(s) < 0)
        return NULL;
    if (!buflen) {
        int v = 0;
        socklen_t l = sizeof v;
        if (getsockopt(s->fd, level, opt, &v, &l) < 0)
            return pv_raise_errno(errno);
        return pv_small(v);
    }
    if (buflen < 0 || buflen > 1024)
        return pv_raise(&pv_exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t l = (socklen_t)buflen;
    if (getsockopt(s->fd, level, opt, buf, &l) < 0)
        return pv_raise_errno(errno);
    return pv_bytes_new(buf, l);
}

/* seconds (None: blocking) -> ns, as settimeout wants them */
int pv_socket_timeout_arg(Value v, int64_t *out)
{
    if (v == pv_None) {
        *out = -1;
        return 0;
    }
    double d;
    if (pv_float_as_double(v, &d) < 0)
        return -1;
    if (d < 0) {
        pv_raise(&pv_exc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = (int64_t)(d * 1e9);
    if (d > 0 && *out == 0)
        *out = 1;
    return 0;
}

static Value m_settimeout(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("settimeout", nargs, kwnames) < 0)
        return NULL;
    int64_t ns;
    if (pv_socket_timeout_arg(args[0], &ns) < 0)
        return NULL;
    SOCK(self)->timeout_ns = ns;
    return pv_None;
}

static Value timeout_value(int64_t ns) { return ns < 0 ? pv_None : pv_float_new((double)ns / 1e9); }

static Value m_gettimeout(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("gettimeout", nargs, kwnames) < 0)
        return NULL;
    return timeout_value(SOCK(self)->timeout_ns);
}

static Value m_setblocking(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("setblocking", nargs, kwnames) < 0)
        return NULL;
    int b = pv_truthy(args[0]);
    if (b < 0)
        return NULL;
    SOCK(self)->timeout_ns = b ? -1 : 0;
    return pv_None;
}

static Value m_getblocking(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("getblocking", nargs, kwnames) < 0)
        return NULL;
    return pv_bool(SOCK(self)->timeout_ns != 0);
}

static Value g_family(Value self) { return pv_small(SOCK(self)->family); }
static Value g_type(Value self) { return pv_small(SOCK(self)->type); }
static Value g_proto(Value self) { return pv_small(SOCK(self)->proto); }
static Value g_timeout(Value self) { return timeout_value(SOCK(self)->timeout_ns); }

static const PvMethodDef sock_methods[] = {
    {"bind", m_bind, 0, NULL},
    {"listen", m_listen, 0, NULL},
    {"_accept", m_accept, 0, NULL},
    {"connect", m_connect, 0, NULL},
    {"connect_ex", m_connect_ex, 0, NULL},
    {"recv", m_recv, 0, NULL},
    {"recvfrom", m_recvfrom, 0, NULL},
    {"recv_into", m_recv_into, 0, NULL},
    {"recvfrom_into", m_recvfrom_into, 0, NULL},
    {"send", m_send, 0, NULL},
    {"sendall", m_sendall, 0, NULL},
    {"sendto", m_sendto, 0, NULL},
    {"shutdown", m_shutdown, 0, NULL},
    {"close", m_close, 0, NULL},
    {"detach", m_detach, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"getsockname", m_getsockname, 0, NULL},
    {"getpeername", m_getpeername, 0, NULL},
    {"setsockopt", m_setsockopt, 0, NULL},
    {"getsockopt", m_getsockopt, 0, NULL},
    {"settimeout", m_settimeout, 0, NULL},
    {"gettimeout", m_gettimeout, 0, NULL},
    {"setblocking", m_setblocking, 0, NULL},
    {"getblocking", m_getblocking, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef sock_getsets[] = {
    {"family", g_family, NULL, NULL},
    {"type", g_type, NULL, NULL},
    {"proto", g_proto, NULL, NULL},
    {"timeout", g_timeout, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_socket_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "_socket.socket",
    .basicsize = sizeof(PvSocket),
    .flags = PV_TPFLAG_BASETYPE,
    .dictoffset = offsetof(PvSocket, dict),
    .methods = sock_methods,
    .getsets = sock_getsets,
    .mark = sock_mark,
    .finalize = sock_finalize,
    .repr = sock_repr,
    .new_ = sock_new,
    .init = sock_init,
};

/* ---- module functions ---- */

static Value s_getdefaulttimeout(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("getdefaulttimeout", nargs, kwnames) < 0)
        return NULL;
    return timeout_value(pv_socket_default_timeout);
}

static Value s_setdefaulttimeout(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    int64_t ns;
    if (pv_arg_one("setdefaulttimeout", nargs, kwnames) < 0 || pv_socket_timeout_arg(args[0], &ns) < 0)
        return NULL;
    pv_socket_default_timeout = ns;
    return pv_None;
}

/* socketpair(family, type, proto) -> (fd, fd); socket.py wraps them */
static Value s_socketpair(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if (pv_parse_args("socketpair", args, nargs, kwnames, "|iii", NULL, &family, &type, &proto) < 0)
        return NULL;
    int sv[2];
    if (socketpair(family, type | SOCK_CLOEXEC | SOCK_NONBLOCK, proto, sv) < 0)
        return pv_raise_errno(errno);
    return pv_tuple_pack(2, pv_small(sv[0]), pv_small(sv[1]));
}

static Value s_dup(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    int fd;
    if (pv_parse_args("dup", args, nargs, kwnames, "i", NULL, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_small(r);
}

static Value s_close(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    int fd;
    if (pv_parse_args("close", args, nargs, kwnames, "i", NULL, &fd) < 0)
        return NULL;
    pv_poll_forget(fd);
    if (close(fd) < 0 && errno != ECONNRESET)
        return pv_raise_errno(errno);
    return pv_None;
}

static const PvMethodDef sock_functions[] = {
    {"getdefaulttimeout", s_getdefaulttimeout, 0, NULL},
    {"setdefaulttimeout", s_setdefaulttimeout, 0, NULL},
    {"socketpair", s_socketpair, 0, NULL},
    {"dup", s_dup, 0, NULL},
    {"close", s_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value new_exc_class(const char *name, PvType *base)
{
    Value ns = pv_dict_new();
    if (!ns || pv_dict_set_str(ns, "__module__", pv_str_from_cstr("socket")) < 0)
        return NULL;
    Value args[3] = {pv_str_from_cstr(name), pv_tuple_pack(1, (Value)base), ns};
    if (!args[0] || !args[1])
        return NULL;
    return pv_call((Value)&pv_type_type, args, 3, NULL);
}

#define C(n) {#n, n}
static const struct { const char *name; int64_t v; } consts[] = {
    C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_UNSPEC),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_BROADCAST),
    C(SO_LINGER), C(SO_RCVBUF), C(SO_SNDBUF), C(SO_ERROR), C(SO_TYPE), C(SO_RCVLOWAT),
    C(SO_SNDLOWAT), C(SO_RCVTIMEO), C(SO_SNDTIMEO), C(SO_ACCEPTCONN),
    C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IP), C(IPPROTO_IPV6),
    C(TCP_NODELAY), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
    C(IPV6_V6ONLY), C(IP_TTL),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR), C(SOMAXCONN),
    C(MSG_PEEK), C(MSG_DONTWAIT), C(MSG_WAITALL), C(MSG_OOB), C(MSG_NOSIGNAL),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV),
    C(EAI_NONAME), C(EAI_AGAIN), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_SERVICE),
    {"INADDR_ANY", 0}, {"INADDR_LOOPBACK", 0x7f000001}, {"INADDR_BROADCAST", 0xffffffff},
    {NULL, 0},
};

Value pv_socket_module_init(void)
{
    static bool rooted;
    if (!rooted) {
        rooted = true;
        pv_gc_add_root(&pv_socket_gaierror);
        pv_gc_add_root(&pv_socket_herror);
    }
    if (!(pv_socket_type.flags & PV_TPFLAG_READY) && pv_type_ready(&pv_socket_type) < 0)
        return NULL;
    Value m = pv_module_new_cstr("_socket");
    if (!m || pv_module_add_functions(m, sock_functions) < 0 ||
        pv_module_add_functions(m, pv_socket_addr_functions) < 0)
        return NULL;
    if (!pv_socket_gaierror && !(pv_socket_gaierror = new_exc_class("gaierror", &pv_exc_OSError)))
        return NULL;
    if (!pv_socket_herror && !(pv_socket_herror = new_exc_class("herror", &pv_exc_OSError)))
        return NULL;
    if (pv_module_add(m, "socket", (Value)&pv_socket_type) < 0 ||
        pv_module_add(m, "SocketType", (Value)&pv_socket_type) < 0 ||
        pv_module_add(m, "gaierror", pv_socket_gaierror) < 0 ||
        pv_module_add(m, "herror", pv_socket_herror) < 0 ||
        pv_module_add(m, "error", (Value)&pv_exc_OSError) < 0 ||
        pv_module_add(m, "timeout", (Value)&pv_exc_TimeoutError) < 0 ||
        pv_module_add(m, "has_ipv6", pv_True) < 0)
        return NULL;
    for (int i = 0; consts[i].name; i++)
        if (pv_module_add_int(m, consts[i].name, consts[i].v) < 0)
            return NULL;
    return m;
}
