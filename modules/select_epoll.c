/* select_epoll.c: select.epoll on Linux, a real epoll object.
 *
 * fileno() is the kernel's epoll fd and register/modify/unregister are
 * epoll_ctl, so edge triggering (EPOLLET), EPOLLONESHOT and
 * EPOLLEXCLUSIVE behave as the kernel says. poll() never sleeps in
 * epoll_wait: it looks with a zero timeout and, when nothing is ready,
 * parks the calling green thread until the epoll fd itself is readable in
 * the VM's poller (an epoll fd is readable while it has events to report),
 * then looks again. Lib/select.py wraps poll() to turn a timeout into []. */
#include "../vm/sched.h"

#ifdef __linux__
#include <errno.h>
#include <math.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

typedef struct PvEpoll {
    PvObj h;
    Value dict;
    int fd; /* -1 once closed */
} PvEpoll;

#define EP(v) ((PvEpoll *)(v))

PvType pv_epoll_type;

static int check_open(PvEpoll *e)
{
    if (e->fd < 0) {
        pv_raise(&pv_exc_ValueError, "I/O operation on closed epoll object");
        return -1;
    }
    return 0;
}

/* An int or an object with fileno(), as CPython's select module. */
static int fd_of(Value v, int *fd)
{
    int64_t n;
    if (!pv_is_int(v)) {
        Value m = pv_getattr_opt(v, pv_intern("fileno"));
        if (!m) {
            if (!pv_err_occurred())
                pv_raise(&pv_exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = pv_call(m, NULL, 0, NULL);
        if (!v)
            return -1;
        if (!pv_is_int(v)) {
            pv_raise(&pv_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    if (n < 0) {
        pv_raise(&pv_exc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)n);
        return -1;
    }
    if (n > INT32_MAX) {
        pv_raise(&pv_exc_OverflowError, "file descriptor is greater than maximum");
        return -1;
    }
    *fd = (int)n;
    return 0;
}

static Value wrap(PvType *type, int fd)
{
    PvEpoll *e = pv_alloc(type, type->basicsize);
    if (!e) {
        close(fd);
        return NULL;
    }
    e->fd = fd;
    return (Value)e;
}

static Value ep_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"sizehint", "flags", NULL};
    int sizehint = -1, flags = 0;
    if (pv_parse_args("epoll", args, nargs, kwnames, "|ii", kw, &sizehint, &flags) < 0)
        return NULL;
    if (sizehint == 0 || sizehint < -1)
        return pv_raise(&pv_exc_ValueError, "negative sizehint");
    if (flags && flags != EPOLL_CLOEXEC)
        return pv_raise(&pv_exc_OSError, "invalid flags");
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return pv_raise_errno(errno);
    return wrap(type, fd);
}

static Value ep_fromfd(Value cls, Value *args, size_t nargs, Value kwnames)
{
    int fd;
    if (pv_parse_args("fromfd", args, nargs, kwnames, "i", NULL, &fd) < 0)
        return NULL;
    if (fd < 0)
        return pv_raise_errno(EBADF);
    return wrap((PvType *)cls, fd);
}

static void ep_finalize(Value v)
{
    PvEpoll *e = EP(v);
    if (e->fd >= 0) {
        pv_poll_forget(e->fd);
        close(e->fd);
        e->fd = -1;
    }
}

static void ep_mark(Value v)
{
    pv_gc_mark(EP(v)->dict);
}

static Value ep_close(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("close", nargs, kwnames) < 0)
        return NULL;
    PvEpoll *e = EP(self);
    if (e->fd >= 0) {
        int fd = e->fd;
        e->fd = -1;
        pv_poll_close(fd); /* threads in poll() get EBADF */
        if (close(fd) < 0)
            return pv_raise_errno(errno);
    }
    return pv_None;
}

static Value ep_fileno(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("fileno", nargs, kwnames) < 0 || check_open(EP(self)) < 0)
        return NULL;
    return pv_small(EP(self)->fd);
}

static Value ctl(Value self, int op, Value *args, size_t nargs, Value kwnames, const char *name,
                 bool has_mask, bool mask_required)
{
    static const char *const kw2[] = {"fd", "eventmask", NULL};
    static const char *const kw1[] = {"fd", NULL};
    Value fdobj, maskobj = NULL;
    if (pv_parse_args(name, args, nargs, kwnames, has_mask ? (mask_required ? "OO" : "O|O") : "O",
                      has_mask ? kw2 : kw1, &fdobj, &maskobj) < 0)
        return NULL;
    PvEpoll *e = EP(self);
    int fd;
    if (check_open(e) < 0 || fd_of(fdobj, &fd) < 0)
        return NULL;
    struct epoll_event ev = {0};
    ev.events = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (maskobj) {
        int64_t m;
        if (pv_int_to_i64(maskobj, &m) < 0)
            return NULL;
        if (m < 0 || m > UINT32_MAX)
            return pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C unsigned int");
        ev.events = (uint32_t)m;
    }
    ev.data.fd = fd;
    if (epoll_ctl(e->fd, op, fd, &ev) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value ep_register(Value self, Value *args, size_t nargs, Value kwnames)
{
    return ctl(self, EPOLL_CTL_ADD, args, nargs, kwnames, "register", true, false);
}

static Value ep_modify(Value self, Value *args, size_t nargs, Value kwnames)
{
    return ctl(self, EPOLL_CTL_MOD, args, nargs, kwnames, "modify", true, true);
}

static Value ep_unregister(Value self, Value *args, size_t nargs, Value kwnames)
{
    return ctl(self, EPOLL_CTL_DEL, args, nargs, kwnames, "unregister", false, false);
}

/* req: (epoll, maxevents). Look without waiting: the list of (fd,
 * events), or NULL without an exception when there is nothing (the
 * thread then waits for the epoll fd again). */
static Value look(Value req, uint32_t events)
{
    (void)events;
    PvEpoll *e = EP(pv_tuple_items(req)[0]);
    int max = (int)pv_small_val(pv_tuple_items(req)[1]);
    if (check_open(e) < 0)
        return NULL;
    struct epoll_event stack[64], *evs = max <= 64 ? stack : pv_mem_alloc((size_t)max * sizeof *evs);
    if (!evs)
        return NULL;
    int n = epoll_wait(e->fd, evs, max, 0);
    Value out = NULL;
    if (n < 0) {
        if (errno != EINTR)
            pv_raise_errno(errno);
    } else if (n > 0 && (out = pv_list_new((size_t)n))) {
        for (int i = 0; i < n; i++) {
            Value t = pv_tuple_pack(2, pv_small(evs[i].data.fd), pv_int_from_i64(evs[i].events));
            if (!t) {
                out = NULL;
                break;
            }
            ((PvList *)out)->items[i] = t;
        }
    }
    if (evs != stack)
        pv_mem_free(evs, (size_t)max * sizeof *evs);
    return out;
}

/* _poll(timeout=None, maxevents=-1): like poll() but None on timeout. */
static Value ep_poll(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"timeout", "maxevents", NULL};
    Value tobj = pv_None;
    int max = -1;
    if (pv_parse_args("poll", args, nargs, kwnames, "|Oi", kw, &tobj, &max) < 0)
        return NULL;
    PvEpoll *e = EP(self);
    if (check_open(e) < 0)
        return NULL;
    int64_t timeout_ns = -1;
    if (tobj != pv_None) {
        double d;
        if (pv_float_as_double(tobj, &d) < 0) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                pv_raise(&pv_exc_TypeError, "timeout must be an integer or None");
            }
            return NULL;
        }
        if (isnan(d))
            return pv_raise(&pv_exc_ValueError, "Invalid value NaN (not a number)");
        if (d >= 0) /* whole ms, rounded up, as CPython's epoll_wait */
            timeout_ns = (int64_t)ceil(d * 1e3) * 1000000;
    }
    if (max == -1)
        max = FD_SETSIZE - 1;
    else if (max < 1)
        return pv_raise(&pv_exc_ValueError, "maxevents must be greater than 0, got %d", max);
    Value req = pv_tuple_pack(2, self, pv_small(max));
    if (!req)
        return NULL;
    Value r = look(req, 0);
    if (r || pv_err_occurred())
        return r;
    if (timeout_ns == 0)
        return pv_list_new(0);
    int64_t deadline = timeout_ns < 0 ? -1 : pv_clock_ns() + timeout_ns;
    if (pv_sched_can_soft_block(self, "_poll")) {
        /* a timeout wakes the thread with None (Lib/select.py: []) */
        if (pv_sched_block_fd(e->fd, PV_POLL_IN, req, deadline, look) < 0)
            return NULL;
        return pv_None;
    }
    for (;;) { /* preemption: wait for real */
        int w = pv_fd_wait(e->fd, PV_POLL_IN, deadline);
        if (w < 0)
            return NULL;
        if (w == 0)
            return pv_None;
        r = look(req, 0);
        if (r || pv_err_occurred())
            return r;
    }
}

static Value ep_enter(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("__enter__", nargs, kwnames) < 0 || check_open(EP(self)) < 0)
        return NULL;
    return self;
}

static Value ep_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return ep_close(self, NULL, 0, NULL);
}

static Value g_closed(Value self)
{
    return pv_bool(EP(self)->fd < 0);
}

static const PvMethodDef ep_methods[] = {
    {"close", ep_close, 0, NULL},
    {"fileno", ep_fileno, 0, NULL},
    {"fromfd", ep_fromfd, PV_METH_CLASS, NULL},
    {"register", ep_register, 0, NULL},
    {"modify", ep_modify, 0, NULL},
    {"unregister", ep_unregister, 0, NULL},
    {"_poll", ep_poll, 0, NULL},
    {"__enter__", ep_enter, 0, NULL},
    {"__exit__", ep_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef ep_getsets[] = {
    {"closed", g_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_epoll_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "select.epoll",
    .basicsize = sizeof(PvEpoll),
    .flags = PV_TPFLAG_BASETYPE,
    .dictoffset = offsetof(PvEpoll, dict),
    .methods = ep_methods,
    .getsets = ep_getsets,
    .mark = ep_mark,
    .finalize = ep_finalize,
    .new_ = ep_new,
};

int pv_select_add_epoll(Value m)
{
    if (!(pv_epoll_type.flags & PV_TPFLAG_READY) && pv_type_ready(&pv_epoll_type) < 0)
        return -1;
    static const struct { const char *n; long v; } c[] = {
        {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI},
        {"EPOLLERR", EPOLLERR}, {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", EPOLLET},
        {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
        {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
        {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
        {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {NULL, 0}};
    for (int i = 0; c[i].n; i++)
        if (pv_module_add(m, c[i].n, pv_int_from_i64((int64_t)(uint32_t)c[i].v)) < 0)
            return -1;
    return pv_module_add(m, "epoll", (Value)&pv_epoll_type);
}

#else

int pv_select_add_epoll(Value m)
{
    (void)m;
    return 0; /* no epoll here, as CPython */
}

#endif
