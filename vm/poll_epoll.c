/* poll_epoll.c: the Linux poller backend (see poller.h's backend contract).
 * Level-triggered interest, one epoll_event per fd carrying the fd. */
#include "config.h"
#include "poller.h"

#if defined(PV_POLLER_EPOLL) && !defined(PV_POLLER_FORCE_POLL)

#include <errno.h>
#include <limits.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

const char pv_pollbe_name[] = "epoll";
static int epfd = -1;

int pv_pollbe_init(void)
{
    epfd = epoll_create1(EPOLL_CLOEXEC);
    return epfd < 0 ? -1 : 0;
}

void pv_pollbe_fini(void)
{
    if (epfd >= 0)
        close(epfd);
    epfd = -1;
}

int pv_pollbe_set(int fd, uint32_t old, uint32_t new_)
{
    struct epoll_event ev = { 0 };
    ev.data.fd = fd;
    ev.events = (new_ & PV_POLL_IN ? EPOLLIN | EPOLLRDHUP : 0) | (new_ & PV_POLL_OUT ? EPOLLOUT : 0);
    if (!new_) {
        /* ENOENT/EBADF: the fd was closed already, which removed it. */
        if (epoll_ctl(epfd, EPOLL_CTL_DEL, fd, &ev) < 0 && errno != ENOENT && errno != EBADF)
            return -1;
        return 0;
    }
    if (epoll_ctl(epfd, old ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) == 0)
        return 0;
    /* Our idea of the kernel's state was stale (an fd closed without
     * pv_poll_forget and reused): fix it up. */
    if (errno == ENOENT)
        return epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
    if (errno == EEXIST)
        return epoll_ctl(epfd, EPOLL_CTL_MOD, fd, &ev);
    return -1;
}

static int do_wait(struct epoll_event *evs, int max, int64_t timeout_ns)
{
#ifdef HAVE_EPOLL_PWAIT2
    /* ns resolution where the kernel has it (5.11+), else ms below. */
    static int have_pwait2 = 1;
    if (have_pwait2 && timeout_ns > 0) {
        struct timespec ts = { (time_t)(timeout_ns / 1000000000), (long)(timeout_ns % 1000000000) };
        int n = epoll_pwait2(epfd, evs, max, &ts, NULL);
        if (n >= 0 || errno != ENOSYS)
            return n;
        have_pwait2 = 0;
    }
#endif
    int ms;
    if (timeout_ns < 0)
        ms = -1;
    else if (timeout_ns >= (int64_t)INT_MAX * 1000000)
        ms = INT_MAX;
    else /* round up: waking early would only make the caller spin */
        ms = (int)((timeout_ns + 999999) / 1000000);
    return epoll_wait(epfd, evs, max, ms);
}

int pv_pollbe_wait(int64_t timeout_ns, PvPollRaw *out, int max)
{
    struct epoll_event evs[max];
    int n = do_wait(evs, max, timeout_ns);
    for (int i = 0; i < n; i++) {
        uint32_t e = evs[i].events, r = 0;
        if (e & (EPOLLIN | EPOLLPRI | EPOLLRDHUP))
            r |= PV_POLL_IN;
        if (e & EPOLLOUT)
            r |= PV_POLL_OUT;
        if (e & EPOLLERR)
            r |= PV_POLL_ERR;
        if (e & EPOLLHUP)
            r |= PV_POLL_HUP;
        out[i].fd = evs[i].data.fd;
        out[i].events = r;
    }
    return n;
}

#endif
