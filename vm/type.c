/* type.c: the `type` type: readying static C types, attribute lookup along
 * the MRO (with a global method cache keyed by version tags), calling a
 * type, and the attributes of class objects. Creating classes (class
 * statements, type(name, bases, dict)) is in typenew.c; the special-method
 * slots in slots.c. */
#include "objimpl.h"
#include <string.h>

bool pv_types_initialized;
static uint64_t next_version = 1;

/* ---- method cache: (type version, interned name) -> lookup result.
 * Versions are never reused, so a stale entry can never match; entries
 * hold no references (the value is reachable from the type's dict as long
 * as the version is current). */
#define MCACHE_SIZE 4096
static struct { uint64_t version; Value name; Value value; } mcache[MCACHE_SIZE];

static inline size_t mcache_index(uint64_t version, Value name)
{
    uint64_t h = version * UINT64_C(0x9E3779B97F4A7C15) ^ ((uintptr_t)name >> 3);
    return (size_t)(h ^ (h >> 29)) & (MCACHE_SIZE - 1);
}

static Value lookup_uncached(PvType *type, Value name)
{
    Value mro = type->mro;
    if (!mro) {
        /* during class creation, before the MRO exists */
        for (PvType *t = type; t; t = t->base) {
            Value v = t->dict ? pv_dict_get(t->dict, name) : NULL;
            if (v)
                return v;
        }
        return NULL;
    }
    size_t n = pv_tuple_size(mro);
    Value *items = pv_tuple_items(mro);
    for (size_t i = 0; i < n; i++) {
        PvType *t = (PvType *)items[i];
        if (!t->dict)
            continue;
        Value v = pv_dict_get(t->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

Value pv_type_lookup(PvType *type, Value name)
{
    if (!(type->flags & PV_TPFLAG_READY) && pv_type_ready(type) < 0)
        return NULL;
    if (!(((PvStr *)name)->h.flags & PV_STR_INTERNED) || !type->version)
        return lookup_uncached(type, name);
    size_t i = mcache_index(type->version, name);
    if (mcache[i].version == type->version && mcache[i].name == name)
        return mcache[i].value;
    Value v = lookup_uncached(type, name);
    mcache[i].version = type->version;
    mcache[i].name = name;
    mcache[i].value = v;
    return v;
}

/* Interned str for a C string, remembered by address (callers mostly pass
 * literals); the strcmp makes reused buffers safe. Interned strs live
 * forever, so the table needs no GC root. */
Value pv_intern_cached(const char *name)
{
    static struct { const char *p; Value s; } cache[256];
    size_t i = ((uintptr_t)name >> 3) & 255;
    if (cache[i].p == name && strcmp(pv_str_data(cache[i].s), name) == 0)
        return cache[i].s;
    Value s = pv_intern(name);
    if (s) {
        cache[i].p = name;
        cache[i].s = s;
    }
    return s;
}

Value pv_type_lookup_str(PvType *type, const char *name)
{
    Value n = pv_intern_cached(name);
    return n ? pv_type_lookup(type, n) : NULL;
}

static void modified_rec(PvType *t, Value name, int depth)
{
    t->version = next_version++;
    if (pv_is_heaptype(t) && (!name || pv_is_slot_name(name)))
        pv_slots_fixup(t, name);
    if (!t->subclasses || depth > 1000)
        return;
    size_t n = pv_list_size(t->subclasses);
    for (size_t i = 0; i < n; i++)
        modified_rec((PvType *)pv_list_items(t->subclasses)[i], name, depth + 1);
}

void pv_type_modified(PvType *type, Value name)
{
    modified_rec(type, name, 0);
}

int pv_type_add_subclass(PvType *base, PvType *sub)
{
    if (!base->subclasses && !(base->subclasses = pv_list_new(0)))
        return -1;
    return pv_list_append(base->subclasses, (Value)sub);
}

bool pv_type_is_subtype(PvType *a, PvType *b)
{
    if (a == b || b == &pv_object_type)
        return true;
    Value mro = a->mro;
    if (!mro) {
        for (; a; a = a->base)
            if (a == b)
                return true;
        return false;
    }
    size_t n = pv_tuple_size(mro);
    for (size_t i = 1; i < n; i++)
        if (pv_tuple_items(mro)[i] == (Value)b)
            return true;
    return false;
}

PvType *pv_static_base(PvType *t)
{
    while (t->base && pv_is_heaptype(t))
        t = t->base;
    return t;
}

const char *pv_type_name(PvType *type)
{
    if (pv_is_heaptype(type))
        return type->name;
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

Value pv_type_alloc(PvType *type, size_t nitems)
{
    size_t size = type->basicsize + nitems * type->itemsize;
    if (type->dictoffset == PV_DICT_AT_END)
        size += sizeof(Value);
    return pv_alloc(type, size);
}

Value pv_type_qualname(PvType *t)
{
    if (t->qualname)
        return t->qualname;
    return pv_str_from_cstr(pv_type_name(t));
}

Value pv_type_module(PvType *t)
{
    if (pv_is_heaptype(t)) {
        Value m = t->dict ? pv_dict_get(t->dict, pv_id___module__) : NULL;
        return m;
    }
    if (t->module)
        return t->module;
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return pv_str_new(t->name, (size_t)(dot - t->name));
    return pv_intern("builtins");
}

Value pv_type_repr_impl(Value self)
{
    PvType *t = (PvType *)self;
    Value mod = pv_type_module(t);
    Value qn = pv_type_qualname(t);
    if (!qn)
        return NULL;
    if (mod && pv_is_str(mod) && !pv_str_eq_cstr(mod, "builtins"))
        return pv_str_printf("<class '%S.%S'>", mod, qn);
    return pv_str_printf("<class '%S'>", qn);
}

/* ---- readying static C types ---- */

static void inherit_slots(PvType *t, PvType *b)
{
#define INH(f) if (!t->f) t->f = b->f
    INH(mark); INH(finalize);
    INH(repr); INH(str);
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    INH(getattr); INH(setattr); INH(descr_get); INH(descr_set);
    INH(call); INH(iter); INH(iternext); INH(init);
    if (b != &pv_object_type || pv_is_heaptype(t))
        INH(new_);
    for (int i = 0; i < PV_OP_ALL; i++)
        INH(binop[i]);
    INH(ternary_pow); INH(neg); INH(pos); INH(invert); INH(abs);
    INH(bool_); INH(to_int); INH(to_float); INH(index);
    INH(len); INH(getitem); INH(setitem); INH(contains);
#undef INH
}

static Value dict_getter(Value self)
{
    Value *dp = pv_object_dict_ptr(self);
    if (!dp)
        return pv_raise(&pv_exc_AttributeError, "This object has no __dict__");
    if (!*dp && !(*dp = pv_dict_new()))
        return NULL;
    return *dp;
}

static int dict_setter(Value self, Value v)
{
    Value *dp = pv_object_dict_ptr(self);
    if (!dp) {
        pv_raise(&pv_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (!v) {
        pv_raise(&pv_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!pv_isinst(v, &pv_dict_type)) {
        pv_raise(&pv_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    *dp = v;
    return 0;
}

static Value weakref_getter(Value self)
{
    (void)self;
    return pv_None;
}

const PvGetSetDef pv_dict_getset = {"__dict__", dict_getter, dict_setter, NULL};
const PvGetSetDef pv_weakref_getset = {"__weakref__", weakref_getter, NULL, NULL};

int pv_type_ready(PvType *t)
{
    if (t->flags & PV_TPFLAG_READY)
        return 0;
    t->flags |= PV_TPFLAG_READY;
    if (!t->h.type)
        t->h.type = &pv_type_type;
    if (t != &pv_object_type && !t->base)
        t->base = &pv_object_type;
    PvType *b = t->base;
    if (b && pv_type_ready(b) < 0)
        return -1;
    if (b)
        t->flags |= b->flags & (PV_TPFLAG_INT_SUBCLASS | PV_TPFLAG_STR_SUBCLASS |
                                PV_TPFLAG_TUPLE_SUBCLASS | PV_TPFLAG_LIST_SUBCLASS |
                                PV_TPFLAG_DICT_SUBCLASS | PV_TPFLAG_EXC_SUBCLASS |
                                PV_TPFLAG_TYPE_SUBCLASS);
    pv_gc_add_static((Value)t);
    t->bases = b ? pv_tuple_pack(1, (Value)b) : pv_empty_tuple;
    if (b) {
        size_t n = pv_tuple_size(b->mro);
        Value mro = pv_tuple_new(n + 1);
        if (!mro)
            return -1;
        pv_tuple_items(mro)[0] = (Value)t;
        memcpy(pv_tuple_items(mro) + 1, pv_tuple_items(b->mro), n * sizeof(Value));
        t->mro = mro;
    } else
        t->mro = pv_tuple_pack(1, (Value)t);
    if (!t->dict && !(t->dict = pv_dict_new()))
        return -1;
    t->version = 0;   /* no caching until the dict is complete */
    for (const PvMethodDef *m = t->methods; m && m->name; m++) {
        if (pv_dict_get_str(t->dict, m->name))
            continue;
        Value d = m->flags & PV_METH_STATIC ? pv_staticmethod_new(pv_cfunction_new(m, NULL, NULL))
                                            : pv_method_descr_new(t, m);
        if (!d || pv_dict_set_str(t->dict, m->name, d) < 0)
            return -1;
    }
    for (const PvGetSetDef *g = t->getsets; g && g->name; g++) {
        if (pv_dict_get_str(t->dict, g->name))
            continue;
        Value d = pv_getset_descr_new(t, g);
        if (!d || pv_dict_set_str(t->dict, g->name, d) < 0)
            return -1;
    }
    if (pv_slots_add_wrappers(t) < 0)
        return -1;
    if (!t->hash && t->richcompare) {
        t->hash = pv_slot_unhashable;
        if (!pv_dict_get(t->dict, pv_id___hash__) &&
            pv_dict_set(t->dict, pv_id___hash__, pv_None) < 0)
            return -1;
    }
    if (t->dictoffset && (!b || !b->dictoffset) && !pv_dict_get(t->dict, pv_id___dict__)) {
        Value d = pv_getset_descr_new(t, &pv_dict_getset);
        if (!d || pv_dict_set(t->dict, pv_id___dict__, d) < 0)
            return -1;
    }
    if (!pv_dict_get(t->dict, pv_id___doc__)) {
        const char *doc = pv_type_builtin_doc(t);
        Value d = doc ? pv_str_from_cstr(doc) : pv_None;
        if (!d || pv_dict_set(t->dict, pv_id___doc__, d) < 0)
            return -1;
    }
    if (b) {
        if (!t->basicsize)
            t->basicsize = b->basicsize;
        if (!t->itemsize)
            t->itemsize = b->itemsize;
        if (!t->dictoffset)
            t->dictoffset = b->dictoffset;
        inherit_slots(t, b);
        if (pv_type_add_subclass(b, t) < 0)
            return -1;
    }
    t->version = next_version++;
    return 0;
}

/* ---- calling a type ---- */

static Value type_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvType *t = (PvType *)self;
    if (t == &pv_type_type && nargs == 1 && (!kwnames || pv_tuple_size(kwnames) == 0))
        return (Value)pv_type(args[0]);
    if (!t->new_)
        return pv_raise(&pv_exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(t, args, nargs, kwnames);
    if (!obj || !pv_isinst(obj, t))
        return obj;
    PvType *ot = pv_type(obj);
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0)
        return NULL;
    return obj;
}

static int type_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args;
    if (nargs == 1 && kwnames && pv_tuple_size(kwnames)) {
        pv_raise(&pv_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        pv_raise(&pv_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ---- attributes of classes ---- */

Value pv_type_getattr_impl(Value self, Value name, bool suppress)
{
    PvType *t = (PvType *)self;
    PvType *meta = pv_type(self);
    Value meta_attr = pv_type_lookup(meta, name);
    Value (*meta_get)(Value, Value, Value) = NULL;
    if (meta_attr) {
        PvType *mt = pv_type(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set)
            return meta_get(meta_attr, self, (Value)meta);
    }
    Value attr = pv_type_lookup(t, name);
    if (attr) {
        Value (*get)(Value, Value, Value) = pv_type(attr)->descr_get;
        if (get)
            return get(attr, NULL, self);
        return attr;
    }
    if (meta_get)
        return meta_get(meta_attr, self, (Value)meta);
    if (meta_attr)
        return meta_attr;
    if (suppress)
        return NULL;
    return pv_raise_no_attr(self, name);
}

static Value type_getattr(Value self, Value name)
{
    return pv_type_getattr_impl(self, name, false);
}

static int type_setattr(Value self, Value name, Value value)
{
    PvType *t = (PvType *)self;
    if (!pv_is_str(name)) {
        pv_raise(&pv_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    if (!pv_is_heaptype(t)) {
        pv_raise(&pv_exc_TypeError, "cannot set '%S' attribute of immutable type '%s'",
                 name, t->name);
        return -1;
    }
    name = pv_str_intern(name);
    Value meta_attr = pv_type_lookup(pv_type(self), name);
    if (meta_attr) {
        int (*set)(Value, Value, Value) = pv_type(meta_attr)->descr_set;
        if (set)
            return set(meta_attr, self, value);
    }
    if (value) {
        if (pv_dict_set(t->dict, name, value) < 0)
            return -1;
    } else if (pv_dict_del(t->dict, name) < 0) {
        if (pv_err_matches(&pv_exc_KeyError)) {
            pv_err_clear();
            pv_raise_no_attr(self, name);
        }
        return -1;
    }
    pv_type_modified(t, name);
    return 0;
}

static int check_heap_set(PvType *t, const char *attr, Value v)
{
    if (!pv_is_heaptype(t)) {
        pv_raise(&pv_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                 attr, t->name);
        return -1;
    }
    if (!v) {
        pv_raise(&pv_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                 attr, t->name);
        return -1;
    }
    return 0;
}

static Value type_get_name(Value self)
{
    PvType *t = (PvType *)self;
    if (pv_is_heaptype(t))
        return ((PvHeapType *)t)->name;
    return pv_str_from_cstr(pv_type_name(t));
}

static int type_set_name(Value self, Value v)
{
    PvType *t = (PvType *)self;
    if (check_heap_set(t, "__name__", v) < 0)
        return -1;
    if (!pv_is_str(v)) {
        pv_raise(&pv_exc_TypeError, "can only assign string to %s.__name__, not '%T'", t->name, v);
        return -1;
    }
    if (strlen(pv_str_data(v)) != pv_str_size(v)) {
        pv_raise(&pv_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    ((PvHeapType *)t)->name = v;
    t->name = pv_str_data(v);
    pv_type_modified(t, NULL);
    return 0;
}

static Value type_get_qualname(Value self)
{
    return pv_type_qualname((PvType *)self);
}

static int type_set_qualname(Value self, Value v)
{
    PvType *t = (PvType *)self;
    if (check_heap_set(t, "__qualname__", v) < 0)
        return -1;
    if (!pv_is_str(v)) {
        pv_raise(&pv_exc_TypeError, "can only assign string to %s.__qualname__, not '%T'",
                 t->name, v);
        return -1;
    }
    t->qualname = v;
    return 0;
}

static Value type_get_module(Value self)
{
    Value m = pv_type_module((PvType *)self);
    if (!m && !pv_err_occurred())
        return pv_raise(&pv_exc_AttributeError, "__module__");
    return m;
}

static int type_set_module(Value self, Value v)
{
    PvType *t = (PvType *)self;
    if (check_heap_set(t, "__module__", v) < 0)
        return -1;
    if (pv_dict_set(t->dict, pv_id___module__, v) < 0)
        return -1;
    pv_type_modified(t, pv_id___module__);
    return 0;
}

static Value type_get_doc(Value self)
{
    PvType *t = (PvType *)self;
    Value d = pv_dict_get(t->dict, pv_id___doc__);
    if (!d)
        return pv_None;
    Value (*get)(Value, Value, Value) = pv_type(d)->descr_get;
    if (pv_is_heaptype(t) && get)
        return get(d, NULL, self);
    if (!pv_is_heaptype(t) && get) { /* type's own __doc__ slot is this getset */
        const char *doc = pv_type_builtin_doc(t);
        return doc ? pv_str_from_cstr(doc) : pv_None;
    }
    return d;
}

static int type_set_doc(Value self, Value v)
{
    PvType *t = (PvType *)self;
    if (check_heap_set(t, "__doc__", v) < 0)
        return -1;
    if (pv_dict_set(t->dict, pv_id___doc__, v) < 0)
        return -1;
    pv_type_modified(t, pv_id___doc__);
    return 0;
}

static Value type_get_dict(Value self)
{
    return pv_type_get_dict_copy((PvType *)self);
}

static Value type_get_bases(Value self)
{
    return ((PvType *)self)->bases;
}

int pv_type_set_bases(PvType *t, Value bases);  /* typenew.c */

static int type_set_bases(Value self, Value v)
{
    PvType *t = (PvType *)self;
    if (check_heap_set(t, "__bases__", v) < 0)
        return -1;
    return pv_type_set_bases(t, v);
}

static Value type_get_base(Value self)
{
    PvType *b = ((PvType *)self)->base;
    return b ? (Value)b : pv_None;
}

static Value type_get_mro(Value self)
{
    Value m = ((PvType *)self)->mro;
    return m ? m : pv_None;
}

static Value type_get_basicsize(Value self)
{
    return pv_int_from_u64(((PvType *)self)->basicsize);
}

static Value type_get_itemsize(Value self)
{
    return pv_int_from_u64(((PvType *)self)->itemsize);
}

static Value type_get_flags(Value self)
{
    PvType *t = (PvType *)self;
    /* CPython's bits for the flags people test */
    uint64_t f = 0;
    if (pv_is_heaptype(t)) f |= 1u << 9;
    if (t->flags & PV_TPFLAG_BASETYPE) f |= 1u << 10;
    if (t->flags & PV_TPFLAG_READY) f |= 1u << 12;
    if (t->flags & PV_TPFLAG_ABSTRACT) f |= 1u << 20;
    if (t->flags & PV_TPFLAG_INT_SUBCLASS) f |= 1u << 24;
    if (t->flags & PV_TPFLAG_LIST_SUBCLASS) f |= 1u << 25;
    if (t->flags & PV_TPFLAG_TUPLE_SUBCLASS) f |= 1u << 26;
    if (t->flags & PV_TPFLAG_STR_SUBCLASS) f |= 1u << 28;
    if (t->flags & PV_TPFLAG_DICT_SUBCLASS) f |= 1u << 29;
    if (t->flags & PV_TPFLAG_EXC_SUBCLASS) f |= 1u << 30;
    if (t->flags & PV_TPFLAG_TYPE_SUBCLASS) f |= 1u << 31;
    return pv_int_from_u64(f);
}

static Value type_get_abstract(Value self)
{
    PvType *t = (PvType *)self;
    Value v = t != &pv_type_type ? pv_dict_get(t->dict, pv_id___abstractmethods__) : NULL;
    if (!v)
        return pv_raise(&pv_exc_AttributeError, "__abstractmethods__");
    return v;
}

static int type_set_abstract(Value self, Value v)
{
    PvType *t = (PvType *)self;
    int abstract = 0;
    if (v) {
        if ((abstract = pv_truthy(v)) < 0)
            return -1;
        if (pv_dict_set(t->dict, pv_id___abstractmethods__, v) < 0)
            return -1;
    } else if (pv_dict_del(t->dict, pv_id___abstractmethods__) < 0) {
        if (pv_err_matches(&pv_exc_KeyError)) {
            pv_err_clear();
            pv_raise(&pv_exc_AttributeError, "__abstractmethods__");
        }
        return -1;
    }
    if (abstract)
        t->flags |= PV_TPFLAG_ABSTRACT;
    else
        t->flags &= ~(uint32_t)PV_TPFLAG_ABSTRACT;
    pv_type_modified(t, pv_id___abstractmethods__);
    return 0;
}

static Value type_get_annotations(Value self)
{
    PvType *t = (PvType *)self;
    Value a = pv_dict_get(t->dict, pv_id___annotations__);
    if (a) {
        Value (*get)(Value, Value, Value) = pv_type(a)->descr_get;
        return get ? get(a, NULL, self) : a;
    }
    if (!pv_is_heaptype(t))
        return pv_raise(&pv_exc_AttributeError, "type object '%s' has no attribute "
                        "'__annotations__'", t->name);
    if (!(a = pv_dict_new()) || pv_dict_set(t->dict, pv_id___annotations__, a) < 0)
        return NULL;
    pv_type_modified(t, pv_id___annotations__);
    return a;
}

static int type_set_annotations(Value self, Value v)
{
    PvType *t = (PvType *)self;
    if (!pv_is_heaptype(t)) {
        pv_raise(&pv_exc_TypeError, "cannot set '__annotations__' attribute of immutable "
                 "type '%s'", t->name);
        return -1;
    }
    int r = v ? pv_dict_set(t->dict, pv_id___annotations__, v)
              : pv_dict_del(t->dict, pv_id___annotations__);
    if (r < 0 && !v && pv_err_matches(&pv_exc_KeyError)) {
        pv_err_clear();
        pv_raise(&pv_exc_AttributeError, "__annotations__");
    }
    pv_type_modified(t, pv_id___annotations__);
    return r;
}

static const PvGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- methods of type ---- */

Value pv_type_default_mro(PvType *t);  /* typenew.c */

static Value type_mro(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("mro", nargs, 0, 0) < 0)
        return NULL;
    Value m = pv_type_default_mro((PvType *)self);
    return m ? pv_sequence_list(m) : NULL;
}

static Value type_subclasses(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("__subclasses__", nargs, 0, 0) < 0)
        return NULL;
    PvType *t = (PvType *)self;
    return t->subclasses ? pv_sequence_list(t->subclasses) : pv_list_new(0);
}

int pv_isinstance_plain(Value obj, Value cls);     /* abstract.c */
int pv_issubclass_plain(Value sub, Value cls);

static Value type_instancecheck(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("__instancecheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = pv_isinstance_plain(args[0], self);
    return r < 0 ? NULL : pv_bool(r);
}

static Value type_subclasscheck(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("__subclasscheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = pv_issubclass_plain(args[0], self);
    return r < 0 ? NULL : pv_bool(r);
}

static Value type_prepare(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return pv_dict_new();
}

static Value type_dir(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("__dir__", nargs, 0, 0) < 0)
        return NULL;
    Value d = pv_dict_new();
    Value mro = ((PvType *)self)->mro;
    for (size_t i = 0; d && mro && i < pv_tuple_size(mro); i++)
        if (pv_dict_update(d, ((PvType *)pv_tuple_items(mro)[i])->dict) < 0)
            return NULL;
    return d ? pv_dict_keys_list(d) : NULL;
}

static Value type_sizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return pv_int_from_u64(pv_type(self)->basicsize);
}

static const PvMethodDef type_methods[] = {
    {"mro", type_mro, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, PV_METH_CLASS, NULL},
    {"__dir__", type_dir, 0, NULL},
    {"__sizeof__", type_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- GC ---- */

static void type_mark(Value self)
{
    PvType *t = (PvType *)self;
    pv_gc_mark((Value)t->base);
    pv_gc_mark(t->bases);
    pv_gc_mark(t->mro);
    pv_gc_mark(t->dict);
    pv_gc_mark(t->qualname);
    pv_gc_mark(t->module);
    pv_gc_mark(t->slots);
    pv_gc_mark(t->subclasses);
    if (pv_is_heaptype(t)) {
        PvHeapType *h = (PvHeapType *)t;
        pv_gc_mark(h->name);
        pv_gc_mark(h->slotnames);
        pv_gc_mark(h->shape_root);
    }
}

Value pv_type_new_slot(PvType *meta, Value *args, size_t nargs, Value kwnames); /* typenew.c */

static Value type_or(Value a, Value b);

PvType pv_type_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "type",
    .basicsize = sizeof(PvHeapType),
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_TYPE_SUBCLASS,
    .base = &pv_object_type,
    .dictoffset = offsetof(PvType, dict),
    .methods = type_methods,
    .getsets = type_getsets,
    .mark = type_mark,
    .repr = pv_type_repr_impl,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = pv_type_new_slot,
    .init = type_init,
    .binop = {[PV_OP_OR] = type_or},
};

/* int | str: a types.UnionType (union.c). */
static Value type_or(Value a, Value b)
{
    return pv_union_new(a, b);
}

/* ---- startup: ready every C type of pv.h. Types owned by other files
 * are referenced weakly so that a part still missing does not break the
 * link; their owners define them. */
#define WEAK_TYPES(X) \
    X(pv_int_type) X(pv_bool_type) X(pv_float_type) X(pv_complex_type) \
    X(pv_str_type) X(pv_bytes_type) X(pv_bytearray_type) X(pv_file_type) \
    X(pv_tuple_type) X(pv_list_type) X(pv_dict_type) X(pv_set_type) \
    X(pv_frozenset_type) X(pv_range_type) X(pv_slice_type) \
    X(pv_dict_keys_type) X(pv_dict_values_type) X(pv_dict_items_type) \
    X(pv_dict_keyiter_type) X(pv_dict_valueiter_type) X(pv_dict_itemiter_type) \
    X(pv_dict_revkeyiter_type) X(pv_dict_revvalueiter_type) X(pv_dict_revitemiter_type) \
    X(pv_tuple_iter_type) X(pv_list_iter_type) X(pv_list_reviter_type) \
    X(pv_range_iter_type) X(pv_longrange_iter_type) X(pv_set_iter_type) \
    X(pv_seqiter_type) X(pv_calliter_type) X(pv_enumerate_type) X(pv_zip_type) \
    X(pv_map_type) X(pv_filter_type) X(pv_reversed_type) X(pv_generic_alias_type) \
    X(pv_code_type) X(pv_function_type) X(pv_cell_type) X(pv_generator_type) \
    X(pv_traceback_type) X(pv_frame_type) X(pv_memoryview_type) \
    X(pv_coroutine_type) X(pv_coro_wrapper_type)

#define WEAK_DECL(n) extern PvType n __attribute__((weak));
WEAK_TYPES(WEAK_DECL)
#undef WEAK_DECL

void pv_types_init(void)
{
    PvType *mine[] = {
        &pv_object_type, &pv_type_type, &pv_none_type, &pv_notimpl_type,
        &pv_ellipsis_type, &pv_cfunction_type, &pv_method_type, &pv_method_descr_type,
        &pv_getset_descr_type, &pv_classmethod_type, &pv_staticmethod_type,
        &pv_property_type, &pv_super_type, &pv_module_type, &pv_member_descr_type,
        &pv_wrapper_descr_type, &pv_method_wrapper_type, &pv_classmethod_descr_type,
        &pv_mappingproxy_type, &pv_union_type,
    };
    pv_slots_init();
    pv_descr_init();
    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++)
        if (pv_type_ready(mine[i]) < 0)
            pv_err_print();
#define WEAK_READY(n) if (&n && pv_type_ready(&n) < 0) pv_err_print();
    WEAK_TYPES(WEAK_READY)
#undef WEAK_READY
    pv_types_initialized = true;
}
