/* select.c: the _select primitive under Lib/select.py (select(), poll(),
 * epoll()): wait(pairs, timeout) takes [(fd, poll events), ...] and
 * returns [(fd, revents), ...] of the ready ones, or None when the timeout
 * passed. Only the calling green thread waits: the first fd's wait belongs
 * to the scheduler (pv_sched_block_fd, which also handles the timeout and
 * interrupts); the other fds get one-shot registrations of their own,
 * keyed by the thread id (a cookie, not a pointer: a stale one is
 * harmless), that wake the thread if it still waits in a wait(). A
 * timed-out or interrupted wait leaves them behind; the thread's next
 * wait() replaces them, readiness removes them. */
#include "../vm/sched.h"
#include <errno.h>
#include <poll.h>
#include <stdlib.h>

/* req: (0, n, fd0, ev0, fd1, ev1, ...) */

/* Look at every fd without waiting. ffd/fev: an fd the poller just
 * reported ready (fev: PV_POLL_* bits; ffd -1: none). It counts as ready
 * even when another thread has consumed the data meanwhile (a recv() that
 * was woken by the same event first), as the kernel's select() would have
 * said; a later read may then block, which select() allows. */
static Value scan(Value req, bool *any, int ffd, uint32_t fev)
{
    Value *it = pv_tuple_items(req);
    size_t n = (size_t)pv_small_val(it[1]);
    struct pollfd stack[64], *p = n <= 64 ? stack : malloc(n * sizeof *p);
    if (!p)
        return pv_nomemory();
    for (size_t i = 0; i < n; i++) {
        p[i].fd = (int)pv_small_val(it[2 + 2 * i]);
        p[i].events = (short)pv_small_val(it[3 + 2 * i]);
        p[i].revents = 0;
    }
    Value out = NULL;
    if (poll(p, n, 0) < 0 && errno != EINTR) {
        pv_raise_errno(errno);
        goto done;
    }
    out = pv_list_new(0);
    *any = false;
    for (size_t i = 0; out && i < n; i++) {
        if (p[i].fd == ffd && !p[i].revents)
            p[i].revents = (short)(((fev & PV_POLL_IN) ? p[i].events & (POLLIN | POLLRDNORM) : 0) |
                                   ((fev & PV_POLL_OUT) ? p[i].events & (POLLOUT | POLLWRNORM) : 0));
        if (p[i].revents) {
            *any = true;
            Value t = pv_tuple_pack(2, pv_small(p[i].fd), pv_small(p[i].revents));
            if (!t || pv_list_append(out, t) < 0)
                out = NULL;
        }
    }
done:
    if (p != stack)
        free(p);
    return out;
}

static void other_ready(int fd, uint32_t events, void *user);

static void drop_others(Value req, int64_t tid)
{
    Value *it = pv_tuple_items(req);
    size_t n = (size_t)pv_small_val(it[1]);
    for (size_t i = 1; i < n; i++)
        pv_poll_del_reg((int)pv_small_val(it[2 + 2 * i]), PV_POLL_IN | PV_POLL_OUT, other_ready,
                        (void *)(intptr_t)tid);
}

static Value first_ready(Value req, uint32_t ev)
{
    bool any;
    Value r = scan(req, &any, (int)pv_small_val(pv_tuple_items(req)[2]), ev);
    if (r && !any)
        return NULL;
    drop_others(req, pv_current_thread->id);
    return r;
}

static void other_ready(int fd, uint32_t events, void *user)
{
    PvThread *t = pv_sched_find((int64_t)(intptr_t)user);
    if (!t || t->state != PV_THREAD_SOFT_BLOCKED || PV_SCHED(t)->wait != PV_WAIT_FD ||
        PV_SCHED(t)->on_ready != first_ready || !t->data)
        return; /* stale: that wait() is over */
    Value req = t->data;
    bool any;
    PvThread *save = pv_current_thread;
    pv_current_thread = t;
    Value r = scan(req, &any, fd, events);
    Value exc = r ? NULL : pv_err_fetch();
    pv_current_thread = save;
    if (r && !any)
        return; /* spurious; the others still wait (this one is gone) */
    drop_others(req, t->id);
    pv_sched_wake(t, r, exc);
}

static Value s_wait(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("wait", kwnames) < 0 || pv_check_nargs("wait", nargs, 2, 2) < 0)
        return NULL;
    Value pairs = args[0];
    if (!pv_is_type(pairs, &pv_list_type))
        return pv_raise(&pv_exc_TypeError, "wait() needs a list");
    int64_t timeout_ns = -1;
    if (args[1] != pv_None) {
        double d;
        if (pv_float_as_double(args[1], &d) < 0)
            return NULL;
        timeout_ns = d < 0 ? -1 : (int64_t)(d * 1e9);
    }
    size_t n = ((PvList *)pairs)->size;
    Value req = pv_list_new(2 + 2 * n);
    if (!req)
        return NULL;
    Value *ri = ((PvList *)req)->items;
    ri[0] = pv_small(0);
    ri[1] = pv_small((int64_t)n);
    for (size_t i = 0; i < n; i++) {
        Value pr = ((PvList *)pairs)->items[i];
        if (!pv_is_type(pr, &pv_tuple_type) || pv_tuple_size(pr) != 2 || !pv_is_small(pv_tuple_items(pr)[0]) ||
            !pv_is_small(pv_tuple_items(pr)[1]))
            return pv_raise(&pv_exc_TypeError, "wait() needs (fd, events) pairs");
        ri[2 + 2 * i] = pv_tuple_items(pr)[0];
        ri[3 + 2 * i] = pv_tuple_items(pr)[1];
    }
    req = pv_list_as_tuple(req);
    if (!req)
        return NULL;
    bool any;
    Value r = scan(req, &any, -1, 0);
    if (!r || any || timeout_ns == 0)
        return r;
    int64_t deadline = timeout_ns < 0 ? -1 : pv_clock_ns() + timeout_ns;
    if (n == 0 || !pv_sched_can_soft_block(NULL, "wait")) {
        /* preemption: wait for real, a little at a time */
        for (;;) {
            int64_t left = deadline < 0 ? 10000000 : deadline - pv_clock_ns();
            if (left <= 0)
                return pv_None;
            if (n == 0 && deadline < 0)
                return pv_raise(&pv_exc_ValueError, "nothing to wait for");
            if (pv_sched_real_sleep(left < 1000000 ? left : 1000000) < 0)
                return NULL;
            r = scan(req, &any, -1, 0);
            if (!r || any)
                return r;
        }
    }
    Value *it = pv_tuple_items(req);
    for (size_t i = 1; i < n; i++) {
        int fd = (int)pv_small_val(it[2 + 2 * i]);
        int ev = (int)pv_small_val(it[3 + 2 * i]);
        uint32_t pe = ((ev & (POLLIN | POLLPRI)) ? PV_POLL_IN : 0) | ((ev & POLLOUT) ? PV_POLL_OUT : 0);
        if (!pe)
            continue;
        /* NOCOUNT: the first fd's wait counts for deadlock detection */
        if (pv_poll_add(fd, pe | PV_POLL_ONESHOT | PV_POLL_NOCOUNT, other_ready,
                        (void *)(intptr_t)pv_current_thread->id) < 0) {
            drop_others(req, pv_current_thread->id);
            return pv_raise_errno(errno);
        }
    }
    int ev0 = (int)pv_small_val(it[3]);
    uint32_t pe0 = ((ev0 & (POLLIN | POLLPRI)) ? PV_POLL_IN : 0) | ((ev0 & POLLOUT) ? PV_POLL_OUT : 0);
    if (pv_sched_block_fd((int)pv_small_val(it[2]), pe0 ? pe0 : PV_POLL_IN, req, deadline, first_ready) < 0) {
        drop_others(req, pv_current_thread->id);
        return NULL;
    }
    return pv_None;
}

static const PvMethodDef select_functions[] = {
    {"wait", s_wait, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int pv_select_add_epoll(Value m); /* select_epoll.c */

Value pv_select_module_init(void)
{
    Value m = pv_module_new_cstr("_select");
    if (!m || pv_module_add_functions(m, select_functions) < 0)
        return NULL;
    static const struct { const char *n; int v; } c[] = {
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
        {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM},
        {"POLLWRNORM", POLLWRNORM}, {NULL, 0}};
    for (int i = 0; c[i].n; i++)
        if (pv_module_add_int(m, c[i].n, c[i].v) < 0)
            return NULL;
    if (pv_select_add_epoll(m) < 0)
        return NULL;
    return m;
}
