/* fcntl.c: the fcntl module: fcntl, ioctl, flock, lockf and their
 * constants, as CPython's. A lock that has to wait (flock/lockf without
 * the non-blocking flag) waits on a worker, so only the calling green
 * thread blocks. */
#define _GNU_SOURCE
#include "pv.h"
#include "str_impl.h" /* pv_bytes_like */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

/* an fd: an int, or an object with fileno() */
static int fd_of(Value v, int *fd)
{
    if (!pv_is_int(v)) {
        Value r = pv_call_method(v, "fileno", NULL, 0);
        if (!r) {
            if (pv_err_matches(&pv_exc_AttributeError)) {
                pv_err_clear();
                pv_raise(&pv_exc_TypeError,
                         "argument must be an int, or have a fileno() method.");
            }
            return -1;
        }
        v = r;
    }
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    if (n < 0) {
        pv_raise(&pv_exc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)n);
        return -1;
    }
    *fd = (int)n;
    return 0;
}

/* fcntl(fd, cmd, arg=0) and ioctl(fd, request, arg=0, mutate_flag=True):
 * an int argument is passed as is; a bytes-like one as a copied buffer
 * whose new contents come back as bytes (or are written back into a
 * mutable buffer for ioctl). */
static Value ctl(const char *fname, Value *args, size_t nargs, Value kwnames, bool is_ioctl)
{
    static const char *const kw[] = {"", "", "", "", NULL};
    Value fv, arg = pv_small(0);
    int64_t cmd;
    bool mutate = true;
    if (pv_parse_args(fname, args, nargs, kwnames, is_ioctl ? "OL|Op" : "OL|O", kw, &fv, &cmd,
                      &arg, &mutate) < 0)
        return NULL;
    int fd;
    if (fd_of(fv, &fd) < 0)
        return NULL;
    if (pv_is_int(arg)) {
        int64_t a;
        if (pv_int_to_i64(arg, &a) < 0)
            return NULL;
        int r = is_ioctl ? ioctl(fd, (unsigned long)cmd, (long)a) : fcntl(fd, (int)cmd, (long)a);
        if (r < 0)
            return pv_raise_errno(errno);
        return pv_small(r);
    }
    const char *d;
    size_t n;
    if (!pv_bytes_like(arg, &d, &n) && !(pv_is_str(arg) && (d = pv_str_data(arg), n = pv_str_size(arg), 1)))
        return pv_raise(&pv_exc_TypeError, "%s() argument 3 must be int or bytes-like, not %s", fname,
                        pv_type_name(pv_type(arg)));
    if (n > 1024)
        return pv_raise(&pv_exc_ValueError, "%s string arg too long", fname);
    char buf[1025];
    memcpy(buf, d, n);
    buf[n] = 0;
    int r = is_ioctl ? ioctl(fd, (unsigned long)cmd, buf) : fcntl(fd, (int)cmd, buf);
    if (r < 0)
        return pv_raise_errno(errno);
    if (is_ioctl && mutate && pv_isinst(arg, &pv_bytearray_type)) {
        memcpy((char *)d, buf, n); /* a mutable buffer gets the result in place */
        return pv_small(r);
    }
    return pv_bytes_new(buf, n);
}

FN(f_fcntl) { (void)self; return ctl("fcntl", args, nargs, kwnames, false); }
FN(f_ioctl) { (void)self; return ctl("ioctl", args, nargs, kwnames, true); }

/* ---- locks that may wait ---- */

typedef struct LockCall {
    PvBlocking b;
    int fd, op, err;
    bool posix;          /* lockf-style fcntl lock, else flock */
    struct flock fl;
} LockCall;

static void lock_run(PvBlocking *b)
{
    LockCall *c = (LockCall *)b;
    int r;
    do
        r = c->posix ? fcntl(c->fd, F_SETLKW, &c->fl) : flock(c->fd, c->op);
    while (r < 0 && errno == EINTR);
    c->err = r < 0 ? errno : 0;
}

static Value lock_finish(PvBlocking *b)
{
    LockCall *c = (LockCall *)b;
    return c->err ? pv_raise_errno(c->err) : pv_None;
}

/* try without waiting; if it would wait, wait on a worker */
static Value do_lock(LockCall *c, bool may_wait, const char *name)
{
    int r = c->posix ? fcntl(c->fd, F_SETLK, &c->fl) : flock(c->fd, c->op | LOCK_NB);
    if (r == 0)
        return pv_None;
    int e = errno;
    if (!may_wait || (e != EAGAIN && e != EACCES && e != EWOULDBLOCK))
        return pv_raise_errno(e);
    LockCall *w = pv_blocking_alloc(sizeof *w);
    if (!w)
        return NULL;
    *w = *c;
    w->b.run = lock_run;
    w->b.finish = lock_finish;
    return pv_blocking_call(&w->b, NULL, name, name);
}

FN(f_flock)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value fv;
    int op, fd;
    if (pv_parse_args("flock", args, nargs, kwnames, "Oi", kw, &fv, &op) < 0 || fd_of(fv, &fd) < 0)
        return NULL;
    LockCall c;
    memset(&c, 0, sizeof c);
    c.fd = fd;
    c.op = op & ~LOCK_NB;
    return do_lock(&c, !(op & LOCK_NB) && c.op != LOCK_UN, "flock");
}

FN(f_lockf)
{
    (void)self;
    static const char *const kw[] = {"", "", "", "", "", NULL};
    Value fv;
    int cmd, fd, whence = 0;
    int64_t len = 0, start = 0;
    if (pv_parse_args("lockf", args, nargs, kwnames, "Oi|LLi", kw, &fv, &cmd, &len, &start,
                      &whence) < 0 ||
        fd_of(fv, &fd) < 0)
        return NULL;
    LockCall c;
    memset(&c, 0, sizeof c);
    c.fd = fd;
    c.posix = true;
    int kind = cmd & ~LOCK_NB;
    if (kind == LOCK_UN)
        c.fl.l_type = F_UNLCK;
    else if (kind == LOCK_SH)
        c.fl.l_type = F_RDLCK;
    else if (kind == LOCK_EX)
        c.fl.l_type = F_WRLCK;
    else
        return pv_raise(&pv_exc_ValueError, "unrecognized lockf argument");
    c.fl.l_start = (off_t)start;
    c.fl.l_len = (off_t)len;
    c.fl.l_whence = (short)whence;
    return do_lock(&c, !(cmd & LOCK_NB) && kind != LOCK_UN, "lockf");
}

static const PvMethodDef fcntl_functions[] = {
    {"fcntl", f_fcntl, 0, NULL},
    {"ioctl", f_ioctl, 0, NULL},
    {"flock", f_flock, 0, NULL},
    {"lockf", f_lockf, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define C(x) {#x, x}
static const struct { const char *name; long v; } fcntl_consts[] = {
    C(F_DUPFD), C(F_DUPFD_CLOEXEC), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL),
    C(F_GETLK), C(F_SETLK), C(F_SETLKW), C(F_GETOWN), C(F_SETOWN), C(F_RDLCK), C(F_WRLCK),
    C(F_UNLCK), C(FD_CLOEXEC), C(LOCK_SH), C(LOCK_EX), C(LOCK_NB), C(LOCK_UN),
#ifdef F_GETPIPE_SZ
    C(F_GETPIPE_SZ), C(F_SETPIPE_SZ), C(F_GETSIG), C(F_SETSIG), C(F_NOTIFY),
    C(F_OFD_GETLK), C(F_OFD_SETLK), C(F_OFD_SETLKW), C(F_ADD_SEALS), C(F_GET_SEALS),
    C(F_SEAL_SEAL), C(F_SEAL_SHRINK), C(F_SEAL_GROW), C(F_SEAL_WRITE),
    C(DN_ACCESS), C(DN_MODIFY), C(DN_CREATE), C(DN_DELETE), C(DN_RENAME), C(DN_ATTRIB),
    C(DN_MULTISHOT),
#endif
    {"FASYNC", O_ASYNC},
    {NULL, 0},
};

Value pv_fcntl_module_init(void)
{
    Value m = pv_module_new_cstr("fcntl");
    if (!m || pv_module_add_functions(m, fcntl_functions) < 0)
        return NULL;
    for (int i = 0; fcntl_consts[i].name; i++)
        if (pv_module_add_int(m, fcntl_consts[i].name, fcntl_consts[i].v) < 0)
            return NULL;
    return m;
}
