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

/* enumerate, zip, map and filter: iterbuiltins.c (continuation-passing, cont.h) */

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
