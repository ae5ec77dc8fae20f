/* poll.c: the backend-independent half of the poller (see poller.h).
 *
 * It keeps, per fd, the registrations of each direction and the interest
 * mask the kernel currently has, owns the wake-up fd, and turns the raw
 * readiness a backend reports into callbacks.
 *
 * Kernel interest is dropped lazily: when a one-shot registration fires we
 * do not tell the kernel at once, because the usual next step is that the
 * same thread retries its read, gets EAGAIN and registers the same
 * direction again; the interest is still there and that costs no system
 * call. Only an event for a direction nobody wants any more removes it
 * (one spurious wake-up at most). */
#define _GNU_SOURCE 1 /* ppoll */
#include "config.h"
#include "poller.h"
#include "gil.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <time.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_SYS_EVENTFD_H
#include <sys/eventfd.h>
#endif

/* A direction of an fd holds any number of registrations (several
 * threads may wait to read one socket); the usual one lives inline. */
typedef struct Reg { PvPollFn fn; void *user; uint8_t flags; /* ONESHOT|NOCOUNT */ } Reg;
typedef struct Dir {
    Reg one;          /* the registrations while cap == 0 (at most one) */
    Reg *v;           /* ... and in v[] once cap > 0 */
    uint32_t n, cap;
} Dir;
typedef struct FdEnt {
    Dir d[2];         /* [0] PV_POLL_IN, [1] PV_POLL_OUT */
    uint8_t kmask;    /* interest the kernel has */
} FdEnt;

static inline Reg *regs(Dir *d) { return d->cap ? d->v : &d->one; }
static inline unsigned want_of(const FdEnt *e)
{
    return (e->d[0].n ? PV_POLL_IN : 0) | (e->d[1].n ? PV_POLL_OUT : 0);
}

static FdEnt *fds;
static int nfds;            /* size of fds[] */
static size_t counted;      /* registrations without NOCOUNT */
static bool ready;

/* Wake-up. wake_pending makes repeated wakes cost one atomic operation
 * until the waiter drains. */
static PvNotifyFd wake = { -1, -1 };
static atomic_int wake_pending;
/* pv_poll_block reported the pending wake-up already: leave it for the
 * main wait and do not report it again (VM thread only). */
static bool wake_seen;

#define MAXRAW 256

#ifndef HAVE_SYS_EVENTFD_H
static int set_nonblock_cloexec(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
        return -1;
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}
#endif

int pv_notify_open(PvNotifyFd *n)
{
#ifdef HAVE_SYS_EVENTFD_H
    n->rd = n->wr = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    return n->rd < 0 ? -1 : 0;
#else
    int p[2];
    if (pipe(p) < 0)
        return -1;
    if (set_nonblock_cloexec(p[0]) < 0 || set_nonblock_cloexec(p[1]) < 0) {
        int err = errno;
        close(p[0]);
        close(p[1]);
        errno = err;
        return -1;
    }
    n->rd = p[0];
    n->wr = p[1];
    return 0;
#endif
}

void pv_notify_close(PvNotifyFd *n)
{
    if (n->wr >= 0 && n->wr != n->rd)
        close(n->wr);
    if (n->rd >= 0)
        close(n->rd);
    n->rd = n->wr = -1;
}

void pv_notify_post(const PvNotifyFd *n)
{
    int saved = errno;
    uint64_t one = 1;
    /* eventfd wants 8 bytes, a pipe one; a full pipe (EAGAIN) is fine:
     * the reader has something to read anyway. */
    ssize_t r = write(n->wr, &one, n->rd == n->wr ? sizeof one : 1);
    (void)r;
    errno = saved;
}

void pv_notify_drain(const PvNotifyFd *n)
{
    uint64_t buf[8];
    while (read(n->rd, buf, n->rd == n->wr ? sizeof buf[0] : sizeof buf) > 0)
        ;
}

static void wake_drain(void)
{
    pv_notify_drain(&wake);
    wake_seen = false;
    /* After the drain, so that a wake arriving in between writes again
     * rather than being absorbed. The exchange (not a plain store) also
     * makes what the waker published before waking visible to us. */
    atomic_exchange(&wake_pending, 0);
}

void pv_poll_wake(void)
{
    if (!atomic_exchange(&wake_pending, 1))
        pv_notify_post(&wake);
}

static int grow(int fd)
{
    if (fd < nfds)
        return 0;
    int n = nfds ? nfds : 64;
    while (n <= fd)
        n *= 2;
    FdEnt *p = realloc(fds, (size_t)n * sizeof *p);
    if (!p) {
        errno = ENOMEM;
        return -1;
    }
    memset(p + nfds, 0, (size_t)(n - nfds) * sizeof *p);
    fds = p;
    nfds = n;
    return 0;
}

static void unregister(Dir *d, uint32_t i)
{
    Reg *r = regs(d);
    if (!(r[i].flags & PV_POLL_NOCOUNT))
        counted--;
    memmove(r + i, r + i + 1, (d->n - i - 1) * sizeof *r); /* keep FIFO order */
    d->n--;
}

static int find(Dir *d, PvPollFn fn, void *user)
{
    Reg *r = regs(d);
    for (uint32_t i = 0; i < d->n; i++)
        if (r[i].fn == fn && r[i].user == user)
            return (int)i;
    return -1;
}

/* Drop every registration of the directions in `dirs`. */
static void drop_all(FdEnt *e, unsigned dirs)
{
    for (int k = 0; k < 2; k++)
        if (dirs & (1u << k))
            while (e->d[k].n)
                unregister(&e->d[k], e->d[k].n - 1);
}

static int append(Dir *d, Reg r)
{
    if (d->n == (d->cap ? d->cap : 1)) {
        uint32_t ncap = d->cap ? d->cap * 2 : 4;
        Reg *v = realloc(d->cap ? d->v : NULL, ncap * sizeof *v);
        if (!v) {
            errno = ENOMEM;
            return -1;
        }
        if (!d->cap && d->n)
            v[0] = d->one;
        d->v = v;
        d->cap = ncap;
    }
    regs(d)[d->n++] = r;
    return 0;
}

int pv_poll_add(int fd, uint32_t events, PvPollFn fn, void *user)
{
    unsigned dirs = events & (PV_POLL_IN | PV_POLL_OUT);
    if (fd < 0 || !dirs || !fn) {
        errno = EINVAL;
        return -1;
    }
    if (grow(fd) < 0)
        return -1;
    FdEnt *e = &fds[fd];
    if ((e->kmask & dirs) != dirs) {
        if (pv_pollbe_set(fd, e->kmask, e->kmask | dirs) < 0)
            return -1;
        e->kmask |= dirs;
    }
    uint8_t flags = (uint8_t)(events & (PV_POLL_ONESHOT | PV_POLL_NOCOUNT));
    for (int k = 0; k < 2; k++) {
        if (!(dirs & (1u << k)))
            continue;
        Dir *d = &e->d[k];
        int i = find(d, fn, user);
        if (i >= 0)
            unregister(d, (uint32_t)i); /* the same waiter again: replace, to the back */
        if (append(d, (Reg){ fn, user, flags }) < 0)
            return -1;
        if (!(flags & PV_POLL_NOCOUNT))
            counted++;
    }
    return 0;
}

void pv_poll_del(int fd, uint32_t events)
{
    if (fd >= 0 && fd < nfds)
        drop_all(&fds[fd], events & (PV_POLL_IN | PV_POLL_OUT));
}

bool pv_poll_del_reg(int fd, uint32_t events, PvPollFn fn, void *user)
{
    bool found = false;
    if (fd < 0 || fd >= nfds)
        return false;
    for (int k = 0; k < 2; k++) {
        if (!(events & (1u << k)))
            continue;
        int i = find(&fds[fd].d[k], fn, user);
        if (i >= 0) {
            unregister(&fds[fd].d[k], (uint32_t)i);
            found = true;
        }
    }
    return found;
}

void pv_poll_forget(int fd)
{
    if (fd < 0 || fd >= nfds)
        return;
    FdEnt *e = &fds[fd];
    drop_all(e, PV_POLL_IN | PV_POLL_OUT);
    if (e->kmask)
        pv_pollbe_set(fd, e->kmask, 0);
    e->kmask = 0;
}

void pv_poll_close(int fd)
{
    if (fd < 0 || fd >= nfds)
        return;
    /* One registration at a time, looked up afresh: a callback may change
     * the table (and does: a woken thread's registrations go away). */
    for (int k = 0; k < 2; k++) {
        uint32_t guard = fds[fd].d[k].n;
        while (guard-- && fd < nfds && fds[fd].d[k].n) {
            Reg r = regs(&fds[fd].d[k])[0];
            unregister(&fds[fd].d[k], 0);
            r.fn(fd, (1u << k) | PV_POLL_ERR | PV_POLL_HUP | PV_POLL_CLOSED, r.user);
        }
    }
    pv_poll_forget(fd);
}

size_t pv_poll_count(void)
{
    return counted;
}

const char *pv_poll_backend(void)
{
    return pv_pollbe_name;
}

int pv_poll_init(void)
{
    if (ready)
        return 0;
    if (pv_pollbe_init() < 0)
        return -1;
    if (pv_notify_open(&wake) < 0 || grow(wake.rd) < 0 ||
        pv_pollbe_set(wake.rd, 0, PV_POLL_IN) < 0) {
        int err = errno;
        pv_notify_close(&wake);
        pv_pollbe_fini();
        errno = err;
        return -1;
    }
    fds[wake.rd].kmask = PV_POLL_IN;
    atomic_store(&wake_pending, 0);
    wake_seen = false;
    ready = true;
    return 0;
}

void pv_poll_fini(void)
{
    if (!ready)
        return;
    pv_pollbe_fini();
    pv_notify_close(&wake);
    for (int fd = 0; fd < nfds; fd++)
        for (int k = 0; k < 2; k++)
            if (fds[fd].d[k].cap)
                free(fds[fd].d[k].v);
    free(fds);
    fds = NULL;
    nfds = 0;
    counted = 0;
    ready = false;
}

/* Fire the registrations of direction k that exist now. A callback may
 * change the table (drop others' registrations, add its own again, grow
 * it), so each one of the snapshot is looked up again before its call. */
static int fire_dir(int fd, int k, uint32_t evs)
{
    Dir *d = &fds[fd].d[k];
    if (d->n == 1) { /* the usual case: one waiter, nothing to look up */
        Reg r = regs(d)[0];
        if (r.flags & PV_POLL_ONESHOT)
            unregister(d, 0);
        r.fn(fd, evs, r.user);
        return 1;
    }
    Reg stack[8], *snap = d->n <= 8 ? stack : malloc(d->n * sizeof *snap);
    if (!snap)
        snap = stack; /* out of memory: the first 8 now, the rest next time */
    uint32_t n = snap == stack && d->n > 8 ? 8 : d->n;
    memcpy(snap, regs(d), n * sizeof *snap);
    int calls = 0;
    for (uint32_t j = 0; j < n; j++) {
        if (fd >= nfds)
            break;
        d = &fds[fd].d[k];
        int i = find(d, snap[j].fn, snap[j].user);
        if (i < 0)
            continue;
        if (regs(d)[i].flags & PV_POLL_ONESHOT)
            unregister(d, (uint32_t)i);
        snap[j].fn(fd, evs, snap[j].user);
        calls++;
    }
    if (snap != stack)
        free(snap);
    return calls;
}

/* Deliver one raw event. The table is looked up afresh for every event
 * because earlier callbacks of the same batch may have changed it. */
static int dispatch(int fd, uint32_t ev)
{
    if (fd < 0 || fd >= nfds)
        return 0;
    FdEnt *e = &fds[fd];
    unsigned want = want_of(e);
    uint32_t trouble = ev & (PV_POLL_ERR | PV_POLL_HUP);
    uint32_t fire = want & ((ev & (PV_POLL_IN | PV_POLL_OUT)) |
                            (trouble ? PV_POLL_IN | PV_POLL_OUT : 0));
    /* Lazy disarm: the kernel reported a direction nobody wants. */
    uint32_t unwanted = (ev | (trouble ? e->kmask : 0)) & e->kmask & ~want;
    if (unwanted) {
        if (pv_pollbe_set(fd, e->kmask, want) == 0)
            e->kmask = (uint8_t)want;
    }
    if (!fire)
        return 0;
    if (fire == (PV_POLL_IN | PV_POLL_OUT) && e->d[0].n == 1 && e->d[1].n == 1) {
        Reg in = regs(&e->d[0])[0], out = regs(&e->d[1])[0];
        if (in.fn == out.fn && in.user == out.user) {
            if (in.flags & PV_POLL_ONESHOT)
                unregister(&e->d[0], 0);
            if (out.flags & PV_POLL_ONESHOT)
                unregister(&e->d[1], 0);
            in.fn(fd, fire | trouble, in.user);
            return 1;
        }
    }
    int n = 0;
    if (fire & PV_POLL_IN)
        n += fire_dir(fd, 0, PV_POLL_IN | trouble);
    if (fire & PV_POLL_OUT)
        n += fire_dir(fd, 1, PV_POLL_OUT | trouble);
    return n;
}

int pv_poll_wait(int64_t timeout_ns)
{
    if (!ready) {
        errno = EINVAL;
        return -1;
    }
    PvPollRaw raw[MAXRAW]; /* on the stack: a callback may wait again */
    int depth = timeout_ns != 0 ? pv_gil_release_all() : 0;
    int n = pv_pollbe_wait(timeout_ns, raw, MAXRAW);
    int err = errno;
    pv_gil_restore(depth);
    if (n < 0) {
        if (err == EINTR)
            return 0; /* a signal: its handler has set its flags */
        errno = err;
        return -1;
    }
    int calls = 0;
    for (int i = 0; i < n; i++) {
        if (raw[i].fd == wake.rd)
            wake_drain();
        else
            calls += dispatch(raw[i].fd, raw[i].events);
    }
    return calls;
}

/* In a child after fork(): the backend's kernel object and the wake fd are
 * shared with the parent (changing interest here would change the
 * parent's), so make new ones and register again what the kernel had. */
int pv_poll_after_fork(void)
{
    if (!ready)
        return 0;
    pv_pollbe_fini();
    fds[wake.rd] = (FdEnt){ 0 };
    pv_notify_close(&wake);
    if (pv_pollbe_init() < 0 || pv_notify_open(&wake) < 0 || grow(wake.rd) < 0)
        return -1;
    atomic_store(&wake_pending, 0);
    wake_seen = false;
    for (int fd = 0; fd < nfds; fd++) {
        if (fd == wake.rd)
            continue;
        if (fds[fd].kmask && pv_pollbe_set(fd, 0, fds[fd].kmask) < 0) {
            /* The fd was closed by the child; forget it. */
            drop_all(&fds[fd], PV_POLL_IN | PV_POLL_OUT);
            fds[fd].kmask = 0;
        }
    }
    fds[wake.rd] = (FdEnt){ 0 };
    fds[wake.rd].kmask = PV_POLL_IN;
    return pv_pollbe_set(wake.rd, 0, PV_POLL_IN);
}

int pv_ppoll(struct pollfd *p, unsigned n, int64_t timeout_ns)
{
#ifdef HAVE_PPOLL
    struct timespec ts, *tsp = NULL;
    if (timeout_ns >= 0) {
        ts.tv_sec = (time_t)(timeout_ns / 1000000000);
        ts.tv_nsec = (long)(timeout_ns % 1000000000);
        tsp = &ts;
    }
    return ppoll(p, (nfds_t)n, tsp, NULL);
#else
    int ms = timeout_ns < 0 ? -1
             : timeout_ns >= (int64_t)INT_MAX * 1000000 ? INT_MAX
                                                        : (int)((timeout_ns + 999999) / 1000000);
    return poll(p, (nfds_t)n, ms);
#endif
}

int pv_poll_block(int fd, uint32_t events, int64_t timeout_ns)
{
    struct pollfd p[2];
    int n = 0, wi = -1;
    if (fd >= 0) {
        p[n].fd = fd;
        p[n].events = (short)((events & PV_POLL_IN ? POLLIN : 0) | (events & PV_POLL_OUT ? POLLOUT : 0));
        p[n++].revents = 0;
    }
    if (ready && !wake_seen) {
        wi = n;
        p[n].fd = wake.rd;
        p[n].events = POLLIN;
        p[n++].revents = 0;
    }
    int depth = timeout_ns != 0 ? pv_gil_release_all() : 0;
    int r = pv_ppoll(p, (unsigned)n, timeout_ns);
    int err = errno;
    pv_gil_restore(depth);
    if (r < 0) {
        if (err == EINTR)
            return PV_POLL_WOKEN; /* a signal: its flags are set */
        errno = err;
        return -1;
    }
    uint32_t out = 0;
    if (fd >= 0 && p[0].revents) {
        short re = p[0].revents;
        out |= (re & (POLLIN | POLLPRI) ? PV_POLL_IN : 0) | (re & POLLOUT ? PV_POLL_OUT : 0) |
               (re & (POLLERR | POLLNVAL) ? PV_POLL_ERR : 0) | (re & POLLHUP ? PV_POLL_HUP : 0);
    }
    if (wi >= 0 && p[wi].revents) {
        wake_seen = true; /* not drained: the main wait still sees it */
        out |= PV_POLL_WOKEN;
    }
    return (int)out;
}
