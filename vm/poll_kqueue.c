/* poll_kqueue.c: the BSD / macOS poller backend (see poller.h's backend
 * contract). Each direction is its own kqueue filter (EVFILT_READ,
 * EVFILT_WRITE); a change of interest is applied with one kevent() call.
 * Compiled to nothing unless configure chose kqueue. */
#include "config.h"
#include "poller.h"

#if defined(PV_POLLER_KQUEUE) && !defined(PV_POLLER_FORCE_POLL)

#include <errno.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/event.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

const char pv_pollbe_name[] = "kqueue";
static int kq = -1;

int pv_pollbe_init(void)
{
    kq = kqueue();
    if (kq < 0)
        return -1;
    fcntl(kq, F_SETFD, FD_CLOEXEC);
    return 0;
}

void pv_pollbe_fini(void)
{
    if (kq >= 0)
        close(kq);
    kq = -1;
}

int pv_pollbe_set(int fd, uint32_t old, uint32_t new_)
{
    struct kevent ch[2];
    int n = 0;
    uint32_t add = new_ & ~old, del = old & ~new_;
    if (add & PV_POLL_IN)
        EV_SET(&ch[n++], fd, EVFILT_READ, EV_ADD, 0, 0, NULL);
    if (add & PV_POLL_OUT)
        EV_SET(&ch[n++], fd, EVFILT_WRITE, EV_ADD, 0, 0, NULL);
    if (del & PV_POLL_IN)
        EV_SET(&ch[n++], fd, EVFILT_READ, EV_DELETE, 0, 0, NULL);
    if (del & PV_POLL_OUT)
        EV_SET(&ch[n++], fd, EVFILT_WRITE, EV_DELETE, 0, 0, NULL);
    if (!n)
        return 0;
    if (kevent(kq, ch, n, NULL, 0, NULL) == 0)
        return 0;
    /* Deleting a filter of an fd that was closed (and so forgotten by
     * the kernel) is not an error for us. */
    if (!add && (errno == ENOENT || errno == EBADF))
        return 0;
    return -1;
}

int pv_pollbe_wait(int64_t timeout_ns, PvPollRaw *out, int max)
{
    struct kevent evs[max];
    struct timespec ts, *tsp = NULL;
    if (timeout_ns >= 0) {
        ts.tv_sec = (time_t)(timeout_ns / 1000000000);
        ts.tv_nsec = (long)(timeout_ns % 1000000000);
        tsp = &ts;
    }
    int n = kevent(kq, NULL, 0, evs, max, tsp);
    int k = 0;
    for (int i = 0; i < n; i++) {
        uint32_t r = evs[i].filter == EVFILT_WRITE ? PV_POLL_OUT : PV_POLL_IN;
        /* EOF on the read side is just readability (half-close); on the
         * write side the connection is gone for both directions. */
        if ((evs[i].flags & EV_EOF) && evs[i].filter == EVFILT_WRITE)
            r |= PV_POLL_HUP;
        if (evs[i].flags & EV_ERROR)
            r |= PV_POLL_ERR;
        int fd = (int)evs[i].ident;
        /* One entry per fd (the contract): merge the two filters. */
        int j = 0;
        while (j < k && out[j].fd != fd)
            j++;
        if (j == k) {
            out[k].fd = fd;
            out[k++].events = 0;
        }
        out[j].events |= r;
    }
    return n < 0 ? -1 : k;
}

#endif
