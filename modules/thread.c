/* thread.c: the `thread` module (also importable as `_thread`): green
 * threads, interrupts, the cheap blocking primitives of sched_lock.c,
 * Deadlock and dump(). The scheduler itself is vm/sched.c. */
#include "../vm/sched.h"
#include "os.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

Value pv_thread_Interrupt, pv_thread_Deadlock;
static Value thread_module;

static Value th_start_new_thread(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("start_new_thread", kwnames) < 0 ||
        pv_check_nargs("start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    Value func = args[0], a = args[1], kw = nargs > 2 ? args[2] : NULL;
    if (!pv_type(func)->call)
        return pv_raise(&pv_exc_TypeError, "first arg must be callable");
    if (!pv_isinst(a, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "2nd arg must be a tuple");
    if (kw && !pv_isinst(kw, &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, "optional 3rd arg must be a dictionary");
    PvThread *t = pv_sched_spawn(func, a, kw && pv_dict_size(kw) ? kw : NULL);
    return t ? pv_int_from_i64(t->id) : NULL;
}

/* start_new(func, *args, **kwargs) */
static Value th_start_new(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (nargs < 1)
        return pv_raise(&pv_exc_TypeError, "start_new() missing the function argument");
    size_t nk = kwnames ? pv_tuple_size(kwnames) : 0;
    size_t np = nargs - 1;
    Value a = pv_tuple_from(args + 1, np);
    Value kw = NULL;
    if (!a)
        return NULL;
    if (nk) {
        kw = pv_dict_new();
        if (!kw)
            return NULL;
        for (size_t i = 0; i < nk; i++)
            if (pv_dict_set(kw, pv_tuple_items(kwnames)[i], args[nargs + i]) < 0)
                return NULL;
    }
    if (!pv_type(args[0])->call)
        return pv_raise(&pv_exc_TypeError, "first arg must be callable");
    PvThread *t = pv_sched_spawn(args[0], a, kw);
    return t ? pv_int_from_i64(t->id) : NULL;
}

static Value th_get_ident(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("get_ident", nargs, kwnames) < 0)
        return NULL;
    return pv_int_from_i64(pv_current_thread->id);
}

static Value th_all(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("all", nargs, kwnames) < 0)
        return NULL;
    Value l = pv_list_new(0);
    if (!l)
        return NULL;
    for (PvThread *t = pv_all_threads; t; t = t->next_all)
        if (t->state != PV_THREAD_DONE && PV_SCHED(t) && pv_list_append(l, pv_int_from_i64(t->id)) < 0)
            return NULL;
    if (pv_list_sort(l, NULL, false) < 0)
        return NULL;
    return l;
}

static Value th_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("_count", nargs, kwnames) < 0)
        return NULL;
    return pv_int_from_i64((int64_t)pv_sched_count() - 1);
}

static Value th_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("exit", nargs, kwnames) < 0)
        return NULL;
    return pv_raise_value((Value)&pv_exc_SystemExit);
}

static Value th_interrupt_main(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("interrupt_main", kwnames) < 0 ||
        pv_check_nargs("interrupt_main", nargs, 0, 1) < 0)
        return NULL;
    int64_t signum = SIGINT;
    if (nargs && pv_int_to_i64(args[0], &signum) < 0)
        return NULL;
    if (signum < 1 || signum >= NSIG)
        return pv_raise(&pv_exc_ValueError, "signal number out of range");
    /* as if the signal came: SIG_DFL and SIG_IGN ignore it (CPython does),
     * a Python handler runs, SIGINT's default handler raises
     * KeyboardInterrupt in the main thread */
    Value sigmod = pv_import_cstr("signal");
    Value get = sigmod ? pv_getattr(sigmod, pv_str_from_cstr("getsignal")) : NULL;
    Value h = get ? pv_call1(get, pv_small(signum)) : NULL;
    Value dflt = sigmod ? pv_getattr(sigmod, pv_str_from_cstr("default_int_handler")) : NULL;
    if (!h || !dflt)
        return NULL;
    if (pv_is_int(h) || h == pv_None)
        return pv_None;
    if (signum != SIGINT || h != dflt) {
        if (raise((int)signum) != 0)
            return pv_raise_errno(errno);
        if (pv_current_thread == &pv_main_thread && pv_signal_run_now((int)signum) < 0)
            return NULL;
        return pv_None;
    }
    Value exc = pv_exc_new(&pv_exc_KeyboardInterrupt, NULL, 0);
    if (exc && pv_current_thread == &pv_main_thread) {
        pv_err_restore(exc); /* the main thread interrupts itself: right here */
        return NULL;
    }
    if (!exc || pv_sched_interrupt(&pv_main_thread, exc, 2) < 0)
        return NULL;
    return pv_None;
}

static Value th_stack_size(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("stack_size", kwnames) < 0 ||
        pv_check_nargs("stack_size", nargs, 0, 1) < 0)
        return NULL;
    if (nargs) {
        int64_t n;
        if (pv_int_to_i64(pv_index(args[0]) ? args[0] : NULL, &n) < 0)
            return NULL;
        if (n != 0 && n < 32768)
            return pv_raise(&pv_exc_ValueError, "size not valid: %lld bytes", (long long)n);
    }
    /* green threads have no C stack of their own */
    return pv_small(0);
}

static Value th_allocate_lock(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("allocate_lock", nargs, kwnames) < 0)
        return NULL;
    return pv_lock_type.new_(&pv_lock_type, NULL, 0, NULL);
}

static Value th_sched_yield(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("sched_yield", kwnames) < 0 ||
        pv_check_nargs("sched_yield", nargs, 0, 1) < 0)
        return NULL;
    int64_t id = 0;
    if (nargs && pv_int_to_i64(args[0], &id) < 0)
        return NULL;
    return pv_bool(pv_sched_yield(id, nargs > 0));
}

/* An exception instance from a class or an instance. */
static Value make_exc(Value e)
{
    if (pv_isinst(e, &pv_type_type) &&
        pv_type_is_subtype((PvType *)e, &pv_exc_BaseException))
        return pv_call0(e);
    if (pv_is_exc(e))
        return e;
    return pv_raise(&pv_exc_TypeError, "exceptions must derive from BaseException");
}

static Value th_interrupt(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kwlist[] = {"tid", "exception", "if_running", NULL};
    int64_t id;
    Value e = pv_thread_Interrupt;
    int mode = 0;
    if (pv_parse_args("interrupt", args, nargs, kwnames, "L|Oi", kwlist, &id, &e, &mode) < 0)
        return NULL;
    if (mode < 0 || mode > 2)
        return pv_raise(&pv_exc_ValueError, "if_running must be 0, 1 or 2");
    PvThread *t = pv_sched_find(id);
    if (!t)
        return pv_False;
    if (mode == 0 && t->state != PV_THREAD_SOFT_BLOCKED)
        return pv_False;
    Value exc = make_exc(e);
    if (!exc)
        return NULL;
    int r = pv_sched_interrupt(t, exc, mode);
    return r < 0 ? NULL : pv_bool(r);
}

static Value th_join(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kwlist[] = {"tid", "timeout", NULL};
    int64_t id;
    Value tv = pv_None;
    if (pv_parse_args("join", args, nargs, kwnames, "L|O", kwlist, &id, &tv) < 0)
        return NULL;
    double timeout = -1;
    if (tv != pv_None) {
        if (pv_float_as_double(tv, &timeout) < 0)
            return NULL;
        if (timeout < 0)
            timeout = 0;
    }
    return pv_sched_join(id, timeout);
}

static Value th_dump(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kwlist[] = {"file", NULL};
    Value file = pv_None;
    if (pv_parse_args("dump", args, nargs, kwnames, "|O", kwlist, &file) < 0)
        return NULL;
    if (file == pv_None)
        file = pv_sys_get("stdout");
    pv_sched_dump(file);
    return pv_err_occurred() ? NULL : pv_None;
}

static Value th_state(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)kwnames;
    int64_t id;
    if (pv_check_nargs("state", nargs, 1, 1) < 0 || pv_int_to_i64(args[0], &id) < 0)
        return NULL;
    PvThread *t = pv_sched_find(id);
    if (!t)
        return pv_str_from_cstr("finished");
    return pv_sched_describe(t);
}

static Value th_preemptions(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("preemptions", nargs, kwnames) < 0)
        return NULL;
    return pv_int_from_u64(pv_preempt_count);
}

static Value th_switches(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("switches", nargs, kwnames) < 0)
        return NULL;
    return pv_int_from_u64(pv_sched_switches);
}

static const PvMethodDef thread_functions[] = {
    {"start_new_thread", th_start_new_thread, 0, NULL},
    {"start_new", th_start_new, 0, NULL},
    {"get_ident", th_get_ident, 0, NULL},
    {"get_native_id", th_get_ident, 0, NULL},
    {"all", th_all, 0, NULL},
    {"_count", th_count, 0, NULL},
    {"exit", th_exit, 0, NULL},
    {"exit_thread", th_exit, 0, NULL},
    {"interrupt_main", th_interrupt_main, 0, NULL},
    {"stack_size", th_stack_size, 0, NULL},
    {"allocate_lock", th_allocate_lock, 0, NULL},
    {"allocate", th_allocate_lock, 0, NULL},
    {"sched_yield", th_sched_yield, 0, NULL},
    {"interrupt", th_interrupt, 0, NULL},
    {"join", th_join, 0, NULL},
    {"dump", th_dump, 0, NULL},
    {"state", th_state, 0, NULL},
    {"preemptions", th_preemptions, 0, NULL},
    {"switches", th_switches, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value new_exc_type(const char *name, PvType *base, const char *doc)
{
    Value d = pv_dict_new();
    if (!d || pv_dict_set_str(d, "__module__", pv_str_from_cstr("thread")) < 0 ||
        pv_dict_set_str(d, "__doc__", pv_str_from_cstr(doc)) < 0)
        return NULL;
    Value bases = pv_tuple_pack(1, (Value)base);
    return bases ? pv_type_new(pv_str_from_cstr(name), bases, d) : NULL;
}

Value pv_thread_module_init(void)
{
    if (thread_module)
        return thread_module;
    if (pv_sched_lock_types_ready() < 0)
        return NULL;
    pv_gc_add_root(&pv_thread_Interrupt);
    pv_gc_add_root(&pv_thread_Deadlock);
    pv_thread_Interrupt = new_exc_type("Interrupt", &pv_exc_BaseException,
                                       "Raised in a thread by thread.interrupt().");
    pv_thread_Deadlock = new_exc_type("Deadlock", &pv_exc_RuntimeError,
                                      "No thread can run and nothing can wake one.");
    if (!pv_thread_Interrupt || !pv_thread_Deadlock)
        return NULL;
    Value m = pv_module_new_cstr("thread");
    if (!m || pv_module_add_functions(m, thread_functions) < 0)
        return NULL;
    if (pv_module_add(m, "Interrupt", pv_thread_Interrupt) < 0 ||
        pv_module_add(m, "Deadlock", pv_thread_Deadlock) < 0 ||
        pv_module_add(m, "error", (Value)&pv_exc_RuntimeError) < 0 ||
        pv_module_add(m, "LockType", (Value)&pv_lock_type) < 0 ||
        pv_module_add(m, "Lock", (Value)&pv_lock_type) < 0 ||
        pv_module_add(m, "RLock", (Value)&pv_rlock_type) < 0 ||
        pv_module_add(m, "Semaphore", (Value)&pv_semaphore_type) < 0 ||
        pv_module_add(m, "fifo", (Value)&pv_fifo_type) < 0 ||
        pv_module_add(m, "TIMEOUT_MAX", pv_float_new(9223372036.0)) < 0)
        return NULL;
    pv_gc_add_root(&thread_module);
    thread_module = m;
    return m;
}
