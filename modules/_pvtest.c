/* _pvtest.c: test hooks for the real-blocking machinery (not for
 * programs). start_caller(f, n) starts a foreign pthread that calls f(i)
 * for i in range(n), each call under the GIL through pv_foreign_enter, as
 * a C library's callback thread would; join(h) waits for it (a
 * real-blocking call: pthread_join on a worker). noop() is a real-blocking
 * call that does nothing (bench/blocking). */
#include "pv.h"
#include <pthread.h>
#include <stdlib.h>

static Value callers; /* dict: handle -> callable, keeps them alive */

typedef struct Caller {
    pthread_t th;
    long n;
    int64_t handle;
    Value func; /* alive through `callers` */
} Caller;

static void *caller_main(void *arg)
{
    Caller *c = arg;
    for (long i = 0; i < c->n; i++) {
        PvForeign st;
        pv_foreign_enter(&st);
        Value r = pv_call1(c->func, pv_small(i));
        if (!r) {
            pv_err_print();
            pv_err_clear();
        }
        pv_foreign_leave(&st);
    }
    return NULL;
}

static Value t_start_caller(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static int64_t next = 1;
    int64_t n;
    if (pv_check_no_kwargs("start_caller", kwnames) < 0 ||
        pv_check_nargs("start_caller", nargs, 2, 2) < 0 || pv_int_to_i64(args[1], &n) < 0)
        return NULL;
    Caller *c = calloc(1, sizeof *c);
    if (!c)
        return pv_nomemory();
    c->n = (long)n;
    c->func = args[0];
    c->handle = next++;
    Value h = pv_int_from_i64(c->handle);
    if (pv_dict_set(callers, h, pv_tuple_pack(2, args[0], pv_int_from_u64((uintptr_t)c))) < 0) {
        free(c);
        return NULL;
    }
    if (pthread_create(&c->th, NULL, caller_main, c) != 0) {
        pv_dict_del(callers, h);
        free(c);
        return pv_raise(&pv_exc_RuntimeError, "can't start thread");
    }
    return h;
}

typedef struct JoinCall {
    PvBlocking b;
    Caller *c;
} JoinCall;

static void join_run(PvBlocking *b)
{
    pthread_join(((JoinCall *)b)->c->th, NULL);
}

/* VM thread: the caller is done (or abandoned): drop the entry that kept
 * its callable alive while the foreign thread could still call it. */
static void join_release(PvBlocking *b)
{
    Caller *c = ((JoinCall *)b)->c;
    Value h = pv_int_from_i64(c->handle);
    if (!h || pv_dict_del(callers, h) < 0)
        pv_err_clear();
    free(c);
}

static Value join_finish(PvBlocking *b)
{
    join_release(b);
    return pv_None;
}

static Value t_join(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("join", kwnames) < 0 || pv_check_nargs("join", nargs, 1, 1) < 0)
        return NULL;
    Value ent = pv_dict_get(callers, args[0]);
    if (!ent)
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_KeyError, "%R", args[0]);
    uint64_t p;
    if (pv_int_to_u64(pv_tuple_items(ent)[1], &p) < 0)
        return NULL;
    JoinCall *j = pv_blocking_alloc(sizeof *j);
    if (!j)
        return NULL;
    j->c = (Caller *)(uintptr_t)p;
    j->b.run = join_run;
    j->b.finish = join_finish;
    j->b.release = join_release;
    return pv_blocking_call(&j->b, NULL, "join", "_pvtest.join");
}

static void noop_run(PvBlocking *b)
{
    (void)b;
}

static Value t_noop(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    (void)args;
    if (pv_check_no_kwargs("noop", kwnames) < 0 || pv_check_nargs("noop", nargs, 0, 0) < 0)
        return NULL;
    PvBlocking *b = pv_blocking_alloc(sizeof *b);
    if (!b)
        return NULL;
    b->run = noop_run;
    return pv_blocking_call(b, NULL, "noop", "_pvtest.noop");
}

static const PvMethodDef pvtest_functions[] = {
    {"start_caller", t_start_caller, 0, NULL},
    {"join", t_join, 0, NULL},
    {"noop", t_noop, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_pvtest_module_init(void)
{
    if (!callers) {
        pv_gc_add_root(&callers);
        callers = pv_dict_new();
        if (!callers)
            return NULL;
    }
    Value m = pv_module_new_cstr("_pvtest");
    if (!m || pv_module_add_functions(m, pvtest_functions) < 0)
        return NULL;
    return m;
}
