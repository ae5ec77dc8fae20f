/* sched_lock.c: the cheap soft-blocking primitives: lock, RLock,
 * Semaphore and fifo. Waiters queue in FIFO order on the object itself
 * (no poller, no timer unless a timeout is given). A release hands the
 * lock (or the semaphore unit, or the fifo item) straight to the first
 * waiter, so a woken thread never has to compete again and an
 * interrupted waiter, taken off the queue, never owned anything.
 *
 * During preemption (a nested loop) soft blocking is impossible: a wait
 * that cannot succeed at once sleeps for its timeout, or raises Deadlock
 * when it has none, since no other thread can run to release it. */
#include "sched.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct Lock {
    PvObj h;
    bool locked;
    int64_t owner;      /* thread id of the last acquirer (messages) */
    int64_t count;      /* RLock recursion count */
    uint64_t serial;    /* names it in Deadlock messages and dumps */
    PvWaitQ waiters;
} Lock;

typedef struct Sem {
    PvObj h;
    int64_t value;
    uint64_t serial;
    PvWaitQ waiters;
} Sem;

typedef struct Fifo {
    PvObj h;
    Value items;        /* list */
    size_t head;        /* index of the first item in items */
    uint64_t serial;
    PvWaitQ waiters;
} Fifo;

#define TIMEOUT_MAX 9223372036.0

/* Creation numbers: deterministic names for messages (not addresses). */
static uint64_t serials;

static int64_t me(void)
{
    return pv_current_thread->id;
}

/* Parse (blocking, timeout) as _thread's lock.acquire: timeout -1 means
 * none. Sets *deadline (< 0: none) and *nowait. */
static int acquire_args(const char *fname, Value *args, size_t nargs, Value kwnames,
                        bool none_timeout, int64_t *deadline, bool *nowait)
{
    static const char *const kwlist[] = {"blocking", "timeout", NULL};
    if (nargs == 0 && !kwnames) { /* the common case, without parsing */
        *nowait = false;
        *deadline = -1;
        return 0;
    }
    bool blocking = true;
    Value tv = NULL;
    if (pv_parse_args(fname, args, nargs, kwnames, "|pO", kwlist, &blocking, &tv) < 0)
        return -1;
    double timeout = -1;
    if (tv && !(none_timeout && tv == pv_None)) {
        if (pv_float_as_double(tv, &timeout) < 0)
            return -1;
        if (none_timeout && timeout < 0)
            timeout = 0;
    }
    if (!blocking && timeout != -1) {
        pv_raise(&pv_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (timeout < 0 && timeout != -1) {
        pv_raise(&pv_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (timeout > TIMEOUT_MAX) {
        pv_raise(&pv_exc_OverflowError, "timeout value is too large");
        return -1;
    }
    *nowait = !blocking || timeout == 0;
    *deadline = timeout < 0 ? -1 : pv_clock_ns() + (int64_t)(timeout * 1e9);
    return 0;
}

/* The wait cannot be satisfied now. Soft-block (returns a placeholder the
 * wake-up replaces) or, in preemption, sleep out the timeout / raise
 * Deadlock. `retry` tells whether the wait succeeded after a real sleep. */
static Value wait_on(int kind, Value obj, PvWaitQ *q, int64_t deadline, int tkind,
                     const char *what)
{
    if (pv_sched_can_soft_block(obj, NULL)) {
        pv_sched_block(kind, obj, q, deadline, tkind);
        return pv_None;
    }
    if (deadline < 0)
        return pv_sched_deadlock_now(what);
    if (pv_sched_real_sleep(deadline - pv_clock_ns()) < 0)
        return NULL;
    if (tkind == PV_TIMEOUT_RAISE)
        return pv_raise(&pv_exc_TimeoutError, "timed out");
    return pv_False;
}

/* ---- lock ---- */

static Value lock_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_check_nargs(type->name, nargs, 0, 0) < 0 || pv_check_no_kwargs(type->name, kwnames) < 0)
        return NULL;
    Lock *l = (Lock *)pv_type_alloc(type, 0);
    if (l)
        l->serial = ++serials;
    return (Value)l;
}

static Value lock_acquire(Value self, Value *args, size_t nargs, Value kwnames)
{
    Lock *l = (Lock *)self;
    int64_t deadline;
    bool nowait;
    if (acquire_args("acquire", args, nargs, kwnames, false, &deadline, &nowait) < 0)
        return NULL;
    if (!l->locked) {
        l->locked = true;
        l->owner = me();
        return pv_True;
    }
    if (nowait)
        return pv_False;
    return wait_on(PV_WAIT_LOCK, self, &l->waiters, deadline, PV_TIMEOUT_FALSE, "a lock");
}

static Value lock_release(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    Lock *l = (Lock *)self;
    if ((nargs || kwnames) && pv_arg_none("release", nargs, kwnames) < 0)
        return NULL;
    if (!l->locked)
        return pv_raise(&pv_exc_RuntimeError, "release unlocked lock");
    PvSched *w = pv_waitq_pop(&l->waiters);
    if (w) {
        l->owner = w->t->id;
        pv_sched_wake(w->t, pv_True, NULL);
    } else {
        l->locked = false;
    }
    return pv_None;
}

static Value lock_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)nargs;
    (void)args;
    return lock_release(self, NULL, 0, kwnames);
}

static Value lock_locked(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_arg_none("locked", nargs, kwnames) < 0)
        return NULL;
    return pv_bool(((Lock *)self)->locked);
}

static Value lock_reinit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    ((Lock *)self)->locked = false;
    return pv_None;
}

static Value lock_repr(Value self)
{
    Lock *l = (Lock *)self;
    return pv_str_printf("<%s %s object at %p>", l->locked ? "locked" : "unlocked",
                         pv_type(self)->name, (void *)self);
}

Value pv_sched_lock_describe(Value v)
{
    if (pv_isinst(v, &pv_lock_type) || pv_isinst(v, &pv_rlock_type)) {
        Lock *l = (Lock *)v;
        const char *kind = pv_isinst(v, &pv_rlock_type) ? "RLock" : "lock";
        if (!l->locked)
            return pv_str_printf("%s #%llu (free)", kind, (unsigned long long)l->serial);
        return pv_str_printf("%s #%llu held by thread %lld", kind,
                             (unsigned long long)l->serial, (long long)l->owner);
    }
    if (pv_isinst(v, &pv_semaphore_type))
        return pv_str_printf("semaphore #%llu (value %lld)",
                             (unsigned long long)((Sem *)v)->serial, (long long)((Sem *)v)->value);
    if (pv_isinst(v, &pv_fifo_type))
        return pv_str_printf("empty fifo #%llu", (unsigned long long)((Fifo *)v)->serial);
    return pv_str_printf("%T at %p", v, (void *)v);
}

static const PvMethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, NULL},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, NULL},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, NULL},
    {"locked_lock", lock_locked, 0, NULL},
    {"_at_fork_reinit", lock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_lock_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "_thread.lock",
    .basicsize = sizeof(Lock),
    .methods = lock_methods,
    .repr = lock_repr,
    .new_ = lock_new,
};

/* ---- RLock ---- */

static Value rlock_acquire(Value self, Value *args, size_t nargs, Value kwnames)
{
    Lock *l = (Lock *)self;
    int64_t deadline;
    bool nowait;
    if (acquire_args("acquire", args, nargs, kwnames, false, &deadline, &nowait) < 0)
        return NULL;
    if (l->locked && l->owner == me()) {
        l->count++;
        return pv_True;
    }
    if (!l->locked) {
        l->locked = true;
        l->owner = me();
        l->count = 1;
        return pv_True;
    }
    if (nowait)
        return pv_False;
    Value r = wait_on(PV_WAIT_RLOCK, self, &l->waiters, deadline, PV_TIMEOUT_FALSE, "an RLock");
    if (r && pv_current_thread->state == PV_THREAD_SOFT_BLOCKED)
        PV_SCHED(pv_current_thread)->arg = 1;
    return r;
}

/* Give an unlocked RLock to its first waiter with the count it asked for. */
static void rlock_handoff(Lock *l)
{
    PvSched *w = pv_waitq_pop(&l->waiters);
    if (!w) {
        l->locked = false;
        l->owner = 0;
        l->count = 0;
        return;
    }
    l->owner = w->t->id;
    l->count = w->arg > 0 ? w->arg : 1;
    pv_sched_wake(w->t, pv_True, NULL);
}

static Value rlock_release(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    Lock *l = (Lock *)self;
    if (pv_arg_none("release", nargs, kwnames) < 0)
        return NULL;
    if (!l->locked || l->owner != me())
        return pv_raise(&pv_exc_RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0)
        rlock_handoff(l);
    return pv_None;
}

static Value rlock_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs;
    return rlock_release(self, NULL, 0, kwnames);
}

static Value rlock_is_owned(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    Lock *l = (Lock *)self;
    return pv_bool(l->locked && l->owner == me());
}

/* Condition support: release completely, returning (count, owner). */
static Value rlock_release_save(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    Lock *l = (Lock *)self;
    if (!l->locked || l->owner != me())
        return pv_raise(&pv_exc_RuntimeError, "cannot release un-acquired lock");
    Value st = pv_tuple_pack(2, pv_int_from_i64(l->count), pv_int_from_i64(l->owner));
    if (!st)
        return NULL;
    l->count = 0;
    rlock_handoff(l);
    return st;
}

static Value rlock_acquire_restore(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    Lock *l = (Lock *)self;
    int64_t count = 1;
    if (nargs != 1 || !pv_is_type(args[0], &pv_tuple_type) || pv_tuple_size(args[0]) != 2 ||
        pv_int_to_i64(pv_tuple_items(args[0])[0], &count) < 0)
        return pv_raise(&pv_exc_TypeError, "_acquire_restore() expects a (count, owner) tuple");
    if (!l->locked) {
        l->locked = true;
        l->owner = me();
        l->count = count;
        return pv_None;
    }
    Value r = wait_on(PV_WAIT_RLOCK, self, &l->waiters, -1, PV_TIMEOUT_FALSE, "an RLock");
    if (r && pv_current_thread->state == PV_THREAD_SOFT_BLOCKED)
        PV_SCHED(pv_current_thread)->arg = count;
    return r;
}

static Value rlock_recursion_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    Lock *l = (Lock *)self;
    return pv_int_from_i64(l->locked && l->owner == me() ? l->count : 0);
}

static Value rlock_repr(Value self)
{
    Lock *l = (Lock *)self;
    return pv_str_printf("<%s %s object owner=%lld count=%lld at %p>",
                         l->locked ? "locked" : "unlocked", pv_type(self)->name,
                         (long long)(l->locked ? l->owner : 0),
                         (long long)(l->locked ? l->count : 0), (void *)self);
}

static const PvMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {"_recursion_count", rlock_recursion_count, 0, NULL},
    {"_at_fork_reinit", lock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_rlock_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "_thread.RLock",
    .basicsize = sizeof(Lock),
    .flags = PV_TPFLAG_BASETYPE,
    .methods = rlock_methods,
    .repr = rlock_repr,
    .new_ = lock_new,
};

/* ---- Semaphore ---- */

static Value sem_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"value", NULL};
    int64_t value = 1;
    if (pv_parse_args("Semaphore", args, nargs, kwnames, "|L", kwlist, &value) < 0)
        return NULL;
    if (value < 0)
        return pv_raise(&pv_exc_ValueError, "semaphore initial value must be >= 0");
    Sem *s = (Sem *)pv_type_alloc(type, 0);
    if (s) {
        s->value = value;
        s->serial = ++serials;
    }
    return (Value)s;
}

static Value sem_acquire(Value self, Value *args, size_t nargs, Value kwnames)
{
    Sem *s = (Sem *)self;
    int64_t deadline;
    bool nowait;
    if (acquire_args("acquire", args, nargs, kwnames, true, &deadline, &nowait) < 0)
        return NULL;
    if (s->value > 0) {
        s->value--;
        return pv_True;
    }
    if (nowait)
        return pv_False;
    return wait_on(PV_WAIT_SEM, self, &s->waiters, deadline, PV_TIMEOUT_FALSE, "a semaphore");
}

static Value sem_release(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"n", NULL};
    Sem *s = (Sem *)self;
    int64_t n = 1;
    if (pv_parse_args("release", args, nargs, kwnames, "|L", kwlist, &n) < 0)
        return NULL;
    if (n < 1)
        return pv_raise(&pv_exc_ValueError, "n must be one or more");
    for (; n > 0; n--) {
        PvSched *w = pv_waitq_pop(&s->waiters);
        if (!w)
            break;
        pv_sched_wake(w->t, pv_True, NULL);
    }
    s->value += n;
    return pv_None;
}

static Value sem_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args, (void)nargs;
    return sem_release(self, NULL, 0, kwnames);
}

static Value sem_get_value(Value self)
{
    return pv_int_from_i64(((Sem *)self)->value);
}

static Value sem_repr(Value self)
{
    return pv_str_printf("<thread.Semaphore value=%lld at %p>", (long long)((Sem *)self)->value,
                         (void *)self);
}

static const PvMethodDef sem_methods[] = {
    {"acquire", sem_acquire, 0, NULL},
    {"__enter__", sem_acquire, 0, NULL},
    {"release", sem_release, 0, NULL},
    {"__exit__", sem_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvGetSetDef sem_getsets[] = {
    {"_value", sem_get_value, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_semaphore_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "thread.Semaphore",
    .basicsize = sizeof(Sem),
    .flags = PV_TPFLAG_BASETYPE,
    .methods = sem_methods,
    .getsets = sem_getsets,
    .repr = sem_repr,
    .new_ = sem_new,
};

/* ---- fifo ---- */

static Value fifo_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_check_nargs("fifo", nargs, 0, 0) < 0 || pv_check_no_kwargs("fifo", kwnames) < 0)
        return NULL;
    Value items = pv_list_new(0);
    if (!items)
        return NULL;
    Fifo *f = (Fifo *)pv_type_alloc(type, 0);
    if (f) {
        f->items = items;
        f->serial = ++serials;
    }
    return (Value)f;
}

static void fifo_mark(Value self)
{
    pv_gc_mark(((Fifo *)self)->items);
}

static Value fifo_put(Value self, Value *args, size_t nargs, Value kwnames)
{
    Fifo *f = (Fifo *)self;
    if (pv_arg_one("put", nargs, kwnames) < 0)
        return NULL;
    PvSched *w = pv_waitq_pop(&f->waiters);
    if (w) {
        pv_sched_wake(w->t, args[0], NULL);
        return pv_None;
    }
    if (pv_list_append(f->items, args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value fifo_take(Fifo *f)
{
    PvList *l = (PvList *)f->items;
    Value v = l->items[f->head];
    l->items[f->head++] = pv_None;
    if (f->head == l->size) {
        l->size = 0;
        f->head = 0;
    } else if (f->head >= 64 && f->head * 2 >= l->size) {
        memmove(l->items, l->items + f->head, (l->size - f->head) * sizeof(Value));
        l->size -= f->head;
        f->head = 0;
    }
    return v;
}

static Value fifo_get(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"timeout", NULL};
    Fifo *f = (Fifo *)self;
    Value tv = pv_None;
    if (pv_parse_args("get", args, nargs, kwnames, "|O", kwlist, &tv) < 0)
        return NULL;
    if (pv_list_size(f->items) > f->head)
        return fifo_take(f);
    int64_t deadline = -1;
    if (tv != pv_None) {
        double t;
        if (pv_float_as_double(tv, &t) < 0)
            return NULL;
        if (t <= 0)
            return pv_raise(&pv_exc_TimeoutError, "timed out");
        deadline = pv_clock_ns() + (int64_t)(fmin(t, TIMEOUT_MAX) * 1e9);
    }
    return wait_on(PV_WAIT_FIFO, self, &f->waiters, deadline, PV_TIMEOUT_RAISE, "an empty fifo");
}

static ssize_t fifo_len(Value self)
{
    Fifo *f = (Fifo *)self;
    return (ssize_t)(pv_list_size(f->items) - f->head);
}

static Value fifo_waiting(Value self)
{
    size_t n = 0;
    for (PvSched *s = ((Fifo *)self)->waiters.head; s; s = s->next)
        n++;
    return pv_int_from_i64((int64_t)n);
}

static const PvMethodDef fifo_methods[] = {
    {"put", fifo_put, 0, NULL},
    {"get", fifo_get, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvGetSetDef fifo_getsets[] = {
    {"waiting", fifo_waiting, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_fifo_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "thread.fifo",
    .basicsize = sizeof(Fifo),
    .methods = fifo_methods,
    .getsets = fifo_getsets,
    .mark = fifo_mark,
    .len = fifo_len,
    .new_ = fifo_new,
};

int pv_sched_lock_types_ready(void)
{
    PvType *ts[] = {&pv_lock_type, &pv_rlock_type, &pv_semaphore_type, &pv_fifo_type};
    for (size_t i = 0; i < 4; i++)
        if (!(ts[i]->flags & PV_TPFLAG_READY) && pv_type_ready(ts[i]) < 0)
            return -1;
    return 0;
}
