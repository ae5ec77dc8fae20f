/* slots.c: special methods <-> PvType slots, in both directions.
 *  - C types: pv_type_ready adds a "slot wrapper" for each slot the type
 *    defines (int.__add__, list.__getitem__, object.__init__...), so
 *    Python code can call them and subclasses can find them.
 *  - Heap types: each slot is set to the C function of a C type when the
 *    dunder found along the MRO is that type's own wrapper (fast path), or
 *    to a generic dispatcher that looks the dunder up on the type and calls
 *    it (slot_* below). pv_type_modified refills them when a dunder is
 *    assigned on a class later.
 * The dispatchers look the method up (pv_type_lookup with the pv_id_*
 * names) separately from calling it (pv_call_unbound), so the interpreter
 * can do the same lookup and push a frame instead. */
#include "objimpl.h"
#include "eval.h"
#include <stdio.h>
#include <string.h>

enum {
    SL_REPR, SL_STR, SL_HASH, SL_RICHCMP, SL_GETATTR, SL_SETATTR, SL_DESCR_GET,
    SL_DESCR_SET, SL_CALL, SL_ITER, SL_NEXT, SL_INIT, SL_NEW, SL_POW3, SL_NEG,
    SL_POS, SL_INVERT, SL_ABS, SL_BOOL, SL_INT, SL_FLOAT, SL_INDEX, SL_LEN,
    SL_GETITEM, SL_SETITEM, SL_CONTAINS, SL_BINOP, SL_COUNT = SL_BINOP + PV_OP_ALL
};

/* How a wrapper calls the C slot. */
enum {
    W_UNARY, W_HASH, W_BOOL, W_LEN, W_RICHCMP, W_GETATTR, W_SETATTR, W_DELATTR,
    W_DESCR_GET, W_DESCR_SET, W_DESCR_DELETE, W_CALL, W_NEXT, W_INIT,
    W_BINOP_L, W_BINOP_R, W_POW_L, W_POW_R, W_GETITEM, W_SETITEM, W_DELITEM,
    W_CONTAINS, W_NEW
};

typedef struct SlotDef {
    const char *name;
    int slot, kind, arg;
    Value id;       /* interned name, set by pv_slots_init */
} SlotDef;

static const char *const binop_base[PV_OP_COUNT] = {
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
    "lshift", "rshift", "and", "or", "xor",
};
const char *const pv_binop_symbols[PV_OP_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
};
static const char *const cmp_names[6] = {
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
};

#define MAXDEFS 128
static SlotDef defs[MAXDEFS];
static int ndefs;
static size_t slot_offset[SL_COUNT];
static void *generic_fn[SL_COUNT];
static char binop_names[3][PV_OP_COUNT][16];  /* __add__, __radd__, __iadd__ */
static Value binop_ids[3][PV_OP_COUNT];        /* interned: kept forever */
static Value cmp_ids[6];

static void *get_slot(PvType *t, int sl)
{
    void *f;
    memcpy(&f, (char *)t + slot_offset[sl], sizeof f);
    return f;
}

static void set_slot(PvType *t, int sl, void *f)
{
    memcpy((char *)t + slot_offset[sl], &f, sizeof f);
}

/* ------------------------------------------------------------------ */
/* Wrapper descriptors: Python-callable views of C slots               */
/* ------------------------------------------------------------------ */

typedef struct { PvObj h; PvType *type; const SlotDef *def; } WrapperDescr;
typedef struct { PvObj h; Value descr; Value self; } MethodWrapper;
#define WD(v) ((WrapperDescr *)(v))

int64_t pv_slot_unhashable(Value self)
{
    pv_raise(&pv_exc_TypeError, "unhashable type: '%s'", pv_type(self)->name);
    return -1;
}
int64_t pv_unhashable(Value self) __attribute__((weak));

static bool is_unhashable_fn(void *f)
{
    return f == (void *)pv_slot_unhashable || (pv_unhashable && f == (void *)pv_unhashable);
}

static int nargs_exact(const char *name, size_t nargs, size_t n)
{
    if (nargs == n)
        return 0;
    pv_raise(&pv_exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    (void)name;
    return -1;
}

static Value int_result(int r)
{
    return r < 0 ? NULL : pv_int_from_i64(r);
}

static Value wrapper_invoke(const SlotDef *d, PvType *t, Value self, Value *args,
                            size_t nargs, Value kwnames)
{
    if (d->kind != W_CALL && d->kind != W_INIT && kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
    void *f = get_slot(t, d->slot);
    if (!f && d->kind != W_POW_L && d->kind != W_POW_R)
        return pv_raise(&pv_exc_TypeError, "'%s' object has no slot %s", t->name, d->name);
    switch (d->kind) {
    case W_UNARY:
        if (nargs_exact(d->name, nargs, 0) < 0) return NULL;
        return ((Value (*)(Value))f)(self);
    case W_HASH: {
        if (nargs_exact(d->name, nargs, 0) < 0) return NULL;
        int64_t h = ((int64_t (*)(Value))f)(self);
        return h == -1 ? NULL : pv_int_from_i64(h);
    }
    case W_BOOL: {
        if (nargs_exact(d->name, nargs, 0) < 0) return NULL;
        int r = ((int (*)(Value))f)(self);
        return r < 0 ? NULL : pv_bool(r);
    }
    case W_LEN: {
        if (nargs_exact(d->name, nargs, 0) < 0) return NULL;
        ssize_t n = ((ssize_t (*)(Value))f)(self);
        return n < 0 ? NULL : pv_int_from_i64(n);
    }
    case W_RICHCMP:
        if (nargs_exact(d->name, nargs, 1) < 0) return NULL;
        return ((Value (*)(Value, Value, int))f)(self, args[0], d->arg);
    case W_GETATTR:
        if (nargs_exact(d->name, nargs, 1) < 0) return NULL;
        if (!pv_is_str(args[0]))
            return pv_raise(&pv_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        return ((Value (*)(Value, Value))f)(self, args[0]);
    case W_SETATTR:
    case W_DELATTR: {
        size_t want = d->kind == W_SETATTR ? 2 : 1;
        if (nargs_exact(d->name, nargs, want) < 0) return NULL;
        if (!pv_is_str(args[0]))
            return pv_raise(&pv_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        /* object.__setattr__(int, ...) must not bypass type's checks */
        if (pv_is_typeobj(self) && t == &pv_object_type && !pv_is_heaptype((PvType *)self))
            return pv_raise(&pv_exc_TypeError, "can't apply this %s to type object", d->name);
        int r = ((int (*)(Value, Value, Value))f)(self, args[0], want == 2 ? args[1] : NULL);
        return r < 0 ? NULL : pv_None;
    }
    case W_DESCR_GET: {
        if (nargs < 1 || nargs > 2)
            return pv_raise(&pv_exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        Value obj = args[0] == pv_None ? NULL : args[0];
        Value type = nargs > 1 && args[1] != pv_None ? args[1] : NULL;
        if (!obj && !type)
            return pv_raise(&pv_exc_TypeError, "__get__(None, None) is invalid");
        return ((Value (*)(Value, Value, Value))f)(self, obj, type);
    }
    case W_DESCR_SET:
    case W_DESCR_DELETE: {
        size_t want = d->kind == W_DESCR_SET ? 2 : 1;
        if (nargs_exact(d->name, nargs, want) < 0) return NULL;
        int r = ((int (*)(Value, Value, Value))f)(self, args[0], want == 2 ? args[1] : NULL);
        return r < 0 ? NULL : pv_None;
    }
    case W_CALL:
        return ((PvCallFn)f)(self, args, nargs, kwnames);
    case W_NEXT: {
        if (nargs_exact(d->name, nargs, 0) < 0) return NULL;
        Value r = ((Value (*)(Value))f)(self);
        if (!r && !pv_err_occurred())
            pv_raise_value((Value)&pv_exc_StopIteration);
        return r;
    }
    case W_INIT: {
        int r = ((int (*)(Value, Value *, size_t, Value))f)(self, args, nargs, kwnames);
        return r < 0 ? NULL : pv_None;
    }
    case W_BINOP_L:
    case W_BINOP_R:
        if (nargs_exact(d->name, nargs, 1) < 0) return NULL;
        if (d->kind == W_BINOP_L)
            return ((Value (*)(Value, Value))f)(self, args[0]);
        return ((Value (*)(Value, Value))f)(args[0], self);
    case W_POW_L:
    case W_POW_R: {
        if (nargs < 1 || nargs > 2)
            return pv_raise(&pv_exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        Value a = d->kind == W_POW_L ? self : args[0];
        Value b = d->kind == W_POW_L ? args[0] : self;
        if (nargs == 2 && args[1] != pv_None) {
            if (!t->ternary_pow || d->kind == W_POW_R)
                return pv_NotImplemented;
            return t->ternary_pow(a, b, args[1]);
        }
        if (!t->binop[PV_OP_POW])
            return pv_NotImplemented;
        return t->binop[PV_OP_POW](a, b);
    }
    case W_GETITEM:
        if (nargs_exact(d->name, nargs, 1) < 0) return NULL;
        return ((Value (*)(Value, Value))f)(self, args[0]);
    case W_SETITEM:
    case W_DELITEM: {
        size_t want = d->kind == W_SETITEM ? 2 : 1;
        if (nargs_exact(d->name, nargs, want) < 0) return NULL;
        int r = ((int (*)(Value, Value, Value))f)(self, args[0], want == 2 ? args[1] : NULL);
        return r < 0 ? NULL : pv_None;
    }
    case W_CONTAINS: {
        if (nargs_exact(d->name, nargs, 1) < 0) return NULL;
        int r = ((int (*)(Value, Value))f)(self, args[0]);
        return r < 0 ? NULL : pv_bool(r);
    }
    }
    (void)int_result;
    return pv_raise(&pv_exc_SystemError, "bad wrapper kind");
}

static Value wrapper_check_self(WrapperDescr *w, Value self)
{
    if (!pv_isinst(self, w->type))
        return pv_raise(&pv_exc_TypeError, "descriptor '%s' requires a '%s' object but "
                        "received a '%T'", w->def->name, w->type->name, self);
    return self;
}

static Value wrapper_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    WrapperDescr *w = WD(self);
    if (nargs < 1)
        return pv_raise(&pv_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        w->def->name, w->type->name);
    if (!wrapper_check_self(w, args[0]))
        return NULL;
    return wrapper_invoke(w->def, w->type, args[0], args + 1, nargs - 1, kwnames);
}

static Value wrapper_get(Value descr, Value obj, Value type)
{
    (void)type;
    if (!obj || (obj == pv_None && WD(descr)->type != &pv_none_type &&
                 WD(descr)->type != &pv_object_type))
        return descr;
    if (!wrapper_check_self(WD(descr), obj))
        return NULL;
    MethodWrapper *m = pv_alloc(&pv_method_wrapper_type, sizeof(MethodWrapper));
    if (!m)
        return NULL;
    m->descr = descr;
    m->self = obj;
    return (Value)m;
}

static Value wrapper_repr(Value self)
{
    return pv_str_printf("<slot wrapper '%s' of '%s' objects>", WD(self)->def->name,
                         WD(self)->type->name);
}

static void wrapper_mark(Value self)
{
    pv_gc_mark((Value)WD(self)->type);
}

static Value wrapper_name(Value self) { return WD(self)->def->id; }
static Value wrapper_qualname(Value self)
{
    return pv_str_printf("%s.%s", pv_type_name(WD(self)->type), WD(self)->def->name);
}
static Value wrapper_objclass(Value self) { return (Value)WD(self)->type; }
static Value wrapper_doc(Value self) { (void)self; return pv_None; }

static const PvGetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_name, NULL, NULL},
    {"__qualname__", wrapper_qualname, NULL, NULL},
    {"__objclass__", wrapper_objclass, NULL, NULL},
    {"__doc__", wrapper_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_wrapper_descr_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescr),
    .flags = PV_TPFLAG_METHOD_DESCRIPTOR,
    .getsets = wrapper_getsets,
    .mark = wrapper_mark,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
};

#define MW(v) ((MethodWrapper *)(v))

static Value mw_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    WrapperDescr *w = WD(MW(self)->descr);
    return wrapper_invoke(w->def, w->type, MW(self)->self, args, nargs, kwnames);
}

static Value mw_repr(Value self)
{
    return pv_str_printf("<method-wrapper '%s' of %T object at %p>",
                         WD(MW(self)->descr)->def->name, MW(self)->self, (void *)MW(self)->self);
}

static void mw_mark(Value self)
{
    pv_gc_mark(MW(self)->descr);
    pv_gc_mark(MW(self)->self);
}

static Value mw_name(Value self) { return WD(MW(self)->descr)->def->id; }
static Value mw_self(Value self) { return MW(self)->self; }
static Value mw_qualname(Value self) { return wrapper_qualname(MW(self)->descr); }

static Value mw_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_is_type(b, &pv_method_wrapper_type))
        return pv_NotImplemented;
    bool eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static int64_t mw_hash(Value self)
{
    int64_t h = pv_hash_pointer(MW(self)->self) ^ pv_hash_pointer(MW(self)->descr);
    return h == -1 ? -2 : h;
}

static const PvGetSetDef mw_getsets[] = {
    {"__name__", mw_name, NULL, NULL},
    {"__qualname__", mw_qualname, NULL, NULL},
    {"__self__", mw_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_method_wrapper_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapper),
    .getsets = mw_getsets,
    .mark = mw_mark,
    .repr = mw_repr,
    .call = mw_call,
    .hash = mw_hash,
    .richcompare = mw_richcompare,
};

/* T.__new__(S, ...): checks S and calls T's new_ slot on it. */
static Value tp_new_wrapper(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvType *t = (PvType *)self;
    if (nargs < 1)
        return pv_raise(&pv_exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    Value sub = args[0];
    if (!pv_is_typeobj(sub))
        return pv_raise(&pv_exc_TypeError, "%s.__new__(X): X is not a type object (%T)",
                        t->name, sub);
    PvType *s = (PvType *)sub;
    if (!pv_type_is_subtype(s, t))
        return pv_raise(&pv_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                        t->name, s->name, s->name, t->name);
    /* the nearest base of s with a C new_ must use t's: object.__new__(int)
     * would skip int's own initialisation */
    PvType *sb = s;
    while (sb && sb->new_ == generic_fn[SL_NEW])
        sb = sb->base;
    if (sb && sb->new_ != t->new_)
        return pv_raise(&pv_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                        t->name, s->name, sb->name);
    return t->new_(s, args + 1, nargs - 1, kwnames);
}

static const PvMethodDef new_def = {"__new__", tp_new_wrapper, 0, NULL};

/* ------------------------------------------------------------------ */
/* Generic dispatchers for heap types                                  */
/* ------------------------------------------------------------------ */

static inline Value lookup(Value self, Value id)
{
    return pv_type_lookup(pv_type(self), id);
}

/* Every dispatcher calls the looked-up method through here.  A method
 * that is itself a C slot wrapper leading back to a dispatcher
 * (`A.__call__ = A()`, `__repr__ = __str__`) would otherwise cycle
 * forever: the compiler turns that recursion into a loop. */
static Value invoke(Value m, Value self, Value *args, size_t nargs, Value kwnames)
{
    static int depth;
    if (depth >= pv_recursion_limit)
        return pv_raise(&pv_exc_RecursionError,
                        "maximum recursion depth exceeded while calling a Python object");
    depth++;
    Value r = pv_call_unbound(m, self, args, nargs, kwnames);
    depth--;
    return r;
}

static Value call1(Value m, Value self, Value a)
{
    return invoke(m, self, &a, 1, NULL);
}

static Value call_or_notimpl(Value self, Value id, Value arg)
{
    Value m = lookup(self, id);
    if (!m)
        return pv_NotImplemented;
    return call1(m, self, arg);
}

static Value call0_required(Value self, Value id)
{
    Value m = lookup(self, id);
    if (!m)
        return pv_raise_no_attr(self, id);
    return invoke(m, self, NULL, 0, NULL);
}

static Value slot_repr(Value self)
{
    Value m = lookup(self, pv_id___repr__);
    if (!m)
        return pv_object_repr_default(self);
    return invoke(m, self, NULL, 0, NULL);
}

static Value slot_str(Value self)
{
    Value m = lookup(self, pv_id___str__);
    if (!m)
        return slot_repr(self);
    return invoke(m, self, NULL, 0, NULL);
}

static int64_t slot_hash(Value self)
{
    Value m = lookup(self, pv_id___hash__);
    if (!m || m == pv_None)
        return pv_slot_unhashable(self);
    Value r = invoke(m, self, NULL, 0, NULL);
    return r ? pv_hash_from_result(r) : -1;
}

/* The hash a Python __hash__ result r stands for, as CPython: an int that
 * fits in 64 bits is the hash itself (-1 becomes -2), a bigger one is
 * hashed as an int. */
int64_t pv_hash_from_result(Value r)
{
    if (!pv_is_int(r)) {
        pv_raise(&pv_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (pv_is_small(r))
        h = pv_small_val(r);
    else if (pv_int_to_i64(r, &h) < 0) {
        pv_err_clear();
        return pv_int_type.hash(r);
    }
    return h == -1 ? -2 : h;
}

static Value slot_richcompare(Value a, Value b, int op)
{
    return call_or_notimpl(a, cmp_ids[op], b);
}

static Value slot_getattribute(Value obj, Value name)
{
    Value m = lookup(obj, pv_id___getattribute__);
    if (!m)
        return pv_object_generic_getattr(obj, name);
    return call1(m, obj, name);
}

static bool is_object_getattribute(Value m)
{
    return pv_is_type(m, &pv_wrapper_descr_type) && WD(m)->def->slot == SL_GETATTR &&
           WD(m)->type->getattr == pv_object_generic_getattr;
}

static Value slot_getattr_hook(Value obj, Value name)
{
    Value ga = lookup(obj, pv_id___getattr__);
    Value gattr = lookup(obj, pv_id___getattribute__);
    Value res;
    if (!gattr || is_object_getattribute(gattr))
        res = pv_generic_getattr_impl(obj, name, ga != NULL);
    else if (pv_is_type(gattr, &pv_wrapper_descr_type) && WD(gattr)->def->slot == SL_GETATTR &&
             WD(gattr)->type == &pv_type_type && pv_is_typeobj(obj))
        res = pv_type_getattr_impl(obj, name, ga != NULL);   /* metaclass __getattr__ */
    else
        res = call1(gattr, obj, name);
    if (res || !ga)
        return res;
    if (pv_err_occurred()) {
        if (!pv_err_matches(&pv_exc_AttributeError))
            return NULL;
        pv_err_clear();
    }
    return call1(ga, obj, name);
}

static int slot_setattr(Value obj, Value name, Value value)
{
    Value r;
    if (value) {
        Value m = lookup(obj, pv_id___setattr__);
        Value args[2] = {name, value};
        r = m ? invoke(m, obj, args, 2, NULL) : NULL;
    } else {
        Value m = lookup(obj, pv_id___delattr__);
        r = m ? call1(m, obj, name) : NULL;
    }
    if (!r && !pv_err_occurred())
        pv_raise_no_attr(obj, name);
    return r ? 0 : -1;
}

static Value slot_descr_get(Value d, Value obj, Value type)
{
    Value m = lookup(d, pv_id___get__);
    if (!m)
        return d;
    Value args[2] = {obj ? obj : pv_None, type ? type : pv_None};
    return invoke(m, d, args, 2, NULL);
}

static int slot_descr_set(Value d, Value obj, Value value)
{
    Value r;
    if (value) {
        Value m = lookup(d, pv_id___set__);
        Value args[2] = {obj, value};
        r = m ? invoke(m, d, args, 2, NULL)
              : pv_raise(&pv_exc_AttributeError, "__set__");
    } else {
        Value m = lookup(d, pv_id___delete__);
        r = m ? call1(m, d, obj) : pv_raise(&pv_exc_AttributeError, "__delete__");
    }
    return r ? 0 : -1;
}

static Value slot_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = lookup(self, pv_id___call__);
    if (!m)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not callable", self);
    return invoke(m, self, args, nargs, kwnames);
}

static Value slot_iter(Value self)
{
    Value m = lookup(self, pv_id___iter__);
    if (!m || m == pv_None)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not iterable", self);
    return invoke(m, self, NULL, 0, NULL);
}

static Value slot_next(Value self)
{
    Value r = call0_required(self, pv_id___next__);
    /* a StopIteration with a value stays pending (yield from reads it), as
     * gen_iternext does */
    if (!r && pv_err_matches(&pv_exc_StopIteration) &&
        pv_stop_iteration_value(pv_err_occurred()) == pv_None)
        pv_err_clear();
    return r;
}

int pv_slot_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = lookup(self, pv_id___init__);
    if (!m)
        return 0;
    Value r = invoke(m, self, args, nargs, kwnames);
    if (!r)
        return -1;
    if (r != pv_None) {
        pv_raise(&pv_exc_TypeError, "__init__() should return None, not '%T'", r);
        return -1;
    }
    return 0;
}

static Value slot_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    Value m = pv_type_lookup(type, pv_id___new__);
    if (!m)
        return pv_raise(&pv_exc_TypeError, "cannot create '%s' instances", type->name);
    Value (*get)(Value, Value, Value) = pv_type(m)->descr_get;
    Value f = get ? get(m, NULL, (Value)type) : m;
    if (!f)
        return NULL;
    return pv_vcall_prepend(f, (Value)type, args, nargs, kwnames);
}

static bool method_overloaded(PvType *left, PvType *right, Value id)
{
    return pv_type_lookup(right, id) != pv_type_lookup(left, id);
}

/* a.__op__(b) / b.__rop__(a) with the subclass-first rule, CPython's
 * SLOT1BINFULL. */
static Value binop_full(Value a, Value b, int op)
{
    void *me = generic_fn[SL_BINOP + op];
    Value l = binop_ids[0][op], r = binop_ids[1][op];
    PvType *ta = pv_type(a), *tb = pv_type(b);
    bool do_other = ta != tb && (void *)tb->binop[op] == me;
    if ((void *)ta->binop[op] == me) {
        if (do_other && pv_type_is_subtype(tb, ta) && method_overloaded(ta, tb, r)) {
            Value x = call_or_notimpl(b, r, a);
            if (x != pv_NotImplemented)
                return x;
            do_other = false;
        }
        Value x = call_or_notimpl(a, l, b);
        if (x != pv_NotImplemented || ta == tb)
            return x;
    }
    if (do_other)
        return call_or_notimpl(b, r, a);
    return pv_NotImplemented;
}

static Value ibinop(Value a, Value b, int op)
{
    return call_or_notimpl(a, binop_ids[2][op], b);
}

#define BINOP_FNS(i) \
    static Value slot_binop_##i(Value a, Value b) { return binop_full(a, b, i); } \
    static Value slot_ibinop_##i(Value a, Value b) { return ibinop(a, b, i); }
BINOP_FNS(0) BINOP_FNS(1) BINOP_FNS(2) BINOP_FNS(3) BINOP_FNS(4) BINOP_FNS(5)
BINOP_FNS(6) BINOP_FNS(7) BINOP_FNS(8) BINOP_FNS(9) BINOP_FNS(10) BINOP_FNS(11)
BINOP_FNS(12)
#undef BINOP_FNS

static Value slot_pow3(Value a, Value b, Value mod)
{
    if ((void *)pv_type(a)->ternary_pow == (void *)slot_pow3) {
        Value m = lookup(a, pv_id___pow__);
        if (!m)
            return pv_NotImplemented;
        Value args[2] = {b, mod};
        return invoke(m, a, args, 2, NULL);
    }
    return pv_NotImplemented;
}

#define UNARY_FN(nm, id) \
    static Value slot_##nm(Value self) { return call0_required(self, pv_id_##id); }
UNARY_FN(neg, __neg__)
UNARY_FN(pos, __pos__)
UNARY_FN(invert, __invert__)
UNARY_FN(abs, __abs__)
UNARY_FN(int, __int__)
UNARY_FN(float, __float__)
UNARY_FN(index, __index__)
#undef UNARY_FN

static int slot_bool(Value self)
{
    Value r = call0_required(self, pv_id___bool__);
    return r ? pv_bool_from_result(r) : -1;
}

/* A __bool__ result as a truth value (it must be a bool), -1 on error. */
int pv_bool_from_result(Value r)
{
    if (r == pv_True)
        return 1;
    if (r == pv_False)
        return 0;
    pv_raise(&pv_exc_TypeError, "__bool__ should return bool, returned %T", r);
    return -1;
}

static ssize_t slot_len(Value self)
{
    Value r = call0_required(self, pv_id___len__);
    return r ? pv_len_from_result(r) : -1;
}

/* A __len__ result as a length (an int >= 0 fitting ssize_t), -1 on error. */
ssize_t pv_len_from_result(Value r)
{
    Value i = pv_index(r);
    if (!i)
        return -1;
    if (pv_int_sign(i) < 0) {
        pv_raise(&pv_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t n;
    if (pv_int_to_ssize(i, &n) < 0) {
        pv_err_clear();
        pv_raise(&pv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key)
{
    Value m = lookup(self, pv_id___getitem__);
    if (!m)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not subscriptable", self);
    return call1(m, self, key);
}

static int slot_setitem(Value self, Value key, Value value)
{
    Value r;
    if (value) {
        Value m = lookup(self, pv_id___setitem__);
        Value args[2] = {key, value};
        r = m ? invoke(m, self, args, 2, NULL)
              : pv_raise(&pv_exc_TypeError, "'%T' object does not support item assignment", self);
    } else {
        Value m = lookup(self, pv_id___delitem__);
        r = m ? call1(m, self, key)
              : pv_raise(&pv_exc_TypeError, "'%T' object does not support item deletion", self);
    }
    return r ? 0 : -1;
}

static int slot_contains(Value self, Value item)
{
    Value m = lookup(self, pv_id___contains__);
    if (!m) {
        pv_raise(&pv_exc_TypeError, "argument of type '%T' is not iterable", self);
        return -1;
    }
    Value r = call1(m, self, item);
    return r ? pv_truthy(r) : -1;
}

/* ------------------------------------------------------------------ */
/* The table                                                           */
/* ------------------------------------------------------------------ */

static void add_def(const char *name, int slot, int kind, int arg)
{
    SlotDef *d = &defs[ndefs++];
    d->name = name;
    d->slot = slot;
    d->kind = kind;
    d->arg = arg;
    d->id = pv_intern(name);
}

#define OFF(f) offsetof(PvType, f)

void pv_slots_init(void)
{
    if (ndefs)
        return;
    static const struct { int sl; size_t off; } offs[] = {
        {SL_REPR, OFF(repr)}, {SL_STR, OFF(str)}, {SL_HASH, OFF(hash)},
        {SL_RICHCMP, OFF(richcompare)}, {SL_GETATTR, OFF(getattr)},
        {SL_SETATTR, OFF(setattr)}, {SL_DESCR_GET, OFF(descr_get)},
        {SL_DESCR_SET, OFF(descr_set)}, {SL_CALL, OFF(call)}, {SL_ITER, OFF(iter)},
        {SL_NEXT, OFF(iternext)}, {SL_INIT, OFF(init)}, {SL_NEW, OFF(new_)},
        {SL_POW3, OFF(ternary_pow)}, {SL_NEG, OFF(neg)}, {SL_POS, OFF(pos)},
        {SL_INVERT, OFF(invert)}, {SL_ABS, OFF(abs)}, {SL_BOOL, OFF(bool_)},
        {SL_INT, OFF(to_int)}, {SL_FLOAT, OFF(to_float)}, {SL_INDEX, OFF(index)},
        {SL_LEN, OFF(len)}, {SL_GETITEM, OFF(getitem)}, {SL_SETITEM, OFF(setitem)},
        {SL_CONTAINS, OFF(contains)},
    };
    for (size_t i = 0; i < sizeof offs / sizeof offs[0]; i++)
        slot_offset[offs[i].sl] = offs[i].off;
    for (int i = 0; i < PV_OP_ALL; i++)
        slot_offset[SL_BINOP + i] = OFF(binop) + (size_t)i * sizeof(void *);

    generic_fn[SL_REPR] = (void *)slot_repr;
    generic_fn[SL_STR] = (void *)slot_str;
    generic_fn[SL_HASH] = (void *)slot_hash;
    generic_fn[SL_RICHCMP] = (void *)slot_richcompare;
    generic_fn[SL_GETATTR] = (void *)slot_getattr_hook;
    generic_fn[SL_SETATTR] = (void *)slot_setattr;
    generic_fn[SL_DESCR_GET] = (void *)slot_descr_get;
    generic_fn[SL_DESCR_SET] = (void *)slot_descr_set;
    generic_fn[SL_CALL] = (void *)slot_call;
    generic_fn[SL_ITER] = (void *)slot_iter;
    generic_fn[SL_NEXT] = (void *)slot_next;
    generic_fn[SL_INIT] = (void *)pv_slot_init;
    generic_fn[SL_NEW] = (void *)slot_new;
    generic_fn[SL_POW3] = (void *)slot_pow3;
    generic_fn[SL_NEG] = (void *)slot_neg;
    generic_fn[SL_POS] = (void *)slot_pos;
    generic_fn[SL_INVERT] = (void *)slot_invert;
    generic_fn[SL_ABS] = (void *)slot_abs;
    generic_fn[SL_BOOL] = (void *)slot_bool;
    generic_fn[SL_INT] = (void *)slot_int;
    generic_fn[SL_FLOAT] = (void *)slot_float;
    generic_fn[SL_INDEX] = (void *)slot_index;
    generic_fn[SL_LEN] = (void *)slot_len;
    generic_fn[SL_GETITEM] = (void *)slot_getitem;
    generic_fn[SL_SETITEM] = (void *)slot_setitem;
    generic_fn[SL_CONTAINS] = (void *)slot_contains;
#define GB(i) generic_fn[SL_BINOP + i] = (void *)slot_binop_##i; \
              generic_fn[SL_BINOP + PV_OP_INPLACE + i] = (void *)slot_ibinop_##i;
    GB(0) GB(1) GB(2) GB(3) GB(4) GB(5) GB(6) GB(7) GB(8) GB(9) GB(10) GB(11) GB(12)
#undef GB
    (void)slot_getattribute;

    add_def("__repr__", SL_REPR, W_UNARY, 0);
    add_def("__str__", SL_STR, W_UNARY, 0);
    add_def("__hash__", SL_HASH, W_HASH, 0);
    for (int op = 0; op < 6; op++) {
        add_def(cmp_names[op], SL_RICHCMP, W_RICHCMP, op);
        cmp_ids[op] = pv_intern(cmp_names[op]);
    }
    add_def("__getattribute__", SL_GETATTR, W_GETATTR, 0);
    add_def("__getattr__", SL_GETATTR, W_GETATTR, 0);
    add_def("__setattr__", SL_SETATTR, W_SETATTR, 0);
    add_def("__delattr__", SL_SETATTR, W_DELATTR, 0);
    add_def("__get__", SL_DESCR_GET, W_DESCR_GET, 0);
    add_def("__set__", SL_DESCR_SET, W_DESCR_SET, 0);
    add_def("__delete__", SL_DESCR_SET, W_DESCR_DELETE, 0);
    add_def("__call__", SL_CALL, W_CALL, 0);
    add_def("__iter__", SL_ITER, W_UNARY, 0);
    add_def("__next__", SL_NEXT, W_NEXT, 0);
    add_def("__init__", SL_INIT, W_INIT, 0);
    add_def("__new__", SL_NEW, W_NEW, 0);
    for (int op = 0; op < PV_OP_COUNT; op++) {
        snprintf(binop_names[0][op], 16, "__%s__", binop_base[op]);
        snprintf(binop_names[1][op], 16, "__r%s__", binop_base[op]);
        snprintf(binop_names[2][op], 16, "__i%s__", binop_base[op]);
        int k = op == PV_OP_POW;
        add_def(binop_names[0][op], SL_BINOP + op, k ? W_POW_L : W_BINOP_L, op);
        add_def(binop_names[1][op], SL_BINOP + op, k ? W_POW_R : W_BINOP_R, op);
        add_def(binop_names[2][op], SL_BINOP + PV_OP_INPLACE + op, W_BINOP_L, op);
        for (int k2 = 0; k2 < 3; k2++)
            binop_ids[k2][op] = pv_intern(binop_names[k2][op]);
    }
    add_def("__pow__", SL_POW3, W_POW_L, PV_OP_POW);
    add_def("__rpow__", SL_POW3, W_POW_R, PV_OP_POW);
    add_def("__neg__", SL_NEG, W_UNARY, 0);
    add_def("__pos__", SL_POS, W_UNARY, 0);
    add_def("__invert__", SL_INVERT, W_UNARY, 0);
    add_def("__abs__", SL_ABS, W_UNARY, 0);
    add_def("__bool__", SL_BOOL, W_BOOL, 0);
    add_def("__int__", SL_INT, W_UNARY, 0);
    add_def("__float__", SL_FLOAT, W_UNARY, 0);
    add_def("__index__", SL_INDEX, W_UNARY, 0);
    add_def("__len__", SL_LEN, W_LEN, 0);
    add_def("__getitem__", SL_GETITEM, W_GETITEM, 0);
    add_def("__setitem__", SL_SETITEM, W_SETITEM, 0);
    add_def("__delitem__", SL_SETITEM, W_DELITEM, 0);
    add_def("__contains__", SL_CONTAINS, W_CONTAINS, 0);
}

bool pv_is_python_slot(const void *fn)
{
    for (int i = 0; i < SL_COUNT; i++)
        if (generic_fn[i] == fn)
            return fn != NULL;
    return fn == (const void *)slot_getattribute;
}

bool pv_is_slot_name(Value name)
{
    for (int i = 0; i < ndefs; i++)
        if (defs[i].id == name || pv_str_eq(defs[i].id, name))
            return true;
    return false;
}

/* ---- C types: expose their own slots as wrappers ---- */

int pv_slots_add_wrappers(PvType *t)
{
    if (!ndefs)
        pv_slots_init();
    for (int i = 0; i < ndefs; i++) {
        const SlotDef *d = &defs[i];
        void *f = get_slot(t, d->slot);
        if (!f)
            continue;
        if (d->slot == SL_HASH && is_unhashable_fn(f)) {
            if (!pv_dict_get(t->dict, d->id) && pv_dict_set(t->dict, d->id, pv_None) < 0)
                return -1;
            continue;
        }
        if (d->kind == W_GETATTR && d->id == pv_id___getattr__)
            continue;
        if (pv_dict_get(t->dict, d->id))
            continue;
        Value w;
        if (d->slot == SL_NEW) {
            w = pv_cfunction_new_static(&new_def, (Value)t);
        } else {
            WrapperDescr *wd = pv_alloc(&pv_wrapper_descr_type, sizeof(WrapperDescr));
            if (!wd)
                return -1;
            wd->type = t;
            wd->def = d;
            w = (Value)wd;
        }
        if (!w || pv_dict_set(t->dict, d->id, w) < 0)
            return -1;
    }
    return 0;
}

/* ---- heap types: fill slots from the dunders found along the MRO ---- */

bool pv_cfunction_is(Value v, const PvMethodDef *def, Value *self);  /* descr.c */

static void update_slot(PvType *t, int sl)
{
    void *specific = NULL;
    bool generic = false;
    for (int i = 0; i < ndefs; i++) {
        const SlotDef *d = &defs[i];
        if (d->slot != sl)
            continue;
        Value v = pv_type_lookup(t, d->id);
        if (!v)
            continue;
        void *f = NULL;
        Value nself;
        if (sl == SL_HASH && v == pv_None)
            f = (void *)pv_slot_unhashable;
        /* a C function is only safe on instances of its own type:
         * `__len__ = list.__len__` in an unrelated class stays generic
         * (the wrapper then raises TypeError as CPython does) */
        else if (pv_is_type(v, &pv_wrapper_descr_type) && strcmp(WD(v)->def->name, d->name) == 0 &&
                 pv_type_is_subtype(t, WD(v)->type))
            f = get_slot(WD(v)->type, sl);
        else if (sl == SL_NEW && pv_cfunction_is(v, &new_def, &nself) &&
                 pv_type_is_subtype(t, (PvType *)nself))
            f = (void *)((PvType *)nself)->new_;
        if (!f || (specific && specific != f)) {
            generic = true;
            break;
        }
        specific = f;
    }
    set_slot(t, sl, generic ? generic_fn[sl] : specific);
}

void pv_slots_fixup(PvType *t, Value name)
{
    if (!ndefs)
        pv_slots_init();
    bool done[SL_COUNT] = {false};
    for (int i = 0; i < ndefs; i++) {
        int sl = defs[i].slot;
        if (done[sl] || (name && !pv_str_eq(defs[i].id, name)))
            continue;
        done[sl] = true;
        update_slot(t, sl);
    }
}
