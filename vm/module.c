/* module.c: module objects. Attributes live in the module's dict; a
 * module-level __getattr__ (PEP 562) is consulted for missing names. */
#include "objimpl.h"
#include <string.h>

#define MOD(v) ((PvModule *)(v))

static int module_fill_dict(Value m, Value name, Value doc)
{
    Value d = MOD(m)->dict;
    if (pv_dict_set(d, pv_id___name__, name) < 0 || pv_dict_set(d, pv_id___doc__, doc) < 0 ||
        pv_dict_set(d, pv_id___package__, pv_None) < 0 ||
        pv_dict_set(d, pv_id___loader__, pv_None) < 0 || pv_dict_set(d, pv_id___spec__, pv_None) < 0)
        return -1;
    MOD(m)->name = name;
    return 0;
}

static Value module_alloc(PvType *type)
{
    Value m = pv_type_alloc(type, 0);
    if (!m || !(MOD(m)->dict = pv_dict_new()))
        return NULL;
    return m;
}

Value pv_module_new(Value name)
{
    Value m = module_alloc(&pv_module_type);
    if (!m || module_fill_dict(m, name, pv_None) < 0)
        return NULL;
    return m;
}

Value pv_module_new_cstr(const char *name)
{
    Value n = pv_str_from_cstr(name);
    return n ? pv_module_new(n) : NULL;
}

int pv_module_add(Value module, const char *name, Value v)
{
    if (!v)
        return -1;
    return pv_dict_set(MOD(module)->dict, pv_intern(name), v);
}

int pv_module_add_functions(Value module, const PvMethodDef *defs)
{
    for (const PvMethodDef *d = defs; d && d->name; d++) {
        Value f = pv_cfunction_new(d, module, module);
        if (!f || pv_module_add(module, d->name, f) < 0)
            return -1;
    }
    return 0;
}

int pv_module_add_int(Value module, const char *name, int64_t v)
{
    return pv_module_add(module, name, pv_int_from_i64(v));
}

static Value module_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return module_alloc(type);
}

static int module_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"name", "doc", NULL};
    Value name = NULL, doc = pv_None;
    if (pv_parse_args("module", args, nargs, kwnames, "U|O", kw, &name, &doc) < 0)
        return -1;
    if (!MOD(self)->dict && !(MOD(self)->dict = pv_dict_new()))
        return -1;
    return module_fill_dict(self, name, doc);
}

static Value module_name(Value m)
{
    Value n = MOD(m)->dict ? pv_dict_get(MOD(m)->dict, pv_id___name__) : NULL;
    return n && pv_is_str(n) ? n : NULL;
}

Value pv_module_getattr_impl(Value m, Value name, bool suppress)
{
    Value r = pv_generic_getattr_impl(m, name, true);
    if (r || pv_err_occurred())
        return r;
    if (MOD(m)->dict && pv_is_str(name) && pv_str_eq_cstr(name, "__annotations__")) {
        /* as CPython 3.10+: an empty dict made on first access */
        Value d = pv_dict_new();
        return d && pv_dict_set(MOD(m)->dict, name, d) == 0 ? d : NULL;
    }
    Value ga = MOD(m)->dict ? pv_dict_get(MOD(m)->dict, pv_id___getattr__) : NULL;
    if (ga) {
        r = pv_call1(ga, name);
        if (!r && suppress && pv_err_matches(&pv_exc_AttributeError))
            pv_err_clear();
        return r;
    }
    if (suppress)
        return NULL;
    return pv_raise_no_attr(m, name);
}

static Value module_getattr(Value m, Value name)
{
    return pv_module_getattr_impl(m, name, false);
}

static bool is_builtin_name(Value name)
{
    if (pv_str_eq_cstr(name, "builtins") || pv_str_eq_cstr(name, "sys"))
        return true;
    for (const PvBuiltinModule *b = pv_builtin_modules; b->name; b++)
        if (pv_str_eq_cstr(name, b->name))
            return true;
    return false;
}

static Value module_repr(Value m)
{
    Value name = module_name(m);
    if (!name)
        name = pv_str_from_cstr("?");
    Value file = MOD(m)->dict ? pv_dict_get(MOD(m)->dict, pv_id___file__) : NULL;
    if (file && pv_is_str(file))
        return pv_str_printf("<module %R from %R>", name, file);
    if (is_builtin_name(name))
        return pv_str_printf("<module %R (built-in)>", name);
    return pv_str_printf("<module %R>", name);
}

static Value module_dir(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("__dir__", nargs, 0, 0) < 0)
        return NULL;
    Value d = MOD(self)->dict;
    Value f = d ? pv_dict_get(d, pv_id___dir__) : NULL;
    if (f)
        return pv_call0(f);
    return d ? pv_dict_keys_list(d) : pv_list_new(0);
}

static const PvMethodDef module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void module_mark(Value self)
{
    pv_gc_mark(MOD(self)->dict);
    pv_gc_mark(MOD(self)->name);
}

PvType pv_module_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "module",
    .basicsize = sizeof(PvModule),
    .flags = PV_TPFLAG_BASETYPE,
    .dictoffset = offsetof(PvModule, dict),
    .methods = module_methods,
    .mark = module_mark,
    .repr = module_repr,
    .getattr = module_getattr,
    .new_ = module_new,
    .init = module_init,
};
