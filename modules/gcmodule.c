/* gcmodule.c: the gc module over pyvm's tracing collector (vm/gc.c).
 * There are no generations: collect() runs a full collection, then the
 * finalizers and weakref callbacks it queued (finalize.c), and returns
 * the number of objects it freed. Without reference counts pyvm must keep
 * collecting even when "disabled": disable() only changes isenabled().
 * Thresholds are CPython-shaped placeholders so that code using them runs. */
#include "eval.h"

static bool enabled = true;
static int64_t threshold[3] = {700, 10, 10};
static Value callbacks;   /* gc.callbacks (a root) */

/* gc.callbacks: each called with (phase, info) around explicit collections. */
static int run_callbacks(const char *phase, int generation, int64_t collected)
{
    if (!callbacks || pv_list_size(callbacks) == 0)
        return 0;
    Value info = pv_dict_new();
    Value ph = pv_str_from_cstr(phase);
    if (!info || !ph || pv_dict_set_str(info, "generation", pv_small(generation)) < 0 ||
        pv_dict_set_str(info, "collected", pv_int_from_i64(collected)) < 0 ||
        pv_dict_set_str(info, "uncollectable", pv_small(0)) < 0)
        return -1;
    Value cbs = pv_sequence_tuple(callbacks);   /* callbacks may change the list */
    if (!cbs)
        return -1;
    for (size_t i = 0; i < pv_tuple_size(cbs); i++) {
        Value cb = pv_tuple_items(cbs)[i];
        if (!pv_call2(cb, ph, info))
            pv_write_unraisable(pv_err_fetch(), "Exception ignored in garbage collector callback", cb);
    }
    return 0;
}

/* gc.collect is this Python function, so that the C function below knows
 * when it is called straight from the outermost loop (no C frame in
 * between holding Values): the top frame runs collect_code and no nested
 * loop is active. Then the collection may skip the loop's C frame, whose
 * stale temporaries would keep just-deleted objects alive (see gc.c). */
static const char collect_src[] =
    "def collect(generation=2):\n"
    "    return _collect(generation)\n";
static Value collect_code;   /* root */

static Value gc_collect_impl(Value self, Value *args, size_t nargs, Value kwnames)
{
    int generation = 2;
    if (pv_parse_args("collect", args, nargs, kwnames, "|i", NULL, &generation) < 0)
        return NULL;
    if (generation < 0 || generation > 2)
        return pv_raise(&pv_exc_ValueError, "invalid generation");
    PvFrame *top = pv_current_thread->top;
    bool direct = pv_preempt_depth == 0 && top && top->code == collect_code && collect_code;
    if (run_callbacks("start", generation, 0) < 0)
        return NULL;
    int64_t n = pv_gc_collect_full(direct ? pv_eval_outer_sp : NULL);
    if (run_callbacks("stop", generation, n) < 0)
        return NULL;
    return pv_int_from_i64(n);
}

/* Define collect() in the module's namespace. */
static int add_collect(Value m)
{
    Value d = ((PvModule *)m)->dict;
    Value fn = pv_str_from_cstr("<gc>");
    Value code = fn ? pv_compile(collect_src, sizeof collect_src - 1, fn, "exec", 0) : NULL;
    if (!code || !pv_eval_code(code, d, d))
        return -1;
    Value f = pv_dict_get_str(d, "collect");
    if (!f || !pv_is_type(f, &pv_function_type))
        return pv_raise(&pv_exc_SystemError, "gc: collect() not defined"), -1;
    PvFunction *fo = (PvFunction *)f;
    fo->doc = pv_str_from_cstr("Run the garbage collector.\n\nWith no arguments, run a full "
                               "collection.  The optional argument\nmay be an integer specifying "
                               "which generation to collect.  A ValueError\nis raised if the "
                               "generation number is invalid.\n\nThe number of unreachable "
                               "objects is returned.");
    if (!collect_code)
        pv_gc_add_root(&collect_code);
    collect_code = fo->code;   /* the newest gc module's */
    return 0;
}

static Value gc_enable(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("enable", nargs, kwnames) < 0)
        return NULL;
    enabled = true;
    return pv_None;
}

static Value gc_disable(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("disable", nargs, kwnames) < 0)
        return NULL;
    enabled = false;
    return pv_None;
}

static Value gc_isenabled(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("isenabled", nargs, kwnames) < 0)
        return NULL;
    return pv_bool(enabled);
}

static Value gc_get_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("get_count", nargs, kwnames) < 0)
        return NULL;
    return pv_tuple_pack(3, pv_int_from_u64(pv_gc_allocated_since()), pv_small(0), pv_small(0));
}

static Value gc_get_threshold(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("get_threshold", nargs, kwnames) < 0)
        return NULL;
    return pv_tuple_pack(3, pv_small(threshold[0]), pv_small(threshold[1]), pv_small(threshold[2]));
}

static Value gc_set_threshold(Value self, Value *args, size_t nargs, Value kwnames)
{
    int64_t t[3] = {threshold[0], threshold[1], threshold[2]};
    if (pv_parse_args("set_threshold", args, nargs, kwnames, "L|LL", NULL, &t[0], &t[1], &t[2]) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        threshold[i] = t[i];
    return pv_None;
}

static Value gc_empty_list(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_list_new(0);
}

static Value gc_none(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_None;
}

static Value gc_zero(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_small(0);
}

/* Atoms (ints, str, None...) are not containers: CPython does not track them. */
static Value gc_is_tracked(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("is_tracked", nargs, kwnames) < 0)
        return NULL;
    PvType *t = pv_type(args[0]);
    bool atom = t == &pv_int_type || t == &pv_bool_type || t == &pv_float_type ||
                t == &pv_complex_type || t == &pv_str_type || t == &pv_bytes_type ||
                t == &pv_none_type;
    return pv_bool(!atom);
}

static Value gc_is_finalized(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("is_finalized", nargs, kwnames) < 0)
        return NULL;
    return pv_False;
}

static Value gc_get_stats(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvGcStats st;
    pv_gc_stats(&st);
    Value l = pv_list_new(0);
    for (int i = 0; l && i < 3; i++) {
        Value d = pv_dict_new();
        if (!d || pv_dict_set_str(d, "collections", pv_int_from_u64(i == 2 ? st.collections : 0)) < 0 ||
            pv_dict_set_str(d, "collected", pv_small(0)) < 0 ||
            pv_dict_set_str(d, "uncollectable", pv_small(0)) < 0 || pv_list_append(l, d) < 0)
            return NULL;
    }
    return l;
}

static const PvMethodDef gc_functions[] = {
    {"_collect", gc_collect_impl, 0, NULL},
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, 0, NULL},
    {"get_threshold", gc_get_threshold, 0, NULL},
    {"set_threshold", gc_set_threshold, 0, NULL},
    {"get_objects", gc_empty_list, 0, NULL},
    {"get_referrers", gc_empty_list, 0, NULL},
    {"get_referents", gc_empty_list, 0, NULL},
    {"get_stats", gc_get_stats, 0, NULL},
    {"is_tracked", gc_is_tracked, 0, NULL},
    {"is_finalized", gc_is_finalized, 0, NULL},
    {"freeze", gc_none, 0, NULL},
    {"unfreeze", gc_none, 0, NULL},
    {"get_freeze_count", gc_zero, 0, NULL},
    {"set_debug", gc_none, 0, NULL},
    {"get_debug", gc_zero, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_gc_module_init(void)
{
    Value m = pv_module_new_cstr("gc");
    if (!m || pv_module_add_functions(m, gc_functions) < 0)
        return NULL;
    Value garbage = pv_list_new(0);
    if (!callbacks) {
        callbacks = pv_list_new(0);
        pv_gc_add_root(&callbacks);
    }
    if (!garbage || !callbacks || pv_module_add(m, "garbage", garbage) < 0 ||
        pv_module_add(m, "callbacks", callbacks) < 0 ||
        pv_module_add_int(m, "DEBUG_STATS", 1) < 0 || pv_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        pv_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 || pv_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 ||
        pv_module_add_int(m, "DEBUG_LEAK", 38) < 0 || add_collect(m) < 0)
        return NULL;
    return m;
}
