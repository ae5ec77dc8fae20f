/* weakref.c: the _weakref module (ref, proxy, getweakrefcount, ...).
 *
 * Weakness needs the collector: gc.c does not mark referents from here
 * (wr_mark skips them) and calls pv_weakref_gc_clear() after marking and
 * after resurrecting objects that wait for their finalizer, before
 * sweeping: references to unmarked referents are cleared and their
 * callbacks become pending. Pending references are roots
 * (pv_weakref_gc_mark_pending) until pv_weakref_run_callbacks() runs them
 * at a safe point (finalize.c, gc.collect(), creating a new reference).
 * References without callback are shared per referent (CPython's "basic"
 * ref and proxy): weakref.ref(x) is weakref.ref(x). */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>

typedef struct WeakRef {
    PvObj h;
    Value referent;   /* NULL once dead */
    Value callback;   /* or NULL */
    int64_t hash;     /* -1 until computed */
    bool basic;       /* ref/proxy without callback, shared per referent */
} WeakRef;
#define WR(v) ((WeakRef *)(v))

extern PvType pv_weakref_type, pv_weakproxy_type, pv_weakcallproxy_type;

/* Every live weak reference with a live referent, oldest first, for the
 * clearing pass. Plain pointers, not roots: the pass drops the unmarked
 * ones before the sweep frees them. */
static WeakRef **all;
static size_t nall, capall;
/* References whose referent died and whose callback has not run yet,
 * in calling order (roots: the callbacks still need them). malloc'd. */
static WeakRef **pending;
static size_t pending_head, npending, cappending;   /* waiting: [head, n) */

/* The basic (callback-less) ref and proxy of each referent, as CPython
 * shares them: weakref.ref(x) is weakref.ref(x). Open addressing, plain
 * malloc (rebuilt during collections, where pv_mem_* is not allowed). */
typedef struct Basic { Value key; WeakRef *ref, *proxy; } Basic;
static Basic *basics;
static size_t basics_cap, basics_used;   /* cap: 0 or a power of two */

static Basic *basic_slot(Value key, bool add)
{
    if (!basics_cap)
        return NULL;
    size_t m = basics_cap - 1, i = ((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ull >> 20 & m;
    for (;; i = (i + 1) & m) {
        if (basics[i].key == key)
            return &basics[i];
        if (!basics[i].key) {
            if (!add)
                return NULL;
            basics[i].key = key;
            basics_used++;
            return &basics[i];
        }
    }
}

/* A table of at least 2 * n slots with the basic references in `all`;
 * false when memory is short (sharing is then skipped). */
static bool basics_rebuild(size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n + 2)
        cap *= 2;
    Basic *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    free(basics);
    basics = t;
    basics_cap = cap;
    basics_used = 0;
    for (size_t i = 0; i < nall; i++) {
        WeakRef *w = all[i];
        if (!w->basic || !w->referent)
            continue;
        Basic *b = basic_slot(w->referent, true);
        if (w->h.type == &pv_weakref_type)
            b->ref = w;
        else
            b->proxy = w;
    }
    return true;
}

static void pend(WeakRef *w)
{
    if (pending_head > 0 && npending == cappending) {
        memmove(pending, pending + pending_head, (npending - pending_head) * sizeof *pending);
        npending -= pending_head;
        pending_head = 0;
    }
    if (npending == cappending) {
        size_t ncap = cappending ? 2 * cappending : 64;
        WeakRef **n = realloc(pending, ncap * sizeof *n);
        if (!n)
            return; /* the callback is lost, memory is gone anyway */
        pending = n;
        cappending = ncap;
    }
    pending[npending++] = w;
}

void pv_weakref_gc_clear(void)
{
    size_t j = 0, nbasic = 0, nbatch = 0;
    for (size_t i = 0; i < nall; i++) {
        WeakRef *w = all[i];
        if (!pv_gc_is_marked((Value)w))
            continue;
        if (!pv_gc_is_marked(w->referent)) {
            w->referent = NULL;
            if (w->callback) {
                size_t before = npending - pending_head;
                pend(w);
                nbatch += npending - pending_head > before;
            }
            continue;
        }
        nbasic += w->basic;
        all[j++] = w;
    }
    nall = j;
    /* callbacks: newest reference first, as CPython calls those of one
     * object (it keeps them newest first); pend() may have slid the
     * array, so this batch is the last nbatch entries */
    for (size_t a = npending - nbatch, b = npending; b-- > a + 1; a++) {
        WeakRef *t = pending[a];
        pending[a] = pending[b];
        pending[b] = t;
    }
    if (!basics_rebuild(nbasic)) {
        free(basics);
        basics = NULL;
        basics_cap = basics_used = 0;
    }
}

void pv_weakref_gc_mark_pending(void)
{
    for (size_t i = pending_head; i < npending; i++)
        pv_gc_mark((Value)pending[i]);
}

bool pv_weakref_callbacks_pending(void)
{
    return pending_head < npending;
}

void pv_weakref_run_callbacks(void)
{
    if (pending_head == npending)
        return;
    Value saved = pv_err_fetch();
    while (pending_head < npending) {
        WeakRef *w = pending[pending_head++];   /* a local: the stack scan keeps it */
        if (pending_head == npending)
            pending_head = npending = 0;
        Value cb = w->callback;
        w->callback = NULL;   /* CPython drops it once called */
        if (cb && !pv_call1(cb, (Value)w))
            pv_write_unraisable(pv_err_fetch(), NULL, cb);
    }
    pv_err_restore(saved);
}

static int track(WeakRef *w)
{
    if (nall == capall) {
        size_t ncap = capall ? capall * 2 : 64;
        WeakRef **n = pv_mem_realloc(all, capall * sizeof *all, ncap * sizeof *all);
        if (!n)
            return -1;
        all = n;
        capall = ncap;
    }
    all[nall++] = w;
    if (w->basic) {
        if (2 * (basics_used + 1) > basics_cap && !basics_rebuild(basics_used + 1)) {
            w->basic = false;   /* not shared: harmless */
            return 0;
        }
        Basic *b = basic_slot(w->referent, true);
        if (w->h.type == &pv_weakref_type)
            b->ref = w;
        else
            b->proxy = w;
    }
    return 0;
}


static bool weakrefable(Value obj)
{
    if (pv_is_small(obj))
        return false;
    PvType *t = pv_type(obj);
    if (pv_is_typeobj(obj) || t == &pv_function_type || t == &pv_module_type ||
        t == &pv_method_type || t == &pv_cfunction_type || t == &pv_set_type ||
        t == &pv_frozenset_type || t == &pv_generator_type || t == &pv_code_type ||
        t == &pv_property_type || t == &pv_weakref_type)
        return true;
    if (pv_type_is_subtype(t, &pv_set_type) || pv_type_is_subtype(t, &pv_frozenset_type))
        return true;
    if (t->flags & PV_TPFLAG_WEAKREFABLE)
        return true;
    return pv_is_heaptype(t) && pv_type_lookup(t, pv_id___weakref__) != NULL;
}

static Value new_ref(PvType *type, Value obj, Value callback)
{
    if (!weakrefable(obj))
        return pv_raise(&pv_exc_TypeError, "cannot create weak reference to '%T' object", obj);
    if (callback == pv_None)
        callback = NULL;
    pv_weakref_run_callbacks();
    bool basic = !callback && (type == &pv_weakref_type || type == &pv_weakproxy_type ||
                               type == &pv_weakcallproxy_type);
    if (basic) {
        Basic *b = basic_slot(obj, false);
        WeakRef *old = b ? (type == &pv_weakref_type ? b->ref : b->proxy) : NULL;
        if (old && old->referent == obj)
            return (Value)old;
    }
    WeakRef *w = (WeakRef *)pv_type_alloc(type, 0);
    if (!w)
        return NULL;
    w->referent = obj;
    w->callback = callback;
    w->hash = -1;
    w->basic = basic;
    if (track(w) < 0)
        return NULL;
    return (Value)w;
}

/* ---- ref ---- */

static Value wr_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (nargs < 1 || nargs > 2)
        return pv_raise(&pv_exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    return new_ref(type, args[0], nargs > 1 ? args[1] : NULL);
}

static int wr_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return 0;   /* subclasses pass extra arguments to their own __init__ */
}

static Value wr_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_check_no_kwargs("weakref", kwnames) < 0 || pv_check_nargs("weakref", nargs, 0, 0) < 0)
        return NULL;
    return WR(self)->referent ? WR(self)->referent : pv_None;
}

static int64_t wr_hash(Value self)
{
    WeakRef *w = WR(self);
    if (w->hash != -1)
        return w->hash;
    if (!w->referent) {
        pv_raise(&pv_exc_TypeError, "weak object has gone away");
        return -1;
    }
    return w->hash = pv_hash(w->referent);
}

static Value wr_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_isinst(b, &pv_weakref_type))
        return pv_NotImplemented;
    Value x = WR(a)->referent, y = WR(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return pv_bool(op == PV_EQ ? same : !same);
    }
    return pv_compare(x, y, op);
}

static Value wr_repr(Value self)
{
    Value o = WR(self)->referent;
    if (!o)
        return pv_str_printf("<weakref at %p; dead>", (void *)self);
    return pv_str_printf("<weakref at %p; to '%s' at %p>", (void *)self,
                         pv_type_name(pv_type(o)), (void *)o);
}

static void wr_mark(Value self)
{
    pv_gc_mark(WR(self)->callback);   /* not the referent: that is the point */
}

static Value wr_callback(Value self)
{
    return WR(self)->callback ? WR(self)->callback : pv_None;
}

static const PvGetSetDef wr_getsets[] = {
    {"__callback__", wr_callback, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value wr_class_getitem(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_generic_alias_method(self, args, nargs, kwnames);
}

static const PvMethodDef wr_methods[] = {
    {"__class_getitem__", wr_class_getitem, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_weakref_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRef),
    .flags = PV_TPFLAG_BASETYPE,
    .methods = wr_methods,
    .getsets = wr_getsets,
    .mark = wr_mark,
    .repr = wr_repr,
    .hash = wr_hash,
    .richcompare = wr_richcompare,
    .call = wr_call,
    .new_ = wr_new,
    .init = wr_init,
};

/* ---- proxy: forwards everything to the referent ---- */

static Value referent(Value self)
{
    Value o = WR(self)->referent;
    if (!o)
        return pv_raise(&pv_exc_ReferenceError, "weakly-referenced object no longer exists");
    return o;
}

#define R_OR(v, fail) Value v = referent(self); if (!v) return fail

static Value px_getattr(Value self, Value name) { R_OR(o, NULL); return pv_getattr(o, name); }
static int px_setattr(Value self, Value name, Value v) { R_OR(o, -1); return pv_setattr(o, name, v); }
static Value px_str(Value self) { R_OR(o, NULL); return pv_str(o); }
static int px_bool(Value self) { R_OR(o, -1); return pv_truthy(o); }
static ssize_t px_len(Value self) { R_OR(o, -1); return pv_len(o); }
static Value px_getitem(Value self, Value k) { R_OR(o, NULL); return pv_getitem(o, k); }
static int px_setitem(Value self, Value k, Value v) { R_OR(o, -1); return pv_setitem(o, k, v); }
static int px_contains(Value self, Value k) { R_OR(o, -1); return pv_contains(o, k); }
static Value px_iter(Value self) { R_OR(o, NULL); return pv_iter(o); }
static Value px_next(Value self) { R_OR(o, NULL); return pv_next(o); }
static Value px_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    R_OR(o, NULL);
    return pv_call(o, args, nargs, kwnames);
}
static Value px_richcompare(Value self, Value b, int op)
{
    R_OR(o, NULL);
    if (pv_isinst(b, &pv_weakproxy_type) || pv_isinst(b, &pv_weakcallproxy_type)) {
        b = referent(b);
        if (!b)
            return NULL;
    }
    return pv_compare(o, b, op);
}

static Value px_repr(Value self)
{
    Value o = WR(self)->referent;
    if (!o)
        return pv_str_printf("<weakproxy at %p; dead>", (void *)self);
    return pv_str_printf("<weakproxy at %p; to '%s' at %p>", (void *)self,
                         pv_type_name(pv_type(o)), (void *)o);
}

#define PROXY_TYPE(var, tname, callslot) \
    PvType var = { \
        .h = {&pv_type_type, 0, 0}, \
        .name = tname, \
        .basicsize = sizeof(WeakRef), \
        .mark = wr_mark, \
        .repr = px_repr, \
        .str = px_str, \
        .hash = pv_slot_unhashable, \
        .richcompare = px_richcompare, \
        .getattr = px_getattr, \
        .setattr = px_setattr, \
        .call = callslot, \
        .iter = px_iter, \
        .iternext = px_next, \
        .bool_ = px_bool, \
        .len = px_len, \
        .getitem = px_getitem, \
        .setitem = px_setitem, \
        .contains = px_contains, \
    };
PROXY_TYPE(pv_weakproxy_type, "weakref.ProxyType", NULL)
PROXY_TYPE(pv_weakcallproxy_type, "weakref.CallableProxyType", px_call)

/* ---- module functions ---- */

static Value m_proxy(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("proxy", kwnames) < 0 || pv_check_nargs("proxy", nargs, 1, 2) < 0)
        return NULL;
    PvType *t = pv_type(args[0])->call ? &pv_weakcallproxy_type : &pv_weakproxy_type;
    return new_ref(t, args[0], nargs > 1 ? args[1] : NULL);
}

/* The references to obj in CPython's order: the shared ref and proxy,
 * then the others newest first. Unreachable references count until the
 * next collection drops them. */
static Value refs_to(Value obj)
{
    Value l = pv_list_new(0);
    if (!l)
        return NULL;
    for (int pass = 0; pass < 3; pass++)
        for (size_t k = nall; k-- > 0;) {
            WeakRef *w = all[k];
            if (w->referent != obj)
                continue;
            int kind = !w->basic ? 2 : w->h.type == &pv_weakref_type ? 0 : 1;
            if (kind == pass && pv_list_append(l, (Value)w) < 0)
                return NULL;
        }
    return l;
}

static Value m_getweakrefs(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)kwnames;
    if (pv_check_nargs("getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    return refs_to(args[0]);
}

static Value m_getweakrefcount(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)kwnames;
    if (pv_check_nargs("getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    size_t n = 0;
    for (size_t k = 0; k < nall; k++)
        n += all[k]->referent == args[0];
    return pv_int_from_u64(n);
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead ref. */
static Value m_remove_dead(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)kwnames;
    if (pv_check_nargs("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    Value v = pv_dict_get(args[0], args[1]);
    if (v && pv_isinst(v, &pv_weakref_type) && !WR(v)->referent && pv_dict_del(args[0], args[1]) < 0)
        return NULL;
    return pv_err_occurred() ? NULL : pv_None;
}

static const PvMethodDef weakref_functions[] = {
    {"proxy", m_proxy, 0, NULL},
    {"getweakrefs", m_getweakrefs, 0, NULL},
    {"getweakrefcount", m_getweakrefcount, 0, NULL},
    {"_remove_dead_weakref", m_remove_dead, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_weakref_module_init(void)
{
    Value m = pv_module_new_cstr("_weakref");
    if (!m || pv_module_add_functions(m, weakref_functions) < 0)
        return NULL;
    if (pv_type_ready(&pv_weakref_type) < 0 || pv_type_ready(&pv_weakproxy_type) < 0 ||
        pv_type_ready(&pv_weakcallproxy_type) < 0)
        return NULL;
    if (pv_module_add(m, "ref", (Value)&pv_weakref_type) < 0 ||
        pv_module_add(m, "ReferenceType", (Value)&pv_weakref_type) < 0 ||
        pv_module_add(m, "ProxyType", (Value)&pv_weakproxy_type) < 0 ||
        pv_module_add(m, "CallableProxyType", (Value)&pv_weakcallproxy_type) < 0)
        return NULL;
    return m;
}
