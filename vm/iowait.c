/* iowait.c: "do this fd operation, waiting for readiness if it would
 * block", shared by sockets, select and pipes.
 *
 * The operation is tried at once. If it would block (the op returns NULL
 * without an exception: EAGAIN) the calling green thread is parked on the
 * poller with the op as its completion, so that only this thread waits;
 * the op runs again on the VM thread when the fd is ready and its result
 * becomes the result of the call. During preemption (or when the call was
 * not made directly by a call instruction) the VM thread waits for real,
 * in the poller, and retries. A deadline raises TimeoutError("timed out");
 * thread.interrupt (mode 0) cancels the wait and leaves the fd as it was. */
#include "sched.h"
#include "str_impl.h"
#include "fileobj.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <unistd.h>

/* Real wait for preemption: 1 ready, 0 timed out, -1 exception. */
int pv_fd_wait(int fd, uint32_t events, int64_t deadline)
{
    for (;;) {
        int64_t left = deadline < 0 ? -1 : deadline - pv_clock_ns();
        if (deadline >= 0 && left < 0)
            left = 0;
        int r = pv_poll_block(fd, events, left);
        if (r < 0 && errno != EINTR) {
            pv_raise_errno(errno);
            return -1;
        }
        if (r > 0 && (r & (PV_POLL_IN | PV_POLL_OUT | PV_POLL_ERR | PV_POLL_HUP)))
            return 1;
        if (pv_signals_pending() && pv_sched_real_sleep(1) < 0) /* takes the signals */
            return -1;
        if (pv_err_occurred())
            return -1;
        if (r == 0 && deadline >= 0 && pv_clock_ns() >= deadline)
            return 0;
    }
}

static Value timed_out(void)
{
    return pv_raise(&pv_exc_TimeoutError, "timed out");
}

Value pv_io_wait(int fd, uint32_t events, Value req, int64_t deadline, PvIoOp op,
                 Value self, const char *name)
{
    if (pv_sched_can_soft_block(self, name)) {
        if (pv_sched_block_fd(fd, events, req, deadline, op) < 0)
            return NULL;
        if (deadline >= 0)
            PV_SCHED(pv_current_thread)->timeout_kind = PV_TIMEOUT_RAISE;
        return pv_None; /* placeholder: the wake-up supplies the result */
    }
    for (;;) {
        int r = pv_fd_wait(fd, events, deadline);
        if (r < 0)
            return NULL;
        if (r == 0)
            return timed_out();
        Value v = op(req, events);
        if (v || pv_err_occurred())
            return v;
    }
}

int pv_fd_set_nonblocking(int fd, bool on)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    int nfl = on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    return nfl == fl ? 0 : fcntl(fd, F_SETFL, nfl);
}

/* ---- os.read / os.write helpers for pipes, sockets, terminals ----
 * The fd may be in blocking mode (os.pipe() gives such fds): look with
 * poll() first so that read()/write() only run when they cannot block. */

static bool ready_now(int fd, short ev)
{
    struct pollfd p = {.fd = fd, .events = ev};
    return poll(&p, 1, 0) != 0; /* errors: let the call report them */
}

static Value read_op(Value req, uint32_t events)
{
    (void)events;
    int fd = (int)pv_small_val(pv_tuple_items(req)[0]);
    size_t n = (size_t)pv_small_val(pv_tuple_items(req)[1]);
    if (!ready_now(fd, POLLIN))
        return NULL;
    char stack[65536];
    char *buf = n <= sizeof stack ? stack : malloc(n);
    if (!buf)
        return pv_nomemory();
    ssize_t r = read(fd, buf, n);
    Value v = NULL;
    if (r >= 0)
        v = pv_bytes_new(buf, (size_t)r);
    else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        pv_raise_errno(errno);
    if (buf != stack)
        free(buf);
    return v;
}

Value pv_io_read(int fd, size_t n, Value self, const char *name)
{
    Value req = pv_tuple_pack(2, pv_small(fd), pv_small((int64_t)n));
    if (!req)
        return NULL;
    Value v = read_op(req, 0);
    if (v || pv_err_occurred())
        return v;
    return pv_io_wait(fd, PV_POLL_IN, req, -1, read_op, self, name);
}

static Value write_op(Value req, uint32_t events)
{
    (void)events;
    int fd = (int)pv_small_val(pv_tuple_items(req)[0]);
    Value data = pv_tuple_items(req)[1];
    const char *p;
    size_t n;
    if (!pv_bytes_like(data, &p, &n))
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", data);
    if (!ready_now(fd, POLLOUT))
        return NULL;
    /* a blocking pipe takes a write of up to PIPE_BUF without waiting once
     * poll() says writable; more could stall the VM thread */
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0 && !(fl & O_NONBLOCK) && n > PIPE_BUF)
        n = PIPE_BUF;
    ssize_t r = write(fd, p, n);
    if (r >= 0)
        return pv_int_from_i64(r);
    if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        pv_raise_errno(errno);
    return NULL;
}

Value pv_io_write(int fd, Value data, Value self, const char *name)
{
    Value req = pv_tuple_pack(2, pv_small(fd), data);
    if (!req)
        return NULL;
    Value v = write_op(req, 0);
    if (v || pv_err_occurred())
        return v;
    return pv_io_wait(fd, PV_POLL_OUT, req, -1, write_op, self, name);
}

/* ---- reads of pipes and terminals through file objects (sys.stdin) ----
 * Before read()/readline() would wait in fill(), read ahead as far as the
 * fd allows without waiting; if that does not satisfy the call, park the
 * thread and re-run the method once the rest has arrived. */

static bool file_enough(PvFile *c, ssize_t n, bool line, bool text)
{
    size_t avail = c->rlen - c->rpos;
    if (line && avail && memchr(c->rbuf + c->rpos, '\n', avail))
        return true;
    if (n < 0)
        return false;
    if (!text || avail >= (size_t)n * 4) /* 4: UTF-8 bytes per code point at most */
        return avail >= (size_t)n;
    /* complete UTF-8 characters buffered; a \r may become part of a
     * newline, so it does not count */
    const unsigned char *p = (const unsigned char *)c->rbuf + c->rpos;
    size_t i = 0, k = 0;
    while (i < avail && k < (size_t)n) {
        unsigned b = p[i];
        size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (i + len > avail)
            break;
        k += b != '\r';
        i += len;
    }
    return k >= (size_t)n;
}

/* 1 enough (or EOF), 0 not ready, -1 exception */
static int file_prefill(PvFile *c, ssize_t n, bool line, bool text)
{
    for (;;) {
        if (file_enough(c, n, line, text))
            return 1;
        if (!ready_now(c->fd, POLLIN))
            return 0;
        ssize_t r = pv_file_fill(c);
        if (r < 0)
            return -1;
        if (r == 0)
            return 1;
    }
}

/* How a parked file read finishes once enough data is buffered: call the
 * method again (read/readline/readlines), hand back the file itself
 * (FOR_ITER runs again), or a caller's function (input()). */
enum { FIN_METHOD, FIN_SELF, FIN_FUNC };

/* req: (file, kind, name or function, args tuple, n, line) */
static Value file_op(Value req, uint32_t events)
{
    (void)events;
    Value *it = pv_tuple_items(req);
    PvFile *c = pv_file_core(it[0]);
    if (pv_file_check_open(c) < 0)
        return NULL;
    int r = file_prefill(c, pv_small_val(it[4]), it[5] == pv_True, !(c->fl & F_BINARY));
    if (r <= 0)
        return NULL;
    switch (pv_small_val(it[1])) {
    case FIN_SELF:
        return it[0];
    case FIN_FUNC:
        return ((PvFileFin)(intptr_t)pv_small_val(it[2]))(it[0]);
    default: {
        Value m = pv_getattr(it[0], it[2]);
        if (!m)
            return NULL;
        return pv_call(m, pv_tuple_items(it[3]), pv_tuple_size(it[3]), NULL);
    }
    }
}

/* 0: go on inline; 1: *out is the result (parked placeholder or NULL) */
static int file_park(Value self, const char *name, int kind, Value what, Value *args, size_t nargs,
                     ssize_t n, bool line, Value *out)
{
    PvFile *c = pv_file_core(self);
    if (!(c->fl & F_POLL) || (c->fl & F_UNBUF) || (c->fl & F_CLOSED))
        return 0;
    int r = file_prefill(c, n, line, !(c->fl & F_BINARY));
    if (r < 0) {
        *out = NULL;
        return 1;
    }
    if (r > 0 || !pv_sched_can_soft_block(kind == FIN_FUNC ? NULL : self, name))
        return 0;
    Value a = pv_tuple_new(nargs);
    Value req = a && what ? pv_tuple_pack(6, self, pv_small(kind), what, a, pv_small(n), pv_bool(line)) : NULL;
    if (!req) {
        *out = NULL;
        return 1;
    }
    for (size_t i = 0; i < nargs; i++)
        pv_tuple_items(a)[i] = args[i];
    *out = pv_io_wait(c->fd, PV_POLL_IN, req, -1, file_op, kind == FIN_FUNC ? NULL : self, name);
    return 1;
}

int pv_io_file_wait(Value self, const char *name, Value *args, size_t nargs, ssize_t n, bool line,
                    Value *out)
{
    return file_park(self, name, FIN_METHOD, pv_str_from_cstr(name), args, nargs, n, line, out);
}

int pv_io_file_wait_next(Value self, Value *out)
{
    return file_park(self, "__next__", FIN_SELF, pv_None, NULL, 0, -1, true, out);
}

int pv_io_file_wait_call(Value file, const char *name, PvFileFin fin, Value *out)
{
    if (!pv_is_file(file))
        return 0;
    return file_park(file, name, FIN_FUNC, pv_small((int64_t)(intptr_t)fin), NULL, 0, -1, true, out);
}
