/* tuple.c: the immutable sequence, items inline after the header. */
#include "pv.h"

static PvTuple empty_tuple_obj = {{&pv_tuple_type, 0, 0}, 0, -1};
Value pv_empty_tuple = (Value)&empty_tuple_obj;

/* A tuple of n NULL items of `type` (tuple or a subclass). Subclass
 * instances may keep their __dict__ in the last word of the block. */
static Value tuple_alloc(PvType *type, size_t n)
{
    if (n > (SIZE_MAX - 64) / sizeof(Value))
        return pv_nomemory();
    size_t size = sizeof(PvTuple) + n * sizeof(Value);
    if (type != &pv_tuple_type) {
        size = type->basicsize + n * sizeof(Value);
        if (type->dictoffset == PV_DICT_AT_END)
            size += sizeof(Value);
    }
    PvTuple *t = pv_alloc(type, size);
    if (!t)
        return NULL;
    t->size = n;
    t->hash = -1;
    return (Value)t;
}

Value pv_tuple_new(size_t n)
{
    if (n == 0)
        return pv_empty_tuple;
    Value t = tuple_alloc(&pv_tuple_type, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        pv_tuple_items(t)[i] = pv_None;
    return t;
}

Value pv_tuple_from(const Value *items, size_t n)
{
    if (n == 0)
        return pv_empty_tuple;
    Value t = tuple_alloc(&pv_tuple_type, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        pv_tuple_items(t)[i] = items[i];
    return t;
}

Value pv_tuple_pack(size_t n, ...)
{
    va_list ap;
    Value t = pv_tuple_new(n);
    if (!t)
        return NULL;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        pv_tuple_items(t)[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

static void tuple_mark(Value self)
{
    pv_gc_mark_array(pv_tuple_items(self), pv_tuple_size(self));
}

/* tuple(iterable) for `type`; exact tuples are returned as they are. */
static Value tuple_from_iterable(PvType *type, Value it)
{
    if (type == &pv_tuple_type && pv_is_type(it, &pv_tuple_type))
        return it;
    Value src;
    if (pv_isinst(it, &pv_tuple_type) || pv_isinst(it, &pv_list_type))
        src = it;
    else if (!(src = pv_sequence_list(it)))
        return NULL;
    bool is_tuple = pv_isinst(src, &pv_tuple_type);
    size_t n = is_tuple ? pv_tuple_size(src) : pv_list_size(src);
    if (n == 0 && type == &pv_tuple_type)
        return pv_empty_tuple;
    Value t = tuple_alloc(type, n);
    if (!t)
        return NULL;
    /* read the items only now: allocating may collect, and a list's
     * items array lives only as long as the list */
    Value *items = is_tuple ? pv_tuple_items(src) : pv_list_items(src);
    for (size_t i = 0; i < n; i++)
        pv_tuple_items(t)[i] = items[i];
    return t;
}

static Value tuple_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames) &&
        (type == &pv_tuple_type || type->init == pv_tuple_type.init))
        return pv_raise(&pv_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return pv_raise(&pv_exc_TypeError, "tuple expected at most 1 argument, got %zu",
                        nargs);
    if (nargs == 0) {
        if (type == &pv_tuple_type)
            return pv_empty_tuple;
        return tuple_alloc(type, 0);
    }
    return tuple_from_iterable(type, args[0]);
}

static Value tuple_repr(Value self)
{
    size_t n = pv_tuple_size(self);
    if (n == 0)
        return pv_str_from_cstr("()");
    int r = pv_repr_enter(self);
    if (r)
        return r < 0 ? NULL : pv_str_from_cstr("(...)");
    if (pv_recursion_check(PV_IN_REPR) < 0) {
        pv_repr_leave(self);
        return NULL;
    }
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, "(");
    for (size_t i = 0; i < n; i++) {
        if (i)
            pv_buf_append_cstr(&b, ", ");
        Value s = pv_repr(pv_tuple_items(self)[i]);
        if (!s || pv_buf_append_str(&b, s) < 0) {
            pv_buf_free(&b);
            pv_repr_leave(self);
            return NULL;
        }
    }
    pv_buf_append_cstr(&b, n == 1 ? ",)" : ")");
    pv_repr_leave(self);
    return pv_buf_finish_str(&b);
}

/* CPython 3.11's xxHash-based tuple hash, so hashes (and hence set order)
 * of tuples of ints match. */
#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(Value self)
{
    PvTuple *t = (PvTuple *)self;
    if (t->hash != -1)
        return t->hash;
    if (pv_recursion_check("") < 0)
        return -1;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->size; i++) {
        int64_t h = pv_hash(t->items[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += t->size ^ (XXPRIME_5 ^ UINT64_C(3527539));
    if (acc == (uint64_t)-1)
        acc = 1546275796;
    t->hash = (int64_t)acc;
    return t->hash;
}

static Value tuple_richcompare(Value a, Value b, int op)
{
    if (!pv_isinst(a, &pv_tuple_type) || !pv_isinst(b, &pv_tuple_type))
        return pv_NotImplemented;
    return pv_seq_compare(a, b, op);
}

static ssize_t tuple_len(Value self)
{
    return (ssize_t)pv_tuple_size(self);
}

static Value tuple_getitem(Value self, Value key)
{
    size_t n = pv_tuple_size(self);
    if (pv_is_type(key, &pv_slice_type)) {
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, (ssize_t)n, &start, &stop, &step, &len) < 0)
            return NULL;
        if (step == 1 && len == (ssize_t)n && pv_is_type(self, &pv_tuple_type))
            return self;
        if (len <= 0)
            return pv_empty_tuple;
        Value t = tuple_alloc(&pv_tuple_type, (size_t)len);
        if (!t)
            return NULL;
        for (ssize_t i = 0, j = start; i < len; i++, j += step)
            pv_tuple_items(t)[i] = pv_tuple_items(self)[j];
        return t;
    }
    ssize_t i;
    if (pv_seq_index_arg(key, &i, "tuple") < 0)
        return NULL;
    if (i < 0)
        i += (ssize_t)n;
    if (i < 0 || (size_t)i >= n)
        return pv_raise(&pv_exc_IndexError, "tuple index out of range");
    return pv_tuple_items(self)[i];
}

static int tuple_contains(Value self, Value x)
{
    for (size_t i = 0; i < pv_tuple_size(self); i++) {
        int r = pv_eq(pv_tuple_items(self)[i], x);
        if (r)
            return r;
    }
    return 0;
}

static Value tuple_add(Value a, Value b)
{
    if (!pv_isinst(a, &pv_tuple_type))
        return pv_NotImplemented;
    if (!pv_isinst(b, &pv_tuple_type))
        return pv_seq_binop_error("tuple", b, false);
    size_t na = pv_tuple_size(a), nb = pv_tuple_size(b);
    if (nb == 0 && pv_is_type(a, &pv_tuple_type))
        return a;
    if (na == 0 && pv_is_type(b, &pv_tuple_type))
        return b;
    Value t = tuple_alloc(&pv_tuple_type, na + nb);
    if (!t)
        return NULL;
    for (size_t i = 0; i < na; i++)
        pv_tuple_items(t)[i] = pv_tuple_items(a)[i];
    for (size_t i = 0; i < nb; i++)
        pv_tuple_items(t)[na + i] = pv_tuple_items(b)[i];
    return t;
}

static Value tuple_mul(Value a, Value b)
{
    Value seq = a, count = b;
    if (!pv_isinst(a, &pv_tuple_type)) {
        seq = b;
        count = a;
    }
    if (pv_type(count)->index == NULL)
        return pv_seq_binop_error("tuple", count, true);
    ssize_t k;
    if (pv_index_ssize(count, &k) < 0)
        return NULL;
    size_t n = pv_tuple_size(seq);
    if (k <= 0 || n == 0)
        return pv_empty_tuple;
    if (k == 1 && pv_is_type(seq, &pv_tuple_type))
        return seq;
    if ((size_t)k > SIZE_MAX / sizeof(Value) / n)
        return pv_nomemory();
    Value t = tuple_alloc(&pv_tuple_type, n * (size_t)k);
    if (!t)
        return NULL;
    Value *dst = pv_tuple_items(t);
    for (ssize_t r = 0; r < k; r++)
        for (size_t i = 0; i < n; i++)
            *dst++ = pv_tuple_items(seq)[i];
    return t;
}

static Value tuple_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("tuple.count", nargs, kwnames) < 0)
        return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < pv_tuple_size(self); i++) {
        int r = pv_eq(pv_tuple_items(self)[i], args[0]);
        if (r < 0)
            return NULL;
        c += r;
    }
    return pv_small(c);
}

static Value tuple_index(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("tuple.index", kwnames) < 0 || pv_check_nargs("index", nargs, 1, 3) < 0)
        return NULL;
    size_t n = pv_tuple_size(self), start = 0, stop = n;
    if (nargs > 1 && pv_seq_clamp_bound(args[1], n, &start) < 0)
        return NULL;
    if (nargs > 2 && pv_seq_clamp_bound(args[2], n, &stop) < 0)
        return NULL;
    for (size_t i = start; i < stop && i < pv_tuple_size(self); i++) {
        int r = pv_eq(pv_tuple_items(self)[i], args[0]);
        if (r < 0)
            return NULL;
        if (r)
            return pv_small(i);
    }
    return pv_raise(&pv_exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value t = pv_tuple_from(pv_tuple_items(self), pv_tuple_size(self));
    return t ? pv_tuple_pack(1, t) : NULL;
}

static const PvMethodDef tuple_methods[] = {
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"index", tuple_index, 0, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_tuple_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "tuple",
    .basicsize = sizeof(PvTuple),
    .itemsize = sizeof(Value),
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_TUPLE_SUBCLASS | PV_TPFLAG_SEQUENCE,
    .base = &pv_object_type,
    .methods = tuple_methods,
    .mark = tuple_mark,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = pv_tuple_iter,
    .new_ = tuple_new,
    .binop = {[PV_OP_ADD] = tuple_add, [PV_OP_MUL] = tuple_mul},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
};
