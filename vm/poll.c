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

typedef struct Reg { PvPollFn fn; void *user; } Reg;
typedef struct FdEnt {
    Reg in, out;
    uint8_t want;     /* directions registered (PV_POLL_IN/OUT) */
    uint8_t oneshot;  /* of those, the one-shot ones */
    uint8_t nocount;  /* of those, the ones not counted */
    uint8_t kmask;    /* interest the kernel has */
} FdEnt;

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

static int popcount2(unsigned m)
{
    return (m & PV_POLL_IN ? 1 : 0) + (m & PV_POLL_OUT ? 1 : 0);
}

/* Set e's registrations of `dirs` to nothing, keeping the count right. */
static void drop(FdEnt *e, unsigned dirs)
{
    dirs &= e->want;
    counted -= (size_t)popcount2(dirs & ~e->nocount);
    e->want &= ~dirs;
    e->oneshot &= ~dirs;
    e->nocount &= ~dirs;
    if (dirs & PV_POLL_IN)
        e->in = (Reg){ 0 };
    if (dirs & PV_POLL_OUT)
        e->out = (Reg){ 0 };
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
    drop(e, dirs);
    Reg r = { fn, user };
    if (dirs & PV_POLL_IN)
        e->in = r;
    if (dirs & PV_POLL_OUT)
        e->out = r;
    e->want |= dirs;
    if (events & PV_POLL_ONESHOT)
        e->oneshot |= dirs;
    if (events & PV_POLL_NOCOUNT)
        e->nocount |= dirs;
    else
        counted += (size_t)popcount2(dirs);
    return 0;
}

void pv_poll_del(int fd, uint32_t events)
{
    if (fd >= 0 && fd < nfds)
        drop(&fds[fd], events & (PV_POLL_IN | PV_POLL_OUT));
}

void pv_poll_forget(int fd)
{
    if (fd < 0 || fd >= nfds)
        return;
    FdEnt *e = &fds[fd];
    drop(e, PV_POLL_IN | PV_POLL_OUT);
    if (e->kmask)
        pv_pollbe_set(fd, e->kmask, 0);
    e->kmask = 0;
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
    free(fds);
    fds = NULL;
    nfds = 0;
    counted = 0;
    ready = false;
}

/* Deliver one raw event. The table is looked up afresh for every event
 * because earlier callbacks of the same batch may have changed it. */
static int dispatch(int fd, uint32_t ev)
{
    if (fd < 0 || fd >= nfds)
        return 0;
    FdEnt *e = &fds[fd];
    uint32_t trouble = ev & (PV_POLL_ERR | PV_POLL_HUP);
    uint32_t fire = e->want & ((ev & (PV_POLL_IN | PV_POLL_OUT)) |
                               (trouble ? PV_POLL_IN | PV_POLL_OUT : 0));
    /* Lazy disarm: the kernel reported a direction nobody wants. */
    uint32_t unwanted = (ev | (trouble ? e->kmask : 0)) & e->kmask & ~e->want;
    if (unwanted) {
        if (pv_pollbe_set(fd, e->kmask, e->want) == 0)
            e->kmask = e->want;
    }
    if (!fire)
        return 0;
    if (fire == (PV_POLL_IN | PV_POLL_OUT) && e->in.fn == e->out.fn && e->in.user == e->out.user) {
        Reg r = e->in;
        drop(e, fire & e->oneshot);
        r.fn(fd, fire | trouble, r.user);
        return 1;
    }
    int n = 0;
    if (fire & PV_POLL_IN) {
        Reg r = e->in;
        drop(e, PV_POLL_IN & e->oneshot);
        r.fn(fd, PV_POLL_IN | trouble, r.user);
        n++;
    }
    /* The IN callback may have dropped or replaced the OUT registration
     * (or grown the table): look again. */
    if ((fire & PV_POLL_OUT) && fd < nfds && (fds[fd].want & PV_POLL_OUT)) {
        e = &fds[fd];
        Reg r = e->out;
        drop(e, PV_POLL_OUT & e->oneshot);
        r.fn(fd, PV_POLL_OUT | trouble, r.user);
        n++;
    }
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
            drop(&fds[fd], PV_POLL_IN | PV_POLL_OUT);
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
