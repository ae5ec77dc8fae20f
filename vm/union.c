/* union.c: types.UnionType, the result of `int | str` (PEP 604). Used in
 * annotations and by isinstance/issubclass. */
#include "objimpl.h"

typedef struct Union { PvObj h; Value args; } Union;
#define UN(v) ((Union *)(v))



static bool unionable(Value v)
{
    return v == pv_None || pv_is_typeobj(v) || pv_is_type(v, &pv_union_type) ||
           pv_isinst(v, &pv_generic_alias_type);
}

static int add_arg(Value list, Value v)
{
    if (v == pv_None)
        v = (Value)&pv_none_type;
    if (pv_is_type(v, &pv_union_type)) {
        for (size_t i = 0; i < pv_tuple_size(UN(v)->args); i++)
            if (add_arg(list, pv_tuple_items(UN(v)->args)[i]) < 0)
                return -1;
        return 0;
    }
    for (size_t i = 0; i < pv_list_size(list); i++) {
        int r = pv_eq(pv_list_items(list)[i], v);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    return pv_list_append(list, v);
}

Value pv_union_new(Value a, Value b)
{
    if (!unionable(a) || !unionable(b))
        return pv_NotImplemented;
    Value l = pv_list_new(0);
    if (!l || add_arg(l, a) < 0 || add_arg(l, b) < 0)
        return NULL;
    if (pv_list_size(l) == 1)
        return pv_list_items(l)[0];
    Union *u = pv_alloc(&pv_union_type, sizeof(Union));
    if (!u || !(u->args = pv_list_as_tuple(l)))
        return NULL;
    return (Value)u;
}

static Value union_or(Value a, Value b)
{
    return pv_union_new(a, b);
}

static Value arg_repr(Value v)
{
    if (v == (Value)&pv_none_type)
        return pv_str_from_cstr("None");
    if (pv_is_typeobj(v)) {
        Value mod = pv_type_module((PvType *)v);
        Value qn = pv_type_qualname((PvType *)v);
        if (mod && pv_is_str(mod) && !pv_str_eq_cstr(mod, "builtins"))
            return pv_str_printf("%S.%S", mod, qn);
        return qn;
    }
    return pv_repr(v);
}

static Value union_repr(Value self)
{
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < pv_tuple_size(UN(self)->args); i++) {
        Value r = arg_repr(pv_tuple_items(UN(self)->args)[i]);
        if (!r || (i && pv_buf_append_cstr(&b, " | ") < 0) || pv_buf_append_str(&b, r) < 0) {
            pv_buf_free(&b);
            return NULL;
        }
    }
    return pv_buf_finish_str(&b);
}

static Value check(Value self, Value *args, size_t nargs, bool inst)
{
    const char *fn = inst ? "__instancecheck__" : "__subclasscheck__";
    if (pv_check_nargs(fn, nargs, 1, 1) < 0)
        return NULL;
    for (size_t i = 0; i < pv_tuple_size(UN(self)->args); i++) {
        Value a = pv_tuple_items(UN(self)->args)[i];
        if (!pv_is_typeobj(a))
            return pv_raise(&pv_exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                            inst ? "isinstance" : "issubclass");
    }
    for (size_t i = 0; i < pv_tuple_size(UN(self)->args); i++) {
        Value a = pv_tuple_items(UN(self)->args)[i];
        int r = inst ? pv_isinstance(args[0], a) : pv_issubclass(args[0], a);
        if (r != 0)
            return r < 0 ? NULL : pv_True;
    }
    return pv_False;
}

static Value union_instancecheck(Value self, Value *args, size_t nargs, Value kw)
{
    (void)kw;
    return check(self, args, nargs, true);
}

static Value union_subclasscheck(Value self, Value *args, size_t nargs, Value kw)
{
    (void)kw;
    return check(self, args, nargs, false);
}

static const PvMethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value union_args(Value self) { return UN(self)->args; }
static Value union_params(Value self) { return pv_typing_parameters(UN(self)->args); }

/* (int | list[T])[str]: the args substituted, or-ed together again */
static Value union_getitem(Value self, Value key)
{
    Value params = union_params(self);
    Value args = params ? pv_typing_subs(self, UN(self)->args, params, key) : NULL;
    if (!args)
        return NULL;
    Value r = pv_tuple_size(args) ? pv_tuple_items(args)[0] : pv_None;
    for (size_t i = 1; r && i < pv_tuple_size(args); i++)
        r = pv_binop(r, pv_tuple_items(args)[i], PV_OP_OR);
    return r;
}

static const PvGetSetDef union_getsets[] = {
    {"__args__", union_args, NULL, NULL},
    {"__parameters__", union_params, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value union_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_is_type(b, &pv_union_type))
        return pv_NotImplemented;
    Value sa = pv_frozenset_new(UN(a)->args), sb = pv_frozenset_new(UN(b)->args);
    if (!sa || !sb)
        return NULL;
    return pv_compare(sa, sb, op);
}

static int64_t union_hash(Value self)
{
    Value s = pv_frozenset_new(UN(self)->args);
    return s ? pv_hash(s) : -1;
}

static void union_mark(Value self)
{
    pv_gc_mark(UN(self)->args);
}

PvType pv_union_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "types.UnionType",
    .basicsize = sizeof(Union),
    .methods = union_methods,
    .getsets = union_getsets,
    .mark = union_mark,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .binop = {[PV_OP_OR] = union_or},
    .getitem = union_getitem,
};
