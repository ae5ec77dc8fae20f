/* atexit.c: the atexit module. Callbacks live in a list (a GC root);
 * main.c runs them through pv_atexit_run() once the program is over,
 * last registered first, printing errors as CPython does. */
#include "pv.h"

static Value callbacks; /* list of (func, args tuple, kwargs dict or None) */

static int ensure(void)
{
    if (callbacks)
        return 0;
    if (!(callbacks = pv_list_new(0)))
        return -1;
    pv_gc_add_root(&callbacks);
    return 0;
}

static Value ae_register(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (nargs < 1)
        return pv_raise(&pv_exc_TypeError, "register() takes at least 1 argument (0 given)");
    Value func = args[0];
    if (!pv_type(func)->call)
        return pv_raise(&pv_exc_TypeError, "the first argument must be callable");
    Value posargs = pv_tuple_from(args + 1, nargs - 1);
    Value kw = pv_None;
    if (!posargs || ensure() < 0)
        return NULL;
    if (kwnames && pv_tuple_size(kwnames)) {
        if (!(kw = pv_dict_new()))
            return NULL;
        for (size_t i = 0; i < pv_tuple_size(kwnames); i++)
            if (pv_dict_set(kw, pv_tuple_items(kwnames)[i], args[nargs + i]) < 0)
                return NULL;
    }
    Value entry = pv_tuple_pack(3, func, posargs, kw);
    if (!entry || pv_list_append(callbacks, entry) < 0)
        return NULL;
    return func;
}

static Value ae_unregister(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("unregister", nargs, kwnames) < 0)
        return NULL;
    if (!callbacks)
        return pv_None;
    Value keep = pv_list_new(0);
    if (!keep)
        return NULL;
    for (size_t i = 0; i < pv_list_size(callbacks); i++) {
        Value e = pv_list_items(callbacks)[i];
        int r = pv_eq(pv_tuple_items(e)[0], args[0]);
        if (r < 0)
            return NULL;
        if (!r && pv_list_append(keep, e) < 0)
            return NULL;
    }
    callbacks = keep;
    return pv_None;
}

/* Run and clear the callbacks, newest first; errors are reported, not raised. */
static void run_all(void)
{
    if (!callbacks)
        return;
    while (pv_list_size(callbacks)) {
        Value e = pv_list_pop_last(callbacks);
        Value func = pv_tuple_items(e)[0];
        Value kw = pv_tuple_items(e)[2];
        Value r = pv_call_tuple_dict(func, pv_tuple_items(e)[1], kw == pv_None ? NULL : kw);
        if (!r) {
            Value exc = pv_err_fetch();
            if (exc && pv_isinst(exc, &pv_exc_SystemExit))
                continue;
            pv_flush_std();
            Value err = pv_sys_get("stderr");
            Value head = pv_str_printf("Exception ignored in atexit callback: %R\n", func);
            if (!head || !err || err == pv_None || pv_file_write_value(err, head) < 0)
                pv_err_clear();
            if (exc)
                pv_err_print_exc(exc);
            pv_err_clear();
        }
    }
}

void pv_atexit_run(void)
{
    Value pending = pv_err_fetch();
    run_all();
    pv_err_restore(pending);
}

static Value ae_run_exitfuncs(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("_run_exitfuncs", nargs, kwnames) < 0)
        return NULL;
    run_all();
    return pv_None;
}

static Value ae_clear(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("_clear", nargs, kwnames) < 0)
        return NULL;
    if (callbacks && !(callbacks = pv_list_new(0)))
        return NULL;
    return pv_None;
}

static Value ae_ncallbacks(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("_ncallbacks", nargs, kwnames) < 0)
        return NULL;
    return pv_small(callbacks ? (int64_t)pv_list_size(callbacks) : 0);
}

static const PvMethodDef atexit_functions[] = {
    {"register", ae_register, 0, "Register a function to be executed upon normal program termination."},
    {"unregister", ae_unregister, 0, "Unregister an exit function which was previously registered."},
    {"_run_exitfuncs", ae_run_exitfuncs, 0, "Run all registered exit functions."},
    {"_clear", ae_clear, 0, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", ae_ncallbacks, 0, "Return the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

Value pv_atexit_module_init(void)
{
    Value m = pv_module_new_cstr("atexit");
    if (!m || pv_module_add_functions(m, atexit_functions) < 0)
        return NULL;
    return m;
}
