/* iter.c: the iterator types of sequences and the lazy builtins:
 * tuple/list iterators, the __getitem__ sequence iterator, iter(f, sentinel),
 * enumerate, zip, map, filter and reversed. */
#include "pv.h"

static Value iter_self(Value self)
{
    return self;
}

/* ---- index-based iterators over tuples, lists and __getitem__ ---- */

typedef struct { PvObj h; Value seq; size_t i; } PvSeqIt; /* seq NULL: exhausted */
#define IT(v) ((PvSeqIt *)(v))

static Value seqit_new(PvType *type, Value seq, size_t start)
{
    PvSeqIt *it = pv_alloc(type, sizeof(PvSeqIt));
    if (!it)
        return NULL;
    it->seq = seq;
    it->i = start;
    return (Value)it;
}

Value pv_tuple_iter(Value t) { return seqit_new(&pv_tuple_iter_type, t, 0); }
Value pv_list_iter(Value l) { return seqit_new(&pv_list_iter_type, l, 0); }
Value pv_seqiter_new(Value seq) { return seqit_new(&pv_seqiter_type, seq, 0); }

Value pv_list_reviter(Value l)
{
    return seqit_new(&pv_list_reviter_type, l, pv_list_size(l)); /* i: one past next */
}

static void seqit_mark(Value self)
{
    pv_gc_mark(IT(self)->seq);
}

static Value tupleit_next(Value self)
{
    PvSeqIt *it = IT(self);
    if (it->seq && it->i < pv_tuple_size(it->seq))
        return pv_tuple_items(it->seq)[it->i++];
    it->seq = NULL;
    return NULL;
}

static Value listit_next(Value self)
{
    PvSeqIt *it = IT(self);
    if (it->seq && it->i < pv_list_size(it->seq))
        return pv_list_items(it->seq)[it->i++];
    it->seq = NULL;
    return NULL;
}

static Value listrevit_next(Value self)
{
    PvSeqIt *it = IT(self);
    if (it->seq && it->i > 0 && it->i <= pv_list_size(it->seq))
        return pv_list_items(it->seq)[--it->i];
    it->seq = NULL;
    return NULL;
}

static Value seqiter_next(Value self)
{
    PvSeqIt *it = IT(self);
    if (!it->seq)
        return NULL;
    Value v = pv_getitem(it->seq, pv_int_from_u64(it->i));
    if (v) {
        it->i++;
        return v;
    }
    if (pv_err_matches(&pv_exc_IndexError) || pv_err_matches(&pv_exc_StopIteration)) {
        pv_err_clear();
        it->seq = NULL;
    }
    return NULL;
}

static Value seqit_length_hint(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSeqIt *it = IT(self);
    if (!it->seq)
        return pv_small(0);
    PvType *t = pv_type(self);
    if (t == &pv_list_reviter_type)
        return pv_small(it->i <= pv_list_size(it->seq) ? it->i : 0);
    ssize_t n = t == &pv_tuple_iter_type ? (ssize_t)pv_tuple_size(it->seq)
              : t == &pv_list_iter_type ? (ssize_t)pv_list_size(it->seq)
              : pv_len(it->seq);
    if (n < 0)
        return NULL;
    return pv_small((size_t)n > it->i ? (size_t)n - it->i : 0);
}

static const PvMethodDef seqit_methods[] = {
    {"__length_hint__", seqit_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define SEQIT_TYPE(cname, pyname, nextfn)                               \
    PvType cname = {                                                    \
        .h = {&pv_type_type, 0, 0},                                     \
        .name = pyname,                                                 \
        .basicsize = sizeof(PvSeqIt),                                   \
        .base = &pv_object_type,                                        \
        .methods = seqit_methods,                                       \
        .mark = seqit_mark,                                             \
        .iter = iter_self,                                              \
        .iternext = nextfn,                                             \
    };
SEQIT_TYPE(pv_tuple_iter_type, "tuple_iterator", tupleit_next)
SEQIT_TYPE(pv_list_iter_type, "list_iterator", listit_next)
SEQIT_TYPE(pv_list_reviter_type, "list_reverseiterator", listrevit_next)
SEQIT_TYPE(pv_seqiter_type, "iterator", seqiter_next)

/* ---- iter(callable, sentinel) ---- */

typedef struct { PvObj h; Value func, sentinel; } PvCallIter; /* func NULL: exhausted */

Value pv_calliter_new(Value callable, Value sentinel)
{
    PvCallIter *it = pv_alloc(&pv_calliter_type, sizeof(PvCallIter));
    if (!it)
        return NULL;
    it->func = callable;
    it->sentinel = sentinel;
    return (Value)it;
}

static void calliter_mark(Value self)
{
    pv_gc_mark(((PvCallIter *)self)->func);
    pv_gc_mark(((PvCallIter *)self)->sentinel);
}

static Value calliter_next(Value self)
{
    PvCallIter *it = (PvCallIter *)self;
    if (!it->func)
        return NULL;
    Value v = pv_call0(it->func);
    if (!v) {
        if (pv_err_matches(&pv_exc_StopIteration)) {
            pv_err_clear();
            it->func = NULL;
        }
        return NULL;
    }
    int r = pv_eq(v, it->sentinel);
    if (r < 0)
        return NULL;
    if (r) {
        it->func = NULL;
        return NULL;
    }
    return v;
}

PvType pv_calliter_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "callable_iterator",
    .basicsize = sizeof(PvCallIter),
    .base = &pv_object_type,
    .mark = calliter_mark,
    .iter = iter_self,
    .iternext = calliter_next,
};

/* ---- enumerate ---- */

typedef struct { PvObj h; Value it, count; } PvEnumerate;

static Value enumerate_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"iterable", "start", NULL};
    Value iterable = nargs ? args[0] : NULL, start = pv_small(0);
    if (nargs == 0 && kwnames) /* look for iterable= ourselves: CPython's message */
        for (size_t i = 0; i < pv_tuple_size(kwnames); i++)
            if (pv_str_eq_cstr(pv_tuple_items(kwnames)[i], "iterable"))
                iterable = args[i];
    if (!iterable)
        return pv_raise(&pv_exc_TypeError, "enumerate() missing required argument 'iterable'");
    if (pv_parse_args("enumerate", args, nargs, kwnames, "O|O", kwlist, &iterable, &start) < 0)
        return NULL;
    if (!pv_is_small(start) && !(start = pv_index(start)))
        return NULL;
    Value it = pv_iter(iterable);
    if (!it)
        return NULL;
    PvEnumerate *e = pv_alloc(type, type->basicsize);
    if (!e)
        return NULL;
    e->it = it;
    e->count = start;
    return (Value)e;
}

static void enumerate_mark(Value self)
{
    pv_gc_mark(((PvEnumerate *)self)->it);
    pv_gc_mark(((PvEnumerate *)self)->count);
}

static Value enumerate_next(Value self)
{
    PvEnumerate *e = (PvEnumerate *)self;
    Value v = pv_next(e->it);
    if (!v)
        return NULL;
    Value c = e->count;
    Value next = pv_is_small(c) && pv_small_val(c) < PV_SMALL_MAX
                     ? pv_small(pv_small_val(c) + 1)
                     : pv_binop(c, pv_small(1), PV_OP_ADD);
    if (!next)
        return NULL;
    e->count = next;
    return pv_tuple_pack(2, c, v);
}

PvType pv_enumerate_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "enumerate",
    .basicsize = sizeof(PvEnumerate),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = NULL,
    .mark = enumerate_mark,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .extra = NULL,
};

/* ---- zip ---- */

typedef struct { PvObj h; Value iters; bool strict; } PvZip; /* iters NULL: done */

static Value zip_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    bool strict = false;
    size_t nk = kwnames ? pv_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++) {
        Value name = pv_tuple_items(kwnames)[i];
        if (!pv_str_eq_cstr(name, "strict"))
            return pv_raise(&pv_exc_TypeError,
                            "'%S' is an invalid keyword argument for zip()", name);
        int r = pv_truthy(args[nargs + i]);
        if (r < 0)
            return NULL;
        strict = r;
    }
    Value iters = pv_tuple_new(nargs);
    if (!iters)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = pv_iter(args[i]);
        if (!it)
            return NULL;
        pv_tuple_items(iters)[i] = it;
    }
    PvZip *z = pv_alloc(type, type->basicsize);
    if (!z)
        return NULL;
    z->iters = iters;
    z->strict = strict;
    return (Value)z;
}

static void zip_mark(Value self)
{
    pv_gc_mark(((PvZip *)self)->iters);
}

static Value zip_next(Value self)
{
    PvZip *z = (PvZip *)self;
    if (!z->iters)
        return NULL;
    size_t n = pv_tuple_size(z->iters);
    if (n == 0)
        return NULL;
    Value res = pv_tuple_new(n);
    if (!res)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Value v = pv_next(pv_tuple_items(z->iters)[i]);
        if (v) {
            pv_tuple_items(res)[i] = v;
            continue;
        }
        if (pv_err_occurred())
            return NULL;
        Value iters = z->iters;
        z->iters = NULL;
        if (!z->strict)
            return NULL;
        const char *plural = i == 1 ? " " : "s 1-";
        if (i)
            return pv_raise(&pv_exc_ValueError,
                            "zip() argument %zu is shorter than argument%s%zu", i + 1, plural, i);
        for (i = 1; i < n; i++) {
            v = pv_next(pv_tuple_items(iters)[i]);
            if (v) {
                plural = i == 1 ? " " : "s 1-";
                return pv_raise(&pv_exc_ValueError,
                                "zip() argument %zu is longer than argument%s%zu", i + 1,
                                plural, i);
            }
            if (pv_err_occurred())
                return NULL;
        }
        return NULL;
    }
    return res;
}

PvType pv_zip_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "zip",
    .basicsize = sizeof(PvZip),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .mark = zip_mark,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* map and filter: iterbuiltins.c (continuation-passing, cont.h) */

/* ---- reversed ---- */

typedef struct { PvObj h; Value seq; ssize_t i; } PvReversed; /* seq NULL: done */

static Value reversed_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames) && type == &pv_reversed_type)
        return pv_raise(&pv_exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        return pv_raise(&pv_exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    Value meth = pv_type_lookup_str(pv_type(seq), "__reversed__");
    if (meth == pv_None)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not reversible", seq);
    if (meth)
        return pv_call1(meth, seq);
    PvType *t = pv_type(seq);
    if (!t->getitem || pv_isinst(seq, &pv_dict_type) || !t->len)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not reversible", seq);
    ssize_t n = pv_len(seq);
    if (n < 0)
        return NULL;
    PvReversed *r = pv_alloc(type, type->basicsize);
    if (!r)
        return NULL;
    r->seq = seq;
    r->i = n - 1;
    return (Value)r;
}

static void reversed_mark(Value self)
{
    pv_gc_mark(((PvReversed *)self)->seq);
}

static Value reversed_next(Value self)
{
    PvReversed *r = (PvReversed *)self;
    if (!r->seq)
        return NULL;
    if (r->i >= 0) {
        Value v = pv_getitem(r->seq, pv_small(r->i));
        if (v) {
            r->i--;
            return v;
        }
        if (!pv_err_matches(&pv_exc_IndexError) && !pv_err_matches(&pv_exc_StopIteration))
            return NULL;
        pv_err_clear();
    }
    r->seq = NULL;
    r->i = -1;
    return NULL;
}

static Value reversed_length_hint(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvReversed *r = (PvReversed *)self;
    return pv_small(r->seq ? r->i + 1 : 0);
}

static const PvMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_reversed_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "reversed",
    .basicsize = sizeof(PvReversed),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = reversed_methods,
    .mark = reversed_mark,
    .iter = iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
};
