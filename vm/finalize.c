/* finalize.c: running Python code for dying objects. The collector (gc.c)
 * only finds the dead objects that have a finalizer (__del__, a suspended
 * generator to close) and queues them, resurrected; this file runs the
 * queue, and the callbacks of cleared weak references (weakref.c), at safe
 * points: the scheduler's breaker hook (bit PV_BREAK_GC, set after a
 * collection that queued something), gc.collect(), and the end of the
 * program. Never inside the collector. Errors go to sys.unraisablehook,
 * whose default prints CPython's "Exception ignored in: ..." report. */
#include "eval.h"
#include "objimpl.h"
#include <stdio.h>

static bool running;   /* a finalizer is running: the loop picks up new ones */

/* ---- which types have a finalizer ---- */

/* Direct-mapped cache of "has __del__" by (type, version): pv_alloc asks
 * for every instance of a class. A type's version changes whenever it or
 * a base is modified, and versions are never reused. */
static struct { PvType *type; uint64_t version; bool has; } tcache[64];

bool pv_type_has_finalizer(PvType *type)
{
    if (!type->mro || !type->dict)
        return false; /* still being built */
    size_t i = ((uintptr_t)type >> 4) & 63;
    if (tcache[i].type == type && tcache[i].version == type->version)
        return tcache[i].has;
    Value id = pv_intern_cached("__del__");
    if (!id) {
        pv_err_clear();
        return false;
    }
    bool has = pv_type_lookup(type, id) != NULL;
    tcache[i].type = type;
    tcache[i].version = type->version;
    tcache[i].has = has;
    return has;
}

/* ---- sys.unraisablehook ---- */

typedef struct HookArgs {
    PvObj h;
    Value exc_type, exc_value, exc_traceback, err_msg, object;
} HookArgs;
static PvType hookargs_type;
#define HA(v) ((HookArgs *)(v))

static void ha_mark(Value self)
{
    pv_gc_mark(HA(self)->exc_type);
    pv_gc_mark(HA(self)->exc_value);
    pv_gc_mark(HA(self)->exc_traceback);
    pv_gc_mark(HA(self)->err_msg);
    pv_gc_mark(HA(self)->object);
}

static Value ha_exc_type(Value s) { return HA(s)->exc_type; }
static Value ha_exc_value(Value s) { return HA(s)->exc_value; }
static Value ha_exc_traceback(Value s) { return HA(s)->exc_traceback; }
static Value ha_err_msg(Value s) { return HA(s)->err_msg; }
static Value ha_object(Value s) { return HA(s)->object; }

static Value ha_repr(Value s)
{
    return pv_str_printf("UnraisableHookArgs(exc_type=%R, exc_value=%R, exc_traceback=%R, "
                         "err_msg=%R, object=%R)",
                         HA(s)->exc_type, HA(s)->exc_value, HA(s)->exc_traceback,
                         HA(s)->err_msg, HA(s)->object);
}

static const PvGetSetDef ha_getsets[] = {
    {"exc_type", ha_exc_type, NULL, NULL},
    {"exc_value", ha_exc_value, NULL, NULL},
    {"exc_traceback", ha_exc_traceback, NULL, NULL},
    {"err_msg", ha_err_msg, NULL, NULL},
    {"object", ha_object, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType hookargs_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "UnraisableHookArgs",
    .basicsize = sizeof(HookArgs),
    .getsets = ha_getsets,
    .mark = ha_mark,
    .repr = ha_repr,
};

static Value hookargs_new(Value exc, Value err_msg, Value obj)
{
    if (!(hookargs_type.flags & PV_TPFLAG_READY) && pv_type_ready(&hookargs_type) < 0)
        return NULL;
    HookArgs *a = pv_alloc(&hookargs_type, sizeof(HookArgs));
    if (!a)
        return NULL;
    Value tb = exc && pv_is_exc(exc) ? ((PvExc *)exc)->traceback : NULL;
    a->exc_type = exc ? (Value)pv_type(exc) : pv_None;
    a->exc_value = exc ? exc : pv_None;
    a->exc_traceback = tb ? tb : pv_None;
    a->err_msg = err_msg ? err_msg : pv_None;
    a->object = obj ? obj : pv_None;
    return (Value)a;
}

static void write_str(Value file, Value s)
{
    if (s && pv_file_write_value(file, s) < 0)
        pv_err_clear();
}

/* CPython's default report: heading, then the traceback and the
 * exception line, without the __context__ chain. */
static void print_unraisable(Value exc, Value tb, Value err_msg, Value obj)
{
    Value file = pv_sys_get("stderr");
    if (!file || file == pv_None)
        return;
    if (obj != pv_None) {
        Value r = pv_repr(obj);
        if (!r)
            pv_err_clear();
        Value head = err_msg != pv_None ? pv_str_printf("%S: ", err_msg)
                                        : pv_str_from_cstr("Exception ignored in: ");
        write_str(file, head);
        write_str(file, r ? r : pv_str_from_cstr("<object repr() failed>"));
        write_str(file, pv_str_from_cstr("\n"));
    } else if (err_msg != pv_None) {
        write_str(file, pv_str_printf("%S:\n", err_msg));
    }
    if (exc != pv_None && pv_is_exc(exc)) {
        PvExc *e = (PvExc *)exc;
        Value ctx = e->context, cause = e->cause, oldtb = e->traceback;
        e->context = e->cause = NULL;
        e->traceback = tb == pv_None ? NULL : tb;
        Value s = pv_format_exception(exc);
        e->context = ctx;
        e->cause = cause;
        e->traceback = oldtb;
        if (!s)
            pv_err_clear();
        write_str(file, s);
    }
    Value fl = pv_getattr_opt(file, pv_intern("flush"));
    if (fl && !pv_call0(fl))
        pv_err_clear();
    pv_err_clear();
}

/* sys.unraisablehook / sys.__unraisablehook__ (modules/sys.c lists it). */
Value pv_sys_unraisablehook(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_arg_one("unraisablehook", nargs, kwnames) < 0)
        return NULL;
    if (!pv_is_type(args[0], &hookargs_type))
        return pv_raise(&pv_exc_TypeError,
                        "sys.unraisablehook argument type must be UnraisableHookArgs");
    HookArgs *a = HA(args[0]);
    print_unraisable(a->exc_value, a->exc_traceback, a->err_msg, a->object);
    return pv_None;
}

void pv_write_unraisable(Value exc, const char *err_msg, Value obj)
{
    Value saved = pv_err_fetch();
    Value msg = err_msg ? pv_str_from_cstr(err_msg) : NULL;
    Value a = hookargs_new(exc, msg, obj);
    Value hook = pv_sys_get("unraisablehook");
    if (a && hook && hook != pv_None) {
        if (!pv_call1(hook, a)) {
            Value e2 = pv_err_fetch();
            print_unraisable(e2 ? e2 : pv_None, e2 ? ((PvExc *)e2)->traceback : pv_None,
                             pv_str_from_cstr("Exception ignored in sys.unraisablehook"), hook);
        }
    } else {
        pv_err_clear();
        Value tb = exc && pv_is_exc(exc) ? ((PvExc *)exc)->traceback : NULL;
        print_unraisable(exc ? exc : pv_None, tb ? tb : pv_None, msg ? msg : pv_None,
                         obj ? obj : pv_None);
    }
    pv_err_restore(saved);
}

/* ---- running the queue ---- */

void pv_gc_finalizers_ready(void)
{
    if (pv_gc_finalizers_pending() || pv_weakref_callbacks_pending())
        atomic_fetch_or_explicit(&pv_eval_breaker, PV_BREAK_GC, memory_order_relaxed);
}

static bool is_gen(Value v)
{
    PvType *t = pv_type(v);
    return t == &pv_generator_type || t == &pv_coroutine_type || t == &pv_async_gen_type;
}

static void finalize_one(Value obj)
{
    if (is_gen(obj)) {
        if (!pv_gen_close(obj))
            pv_write_unraisable(pv_err_fetch(), NULL, obj);
        return;
    }
    Value del = pv_type_lookup(pv_type(obj), pv_intern_cached("__del__"));
    if (del && !pv_call_unbound(del, obj, NULL, 0, NULL))
        pv_write_unraisable(pv_err_fetch(), NULL, del);
    pv_err_clear();
}

int pv_gc_run_finalizers(void)
{
    if (running)
        return 0; /* the outer run's loop takes the new ones */
    running = true;
    Value saved = pv_err_fetch();
    int n = 0;
    for (;;) {
        Value obj = pv_gc_finalizer_pop();
        if (obj) {
            n++;
            finalize_one(obj);
        } else if (pv_weakref_callbacks_pending()) {
            pv_weakref_run_callbacks();
        } else {
            break;
        }
    }
    pv_err_restore(saved);
    running = false;
    return n;
}

void pv_gc_safe_point(void)
{
    if (running)
        return;
    if (pv_current_thread->state != PV_THREAD_RUNNING) {
        /* called right after a soft block: let the next thread do it */
        atomic_fetch_or_explicit(&pv_eval_breaker, PV_BREAK_GC, memory_order_relaxed);
        return;
    }
    pv_gc_run_finalizers();
}

int64_t pv_gc_collect_full(void *stack_top)
{
    pv_gc_collect_precise(stack_top);
    int64_t n = (int64_t)pv_gc_freed_last();
    /* the finalized objects die for good at the next collection, which
     * also clears weak references to them; a few rounds let objects that
     * only finalized ones kept alive finalize too */
    for (int round = 0; round < 3; round++) {
        if (pv_gc_run_finalizers() == 0)
            break;
        pv_gc_collect_precise(stack_top);
        n += (int64_t)pv_gc_freed_last();
    }
    pv_gc_run_finalizers();
    return n;
}

/* The collections at exit scan the C stack from here up: the frames
 * below, where the loop ran, are dead and may hold stale Values. */
__attribute__((noinline)) static void exit_collect(void)
{
    char here;
    pv_gc_collect_full(&here);
}

/* CPython's finalization clears __main__'s namespace (names with one
 * leading underscore first, then the others, except __builtins__) and
 * collects, so objects only the script's globals hold are finalized at
 * exit: __del__ runs, suspended generators close. Other modules stay. */
void pv_gc_at_exit(void)
{
    Value saved = pv_err_fetch();
    /* garbage CPython would have freed long ago: finalized while the
     * globals its finalizers may use are still there */
    exit_collect();
    Value mods = pv_sys_get("modules");
    Value main = mods && pv_isinst(mods, &pv_dict_type) ? pv_dict_get_str(mods, "__main__") : NULL;
    if (main && pv_is_type(main, &pv_module_type)) {
        Value d = ((PvModule *)main)->dict;
        Value keys = pv_dict_keys_list(d);
        for (int pass = 0; keys && pass < 2; pass++)
            for (size_t i = 0; i < pv_list_size(keys); i++) {
                Value k = pv_list_items(keys)[i];
                if (!pv_is_str(k) || pv_str_eq_cstr(k, "__builtins__"))
                    continue;
                const char *s = pv_str_data(k);
                bool single = s[0] == '_' && s[1] != '_';
                if ((pass == 0) != single)
                    continue;
                if (pv_dict_set(d, k, pv_None) < 0)
                    pv_err_clear();
            }
        pv_err_clear();
        exit_collect();
    }
    pv_err_restore(saved);
}
