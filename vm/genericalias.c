/* genericalias.c: types.GenericAlias, the result of list[int] and other
 * __class_getitem__ of the built-in containers (annotations need it). */
#include "objimpl.h"

typedef struct { PvObj h; Value origin, args; bool starred; } PvGenericAlias;
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
    if (GA(self)->starred)
        pv_buf_append_cstr(&b, "*");
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

/* As CPython: every attribute but these few is the origin's. */
static Value ga_getattr(Value self, Value name)
{
    static const char *const own[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__", NULL};
    for (const char *const *p = own; *p; p++)
        if (pv_str_eq_cstr(name, *p))
            return pv_object_generic_getattr(self, name);
    return pv_getattr(GA(self)->origin, name);
}

static Value ga_richcompare(Value a, Value b, int op)
{
    if (!pv_isinst(a, &pv_generic_alias_type) || !pv_isinst(b, &pv_generic_alias_type) ||
        (op != PV_EQ && op != PV_NE))
        return pv_NotImplemented;
    if (GA(a)->starred != GA(b)->starred)
        return pv_bool(op == PV_NE);
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
Value pv_typing_parameters(Value args)
{
    Value params = pv_list_new(0);
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

static Value get_parameters(Value s)
{
    return pv_typing_parameters(GA(s)->args);
}

static long index_of(Value tuple, Value v)
{
    for (size_t i = 0; i < pv_tuple_size(tuple); i++)
        if (pv_tuple_items(tuple)[i] == v)
            return (long)i;
    return -1;
}

static Value opt_attr(Value o, const char *name, bool *err)
{
    Value v = pv_getattr_opt(o, pv_intern(name));
    *err = !v && pv_err_occurred();
    return v;
}

/* The args with each *tuple[...] (not *tuple[X, ...]) spread out. */
static Value unpack_args(Value item)
{
    Value items = pv_is_type(item, &pv_tuple_type) ? item : pv_tuple_pack(1, item);
    Value out = items ? pv_list_new(0) : NULL;
    bool err;
    for (size_t i = 0; out && i < pv_tuple_size(items); i++) {
        Value a = pv_tuple_items(items)[i];
        if (!pv_isinst(a, &pv_type_type)) {
            Value sub = opt_attr(a, "__typing_unpacked_tuple_args__", &err);
            if (err)
                return NULL;
            if (sub && pv_is_type(sub, &pv_tuple_type) &&
                !(pv_tuple_size(sub) && pv_tuple_items(sub)[pv_tuple_size(sub) - 1] == pv_Ellipsis)) {
                for (size_t j = 0; j < pv_tuple_size(sub); j++)
                    if (pv_list_append(out, pv_tuple_items(sub)[j]) < 0)
                        return NULL;
                continue;
            }
        }
        if (pv_list_append(out, a) < 0)
            return NULL;
    }
    return out ? pv_list_as_tuple(out) : NULL;
}

/* A TypeVarTuple parameter is iterable (*Ts); its argument is a tuple. */
static bool is_variadic(Value param)
{
    return pv_type(param)->iter || pv_type_lookup_str(pv_type(param), "__iter__");
}

/* obj[...] with obj's own parameters replaced (CPython's subs_tvars). */
static Value subs_tvars(Value obj, Value params, Value argitems)
{
    bool err;
    Value sub = opt_attr(obj, "__parameters__", &err);
    if (err)
        return NULL;
    if (!sub || !pv_is_type(sub, &pv_tuple_type) || !pv_tuple_size(sub))
        return obj;
    Value l = pv_list_new(0);
    for (size_t j = 0; l && j < pv_tuple_size(sub); j++) {
        Value p = pv_tuple_items(sub)[j];
        long k = index_of(params, p);
        if (k < 0) {
            if (pv_list_append(l, p) < 0)
                return NULL;
            continue;
        }
        Value arg = pv_tuple_items(argitems)[k];
        if (is_variadic(p) && pv_is_type(arg, &pv_tuple_type)) {
            for (size_t i = 0; i < pv_tuple_size(arg); i++)
                if (pv_list_append(l, pv_tuple_items(arg)[i]) < 0)
                    return NULL;
        } else if (pv_list_append(l, arg) < 0) {
            return NULL;
        }
    }
    Value t = l ? pv_list_as_tuple(l) : NULL;
    return t ? pv_getitem(obj, t) : NULL;
}

/* The args of alias[key] with the type variables substituted (list[T][int]
 * is list[int]): CPython 3.11's _Py_subs_parameters, TypeVarTuple too.
 * Also for unions. */
Value pv_typing_subs(Value self, Value args, Value params, Value key)
{
    size_t np = pv_tuple_size(params);
    if (!np)
        return pv_raise(&pv_exc_TypeError, "%R is not a generic class", self);
    Value item = unpack_args(key);
    if (!item)
        return NULL;
    bool err;
    for (size_t i = 0; i < np; i++) {
        Value prep = opt_attr(pv_tuple_items(params)[i], "__typing_prepare_subst__", &err);
        if (err)
            return NULL;
        if (prep && !(item = pv_call2(prep, self, item)))
            return NULL;
        if (!pv_is_type(item, &pv_tuple_type) && !(item = pv_tuple_pack(1, item)))
            return NULL;
    }
    size_t ni = pv_tuple_size(item);
    if (ni != np)
        return pv_raise(&pv_exc_TypeError, "Too %s arguments for %R; actual %zu, expected %zu",
                        ni > np ? "many" : "few", self, ni, np);
    Value out = pv_list_new(0);
    for (size_t i = 0; out && i < pv_tuple_size(args); i++) {
        Value a = pv_tuple_items(args)[i];
        if (pv_isinst(a, &pv_type_type)) {
            if (pv_list_append(out, a) < 0)
                return NULL;
            continue;
        }
        Value un = opt_attr(a, "__typing_is_unpacked_typevartuple__", &err);
        if (err)
            return NULL;
        int unpack = un ? pv_truthy(un) : 0;
        if (unpack < 0)
            return NULL;
        Value sub = opt_attr(a, "__typing_subst__", &err);
        if (err)
            return NULL;
        if (sub) {
            long k = index_of(params, a);
            a = k >= 0 ? pv_call1(sub, pv_tuple_items(item)[k]) : a;
        } else {
            a = subs_tvars(a, params, item);
        }
        if (!a)
            return NULL;
        if (unpack && pv_is_type(a, &pv_tuple_type)) {
            for (size_t j = 0; j < pv_tuple_size(a); j++)
                if (pv_list_append(out, pv_tuple_items(a)[j]) < 0)
                    return NULL;
        } else if (pv_list_append(out, a) < 0) {
            return NULL;
        }
    }
    return out ? pv_list_as_tuple(out) : NULL;
}

static Value ga_getitem(Value self, Value key)
{
    Value params = get_parameters(self);
    Value t = params ? pv_typing_subs(self, GA(self)->args, params, key) : NULL;
    Value r = t ? ga_make(&pv_generic_alias_type, GA(self)->origin, t) : NULL;
    if (r)
        GA(r)->starred = GA(self)->starred;
    return r;
}

/* list[int] | None is a types.UnionType, as for classes */
static Value ga_or(Value a, Value b)
{
    return pv_union_new(a, b);
}

static Value get_unpacked(Value s) { return pv_bool(GA(s)->starred); }

/* *tuple[int] is tuple[int] unpacked: iterating an alias yields that once. */
static Value ga_iter(Value self)
{
    Value st = ga_make(pv_type(self), GA(self)->origin, GA(self)->args);
    if (!st)
        return NULL;
    GA(st)->starred = true;
    Value t = pv_tuple_pack(1, st);
    return t ? pv_iter(t) : NULL;
}

static Value get_unpacked_args(Value s)
{
    if (GA(s)->starred && GA(s)->origin == (Value)&pv_tuple_type)
        return GA(s)->args;
    return pv_None;
}

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
    {"__typing_unpacked_tuple_args__", get_unpacked_args, NULL, NULL},
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
    .iter = ga_iter,
    .binop = {[PV_OP_OR] = ga_or},
};
