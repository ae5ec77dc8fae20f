/* slice.c: slice objects and the index arithmetic of slicing. */
#include "pv.h"

typedef struct { PvObj h; Value start, stop, step; } PvSlice;
#define S(v) ((PvSlice *)(v))

Value pv_slice_new(Value start, Value stop, Value step)
{
    PvSlice *s = pv_alloc(&pv_slice_type, sizeof(PvSlice));
    if (!s)
        return NULL;
    s->start = start ? start : pv_None;
    s->stop = stop ? stop : pv_None;
    s->step = step ? step : pv_None;
    return (Value)s;
}

/* A slice bound as a C index, huge ints clamped (CPython's
 * _PyEval_SliceIndex). */
static int slice_index(Value v, ssize_t *out)
{
    if (pv_is_small(v)) {
        *out = (ssize_t)pv_small_val(v);
        return 0;
    }
    if (!pv_is_int(v)) {
        if (pv_type(v)->index == NULL) {
            pv_raise(&pv_exc_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        v = pv_index(v);
        if (!v)
            return -1;
    }
    if (pv_int_to_ssize(v, out) < 0) {
        pv_err_clear();
        *out = pv_int_sign(v) < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    }
    return 0;
}

int pv_slice_indices(Value slice, ssize_t length, ssize_t *start, ssize_t *stop,
                     ssize_t *step, ssize_t *slicelen)
{
    PvSlice *s = S(slice);
    if (s->step == pv_None) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            pv_raise(&pv_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -SSIZE_MAX)
            *step = -SSIZE_MAX;
    }
    if (s->start == pv_None)
        *start = *step < 0 ? SSIZE_MAX : 0;
    else if (slice_index(s->start, start) < 0)
        return -1;
    if (s->stop == pv_None)
        *stop = *step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    else if (slice_index(s->stop, stop) < 0)
        return -1;

    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = *step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = *step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = *step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = *step < 0 ? length - 1 : length;
    }
    ssize_t n = 0;
    if (*step < 0) {
        if (*stop < *start)
            n = (*start - *stop - 1) / (-*step) + 1;
    } else if (*start < *stop) {
        n = (*stop - *start - 1) / *step + 1;
    }
    *slicelen = n;
    return 0;
}

static int lt(Value a, Value b)
{
    return pv_compare_bool(a, b, PV_LT);
}

/* Clamp one bound for pv_slice_indices_big. */
/* An int from a slice bound (CPython's message for other types). */
static Value slice_int(Value v)
{
    if (!pv_is_small(v) && !pv_is_int(v) && pv_type(v)->index == NULL)
        return pv_raise(&pv_exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
    return pv_index_int(v);
}

static Value big_bound(Value v, Value length, Value lower, Value upper, Value dflt)
{
    if (v == pv_None)
        return dflt;
    if (!(v = slice_int(v)))
        return NULL;
    if (pv_int_sign(v) < 0) {
        if (!(v = pv_binop(v, length, PV_OP_ADD)))
            return NULL;
        int r = lt(v, lower);
        return r < 0 ? NULL : r ? lower : v;
    }
    int r = lt(upper, v);
    return r < 0 ? NULL : r ? upper : v;
}

int pv_slice_indices_big(Value slice, Value length, Value *start, Value *stop, Value *step)
{
    PvSlice *s = S(slice);
    Value st = pv_small(1);
    if (s->step != pv_None) {
        if (!(st = slice_int(s->step)))
            return -1;
        if (pv_int_sign(st) == 0) {
            pv_raise(&pv_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool neg = pv_int_sign(st) < 0;
    Value lower = neg ? pv_small(-1) : pv_small(0);
    Value upper = neg ? pv_binop(length, lower, PV_OP_ADD) : length;
    if (!upper)
        return -1;
    Value a = big_bound(s->start, length, lower, upper, neg ? upper : lower);
    if (!a)
        return -1;
    Value b = big_bound(s->stop, length, lower, upper, neg ? lower : upper);
    if (!b)
        return -1;
    *start = a;
    *stop = b;
    *step = st;
    return 0;
}

static Value m_indices(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("slice.indices", nargs, kwnames) < 0)
        return NULL;
    Value len = pv_index_int(args[0]);
    if (!len)
        return NULL;
    if (pv_int_sign(len) < 0)
        return pv_raise(&pv_exc_ValueError, "length should not be negative");
    Value a, b, c;
    if (pv_slice_indices_big(self, len, &a, &b, &c) < 0)
        return NULL;
    return pv_tuple_pack(3, a, b, c);
}

static Value slice_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0)
        return pv_raise(&pv_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return pv_raise(&pv_exc_TypeError, "slice expected at most 3 arguments, got %zu",
                        nargs);
    if (nargs == 1)
        return pv_slice_new(NULL, args[0], NULL);
    return pv_slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static void slice_mark(Value self)
{
    pv_gc_mark(S(self)->start);
    pv_gc_mark(S(self)->stop);
    pv_gc_mark(S(self)->step);
}

static Value slice_repr(Value self)
{
    return pv_str_printf("slice(%R, %R, %R)", S(self)->start, S(self)->stop, S(self)->step);
}

static Value slice_richcompare(Value a, Value b, int op)
{
    if (!pv_is_type(a, &pv_slice_type) || !pv_is_type(b, &pv_slice_type))
        return pv_NotImplemented;
    Value ta = pv_tuple_pack(3, S(a)->start, S(a)->stop, S(a)->step);
    Value tb = ta ? pv_tuple_pack(3, S(b)->start, S(b)->stop, S(b)->step) : NULL;
    return tb ? pv_seq_compare(ta, tb, op) : NULL;
}

static Value get_start(Value s) { return S(s)->start; }
static Value get_stop(Value s) { return S(s)->stop; }
static Value get_step(Value s) { return S(s)->step; }

static Value m_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value t = pv_tuple_pack(3, S(self)->start, S(self)->stop, S(self)->step);
    return t ? pv_tuple_pack(2, (Value)&pv_slice_type, t) : NULL;
}

static const PvMethodDef slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef slice_getsets[] = {
    {"start", get_start, NULL, NULL},
    {"stop", get_stop, NULL, NULL},
    {"step", get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_slice_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "slice",
    .basicsize = sizeof(PvSlice),
    .base = &pv_object_type,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .mark = slice_mark,
    .repr = slice_repr,
    .hash = pv_unhashable,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
};
