/* multiprocessing.c: `_multiprocessing`, what CPython's multiprocessing
 * package needs from C on POSIX: SemLock (a POSIX named semaphore shared
 * with forked children: Lock, RLock, Semaphore, Condition, Queue's locks),
 * sem_unlink and flags. A blocking acquire waits on a worker (in slices,
 * so that an interrupt can stop it), so only the calling green thread
 * waits. The owner of a lock is (pid, green thread id). */
#include "pv.h"
#include "sched.h" /* pv_current_thread */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

enum { RECURSIVE_MUTEX = 0, SEMAPHORE = 1 };

typedef struct SemLock {
    PvObj h;
    sem_t *handle;
    int kind, maxvalue, count;
    int64_t last_tid;
    pid_t last_pid;
    Value name; /* str or None */
} SemLock;

static PvType semlock_type;

#define SL(v) ((SemLock *)(v))

static int64_t cur_tid(void)
{
    return pv_current_thread->id;
}

static bool is_mine(SemLock *s)
{
    return s->count > 0 && s->last_pid == getpid() && s->last_tid == cur_tid();
}

static void semlock_mark(Value self)
{
    pv_gc_mark(SL(self)->name);
}

static void semlock_finalize(Value self)
{
    if (SL(self)->handle) {
        sem_close(SL(self)->handle);
        SL(self)->handle = NULL;
    }
}

static Value new_semlock(PvType *type, sem_t *h, int kind, int maxvalue, Value name)
{
    SemLock *s = pv_alloc(type, type->basicsize);
    if (!s) {
        sem_close(h);
        return NULL;
    }
    s->handle = h;
    s->kind = kind;
    s->maxvalue = maxvalue;
    s->name = name;
    return (Value)s;
}

static Value semlock_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"kind", "value", "maxvalue", "name", "unlink", NULL};
    int kind, value, maxvalue;
    Value name;
    bool unlink = false;
    if (pv_parse_args("SemLock", args, nargs, kwnames, "iiiOp", kw, &kind, &value, &maxvalue,
                      &name, &unlink) < 0)
        return NULL;
    if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE)
        return pv_raise(&pv_exc_ValueError, "unrecognized kind");
    if (!pv_is_str(name))
        return pv_raise(&pv_exc_TypeError, "SemLock() argument 'name' must be str, not %T", name);
    sem_t *h = sem_open(pv_str_data(name), O_CREAT | O_EXCL, 0600, (unsigned)value);
    if (h == SEM_FAILED)
        return pv_raise_errno(errno);
    if (unlink && sem_unlink(pv_str_data(name)) < 0) {
        int e = errno;
        sem_close(h);
        return pv_raise_errno(e);
    }
    return new_semlock(type, h, kind, maxvalue, unlink ? pv_None : name);
}

/* ---- acquire ---- */

typedef struct AcqCall {
    PvBlocking b;
    sem_t *handle;
    int64_t deadline_ns;     /* CLOCK_REALTIME, < 0: none */
    atomic_bool cancelled;
    bool got;
    int err;
    Value self;              /* kept alive by the waiting frame's argument */
    int64_t tid;
} AcqCall;

static int64_t now_real_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void acq_run(PvBlocking *b)
{
    AcqCall *c = (AcqCall *)b;
    for (;;) {
        int64_t now = now_real_ns(), until = now + 100000000;
        if (c->deadline_ns >= 0 && c->deadline_ns < until)
            until = c->deadline_ns;
        struct timespec ts = {until / 1000000000, until % 1000000000};
        if (sem_timedwait(c->handle, &ts) == 0) {
            c->got = true;
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno != ETIMEDOUT) {
            c->err = errno;
            return;
        }
        if (atomic_load(&c->cancelled) || (c->deadline_ns >= 0 && now_real_ns() >= c->deadline_ns))
            return;
    }
}

static Value acq_finish(PvBlocking *b)
{
    AcqCall *c = (AcqCall *)b;
    if (c->err)
        return pv_raise_errno(c->err);
    if (!c->got)
        return pv_False;
    SemLock *s = SL(c->self);
    s->count++;
    s->last_tid = c->tid;
    s->last_pid = getpid();
    return pv_True;
}

static void acq_release(PvBlocking *b)
{
    AcqCall *c = (AcqCall *)b;
    if (c->got)
        sem_post(c->handle); /* acquired for nobody: give it back */
}

static void acq_cancel(PvBlocking *b)
{
    atomic_store(&((AcqCall *)b)->cancelled, true);
}

FN(sl_acquire)
{
    static const char *const kw[] = {"block", "timeout", NULL};
    bool block = true;
    Value timeout = pv_None;
    if (pv_parse_args("acquire", args, nargs, kwnames, "|pO", kw, &block, &timeout) < 0)
        return NULL;
    SemLock *s = SL(self);
    if (s->kind == RECURSIVE_MUTEX && is_mine(s)) {
        s->count++;
        return pv_True;
    }
    double secs = -1;
    if (block && timeout != pv_None) {
        Value f = pv_number_float(timeout);
        if (!f)
            return NULL;
        secs = pv_float_val(f) < 0 ? 0 : pv_float_val(f);
    }
    int r;
    while ((r = sem_trywait(s->handle)) < 0 && errno == EINTR)
        ;
    if (r == 0) {
        s->count++;
        s->last_tid = cur_tid();
        s->last_pid = getpid();
        return pv_True;
    }
    if (errno != EAGAIN)
        return pv_raise_errno(errno);
    if (!block || secs == 0)
        return pv_False;
    AcqCall *c = pv_blocking_alloc(sizeof *c);
    if (!c)
        return NULL;
    c->handle = s->handle;
    c->deadline_ns = secs < 0 ? -1 : now_real_ns() + (int64_t)(secs * 1e9);
    c->self = self;
    c->tid = cur_tid();
    c->b.run = acq_run;
    c->b.finish = acq_finish;
    c->b.release = acq_release;
    c->b.cancel = acq_cancel;
    return pv_blocking_call(&c->b, self, "acquire", "SemLock.acquire");
}

FN(sl_release)
{
    (void)args, (void)kwnames;
    if (pv_check_nargs("release", nargs, 0, 0) < 0)
        return NULL;
    SemLock *s = SL(self);
    if (s->kind == RECURSIVE_MUTEX) {
        if (!is_mine(s))
            return pv_raise(&pv_exc_AssertionError,
                            "attempt to release recursive lock not owned by thread");
        if (s->count > 1) {
            s->count--;
            return pv_None;
        }
    } else if (s->maxvalue == 1) {
        int v;
        if (sem_getvalue(s->handle, &v) < 0)
            return pv_raise_errno(errno);
        if (v >= 1)
            return pv_raise(&pv_exc_ValueError, "semaphore or lock released too many times");
    } else {
        int v;
        if (sem_getvalue(s->handle, &v) < 0)
            return pv_raise_errno(errno);
        if (v >= s->maxvalue)
            return pv_raise(&pv_exc_ValueError, "semaphore or lock released too many times");
    }
    if (sem_post(s->handle) < 0)
        return pv_raise_errno(errno);
    s->count--;
    return pv_None;
}

FN(sl_exit)
{
    (void)args, (void)nargs;
    return sl_release(self, NULL, 0, kwnames);
}

FN(sl_count)
{
    (void)args, (void)nargs, (void)kwnames;
    return pv_small(SL(self)->count);
}

FN(sl_is_mine)
{
    (void)args, (void)nargs, (void)kwnames;
    return pv_bool(is_mine(SL(self)));
}

FN(sl_get_value)
{
    (void)args, (void)nargs, (void)kwnames;
    int v;
    if (sem_getvalue(SL(self)->handle, &v) < 0)
        return pv_raise_errno(errno);
    return pv_small(v < 0 ? 0 : v);
}

FN(sl_is_zero)
{
    (void)args, (void)nargs, (void)kwnames;
    int v;
    if (sem_getvalue(SL(self)->handle, &v) < 0)
        return pv_raise_errno(errno);
    return pv_bool(v <= 0);
}

FN(sl_after_fork)
{
    (void)args, (void)nargs, (void)kwnames;
    SL(self)->count = 0;
    return pv_None;
}

/* _rebuild(handle, kind, maxvalue, name): a child reopens by name */
FN(sl_rebuild)
{
    static const char *const kw[] = {"", "", "", "", NULL};
    Value handle, name;
    int kind, maxvalue;
    if (pv_parse_args("_rebuild", args, nargs, kwnames, "OiiO", kw, &handle, &kind, &maxvalue,
                      &name) < 0)
        return NULL;
    if (!pv_is_str(name))
        return pv_raise(&pv_exc_ValueError, "cannot rebuild an unlinked SemLock");
    sem_t *h = sem_open(pv_str_data(name), 0);
    if (h == SEM_FAILED)
        return pv_raise_errno(errno);
    return new_semlock((PvType *)self, h, kind, maxvalue, name);
}

static Value g_handle(Value self) { return pv_int_from_u64((uintptr_t)SL(self)->handle); }
static Value g_kind(Value self) { return pv_small(SL(self)->kind); }
static Value g_maxvalue(Value self) { return pv_small(SL(self)->maxvalue); }
static Value g_name(Value self) { return SL(self)->name; }

static const PvMethodDef semlock_methods[] = {
    {"acquire", sl_acquire, 0, NULL},
    {"release", sl_release, 0, NULL},
    {"__enter__", sl_acquire, 0, NULL},
    {"__exit__", sl_exit, 0, NULL},
    {"_count", sl_count, 0, NULL},
    {"_is_mine", sl_is_mine, 0, NULL},
    {"_get_value", sl_get_value, 0, NULL},
    {"_is_zero", sl_is_zero, 0, NULL},
    {"_after_fork", sl_after_fork, 0, NULL},
    {"_rebuild", sl_rebuild, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef semlock_getsets[] = {
    {"handle", g_handle, NULL, NULL},
    {"kind", g_kind, NULL, NULL},
    {"maxvalue", g_maxvalue, NULL, NULL},
    {"name", g_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType semlock_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "SemLock",
    .basicsize = sizeof(SemLock),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = semlock_methods,
    .getsets = semlock_getsets,
    .mark = semlock_mark,
    .finalize = semlock_finalize,
    .new_ = semlock_new,
};

FN(mp_sem_unlink)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value name;
    if (pv_parse_args("sem_unlink", args, nargs, kwnames, "U", kw, &name) < 0)
        return NULL;
    if (sem_unlink(pv_str_data(name)) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static const PvMethodDef mp_functions[] = {
    {"sem_unlink", mp_sem_unlink, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_multiprocessing_module_init(void)
{
    if (!(semlock_type.flags & PV_TPFLAG_READY)) {
        if (pv_type_ready(&semlock_type) < 0)
            return NULL;
        semlock_type.module = pv_intern("_multiprocessing");
        Value d = semlock_type.dict;
        if (pv_dict_set_str(d, "SEM_VALUE_MAX", pv_int_from_i64(SEM_VALUE_MAX)) < 0)
            return NULL;
    }
    Value m = pv_module_new_cstr("_multiprocessing");
    if (!m || pv_module_add_functions(m, mp_functions) < 0)
        return NULL;
    Value flags = pv_dict_new();
    if (!flags || pv_dict_set_str(flags, "HAVE_SEM_OPEN", pv_small(1)) < 0 ||
        pv_dict_set_str(flags, "HAVE_SEM_TIMEDWAIT", pv_small(1)) < 0 ||
        pv_module_add(m, "flags", flags) < 0 || pv_module_add(m, "SemLock", (Value)&semlock_type) < 0)
        return NULL;
    return m;
}
