/* poll_poll.c: the portable poller backend, on poll(2) (see poller.h's
 * backend contract). A dense pollfd array plus an fd -> slot map; removal
 * swaps the last entry in, so every change is O(1) and a wait is O(fds). */
#include "config.h"
#include "poller.h"

#if defined(PV_POLLER_POLL) || defined(PV_POLLER_FORCE_POLL)

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

const char pv_pollbe_name[] = "poll";
static struct pollfd *pfds;
static int npfds, cappfds;
static int *slot_of;   /* fd -> index in pfds, or -1 */
static int nslots;
static int start;      /* rotates, so that busy early fds cannot starve late ones */

int pv_pollbe_init(void)
{
    return 0;
}

void pv_pollbe_fini(void)
{
    free(pfds);
    free(slot_of);
    pfds = NULL;
    slot_of = NULL;
    npfds = cappfds = nslots = 0;
}

static int grow_slots(int fd)
{
    if (fd < nslots)
        return 0;
    int n = nslots ? nslots : 64;
    while (n <= fd)
        n *= 2;
    int *p = realloc(slot_of, (size_t)n * sizeof *p);
    if (!p) {
        errno = ENOMEM;
        return -1;
    }
    for (int i = nslots; i < n; i++)
        p[i] = -1;
    slot_of = p;
    nslots = n;
    return 0;
}

int pv_pollbe_set(int fd, uint32_t old, uint32_t new_)
{
    (void)old;
    if (grow_slots(fd) < 0)
        return -1;
    int s = slot_of[fd];
    if (!new_) {
        if (s >= 0) {
            pfds[s] = pfds[--npfds];
            slot_of[pfds[s].fd] = s;
            slot_of[fd] = -1;
        }
        return 0;
    }
    if (s < 0) {
        if (npfds == cappfds) {
            int n = cappfds ? cappfds * 2 : 64;
            struct pollfd *p = realloc(pfds, (size_t)n * sizeof *p);
            if (!p) {
                errno = ENOMEM;
                return -1;
            }
            pfds = p;
            cappfds = n;
        }
        s = npfds++;
        slot_of[fd] = s;
        pfds[s].fd = fd;
    }
    pfds[s].events = (short)((new_ & PV_POLL_IN ? POLLIN : 0) | (new_ & PV_POLL_OUT ? POLLOUT : 0));
    pfds[s].revents = 0;
    return 0;
}

int pv_pollbe_wait(int64_t timeout_ns, PvPollRaw *out, int max)
{
    int n = pv_ppoll(pfds, (unsigned)npfds, timeout_ns);
    if (n <= 0)
        return n;
    int k = 0;
    if (start >= npfds)
        start = 0;
    for (int j = 0; j < npfds && k < max && n > 0; j++) {
        int i = (start + j) % npfds;
        short re = pfds[i].revents;
        if (!re)
            continue;
        n--;
        uint32_t r = 0;
        if (re & (POLLIN | POLLPRI))
            r |= PV_POLL_IN;
        if (re & POLLOUT)
            r |= PV_POLL_OUT;
        if (re & (POLLERR | POLLNVAL))
            r |= PV_POLL_ERR;
        if (re & POLLHUP)
            r |= PV_POLL_HUP;
        out[k].fd = pfds[i].fd;
        out[k].events = r;
        k++;
    }
    start++;
    return k;
}

#endif
