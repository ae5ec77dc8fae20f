/* range.c: range objects (arbitrary ints, O(1) membership for ints) and
 * their iterators: a fast one when everything fits in a small int, and a
 * general one working with int objects. */
#include "pv.h"

typedef struct { PvObj h; Value start, stop, step, length; } PvRange;
#define R(v) ((PvRange *)(v))

static Value add(Value a, Value b) { return pv_binop(a, b, PV_OP_ADD); }
static Value sub(Value a, Value b) { return pv_binop(a, b, PV_OP_SUB); }
static Value mul(Value a, Value b) { return pv_binop(a, b, PV_OP_MUL); }

/* Number of items: 0 if empty, else (hi - lo - 1) // |step| + 1. */
static Value compute_length(Value start, Value stop, Value step)
{
    if (pv_is_small(start) && pv_is_small(stop) && pv_is_small(step)) {
        __int128 lo = pv_small_val(start), hi = pv_small_val(stop), st = pv_small_val(step);
        if (st < 0) {
            __int128 t = lo;
            lo = hi;
            hi = t;
            st = -st;
        }
        if (lo >= hi)
            return pv_small(0);
        return pv_int_from_i64((int64_t)((hi - lo - 1) / st + 1));
    }
    Value lo = start, hi = stop;
    if (pv_int_sign(step) < 0) {
        lo = stop;
        hi = start;
        if (!(step = pv_unaryop(step, PV_UNARY_NEG)))
            return NULL;
    }
    int ge = pv_compare_bool(lo, hi, PV_GE);
    if (ge)
        return ge < 0 ? NULL : pv_small(0);
    Value d = sub(hi, lo);
    d = d ? sub(d, pv_small(1)) : NULL;
    d = d ? pv_binop(d, step, PV_OP_FLOORDIV) : NULL;
    return d ? add(d, pv_small(1)) : NULL;
}

static Value range_make(Value start, Value stop, Value step)
{
    Value len = compute_length(start, stop, step);
    if (!len)
        return NULL;
    PvRange *r = pv_alloc(&pv_range_type, sizeof(PvRange));
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return (Value)r;
}

Value pv_range_new(Value start, Value stop, Value step)
{
    if (!(start = pv_index_int(start)) || !(stop = pv_index_int(stop)) ||
        !(step = pv_index_int(step)))
        return NULL;
    if (pv_int_sign(step) == 0)
        return pv_raise(&pv_exc_ValueError, "range() arg 3 must not be zero");
    return range_make(start, stop, step);
}

static Value range_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0)
        return pv_raise(&pv_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return pv_raise(&pv_exc_TypeError, "range expected at most 3 arguments, got %zu",
                        nargs);
    if (nargs == 1)
        return pv_range_new(pv_small(0), args[0], pv_small(1));
    return pv_range_new(args[0], args[1], nargs == 3 ? args[2] : pv_small(1));
}

static void range_mark(Value self)
{
    pv_gc_mark(R(self)->start);
    pv_gc_mark(R(self)->stop);
    pv_gc_mark(R(self)->step);
    pv_gc_mark(R(self)->length);
}

static Value range_repr(Value self)
{
    if (pv_is_small(R(self)->step) && pv_small_val(R(self)->step) == 1)
        return pv_str_printf("range(%R, %R)", R(self)->start, R(self)->stop);
    return pv_str_printf("range(%R, %R, %R)", R(self)->start, R(self)->stop, R(self)->step);
}

static ssize_t range_len(Value self)
{
    ssize_t n;
    if (pv_is_small(R(self)->length))
        return (ssize_t)pv_small_val(R(self)->length);
    if (pv_int_to_ssize(R(self)->length, &n) < 0) {
        pv_err_clear();
        pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(Value self)
{
    return pv_int_sign(R(self)->length) != 0;
}

/* start + i * step */
static Value item_at(Value self, Value i)
{
    Value p = mul(i, R(self)->step);
    return p ? add(R(self)->start, p) : NULL;
}

static Value range_getitem(Value self, Value key)
{
    PvRange *r = R(self);
    if (pv_is_type(key, &pv_slice_type)) {
        Value a, b, c;
        if (pv_slice_indices_big(key, r->length, &a, &b, &c) < 0)
            return NULL;
        Value start = item_at(self, a), stop = start ? item_at(self, b) : NULL;
        Value step = stop ? mul(r->step, c) : NULL;
        return step ? range_make(start, stop, step) : NULL;
    }
    Value i;
    if (pv_is_small(key) || pv_is_int(key)) {
        i = key;
    } else if (pv_type(key)->index) {
        if (!(i = pv_index_int(key)))
            return NULL;
    } else {
        return pv_raise(&pv_exc_TypeError, "range indices must be integers or slices, not %T",
                        key);
    }
    if (pv_int_sign(i) < 0 && !(i = add(i, r->length)))
        return NULL;
    int bad = pv_int_sign(i) < 0 ? 1 : pv_compare_bool(i, r->length, PV_GE);
    if (bad)
        return bad < 0 ? NULL : pv_raise(&pv_exc_IndexError, "range object index out of range");
    return item_at(self, i);
}

/* x in self for an int x: in bounds and on the grid. */
static int contains_int(Value self, Value x)
{
    PvRange *r = R(self);
    int c1, c2;
    if (pv_int_sign(r->step) > 0) {
        c1 = pv_compare_bool(r->start, x, PV_LE);
        c2 = c1 > 0 ? pv_compare_bool(x, r->stop, PV_LT) : c1;
    } else {
        c1 = pv_compare_bool(r->stop, x, PV_LT);
        c2 = c1 > 0 ? pv_compare_bool(x, r->start, PV_LE) : c1;
    }
    if (c2 <= 0)
        return c2;
    Value d = sub(x, r->start);
    Value m = d ? pv_binop(d, r->step, PV_OP_MOD) : NULL;
    return m ? pv_int_sign(m) == 0 : -1;
}

static bool exact_int(Value x)
{
    return pv_is_small(x) || pv_is_type(x, &pv_int_type) || pv_is_type(x, &pv_bool_type);
}

static int range_contains(Value self, Value x)
{
    if (exact_int(x))
        return contains_int(self, x);
    Value it = pv_iter(self), v;
    if (!it)
        return -1;
    while ((v = pv_next(it))) {
        int r = pv_eq(v, x);
        if (r)
            return r;
    }
    return pv_err_occurred() ? -1 : 0;
}

static Value m_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("range.count", nargs, kwnames) < 0)
        return NULL;
    if (exact_int(args[0])) {
        int r = contains_int(self, args[0]);
        return r < 0 ? NULL : pv_small(r);
    }
    Value it = pv_iter(self), v;
    int64_t n = 0;
    if (!it)
        return NULL;
    while ((v = pv_next(it))) {
        int r = pv_eq(v, args[0]);
        if (r < 0)
            return NULL;
        n += r;
    }
    return pv_err_occurred() ? NULL : pv_int_from_i64(n);
}

static Value m_index(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("range.index", nargs, kwnames) < 0)
        return NULL;
    Value x = args[0];
    if (exact_int(x)) {
        int r = contains_int(self, x);
        if (r < 0)
            return NULL;
        if (!r)
            return pv_raise(&pv_exc_ValueError, "%R is not in range", x);
        Value d = sub(x, R(self)->start);
        return d ? pv_binop(d, R(self)->step, PV_OP_FLOORDIV) : NULL;
    }
    Value it = pv_iter(self), v;
    if (!it)
        return NULL;
    for (int64_t i = 0; (v = pv_next(it)); i++) {
        int r = pv_eq(v, x);
        if (r < 0)
            return NULL;
        if (r)
            return pv_int_from_i64(i);
    }
    if (pv_err_occurred())
        return NULL;
    return pv_raise(&pv_exc_ValueError, "sequence.index(x): x not in sequence");
}

static int eq_bool(Value a, Value b)
{
    return pv_compare_bool(a, b, PV_EQ);
}

static int range_equals(Value a, Value b)
{
    if (a == b)
        return 1;
    int r = eq_bool(R(a)->length, R(b)->length);
    if (r != 1)
        return r;
    if (pv_int_sign(R(a)->length) == 0)
        return 1;
    r = eq_bool(R(a)->start, R(b)->start);
    if (r != 1)
        return r;
    r = eq_bool(R(a)->length, pv_small(1));
    if (r != 0)
        return r;
    return eq_bool(R(a)->step, R(b)->step);
}

static Value range_richcompare(Value a, Value b, int op)
{
    if (!pv_is_type(a, &pv_range_type) || !pv_is_type(b, &pv_range_type) ||
        (op != PV_EQ && op != PV_NE))
        return pv_NotImplemented;
    int r = range_equals(a, b);
    if (r < 0)
        return NULL;
    return pv_bool(op == PV_EQ ? r : !r);
}

static int64_t range_hash(Value self)
{
    PvRange *r = R(self);
    Value t = pv_tuple_pack(3, r->length, pv_None, pv_None);
    if (!t)
        return -1;
    if (pv_int_sign(r->length) != 0) {
        pv_tuple_items(t)[1] = r->start;
        int one = eq_bool(r->length, pv_small(1));
        if (one < 0)
            return -1;
        if (!one)
            pv_tuple_items(t)[2] = r->step;
    }
    return pv_hash(t);
}

/* ---- iterators ---- */

/* start and len are kept for pickling (__reduce__ / __setstate__). */
typedef struct { PvObj h; int64_t next, step; uint64_t left; int64_t start; uint64_t len; } PvRangeIter;
typedef struct { PvObj h; Value next, step, left, start, len; } PvLongRangeIter;

/* An iterator over `len` items from `start` by `step`. */
static Value iter_new(Value start, Value step, Value len)
{
    if (pv_is_small(start) && pv_is_small(step) && pv_is_small(len)) {
        PvRangeIter *it = pv_alloc(&pv_range_iter_type, sizeof(PvRangeIter));
        if (!it)
            return NULL;
        it->next = pv_small_val(start);
        it->step = pv_small_val(step);
        it->left = (uint64_t)pv_small_val(len);
        it->start = it->next;
        it->len = it->left;
        return (Value)it;
    }
    PvLongRangeIter *it = pv_alloc(&pv_longrange_iter_type, sizeof(PvLongRangeIter));
    if (!it)
        return NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    it->start = start;
    it->len = len;
    return (Value)it;
}

static Value range_iter(Value self)
{
    return iter_new(R(self)->start, R(self)->step, R(self)->length);
}

static Value m_reversed(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvRange *r = R(self);
    if (pv_int_sign(r->length) == 0)
        return iter_new(r->start, r->step, pv_small(0));
    Value last = sub(r->length, pv_small(1));
    last = last ? item_at(self, last) : NULL;
    Value nstep = last ? pv_unaryop(r->step, PV_UNARY_NEG) : NULL;
    return nstep ? iter_new(last, nstep, r->length) : NULL;
}

static Value rangeiter_next(Value self)
{
    PvRangeIter *it = (PvRangeIter *)self;
    if (it->left == 0)
        return NULL;
    it->left--;
    int64_t v = it->next;
    it->next += it->step; /* stays within 64 bits: see range members */
    return pv_small(v);
}

static Value longrangeiter_next(Value self)
{
    PvLongRangeIter *it = (PvLongRangeIter *)self;
    if (pv_int_sign(it->left) <= 0)
        return NULL;
    Value v = it->next, n = add(v, it->step), l = n ? sub(it->left, pv_small(1)) : NULL;
    if (!l)
        return NULL;
    it->next = n;
    it->left = l;
    return v;
}

static void longrangeiter_mark(Value self)
{
    PvLongRangeIter *it = (PvLongRangeIter *)self;
    pv_gc_mark(it->next);
    pv_gc_mark(it->step);
    pv_gc_mark(it->left);
    pv_gc_mark(it->start);
    pv_gc_mark(it->len);
}

static Value iter_self(Value self)
{
    return self;
}

static Value rangeiter_length_hint(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_is_type(self, &pv_range_iter_type))
        return pv_int_from_u64(((PvRangeIter *)self)->left);
    return ((PvLongRangeIter *)self)->left;
}

/* (iter, (range(start, start + len * step, step),), index), as CPython. */
static Value rangeiter_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("range_iterator.__reduce__", nargs, kwnames) < 0)
        return NULL;
    Value start, step, len, index;
    if (pv_is_type(self, &pv_range_iter_type)) {
        PvRangeIter *it = (PvRangeIter *)self;
        start = pv_small(it->start);
        step = pv_small(it->step);
        len = pv_int_from_u64(it->len);
        index = pv_int_from_u64(it->len - it->left);
    } else {
        PvLongRangeIter *it = (PvLongRangeIter *)self;
        start = it->start;
        step = it->step;
        len = it->len;
        index = sub(it->len, it->left);
    }
    Value span = index && len ? pv_binop(len, step, PV_OP_MUL) : NULL;
    Value stop = span ? add(start, span) : NULL;
    Value range = stop ? pv_range_new(start, stop, step) : NULL;
    Value fn = range ? pv_dict_get_str(pv_builtins_dict, "iter") : NULL;
    if (!fn)
        return NULL;
    return pv_tuple_pack(3, fn, pv_tuple_pack(1, range), index);
}

/* Position the iterator at index state, clipped to [0, len]. */
static Value rangeiter_setstate(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("range_iterator.__setstate__", nargs, kwnames) < 0)
        return NULL;
    Value state = pv_index(args[0]);
    if (!state)
        return NULL;
    if (pv_is_type(self, &pv_range_iter_type)) {
        PvRangeIter *it = (PvRangeIter *)self;
        uint64_t i = 0;
        if (pv_int_sign(state) > 0) {
            int64_t n;
            if (pv_int_to_i64(state, &n) < 0) {
                pv_err_clear();
                n = INT64_MAX;
            }
            i = (uint64_t)n > it->len ? it->len : (uint64_t)n;
        }
        it->left = it->len - i;
        it->next = (int64_t)((uint64_t)it->start + i * (uint64_t)it->step); /* unused when i == len */
        return pv_None;
    }
    PvLongRangeIter *it = (PvLongRangeIter *)self;
    if (pv_int_sign(state) < 0)
        state = pv_small(0);
    int gt = pv_compare_bool(state, it->len, PV_GT);
    if (gt < 0)
        return NULL;
    if (gt)
        state = it->len;
    Value left = sub(it->len, state);
    Value off = left ? pv_binop(state, it->step, PV_OP_MUL) : NULL;
    Value next = off ? add(it->start, off) : NULL;
    if (!next)
        return NULL;
    it->left = left;
    it->next = next;
    return pv_None;
}

static const PvMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {"__reduce__", rangeiter_reduce, 0, NULL},
    {"__setstate__", rangeiter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_range_iter_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "range_iterator",
    .basicsize = sizeof(PvRangeIter),
    .base = &pv_object_type,
    .methods = rangeiter_methods,
    .iter = iter_self,
    .iternext = rangeiter_next,
};

PvType pv_longrange_iter_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "longrange_iterator",
    .basicsize = sizeof(PvLongRangeIter),
    .base = &pv_object_type,
    .methods = rangeiter_methods,
    .mark = longrangeiter_mark,
    .iter = iter_self,
    .iternext = longrangeiter_next,
};

static Value get_start(Value s) { return R(s)->start; }
static Value get_stop(Value s) { return R(s)->stop; }
static Value get_step(Value s) { return R(s)->step; }

static Value m_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value t = pv_tuple_pack(3, R(self)->start, R(self)->stop, R(self)->step);
    return t ? pv_tuple_pack(2, (Value)&pv_range_type, t) : NULL;
}

static const PvMethodDef range_methods[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef range_getsets[] = {
    {"start", get_start, NULL, NULL},
    {"stop", get_stop, NULL, NULL},
    {"step", get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_range_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "range",
    .basicsize = sizeof(PvRange),
    .flags = PV_TPFLAG_SEQUENCE,
    .base = &pv_object_type,
    .methods = range_methods,
    .getsets = range_getsets,
    .mark = range_mark,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .bool_ = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
};
