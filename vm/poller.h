/* poller.h: the poller, the one place where the VM thread sleeps.
 *
 * One process-wide poller (the VM has one OS thread running bytecode).
 * It waits in ONE call for fd readiness, a timeout (the next timer
 * deadline, computed by the caller), and wake-ups from other OS threads or
 * signal handlers (pv_poll_wake). Worker completions and signals arrive as
 * wake-ups or as readiness of fds that their owners register here.
 *
 * Interest is per (fd, direction): a reader and a writer of the same
 * socket register separately, each with its own callback and user pointer.
 * A direction may hold several registrations (several threads reading one
 * socket): readiness fires all of them, in the order they were made, and
 * each retries its operation. A registration is persistent or one-shot
 * (removed when it fires).
 * Readiness is level-triggered and may be spurious: the caller retries the
 * operation and registers again on EAGAIN.
 *
 * Everything here except pv_poll_wake is for the VM thread only.
 * Errors return -1 with errno set. */
#ifndef PV_POLLER_H
#define PV_POLLER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    PV_POLL_IN = 1,        /* readable (or accept/EOF) */
    PV_POLL_OUT = 2,       /* writable (or connect finished) */
    PV_POLL_ERR = 4,       /* reported, never requested: error condition */
    PV_POLL_HUP = 8,       /* reported, never requested: peer hung up */
    PV_POLL_ONESHOT = 16,  /* request flag: drop the registration when it fires */
    PV_POLL_NOCOUNT = 32,  /* request flag: internal fd, not counted by pv_poll_count */
    PV_POLL_WOKEN = 64,    /* reported by pv_poll_block: a wake-up or a signal */
    PV_POLL_CLOSED = 128,  /* reported by pv_poll_close: the fd is being closed */
};

/* Called on the VM thread from inside pv_poll_wait, under the GIL, with
 * the events that fired (IN/OUT of this registration, plus ERR/HUP). It may
 * add and delete registrations, including its own. When one callback and
 * user pointer are registered for both directions of an fd, a single call
 * receives both. */
typedef void (*PvPollFn)(int fd, uint32_t events, void *user);

int pv_poll_init(void);               /* create the backend and the wake fd */
void pv_poll_fini(void);              /* close them; registrations are dropped */
const char *pv_poll_backend(void);    /* "epoll", "kqueue" or "poll" */

/* Register interest in IN and/or OUT (plus ONESHOT/NOCOUNT) on fd for
 * (fn, user), replacing an earlier registration of the same (fn, user)
 * and direction, beside those of others. Regular files are always ready
 * and epoll refuses them (EPERM): do not register them. */
int pv_poll_add(int fd, uint32_t events, PvPollFn fn, void *user);
/* Drop all the registrations of the directions in `events` (IN/OUT). */
void pv_poll_del(int fd, uint32_t events);
/* Drop the registration of (fn, user) in those directions; false when
 * there was none. */
bool pv_poll_del_reg(int fd, uint32_t events, PvPollFn fn, void *user);
/* The fd is about to be closed (socket.close()): call every registration
 * once with PV_POLL_CLOSED|ERR|HUP (waiting threads get EBADF), then
 * pv_poll_forget it. */
void pv_poll_close(int fd);
/* Drop everything about fd. MUST be called before closing a registered
 * fd: the kernel may forget a closed fd behind our back. */
void pv_poll_forget(int fd);
/* Number of live registrations without NOCOUNT (deadlock detection: is
 * there an fd that could still wake someone?). */
size_t pv_poll_count(void);

/* Wait up to timeout_ns (< 0: forever, 0: just look) and dispatch the
 * ready registrations. Returns when something fired, the timeout passed,
 * a wake-up arrived or a signal interrupted the wait. If the caller holds
 * the GIL and timeout_ns != 0, the GIL is released while sleeping.
 * Returns the number of callbacks made, or -1 (errno) on a real error. */
int pv_poll_wait(int64_t timeout_ns);

/* Real blocking for the VM thread while it cannot switch green threads
 * (preemption): wait for IN/OUT on fd alone (fd < 0: just sleep) up to
 * timeout_ns, releasing the GIL, but also return on a wake-up or signal.
 * Returns the events (IN/OUT/ERR/HUP) plus PV_POLL_WOKEN, 0 on timeout,
 * -1 on error. A wake-up is reported once and left pending for the next
 * pv_poll_wait, so neither is lost nor makes this spin. */
int pv_poll_block(int fd, uint32_t events, int64_t timeout_ns);

/* Make the current or the next pv_poll_wait return promptly. Any thread,
 * async-signal-safe, cheap when a wake-up is already pending; never lost
 * (a wake before the wait makes the wait return at once). */
void pv_poll_wake(void);

/* In the child after fork(), before using the poller: replace the kernel
 * object and the wake fd, which are shared with the parent, and register
 * again every fd still open (registrations of closed fds are dropped). */
int pv_poll_after_fork(void);

/* A notification fd: an eventfd, or a non-blocking pipe where there is
 * none. post() makes rd readable (any thread, async-signal-safe); drain()
 * empties it. Used for the poller's wake-up and worker completions. */
typedef struct PvNotifyFd { int rd, wr; } PvNotifyFd;
int pv_notify_open(PvNotifyFd *n);
void pv_notify_close(PvNotifyFd *n);
void pv_notify_post(const PvNotifyFd *n);
void pv_notify_drain(const PvNotifyFd *n);

/* poll(2) with a ns timeout (ppoll where available, else rounded up to
 * ms); < 0 waits forever. */
struct pollfd;
int pv_ppoll(struct pollfd *p, unsigned n, int64_t timeout_ns);

/* ---- backend contract (poll_epoll.c, poll_kqueue.c, poll_poll.c) ----
 * Only poll.c calls these. The backend keeps level-triggered interest
 * masks (PV_POLL_IN|PV_POLL_OUT) per fd and reports raw readiness. */
typedef struct PvPollRaw { int fd; uint32_t events; } PvPollRaw;
extern const char pv_pollbe_name[];
int pv_pollbe_init(void);
void pv_pollbe_fini(void);
/* Change fd's kernel interest from `old` to `new` (0 means absent). */
int pv_pollbe_set(int fd, uint32_t old, uint32_t new_);
/* Wait; fill at most max raw events, at most one per fd; return their
 * count, or -1 (errno, EINTR included). */
int pv_pollbe_wait(int64_t timeout_ns, PvPollRaw *out, int max);

#endif
