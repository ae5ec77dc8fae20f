/* dictview.c: dict.keys()/values()/items() views and the dict iterators. */
#include "pv.h"

#define D(v) ((PvDict *)(v))

typedef struct { PvObj h; Value dict; } PvDictView;

enum { KEYS, VALUES, ITEMS };

/* ---- iterators ---- */

typedef struct {
    PvObj h;
    Value dict;   /* NULL when exhausted */
    size_t pos;   /* next entry (forward) or one past it (reverse) */
    size_t used;  /* dict size when created */
    size_t left;  /* items still expected */
} PvDictIter;

static PvType *iter_types[2][3] = {
    {&pv_dict_keyiter_type, &pv_dict_valueiter_type, &pv_dict_itemiter_type},
    {&pv_dict_revkeyiter_type, &pv_dict_revvalueiter_type, &pv_dict_revitemiter_type},
};

static Value iter_new(Value d, int kind, bool rev)
{
    PvDictIter *it = pv_alloc(iter_types[rev][kind], sizeof(PvDictIter));
    if (!it)
        return NULL;
    it->dict = d;
    it->used = D(d)->used;
    it->left = D(d)->used;
    it->pos = rev ? D(d)->nentries : 0;
    return (Value)it;
}

Value pv_dict_iter(Value d)
{
    return iter_new(d, KEYS, false);
}

static void iter_mark(Value self)
{
    pv_gc_mark(((PvDictIter *)self)->dict);
}

static Value iter_next(Value self, int kind, bool rev)
{
    PvDictIter *it = (PvDictIter *)self;
    if (!it->dict)
        return NULL;
    PvDict *d = D(it->dict);
    if (d->used != it->used) {
        it->used = (size_t)-1; /* sticky */
        return pv_raise(&pv_exc_RuntimeError, "dictionary changed size during iteration");
    }
    PvDictEntry *e = NULL;
    if (rev) {
        if (it->pos > d->nentries)
            it->pos = d->nentries;
        while (it->pos > 0 && !d->entries[it->pos - 1].key)
            it->pos--;
        if (it->pos > 0)
            e = &d->entries[--it->pos];
    } else {
        while (it->pos < d->nentries && !d->entries[it->pos].key)
            it->pos++;
        if (it->pos < d->nentries)
            e = &d->entries[it->pos++];
    }
    if (!e) {
        it->dict = NULL;
        return NULL;
    }
    if (it->left == 0) {
        it->dict = NULL;
        return pv_raise(&pv_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    if (kind == KEYS)
        return e->key;
    if (kind == VALUES)
        return e->value;
    return pv_tuple_pack(2, e->key, e->value);
}

static Value keyiter_next(Value s) { return iter_next(s, KEYS, false); }
static Value valueiter_next(Value s) { return iter_next(s, VALUES, false); }
static Value itemiter_next(Value s) { return iter_next(s, ITEMS, false); }
static Value rkeyiter_next(Value s) { return iter_next(s, KEYS, true); }
static Value rvalueiter_next(Value s) { return iter_next(s, VALUES, true); }
static Value ritemiter_next(Value s) { return iter_next(s, ITEMS, true); }

static Value iter_self(Value self)
{
    return self;
}

static Value iter_length_hint(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvDictIter *it = (PvDictIter *)self;
    if (!it->dict || D(it->dict)->used != it->used)
        return pv_small(0);
    return pv_small(it->left);
}

static const PvMethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define ITER_TYPE(cname, pyname, nextfn)                                \
    PvType cname = {                                                    \
        .h = {&pv_type_type, 0, 0},                                     \
        .name = pyname,                                                 \
        .basicsize = sizeof(PvDictIter),                                \
        .base = &pv_object_type,                                        \
        .methods = iter_methods,                                        \
        .mark = iter_mark,                                              \
        .iter = iter_self,                                              \
        .iternext = nextfn,                                             \
    };
ITER_TYPE(pv_dict_keyiter_type, "dict_keyiterator", keyiter_next)
ITER_TYPE(pv_dict_valueiter_type, "dict_valueiterator", valueiter_next)
ITER_TYPE(pv_dict_itemiter_type, "dict_itemiterator", itemiter_next)
ITER_TYPE(pv_dict_revkeyiter_type, "dict_reversekeyiterator", rkeyiter_next)
ITER_TYPE(pv_dict_revvalueiter_type, "dict_reversevalueiterator", rvalueiter_next)
ITER_TYPE(pv_dict_revitemiter_type, "dict_reverseitemiterator", ritemiter_next)

Value pv_dict_reversed_method(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return iter_new(self, KEYS, true);
}

/* ---- views ---- */

static PvType *view_types[3] = {&pv_dict_keys_type, &pv_dict_values_type,
                                &pv_dict_items_type};

static Value view_new(Value d, int kind)
{
    PvDictView *v = pv_alloc(view_types[kind], sizeof(PvDictView));
    if (v)
        v->dict = d;
    return (Value)v;
}

Value pv_dict_keys_method(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.keys", nargs, kwnames) < 0)
        return NULL;
    return view_new(self, KEYS);
}

Value pv_dict_values_method(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.values", nargs, kwnames) < 0)
        return NULL;
    return view_new(self, VALUES);
}

Value pv_dict_items_method(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.items", nargs, kwnames) < 0)
        return NULL;
    return view_new(self, ITEMS);
}

static int view_kind(Value v)
{
    PvType *t = pv_type(v);
    return t == &pv_dict_keys_type ? KEYS : t == &pv_dict_values_type ? VALUES : ITEMS;
}

#define VDICT(v) (((PvDictView *)(v))->dict)

static void view_mark(Value self)
{
    pv_gc_mark(VDICT(self));
}

static ssize_t view_len(Value self)
{
    return (ssize_t)D(VDICT(self))->used;
}

static Value view_iter(Value self)
{
    return iter_new(VDICT(self), view_kind(self), false);
}

static Value view_reversed(Value self, Value *args, size_t nargs, Value kwnames)
{
    return iter_new(VDICT(self), view_kind(self), true);
}

static int keys_contains(Value self, Value x)
{
    return pv_dict_contains(VDICT(self), x);
}

static int items_contains(Value self, Value x)
{
    if (!pv_isinst(x, &pv_tuple_type) || pv_tuple_size(x) != 2)
        return 0;
    Value v = pv_dict_get(VDICT(self), pv_tuple_items(x)[0]);
    if (!v)
        return pv_err_occurred() ? -1 : 0;
    return pv_eq(v, pv_tuple_items(x)[1]);
}

static Value view_repr(Value self)
{
    int r = pv_repr_enter(self);
    if (r)
        return r < 0 ? NULL : pv_str_from_cstr("...");
    Value l = pv_sequence_list(self);
    Value s = l ? pv_repr(l) : NULL;
    pv_repr_leave(self);
    return s ? pv_str_printf("%s(%S)", pv_type(self)->name, s) : NULL;
}

static bool is_setlike_view(Value v)
{
    PvType *t = pv_type(v);
    return t == &pv_dict_keys_type || t == &pv_dict_items_type;
}

/* Every item of a is in b. */
static int all_contained_in(Value a, Value b)
{
    Value it = pv_iter(a);
    if (!it)
        return -1;
    Value x;
    while ((x = pv_next(it))) {
        int r = pv_contains(b, x);
        if (r <= 0)
            return r;
    }
    return pv_err_occurred() ? -1 : 1;
}

static Value view_richcompare(Value a, Value b, int op)
{
    if (!is_setlike_view(a) || !(pv_is_anyset(b) || is_setlike_view(b)))
        return pv_NotImplemented;
    ssize_t la = pv_len(a), lb = pv_len(b);
    if (la < 0 || lb < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case PV_EQ:
    case PV_NE:
        if (la == lb)
            ok = all_contained_in(a, b);
        if (op == PV_NE && ok >= 0)
            ok = !ok;
        break;
    case PV_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case PV_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case PV_GT: if (la > lb) ok = all_contained_in(b, a); break;
    case PV_GE: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    return ok < 0 ? NULL : pv_bool(ok);
}

/* set(a), using the dict itself for a keys view (same order as CPython). */
static Value to_set(Value a)
{
    if (pv_is_type(a, &pv_dict_keys_type) && pv_is_type(VDICT(a), &pv_dict_type))
        a = VDICT(a);
    return pv_set_new(a);
}

static Value set_op(Value a, Value b, const char *method)
{
    Value r = to_set(a);
    if (!r || !pv_call_method(r, method, &b, 1))
        return NULL;
    return r;
}

static Value view_sub(Value a, Value b) { return set_op(a, b, "difference_update"); }
static Value view_or(Value a, Value b) { return set_op(a, b, "update"); }
static Value view_xor(Value a, Value b) { return set_op(a, b, "symmetric_difference_update"); }

static Value view_and(Value a, Value b)
{
    if (!is_setlike_view(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    ssize_t la = pv_len(a);
    if (pv_is_type(b, &pv_set_type) && la <= pv_set_size(b))
        return pv_call_method(b, "intersection", &a, 1);
    if (is_setlike_view(b) && pv_len(b) > la) {
        Value t = a;
        a = b;
        b = t;
    }
    Value r = pv_set_new(NULL);
    Value it = r ? pv_iter(b) : NULL;
    if (!it)
        return NULL;
    int (*contains)(Value, Value) =
        pv_is_type(a, &pv_dict_keys_type) ? keys_contains : items_contains;
    Value x;
    while ((x = pv_next(it))) {
        int c = contains(a, x);
        if (c < 0 || (c && pv_set_add(r, x) < 0))
            return NULL;
    }
    return pv_err_occurred() ? NULL : r;
}

static Value view_isdisjoint(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("isdisjoint", nargs, kwnames) < 0)
        return NULL;
    Value it = pv_iter(args[0]);
    if (!it)
        return NULL;
    Value x;
    while ((x = pv_next(it))) {
        int r = pv_contains(self, x);
        if (r < 0)
            return NULL;
        if (r)
            return pv_False;
    }
    return pv_err_occurred() ? NULL : pv_True;
}

static Value view_mapping(Value self)
{
    return pv_call1((Value)&pv_mappingproxy_type, VDICT(self));
}

static const PvMethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, 0, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static const PvMethodDef values_methods[] = {
    {"__reversed__", view_reversed, 0, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to"},
    {NULL, NULL, NULL, NULL},
};

#define SETVIEW_BINOPS                                                  \
    .binop = {[PV_OP_SUB] = view_sub, [PV_OP_AND] = view_and,           \
              [PV_OP_OR] = view_or, [PV_OP_XOR] = view_xor}

PvType pv_dict_keys_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "dict_keys",
    .basicsize = sizeof(PvDictView),
    .base = &pv_object_type,
    .methods = setview_methods,
    .getsets = view_getsets,
    .mark = view_mark,
    .repr = view_repr,
    .hash = pv_unhashable,
    .richcompare = view_richcompare,
    .iter = view_iter,
    SETVIEW_BINOPS,
    .len = view_len,
    .contains = keys_contains,
};

PvType pv_dict_items_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "dict_items",
    .basicsize = sizeof(PvDictView),
    .base = &pv_object_type,
    .methods = setview_methods,
    .getsets = view_getsets,
    .mark = view_mark,
    .repr = view_repr,
    .hash = pv_unhashable,
    .richcompare = view_richcompare,
    .iter = view_iter,
    SETVIEW_BINOPS,
    .len = view_len,
    .contains = items_contains,
};

PvType pv_dict_values_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "dict_values",
    .basicsize = sizeof(PvDictView),
    .base = &pv_object_type,
    .methods = values_methods,
    .getsets = view_getsets,
    .mark = view_mark,
    .repr = view_repr,
    .iter = view_iter,
    .len = view_len,
};
