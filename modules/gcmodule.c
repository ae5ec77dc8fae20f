/* gcmodule.c: the gc module over pyvm's tracing collector (vm/gc.c).
 * There are no generations: collect() runs a full collection; counts and
 * thresholds are CPython-shaped placeholders so that code using them runs. */
#include "pv.h"

static bool enabled = true;
static int64_t threshold[3] = {700, 10, 10};

static Value gc_collect(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"generation", NULL};
    int generation = 2;
    if (pv_parse_args("collect", args, nargs, kwnames, "|i", kwlist, &generation) < 0)
        return NULL;
    if (generation < 0 || generation > 2)
        return pv_raise(&pv_exc_ValueError, "invalid generation");
    pv_gc_collect();
    pv_weakref_run_callbacks();
    return pv_small(0);
}

static Value gc_enable(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("enable", nargs, kwnames) < 0)
        return NULL;
    if (!enabled) {
        enabled = true;
        pv_gc_enable();
    }
    return pv_None;
}

static Value gc_disable(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("disable", nargs, kwnames) < 0)
        return NULL;
    if (enabled) {
        enabled = false;
        pv_gc_disable();
    }
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
    return pv_tuple_pack(3, pv_small(0), pv_small(0), pv_small(0));
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
    {"collect", gc_collect, 0, "Run the garbage collector."},
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
    Value garbage = pv_list_new(0), cbs = pv_list_new(0);
    if (!garbage || !cbs || pv_module_add(m, "garbage", garbage) < 0 ||
        pv_module_add(m, "callbacks", cbs) < 0 ||
        pv_module_add_int(m, "DEBUG_STATS", 1) < 0 || pv_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        pv_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 || pv_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 ||
        pv_module_add_int(m, "DEBUG_LEAK", 38) < 0)
        return NULL;
    return m;
}
