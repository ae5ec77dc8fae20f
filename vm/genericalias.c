/* genericalias.c: types.GenericAlias, the result of list[int] and other
 * __class_getitem__ of the built-in containers (annotations need it). */
#include "pv.h"

typedef struct { PvObj h; Value origin, args; } PvGenericAlias;
#define GA(v) ((PvGenericAlias *)(v))

/* An alias of `origin` with `args` (a tuple, or one item to wrap). */
static Value ga_make(PvType *type, Value origin, Value args)
{
    if (!pv_is_type(args, &pv_tuple_type) && !(args = pv_tuple_pack(1, args)))
        return NULL;
    PvGenericAlias *ga = (PvGenericAlias *)pv_type_alloc(type, 0);
    if (!ga)
        return NULL;
    ga->origin = origin;
    ga->args = args;
    return (Value)ga;
}

Value pv_generic_alias_method(Value cls, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("__class_getitem__", nargs, kwnames) < 0)
        return NULL;
    return ga_make(&pv_generic_alias_type, cls, args[0]);
}

static void ga_mark(Value self)
{
    pv_gc_mark(GA(self)->origin);
    pv_gc_mark(GA(self)->args);
}

/* repr of one item: types as module.qualname (no "builtins."), ... as "...". */
static int repr_item(PvBuf *b, Value v)
{
    if (v == pv_Ellipsis)
        return pv_buf_append_cstr(b, "...");
    if (pv_isinst(v, &pv_type_type)) {
        PvType *t = (PvType *)v;
        Value mod = pv_getattr_str(v, "__module__");
        if (!mod)
            pv_err_clear();
        if (mod && pv_is_str(mod) && !pv_str_eq_cstr(mod, "builtins")) {
            pv_buf_append_str(b, mod);
            pv_buf_append_cstr(b, ".");
        }
        Value q = t->qualname ? t->qualname : pv_str_from_cstr(pv_type_name(t));
        return q ? pv_buf_append_str(b, q) : -1;
    }
    Value r = pv_repr(v);
    return r ? pv_buf_append_str(b, r) : -1;
}

static Value ga_repr(Value self)
{
    PvBuf b;
    pv_buf_init(&b);
    if (repr_item(&b, GA(self)->origin) < 0)
        goto fail;
    pv_buf_append_cstr(&b, "[");
    size_t n = pv_tuple_size(GA(self)->args);
    if (n == 0)
        pv_buf_append_cstr(&b, "()");
    for (size_t i = 0; i < n; i++) {
        if (i)
            pv_buf_append_cstr(&b, ", ");
        if (repr_item(&b, pv_tuple_items(GA(self)->args)[i]) < 0)
            goto fail;
    }
    pv_buf_append_cstr(&b, "]");
    return pv_buf_finish_str(&b);
fail:
    pv_buf_free(&b);
    return NULL;
}

/* list[int]() is a list; like CPython, note the alias on it when possible */
static Value ga_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value r = pv_call(GA(self)->origin, args, nargs, kwnames);
    if (r && pv_setattr_str(r, "__orig_class__", self) < 0) {
        if (!pv_err_matches(&pv_exc_AttributeError) && !pv_err_matches(&pv_exc_TypeError))
            return NULL;
        pv_err_clear();
    }
    return r;
}

static Value ga_getattr(Value self, Value name)
{
    Value v = pv_object_generic_getattr(self, name);
    if (v || !pv_err_matches(&pv_exc_AttributeError))
        return v;
    if (pv_str_size(name) > 1 && pv_str_data(name)[0] == '_' && pv_str_data(name)[1] == '_')
        return NULL;
    pv_err_clear();
    return pv_getattr(GA(self)->origin, name);
}

static Value ga_richcompare(Value a, Value b, int op)
{
    if (!pv_is_type(a, &pv_generic_alias_type) || !pv_is_type(b, &pv_generic_alias_type) ||
        (op != PV_EQ && op != PV_NE))
        return pv_NotImplemented;
    int r = pv_eq(GA(a)->origin, GA(b)->origin);
    if (r > 0)
        r = pv_eq(GA(a)->args, GA(b)->args);
    return r < 0 ? NULL : pv_bool(op == PV_EQ ? r : !r);
}

static int64_t ga_hash(Value self)
{
    int64_t h1 = pv_hash(GA(self)->origin), h2;
    if (h1 == -1 || (h2 = pv_hash(GA(self)->args)) == -1)
        return -1;
    int64_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static Value get_origin(Value s) { return GA(s)->origin; }
static Value get_args(Value s) { return GA(s)->args; }
/* The type variables among the args, in order (CPython's
 * _Py_make_parameters): those with __typing_subst__ and those of nested
 * generics' __parameters__. */
static Value get_parameters(Value s)
{
    Value params = pv_list_new(0);
    Value args = GA(s)->args;
    for (size_t i = 0; params && i < pv_tuple_size(args); i++) {
        Value a = pv_tuple_items(args)[i];
        if (pv_isinst(a, &pv_type_type))
            continue;
        Value sub = pv_getattr_opt(a, pv_intern("__typing_subst__"));
        if (!sub && pv_err_occurred())
            return NULL;
        Value add = NULL;
        if (sub) {
            add = pv_tuple_pack(1, a);
        } else {
            Value ps = pv_getattr_opt(a, pv_intern("__parameters__"));
            if (!ps && pv_err_occurred())
                return NULL;
            if (ps && pv_is_type(ps, &pv_tuple_type))
                add = ps;
        }
        for (size_t j = 0; add && j < pv_tuple_size(add); j++) {
            Value p = pv_tuple_items(add)[j];
            int in = pv_contains(params, p);
            if (in < 0 || (!in && pv_list_append(params, p) < 0))
                return NULL;
        }
    }
    return params ? pv_list_as_tuple(params) : NULL;
}

static long index_of(Value tuple, Value v)
{
    for (size_t i = 0; i < pv_tuple_size(tuple); i++)
        if (pv_tuple_items(tuple)[i] == v)
            return (long)i;
    return -1;
}

/* alias[args]: substitutes the type variables (list[T][int] is list[int]). */
static Value ga_getitem(Value self, Value key)
{
    Value params = get_parameters(self);
    if (!params)
        return NULL;
    size_t np = pv_tuple_size(params);
    if (!np)
        return pv_raise(&pv_exc_TypeError, "%R is not a generic class", self);
    Value items = pv_is_type(key, &pv_tuple_type) ? key : pv_tuple_pack(1, key);
    if (!items)
        return NULL;
    size_t ni = pv_tuple_size(items);
    if (ni != np)
        return pv_raise(&pv_exc_TypeError, "Too %s arguments for %R; actual %zu, expected %zu",
                        ni > np ? "many" : "few", self, ni, np);
    Value args = GA(self)->args;
    Value out = pv_list_new(0);
    for (size_t i = 0; out && i < pv_tuple_size(args); i++) {
        Value a = pv_tuple_items(args)[i];
        if (!pv_isinst(a, &pv_type_type)) {
            Value sub = pv_getattr_opt(a, pv_intern("__typing_subst__"));
            if (!sub && pv_err_occurred())
                return NULL;
            if (sub) {
                long k = index_of(params, a);
                if (k >= 0 && !(a = pv_call1(sub, pv_tuple_items(items)[k])))
                    return NULL;
            } else {
                Value ps = pv_getattr_opt(a, pv_intern("__parameters__"));
                if (!ps && pv_err_occurred())
                    return NULL;
                if (ps && pv_is_type(ps, &pv_tuple_type) && pv_tuple_size(ps)) {
                    Value sl = pv_list_new(0);
                    for (size_t j = 0; sl && j < pv_tuple_size(ps); j++) {
                        long k = index_of(params, pv_tuple_items(ps)[j]);
                        if (pv_list_append(sl, k >= 0 ? pv_tuple_items(items)[k]
                                                      : pv_tuple_items(ps)[j]) < 0)
                            return NULL;
                    }
                    Value st = sl ? pv_list_as_tuple(sl) : NULL;
                    if (!st || !(a = pv_getitem(a, pv_tuple_size(st) == 1 ? pv_tuple_items(st)[0]
                                                                          : st)))
                        return NULL;
                }
            }
        }
        if (pv_list_append(out, a) < 0)
            return NULL;
    }
    Value t = out ? pv_list_as_tuple(out) : NULL;
    return t ? ga_make(&pv_generic_alias_type, GA(self)->origin, t) : NULL;
}

static Value get_unpacked(Value s) { (void)s; return pv_False; }

static Value m_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    Value a = pv_tuple_pack(2, GA(self)->origin, GA(self)->args);
    return a ? pv_tuple_pack(2, (Value)pv_type(self), a) : NULL;
}

static Value m_instancecheck(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_raise(&pv_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value m_subclasscheck(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_raise(&pv_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Value m_mro_entries(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_tuple_pack(1, GA(self)->origin);
}

/* GenericAlias(origin, args): _collections_abc subclasses it. */
static Value ga_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    Value origin, a;
    if (pv_parse_args("GenericAlias", args, nargs, kwnames, "OO", NULL, &origin, &a) < 0)
        return NULL;
    return ga_make(type, origin, a);
}

static const PvMethodDef ga_methods[] = {
    {"__mro_entries__", m_mro_entries, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {"__instancecheck__", m_instancecheck, 0, NULL},
    {"__subclasscheck__", m_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef ga_getsets[] = {
    {"__origin__", get_origin, NULL, NULL},
    {"__args__", get_args, NULL, NULL},
    {"__parameters__", get_parameters, NULL, NULL},
    {"__unpacked__", get_unpacked, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_generic_alias_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "types.GenericAlias",
    .basicsize = sizeof(PvGenericAlias),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .new_ = ga_new,
    .methods = ga_methods,
    .getsets = ga_getsets,
    .mark = ga_mark,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .getitem = ga_getitem,
};
