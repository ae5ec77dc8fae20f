/* sched.c: the green-thread scheduler of seed/threads.txt.
 *
 * One OS thread runs every green thread inside one C loop (eval.c);
 * switching is assigning pv_current_thread. The current thread is on no
 * queue; runnable ones wait on the FIFO run queue; soft-blocked ones sit
 * on a wait queue (locks, semaphores, fifos: sched_lock.c) and/or in the
 * timer heap. The loop calls pv_eval_breaker_hook() at JUMP_ABSOLUTE and
 * Python function entry when the breaker word is set, and right after a C
 * function soft-blocked the current thread. The ticker sets the breaker
 * every 2 ms only while something else could run (another runnable
 * thread, a timer, a registered fd); with nothing runnable we sleep in the
 * poller (hibernation) or, when nothing can ever wake anyone, raise
 * thread.Deadlock in thread 0. */
#include "sched.h"
#include "blocking.h"
#include "opcode.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static PvWaitQ runq;
static PvSched main_sched;
static size_t nthreads = 1;     /* live threads, thread 0 included */
static bool ticker_on;          /* the ticker thread was started */
static bool yield_asked;
static Value pending;           /* dict: thread id -> interrupt exception */
static Value trampoline;        /* def _run(f, a, k): return f(*a, **k) */
uint64_t pv_sched_switches;

/* ---- thread id -> PvThread: open addressing, backward-shift delete ---- */

static PvThread **idtab;
static size_t idcap, idused;

static size_t id_slot(int64_t id)
{
    return (size_t)((uint64_t)id * UINT64_C(0x9E3779B97F4A7C15) >> 20) & (idcap - 1);
}

static int id_insert(PvThread *t)
{
    if ((idused + 1) * 2 > idcap) {
        size_t ncap = idcap ? idcap * 2 : 64;
        PvThread **old = idtab;
        size_t ocap = idcap;
        idtab = calloc(ncap, sizeof *idtab);
        if (!idtab) {
            idtab = old;
            return -1;
        }
        idcap = ncap;
        for (size_t i = 0; i < ocap; i++)
            if (old[i]) {
                size_t j = id_slot(old[i]->id);
                while (idtab[j])
                    j = (j + 1) & (idcap - 1);
                idtab[j] = old[i];
            }
        free(old);
    }
    size_t j = id_slot(t->id);
    while (idtab[j])
        j = (j + 1) & (idcap - 1);
    idtab[j] = t;
    idused++;
    return 0;
}

PvThread *pv_sched_find(int64_t id)
{
    if (!idcap)
        return NULL;
    for (size_t j = id_slot(id); idtab[j]; j = (j + 1) & (idcap - 1))
        if (idtab[j]->id == id)
            return idtab[j];
    return NULL;
}

static void id_remove(PvThread *t)
{
    size_t j = id_slot(t->id);
    while (idtab[j] && idtab[j] != t)
        j = (j + 1) & (idcap - 1);
    if (!idtab[j])
        return;
    idtab[j] = NULL;
    idused--;
    /* shift back the entries of the same probe run */
    for (size_t k = (j + 1) & (idcap - 1); idtab[k]; k = (k + 1) & (idcap - 1)) {
        size_t home = id_slot(idtab[k]->id);
        bool between = j <= k ? (home > j && home <= k) : (home > j || home <= k);
        if (!between) {
            idtab[j] = idtab[k];
            idtab[k] = NULL;
            j = k;
        }
    }
}

/* ---- queues ---- */

void pv_waitq_push(PvWaitQ *q, PvSched *s)
{
    s->next = NULL;
    s->prev = q->tail;
    if (q->tail)
        q->tail->next = s;
    else
        q->head = s;
    q->tail = s;
    s->queue = q;
}

static void waitq_push_front(PvWaitQ *q, PvSched *s)
{
    s->prev = NULL;
    s->next = q->head;
    if (q->head)
        q->head->prev = s;
    else
        q->tail = s;
    q->head = s;
    s->queue = q;
}

void pv_waitq_remove(PvSched *s)
{
    PvWaitQ *q = s->queue;
    if (!q)
        return;
    if (s->prev)
        s->prev->next = s->next;
    else
        q->head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    else
        q->tail = s->prev;
    s->next = s->prev = NULL;
    s->queue = NULL;
}

PvSched *pv_waitq_pop(PvWaitQ *q)
{
    PvSched *s = q->head;
    if (s)
        pv_waitq_remove(s);
    return s;
}

static bool tick_wish;

/* The ticker runs while the current thread could be made to give way:
 * another thread is runnable, or a timer or fd may wake one. It is turned
 * on eagerly and off lazily (at a tick that finds nothing to do, or
 * before sleeping in the poller): a lock ping-pong would otherwise flip
 * it at every switch. */
static void ticker_update(void)
{
    if (ticker_on && !tick_wish &&
        (runq.head || pv_timer_count() || pv_poll_count() || pv_workers_pending())) {
        tick_wish = true;
        pv_ticker_set(true);
    }
}

static void ticker_maybe_off(void)
{
    if (tick_wish && !runq.head && !pv_timer_count() && !pv_poll_count() &&
        !pv_workers_pending()) {
        tick_wish = false;
        pv_ticker_set(false);
    }
}

/* ---- pending interrupts ---- */

static void pending_set(PvThread *t, Value exc)
{
    if (pv_dict_set(pending, pv_int_from_i64(t->id), exc) < 0) {
        pv_err_clear();
        return;
    }
    PV_SCHED(t)->interrupt_pending = true;
}

/* Raise a pending interrupt in t, which is about to run. */
static void deliver(PvThread *t)
{
    PvSched *s = PV_SCHED(t);
    if (!s || !s->interrupt_pending)
        return;
    s->interrupt_pending = false;
    Value exc = pv_dict_pop(pending, pv_int_from_i64(t->id), pv_None);
    if (!exc || exc == pv_None)
        return;
    if (!t->exc)
        t->exc = exc;
}

/* ---- blocking and waking ---- */

static void timer_fired(PvTimer *tm)
{
    PvSched *s = tm->user;
    Value res = pv_None, exc = NULL;
    if (s->timeout_kind == PV_TIMEOUT_FALSE)
        res = pv_False;
    else if (s->timeout_kind == PV_TIMEOUT_RAISE) {
        /* fd waits (sockets, iowait.c) say "timed out" as CPython's socket */
        Value msg = s->wait == PV_WAIT_FD ? pv_str_from_cstr("timed out") : NULL;
        exc = pv_exc_new(&pv_exc_TimeoutError, msg ? &msg : NULL, msg ? 1 : 0);
        if (!exc) {
            exc = pv_err_fetch();
        }
    }
    pv_sched_wake(s->t, res, exc);
}

/* Is c the primitive being called: bound to self (a lock's method), or,
 * for functions without a self (sleep), named `name`? A bound builtin's
 * __self__ never changes, so the last few answers are cached; the cached
 * functions are GC roots, so their addresses cannot be reused meanwhile. */
enum { SELF_CACHE = 4 };
static Value self_cache_fn[SELF_CACHE], self_cache_self[SELF_CACHE];
static unsigned self_cache_next;

static bool is_primitive(Value c, Value self, const char *name)
{
    if (c == self && c)
        return true; /* the callable itself (an FFI function object) */
    if (!c || !pv_is_type(c, &pv_cfunction_type))
        return false;
    if (!self) {
        Value v = pv_getattr_opt(c, pv_id___name__);
        pv_err_clear();
        return v && pv_is_str(v) && pv_str_eq_cstr(v, name);
    }
    for (unsigned i = 0; i < SELF_CACHE; i++)
        if (self_cache_fn[i] == c)
            return self_cache_self[i] == self;
    Value v = pv_getattr_opt(c, pv_id___self__);
    pv_err_clear();
    unsigned i = self_cache_next++ % SELF_CACHE;
    self_cache_fn[i] = c;
    self_cache_self[i] = v;
    return v == self;
}

bool pv_sched_can_soft_block(Value self, const char *name)
{
    if (pv_preempt_depth > 0)
        return false;
    PvThread *t = pv_current_thread;
    PvFrame *f = t->top;
    if (!f || !PV_SCHED(t))
        return false;
    /* Only the call instructions and SETUP_WITH check for a soft block
     * right after their C call returns, and only when they called the
     * primitive themselves: reached through another C function (map(),
     * a key function, iter(f, sentinel)) it must block for real. The
     * stack still holds the call as f->sp was saved at dispatch. */
    uint32_t word = f->ip[-1];
    int n = (int)PV_ARG(word);
    Value *sp = f->sp;
    switch (PV_OP(word)) {
    case OP_SETUP_WITH:
        return true; /* the loop called __enter__ itself */
    case OP_CALL_FUNCTION_KW:
        sp--;
        /* fall through */
    case OP_CALL_FUNCTION:
        return sp - n - 1 >= f->stack && is_primitive(sp[-n - 1], self, name);
    case OP_CALL_METHOD_KW:
        sp--;
        /* fall through */
    case OP_CALL_METHOD: {
        Value *base = sp - n - 2;
        if (base < f->stack)
            return false;
        if (base[0]) /* unbound method descriptor + self */
            return self ? base[1] == self : is_primitive(base[0], self, name);
        return is_primitive(base[1], self, name);
    }
    case OP_CALL_FUNCTION_EX: {
        Value *base = sp - 2 - (n & 1);
        return base >= f->stack && is_primitive(base[0], self, name);
    }
    case OP_FOR_ITER:
        /* a C iterator's next (a pipe's lines): the wake-up must hand back
         * the iterator itself, and FOR_ITER runs again (eval.c) */
        return self && sp > f->stack && sp[-1] == self;
    default:
        return false;
    }
}

void pv_sched_block(int wait, Value obj, PvWaitQ *q, int64_t deadline, int timeout_kind)
{
    PvThread *t = pv_current_thread;
    PvSched *s = PV_SCHED(t);
    t->state = PV_THREAD_SOFT_BLOCKED;
    t->data = obj;
    s->wait = (uint8_t)wait;
    s->timeout_kind = (uint8_t)timeout_kind;
    if (q)
        pv_waitq_push(q, s);
    if (deadline >= 0)
        pv_timer_add(&s->timer, deadline);
}

static void fd_ready(int fd, uint32_t events, void *user)
{
    (void)fd;
    PvSched *s = user;
    PvThread *t = s->t;
    if (t->state != PV_THREAD_SOFT_BLOCKED || s->wait != PV_WAIT_FD)
        return;
    if (events & PV_POLL_CLOSED) {
        /* closed under the waiter (socket.close() in another thread) */
        Value args[2] = {pv_small(EBADF), pv_str_from_cstr("Bad file descriptor")};
        Value exc = args[1] ? pv_exc_new(&pv_exc_OSError, args, 2) : NULL;
        s->fd = -1;
        pv_sched_wake(t, NULL, exc ? exc : pv_err_fetch());
        return;
    }
    /* Run the completion as t, so that an exception lands in t (the
     * scheduler is between threads here). */
    PvThread *save = pv_current_thread;
    Value saved_exc = t->exc;
    pv_current_thread = t;
    t->exc = NULL;
    Value r = s->on_ready(t->data, events);
    if (!r && !t->exc) {
        /* spurious readiness (EAGAIN): wait again */
        if (pv_poll_add(s->fd, s->fd_events | PV_POLL_ONESHOT, fd_ready, s) == 0) {
            t->exc = saved_exc;
            pv_current_thread = save;
            return;
        }
        pv_raise_errno(errno);
    }
    Value exc = pv_err_fetch();
    t->exc = saved_exc;
    pv_current_thread = save;
    s->fd = -1;
    pv_sched_wake(t, r, exc);
}

int pv_sched_block_fd(int fd, uint32_t events, Value obj, int64_t deadline,
                      Value (*on_ready)(Value obj, uint32_t events))
{
    PvSched *s = PV_SCHED(pv_current_thread);
    events &= PV_POLL_IN | PV_POLL_OUT;
    if (pv_poll_add(fd, events | PV_POLL_ONESHOT, fd_ready, s) < 0) {
        pv_raise_errno(errno);
        return -1;
    }
    s->fd = fd;
    s->fd_events = events;
    s->on_ready = on_ready;
    pv_sched_block(PV_WAIT_FD, obj, NULL, deadline, PV_TIMEOUT_NONE);
    ticker_update();
    return 0;
}

void pv_sched_block_real(PvJob *job, const char *what)
{
    PvThread *t = pv_current_thread;
    PvSched *s = PV_SCHED(t);
    t->state = PV_THREAD_REAL_BLOCKED;
    s->wait = PV_WAIT_JOB;
    s->job = job;
    s->what = what;
}

/* A wait begun by `with lock:` that ends with an exception (interrupt,
 * Deadlock) never entered the block: SETUP_WITH had already pushed its
 * cleanup block and __enter__'s placeholder result, so take them off
 * again, or unwinding would call __exit__ and release a lock this thread
 * never got. */
static void undo_with(PvThread *t)
{
    PvFrame *f = t->top;
    if (!f || PV_OP(f->ip[-1]) != OP_SETUP_WITH || f->nblocks == 0)
        return;
    PvBlock *b = &f->blocks[f->nblocks - 1];
    if (b->type != PV_BLOCK_FINALLY || b->handler != (int32_t)PV_ARG(f->ip[-1]) ||
        f->sp != f->stack + b->level + 1)
        return;
    f->nblocks--;
    f->sp--;
}

void pv_sched_wake(PvThread *t, Value result, Value exc)
{
    PvSched *s = PV_SCHED(t);
    s->job = NULL;
    if (s->wait == PV_WAIT_FD && s->fd >= 0) {
        /* timed out or interrupted: drop the registration (only this
         * thread's: others may wait on the same fd) */
        pv_poll_del_reg(s->fd, s->fd_events, fd_ready, s);
        s->fd = -1;
    }
    pv_waitq_remove(s);
    pv_timer_cancel(&s->timer);
    t->data = NULL;
    s->wait = PV_WAIT_NONE;
    if (exc) {
        undo_with(t);
        t->exc = exc;
    } else {
        pv_thread_set_result(t, result);
    }
    t->state = PV_THREAD_RUNNING;
    pv_waitq_push(&runq, s);
    if (!(atomic_load_explicit(&pv_eval_breaker, memory_order_relaxed) & PV_BREAK_WAKE))
        pv_break_set(PV_BREAK_WAKE);
    ticker_update();
}

/* ---- signals ---- */

bool pv_signals_at_switch;

/* Weak default: no Python-level signal handlers (a signal module, or
 * child reaping for os.system, overrides it). */
__attribute__((weak)) uint64_t pv_signal_dispatch(uint64_t sigs)
{
    return sigs;
}

static void take_signals(void)
{
    uint64_t sigs = pv_signal_dispatch(pv_signals_take());
    if (sigs & (UINT64_C(1) << SIGINT)) {
        Value exc = pv_exc_new(&pv_exc_KeyboardInterrupt, NULL, 0);
        if (exc)
            pv_sched_interrupt(&pv_main_thread, exc, 2);
        else
            pv_err_clear();
    }
    if (sigs & (UINT64_C(1) << SIGQUIT))
        pv_sched_dump(NULL);
}

int pv_sched_real_sleep(int64_t ns)
{
    int64_t end = ns < 0 ? -1 : pv_clock_ns() + ns;
    PvThread *t = pv_current_thread;
    for (;;) {
        int64_t left = end < 0 ? -1 : end - pv_clock_ns();
        if (end >= 0 && left <= 0)
            return 0;
        int r = pv_poll_block(-1, 0, left);
        if (r < 0 && errno != EINTR)
            return 0;
        if (pv_signals_pending())
            take_signals();
        deliver(t);
        if (t->exc)
            return -1;
    }
}

/* ---- deadlock ---- */

static int cmp_id(const void *a, const void *b)
{
    int64_t x = (*(PvThread *const *)a)->id, y = (*(PvThread *const *)b)->id;
    return x < y ? -1 : x > y;
}

/* Live threads sorted by id (malloc'd array). */
static PvThread **sorted_threads(size_t *n)
{
    size_t cnt = 0;
    for (PvThread *t = pv_all_threads; t; t = t->next_all)
        if (t->state != PV_THREAD_DONE)
            cnt++;
    PvThread **a = malloc((cnt ? cnt : 1) * sizeof *a);
    if (!a) {
        *n = 0;
        return NULL;
    }
    size_t i = 0;
    for (PvThread *t = pv_all_threads; t; t = t->next_all)
        if (t->state != PV_THREAD_DONE)
            a[i++] = t;
    qsort(a, cnt, sizeof *a, cmp_id);
    *n = cnt;
    return a;
}

Value pv_sched_describe(PvThread *t)
{
    PvSched *s = PV_SCHED(t);
    if (t->state == PV_THREAD_DONE)
        return pv_str_from_cstr("finished");
    if (t->state == PV_THREAD_REAL_BLOCKED)
        return pv_str_printf("real blocked in %s", s && s->what ? s->what : "a C call");
    if (t->state == PV_THREAD_RUNNING)
        return pv_str_from_cstr(t == pv_current_thread ? "running" : "runnable");
    Value obj = t->data;
    switch (s ? s->wait : PV_WAIT_NONE) {
    case PV_WAIT_SLEEP:
        return pv_str_printf("soft blocked in sleep (%.3f s left)",
                             (double)(s->timer.deadline - pv_clock_ns()) / 1e9);
    case PV_WAIT_LOCK:
    case PV_WAIT_RLOCK: {
        Value d = obj ? pv_sched_lock_describe(obj) : NULL;
        if (!d)
            return NULL;
        return pv_str_printf("soft blocked on %S", d);
    }
    case PV_WAIT_SEM:
    case PV_WAIT_FIFO: {
        Value d = obj ? pv_sched_lock_describe(obj) : NULL;
        return d ? pv_str_printf("soft blocked on %S", d) : NULL;
    }
    case PV_WAIT_JOIN:
        return pv_str_printf("soft blocked joining thread %lld", (long long)s->arg);
    case PV_WAIT_FD:
        return pv_str_printf("soft blocked on fd %d (%s)", s->fd,
                             s->fd_events & PV_POLL_OUT ? "write" : "read");
    default:
        return pv_str_from_cstr("soft blocked");
    }
}

static Value deadlock_message(const char *head)
{
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, head);
    size_t n;
    PvThread **all = sorted_threads(&n);
    for (size_t i = 0; i < n; i++) {
        Value d = pv_sched_describe(all[i]);
        if (!d) {
            pv_err_clear();
            continue;
        }
        pv_buf_printf(&b, "\n  thread %lld: %s", (long long)all[i]->id, pv_str_data(d));
    }
    free(all);
    return pv_buf_finish_str(&b);
}

static Value new_deadlock(Value msg)
{
    extern Value pv_thread_module_init(void);
    if (!pv_thread_Deadlock && !pv_thread_module_init())
        return NULL;
    return pv_call1(pv_thread_Deadlock, msg);
}

Value pv_sched_deadlock_now(const char *what)
{
    char head[200];
    snprintf(head, sizeof head, "deadlock: thread %lld would wait forever on %s: called "
                                "from C (preemption, or a C caller such as map()), it "
                                "cannot let other threads run",
             (long long)pv_current_thread->id, what);
    Value msg = deadlock_message(head);
    if (!msg)
        return NULL;
    Value exc = new_deadlock(msg);
    return exc ? pv_raise_value(exc) : NULL;
}

/* Nothing is runnable: can anything still wake a thread? */
/* Weak default: no signal can wake a blocked program (modules/signal.c
 * says yes while Python signal handlers are installed). */
__attribute__((weak)) bool pv_signal_may_wake(void)
{
    return false;
}

static bool can_wake(void)
{
    return pv_timer_count() || pv_poll_count() || pv_workers_pending() || pv_gil_contended() ||
           pv_signal_may_wake();
}

static void raise_deadlock(void)
{
    PvThread *m = &pv_main_thread;
    Value msg = deadlock_message("deadlock: every thread is blocked and nothing can wake them:");
    Value exc = msg ? new_deadlock(msg) : NULL;
    if (!exc)
        exc = pv_err_fetch();
    pv_err_clear();
    if (m->state == PV_THREAD_SOFT_BLOCKED) {
        pv_sched_wake(m, NULL, exc);
        return;
    }
    /* Thread 0 is gone: nothing can ever run again. */
    fprintf(stderr, "pyvm: deadlock after the main thread ended\n");
    exit(1);
}

/* ---- switching ---- */

static PvThread *pick_next(void)
{
    for (;;) {
        PvSched *s = pv_waitq_pop(&runq);
        if (s)
            return s->t;
        if (!can_wake()) {
            raise_deadlock();
            continue;
        }
        if (ticker_on && tick_wish) {
            tick_wish = false;
            pv_ticker_set(false);
        }
        pv_poll_wait(pv_timer_timeout(pv_clock_ns()));
        pv_timer_run(pv_clock_ns());
        if (pv_signals_pending())
            take_signals();
    }
}

static void switch_to(PvThread *t)
{
    if (t != pv_current_thread)
        pv_sched_switches++;
    pv_current_thread = t;
    deliver(t);
    ticker_update();
}

/* Scheduler requests (tick, wake) that arrived while no switch was
 * allowed: a nested loop (preemption) or a foreign thread holding the GIL
 * consumed the breaker.  Kept here, under the GIL, until the VM thread can
 * act on them, so a worker completion is not forgotten. */
static unsigned deferred_bits;

void pv_sched_rearm_breaker(void)
{
    if (deferred_bits)
        atomic_fetch_or_explicit(&pv_eval_breaker, deferred_bits, memory_order_release);
}

void pv_eval_breaker_hook(void)
{
    /* called right after a soft block too, usually with nothing set:
     * spare the atomic exchange then */
    unsigned bits = atomic_load_explicit(&pv_eval_breaker, memory_order_relaxed);
    if (bits)
        bits = atomic_exchange_explicit(&pv_eval_breaker, 0, memory_order_acq_rel);
    PvThread *cur = pv_current_thread;
    if (bits & PV_BREAK_GIL)
        pv_blocking_gil_yield(); /* pv_gil_yield, keeping pv_current_thread right */
    if (bits & PV_BREAK_SIGNAL) {
        bool was_blocked = cur->state == PV_THREAD_SOFT_BLOCKED;
        pv_signals_at_switch = true;
        take_signals();
        pv_signals_at_switch = false;
        if (was_blocked && cur->state == PV_THREAD_RUNNING && PV_SCHED(cur)) {
            /* woken by the signal (Ctrl-C) right as it blocked: it stays
             * the current thread, so off the run queue */
            pv_waitq_remove(PV_SCHED(cur));
            return;
        }
    }
    if (bits & PV_BREAK_GC)
        pv_gc_safe_point(); /* finalizers, weakref callbacks (finalize.c) */
    if (!PV_SCHED(cur) || pv_preempt_depth > 0) {
        /* no switching while a nested loop runs (preemption) */
        deferred_bits |= bits & (PV_BREAK_TICK | PV_BREAK_WAKE);
        deliver(cur);
        return;
    }
    bits |= deferred_bits;
    deferred_bits = 0;
    if (cur->state == PV_THREAD_SOFT_BLOCKED && PV_SCHED(cur)->interrupt_pending) {
        /* interrupted (mode 1) before it could block: the wait fails */
        PvSched *s = PV_SCHED(cur);
        s->interrupt_pending = false;
        Value exc = pv_dict_pop(pending, pv_int_from_i64(cur->id), pv_None);
        if (exc && exc != pv_None) {
            pv_sched_wake(cur, NULL, exc);
            pv_waitq_remove(s); /* it stays the current thread */
            return;
        }
    }
    if (cur->state == PV_THREAD_RUNNING) {
        if (bits & (PV_BREAK_TICK | PV_BREAK_WAKE)) {
            /* fds, and worker completions (blocking.c sets WAKE) */
            if (pv_poll_count() || pv_workers_pending())
                pv_poll_wait(0);
            if (bits & PV_BREAK_TICK)
                pv_timer_run(pv_clock_ns());
        }
        bool want = yield_asked || (bits & (PV_BREAK_TICK | PV_BREAK_WAKE));
        yield_asked = false;
        if (!want || !runq.head) {
            deliver(cur);
            if (bits & PV_BREAK_TICK)
                ticker_maybe_off();
            return;
        }
        pv_waitq_push(&runq, PV_SCHED(cur));
    }
    switch_to(pick_next());
}

/* ---- threads ---- */

/* pv_all_threads is singly linked; each PvSched knows its predecessor
 * so that a thread leaves the list in O(1) even among a million. */
static void all_link(PvThread *t)
{
    t->next_all = pv_all_threads;
    if (pv_all_threads && PV_SCHED(pv_all_threads))
        PV_SCHED(pv_all_threads)->all_prev = t;
    pv_all_threads = t;
    PV_SCHED(t)->all_prev = NULL;
}

static void all_unlink(PvThread *t)
{
    PvSched *s = PV_SCHED(t);
    if (s->all_prev) {
        s->all_prev->next_all = t->next_all;
    } else if (pv_all_threads == t) {
        pv_all_threads = t->next_all;
    } else { /* a predecessor without a scheduler record: walk */
        for (PvThread **pp = &pv_all_threads; *pp; pp = &(*pp)->next_all)
            if (*pp == t) {
                *pp = t->next_all;
                break;
            }
    }
    if (t->next_all && PV_SCHED(t->next_all))
        PV_SCHED(t->next_all)->all_prev = s->all_prev;
    t->next_all = NULL;
    s->all_prev = NULL;
}

/* Finished threads are kept, with their scheduler record and first frame
 * chunk, for the next spawn: otherwise malloc/free dominate spawning. */
enum { POOL_MAX = 1024 };
static PvThread *pool;          /* linked through next_all */
static size_t npool;
static int64_t next_id = 1;

typedef struct Rec {
    PvThread t;
    PvSched s;
    PvChunk chunk;                /* the first frame chunk */
    char chunk_data[232];         /* 256 bytes with the header, as frame.c's */
} Rec;

/* A pooled record's fields by hand: a memset of it is a `rep stos`, as
 * slow to start as the rest of a spawn. (Fields added to PvSched go here
 * too: the size check is there to remind.) */
static void sched_reset(PvSched *s, PvThread *t)
{
#if UINTPTR_MAX == UINT64_MAX
    _Static_assert(sizeof(PvSched) == 152, "PvSched changed: reset the new field here");
#endif
    s->t = t;
    s->next = s->prev = NULL;
    s->queue = NULL;
    s->all_prev = NULL;
    s->func = NULL;
    s->job = NULL;
    s->on_ready = NULL;
    s->fd = 0;
    s->fd_events = 0;
    s->what = NULL;
    s->arg = 0;
    s->wait = PV_WAIT_NONE;
    s->timeout_kind = PV_TIMEOUT_NONE;
    s->interrupt_pending = false;
    s->joiners.head = s->joiners.tail = NULL;
}

static PvThread *thread_alloc(void)
{
    PvThread *t = pool;
    if (t) {
        pool = t->next_all;
        npool--;
        PvSched *s = PV_SCHED(t);
        PvChunk *c = t->chunk, *sp = t->spare;
        memset(t, 0, sizeof *t);
        t->chunk = c;
        t->spare = sp;
        t->sched = s;
        sched_reset(s, t);
        all_link(t);
    } else {
        /* The thread, its scheduler record and its first frame chunk in
         * one block: pv_thread_free's free(t) releases all three (the
         * embedded chunk is unhooked first, see thread_release; frame.c
         * never frees the bottom chunk of a thread). */
        Rec *r = malloc(sizeof *r);
        if (!r) {
            pv_nomemory();
            return NULL;
        }
        memset(r, 0, offsetof(Rec, chunk) + sizeof(PvChunk));
        t = &r->t;
        t->sched = &r->s;
        r->s.t = t;
        r->chunk.size = sizeof r->chunk + sizeof r->chunk_data;
        t->chunk = &r->chunk;
        all_link(t);
    }
    t->id = next_id++;
    pv_timer_init(&PV_SCHED(t)->timer, timer_fired, PV_SCHED(t));
    return t;
}

static void thread_release(PvThread *t)
{
    all_unlink(t);
    t->top = NULL;
    t->exc = NULL;
    t->data = NULL;
    t->depth = 0;
    if (npool < POOL_MAX && t->chunk && !t->chunk->prev && t->chunk->used == 0) {
        if (t->spare && t->spare->size > 4096) {
            free(t->spare);
            t->spare = NULL;
        }
        t->next_all = pool;
        pool = t;
        npool++;
        return;
    }
    PvChunk *c = t->chunk;
    if (c && !c->prev && c == &((Rec *)t)->chunk)
        t->chunk = NULL; /* embedded: freed with t below */
    all_link(t); /* first in the list: pv_thread_free unlinks it at once */
    pv_thread_free(t); /* frees the scheduler record with it */
    if (pv_all_threads && PV_SCHED(pv_all_threads))
        PV_SCHED(pv_all_threads)->all_prev = NULL;
}

bool pv_thread_exit_hook(PvThread *t, Value result)
{
    PvSched *s = PV_SCHED(t);
    if (t == &pv_main_thread || !s)
        return false;
    if (!result) {
        Value exc = pv_err_fetch();
        if (exc && !pv_isinst(exc, &pv_exc_SystemExit)) {
            Value err = pv_sys_get("stderr");
            Value head = pv_str_printf("Exception ignored in thread started by: %R\n", s->func);
            if (!head || !err || err == pv_None || pv_file_write_value(err, head) < 0)
                pv_err_clear();
            /* the trampoline for non-function callables is not the user's */
            if (!pv_is_type(s->func, &pv_function_type) &&
                !(pv_is_type(s->func, &pv_method_type) &&
                  pv_is_type(((PvMethod *)s->func)->func, &pv_function_type))) {
                PvExc *e = (PvExc *)exc;
                if (e->traceback && ((PvTraceback *)e->traceback)->next)
                    e->traceback = ((PvTraceback *)e->traceback)->next;
            }
            pv_err_print_exc(exc);
        }
        pv_err_clear();
    }
    t->state = PV_THREAD_DONE;
    for (PvSched *j; (j = pv_waitq_pop(&s->joiners));)
        pv_sched_wake(j->t, pv_True, NULL);
    id_remove(t);
    nthreads--;
    if (s->interrupt_pending)
        pv_dict_pop(pending, pv_int_from_i64(t->id), pv_None);
    thread_release(t);
    pv_current_thread = &pv_main_thread; /* until the next one is chosen */
    switch_to(pick_next());
    return true;
}

void pv_sched_after_fork(void)
{
    PvThread *cur = pv_current_thread;
    for (PvThread *t = pv_all_threads; t; t = t->next_all) {
        PvSched *s = PV_SCHED(t);
        if (t == cur || !s || t->state == PV_THREAD_DONE)
            continue;
        /* gone without a trace: off every queue, no timer, never runs */
        pv_waitq_remove(s);
        pv_timer_cancel(&s->timer);
        s->job = NULL;
        s->fd = -1;
        s->wait = PV_WAIT_NONE;
        t->state = PV_THREAD_DONE;
        id_remove(t);
        nthreads--;
        if (s->interrupt_pending) {
            s->interrupt_pending = false;
            pv_dict_pop(pending, pv_int_from_i64(t->id), pv_None);
        }
    }
    ticker_update();
}

PvThread *pv_sched_spawn(Value func, Value args, Value kwargs)
{
    if (!ticker_on) {
        if (pv_ticker_start(0) == 0)
            ticker_on = true;
    }
    /* arguments as a call vector */
    size_t na = pv_tuple_size(args);
    size_t nk = kwargs ? (size_t)pv_dict_size(kwargs) : 0;
    Value target = func;
    Value vec[na + nk + 3]; /* + self, or the trampoline's 3 arguments */
    Value kwnames = NULL;
    size_t off = 0;
    if (pv_is_type(func, &pv_method_type) &&
        pv_is_type(((PvMethod *)func)->func, &pv_function_type)) {
        target = ((PvMethod *)func)->func;
        vec[off++] = ((PvMethod *)func)->self;
    }
    if (!pv_is_type(target, &pv_function_type) ||
        (((PvCode *)((PvFunction *)target)->code)->flags &
         (PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR))) {
        /* any other callable: run it through a Python trampoline */
        target = trampoline;
        off = 0;
        vec[off++] = func;
        vec[off++] = args;
        vec[off++] = kwargs ? kwargs : pv_dict_new();
        na = nk = 0;
    }
    for (size_t i = 0; i < na; i++)
        vec[off + i] = pv_tuple_items(args)[i];
    if (nk) {
        kwnames = pv_tuple_new(nk);
        if (!kwnames)
            return NULL;
        size_t pos = 0, i = 0;
        Value k, v;
        while (pv_dict_next(kwargs, &pos, &k, &v)) {
            pv_tuple_items(kwnames)[i] = k;
            vec[off + na + i] = v;
            i++;
        }
    }
    PvThread *t = thread_alloc();
    if (!t)
        return NULL;
    PvSched *s = PV_SCHED(t);
    s->func = func;
    if (pv_thread_push_call(t, target, vec, off + na, kwnames) < 0 || id_insert(t) < 0) {
        if (!pv_err_occurred())
            pv_nomemory();
        Value e = pv_err_fetch();
        t->state = PV_THREAD_DONE;
        thread_release(t);
        pv_err_restore(e);
        return NULL;
    }
    t->state = PV_THREAD_RUNNING;
    nthreads++;
    pv_waitq_push(&runq, s);
    ticker_update();
    return t;
}

Value pv_sched_join(int64_t id, double timeout)
{
    PvThread *t = pv_sched_find(id);
    if (!t || t->state == PV_THREAD_DONE)
        return pv_True;
    if (t == pv_current_thread)
        return pv_raise(&pv_exc_RuntimeError, "cannot join current thread");
    if (timeout == 0)
        return pv_False;
    int64_t deadline = timeout < 0 ? -1 : pv_clock_ns() + (int64_t)(timeout * 1e9);
    PvSched *me = PV_SCHED(pv_current_thread);
    if (!pv_sched_can_soft_block(NULL, "join")) {
        if (deadline < 0)
            return pv_sched_deadlock_now("a thread to end");
        if (pv_sched_real_sleep(deadline - pv_clock_ns()) < 0)
            return NULL;
        return pv_bool(!pv_sched_find(id));
    }
    pv_sched_block(PV_WAIT_JOIN, NULL, &PV_SCHED(t)->joiners, deadline, PV_TIMEOUT_FALSE);
    me->arg = id;
    return pv_None;
}

size_t pv_sched_count(void)
{
    return nthreads;
}

bool pv_sched_yield(int64_t id, bool with_id)
{
    yield_asked = true;
    pv_break_set(PV_BREAK_YIELD);
    if (!with_id)
        return true;
    PvThread *t = pv_sched_find(id);
    if (!t || !PV_SCHED(t) || PV_SCHED(t)->queue != &runq)
        return false;
    pv_waitq_remove(PV_SCHED(t));
    waitq_push_front(&runq, PV_SCHED(t));
    return true;
}

int pv_sched_interrupt(PvThread *t, Value exc, int mode)
{
    PvSched *s = PV_SCHED(t);
    if (!s || t->state == PV_THREAD_DONE)
        return 0;
    if (t->state == PV_THREAD_SOFT_BLOCKED) {
        pv_sched_wake(t, NULL, exc);
        return 1;
    }
    if (mode == 0)
        return 0;
    if (mode == 2 && t->state == PV_THREAD_REAL_BLOCKED && s->job) {
        /* stop waiting for the C call now; its result is dropped */
        pv_blocking_abandon(s->job); /* blocking.c: cancel (kill the child), abandon */
        pv_sched_wake(t, NULL, exc);
        return 1;
    }
    /* running or runnable: raised when it next becomes current; real
     * blocked (mode 1): when its call returns */
    pending_set(t, exc);
    pv_break_set(PV_BREAK_INTERRUPT);
    return 1;
}

/* ---- dump ---- */

static void dump_stack(PvBuf *b, PvThread *t)
{
    size_t n = 0;
    for (PvFrame *f = t->top; f; f = f->prev)
        n++;
    PvFrame **fr = malloc((n ? n : 1) * sizeof *fr);
    if (!fr)
        return;
    size_t i = n;
    for (PvFrame *f = t->top; f; f = f->prev)
        fr[--i] = f;
    for (i = 0; i < n; i++) {
        PvCode *c = (PvCode *)fr[i]->code;
        pv_buf_printf(b, "  File \"%s\", line %d, in %s\n", pv_str_data(c->filename),
                      pv_frame_lineno(fr[i]), pv_str_data(c->name));
    }
    free(fr);
}

static Value dump_text(void)
{
    PvBuf b;
    pv_buf_init(&b);
    size_t n;
    PvThread **all = sorted_threads(&n);
    for (size_t i = 0; i < n; i++) {
        Value d = pv_sched_describe(all[i]);
        if (!d)
            pv_err_clear();
        pv_buf_printf(&b, "thread %lld: %s\n", (long long)all[i]->id, d ? pv_str_data(d) : "?");
        dump_stack(&b, all[i]);
    }
    free(all);
    return pv_buf_finish_str(&b);
}

void pv_sched_dump(void *file)
{
    Value exc = pv_err_fetch();
    Value s = dump_text();
    Value f = file ? (Value)file : pv_sys_get("stderr");
    if (!s || !f || f == pv_None || pv_file_write_value(f, s) < 0) {
        pv_err_clear();
        if (s)
            fputs(pv_str_data(s), stderr);
    }
    if (!file) {
        Value fl = pv_getattr_opt(f, pv_intern("flush"));
        if (fl)
            pv_call0(fl);
        pv_err_clear();
    }
    pv_err_restore(exc);
}

/* ---- startup and exit ---- */

void pv_sched_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    pv_main_thread.sched = &main_sched;
    main_sched.t = &pv_main_thread;
    pv_timer_init(&main_sched.timer, timer_fired, &main_sched);
    pv_gc_add_root(&pending);
    for (int i = 0; i < SELF_CACHE; i++) {
        pv_gc_add_root(&self_cache_fn[i]);
        pv_gc_add_root(&self_cache_self[i]);
    }
    pv_gc_add_root(&trampoline);
    pending = pv_dict_new();
    id_insert(&pv_main_thread);
    const char *src = "def _run(f, a, k):\n    return f(*a, **k)\n";
    Value g = pv_dict_new();
    Value code = pv_compile(src, strlen(src), pv_str_from_cstr("<thread>"), "exec", 0);
    if (g && code && pv_dict_set_str(g, "__builtins__", pv_builtins_module) >= 0 &&
        pv_eval_code(code, g, g))
        trampoline = pv_dict_get_str(g, "_run");
    pv_err_clear();
    extern int pv_time_add_builtin_sleep(void);
    if (pv_time_add_builtin_sleep() < 0)
        pv_err_clear();
    if (pv_poll_init() < 0 || pv_workers_init() < 0 || pv_signals_init() < 0)
        perror("pyvm: scheduler init");
    pv_gil_acquire();
}

/* main.c calls this when thread 0's program ends: threading waits for
 * its non-daemon threads; plain thread-module threads just stop. */
void pv_main_exit_hook(void)
{
    Value exc = pv_err_fetch();
    Value mods = pv_sys_get("modules");
    Value th = mods ? pv_dict_get_str(mods, "threading") : NULL;
    if (th) {
        Value fn = pv_getattr_opt(th, pv_intern("_shutdown"));
        if (fn && !pv_call0(fn)) {
            if (!exc)
                exc = pv_err_fetch();
        }
    }
    pv_err_clear();
    pv_err_restore(exc);
}
