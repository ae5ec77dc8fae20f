/* list.c: the mutable sequence; items in a pv_mem array owned by the list. */
#include "pv.h"
#include "cont.h"
#include <string.h>

#define L(v) ((PvList *)(v))

/* Set the size to n, growing or shrinking the array with CPython's
 * over-allocation so appends are amortised O(1). New slots are garbage:
 * the caller fills them. */
static int list_resize(Value self, size_t n)
{
    PvList *l = L(self);
    if (n <= l->cap && n >= l->cap / 2) {
        l->size = n;
        return 0;
    }
    size_t cap = n == 0 ? 0 : (n + (n >> 3) + 6) & ~(size_t)3;
    if (cap > SIZE_MAX / sizeof(Value)) {
        pv_nomemory();
        return -1;
    }
    Value *items;
    if (cap == 0) {
        if (l->items)
            pv_mem_free(l->items, l->cap * sizeof(Value));
        items = NULL;
    } else if (!l->items) {
        items = pv_mem_alloc(cap * sizeof(Value));
    } else {
        items = pv_mem_realloc(l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    }
    if (cap && !items)
        return -1;
    l->items = items;
    l->cap = cap;
    l->size = n;
    return 0;
}

static Value list_alloc(PvType *type)
{
    return pv_alloc(type, type == &pv_list_type ? sizeof(PvList) : type->basicsize);
}

Value pv_list_new(size_t n)
{
    Value l = list_alloc(&pv_list_type);
    if (!l || list_resize(l, n) < 0)
        return NULL;
    for (size_t i = 0; i < n; i++)
        L(l)->items[i] = pv_None;
    return l;
}

Value pv_list_from(const Value *items, size_t n)
{
    Value l = list_alloc(&pv_list_type);
    if (!l || list_resize(l, n) < 0)
        return NULL;
    if (n)
        memcpy(L(l)->items, items, n * sizeof(Value));
    return l;
}

int pv_list_append(Value list, Value v)
{
    PvList *l = L(list);
    if (l->size < l->cap) {
        l->items[l->size++] = v;
        return 0;
    }
    if (list_resize(list, l->size + 1) < 0)
        return -1;
    l->items[l->size - 1] = v;
    return 0;
}

int pv_list_extend(Value list, Value it)
{
    if (pv_isinst(it, &pv_list_type) || pv_isinst(it, &pv_tuple_type)) {
        size_t n = pv_isinst(it, &pv_list_type) ? pv_list_size(it) : pv_tuple_size(it);
        size_t old = pv_list_size(list);
        if (n == 0)
            return 0;
        if (list_resize(list, old + n) < 0)
            return -1;
        /* re-read the source: it may be the list itself */
        Value *src = pv_isinst(it, &pv_list_type) ? pv_list_items(it) : pv_tuple_items(it);
        memmove(L(list)->items + old, src, n * sizeof(Value));
        return 0;
    }
    Value iter = pv_iter(it);
    if (!iter)
        return -1;
    Value x;
    while ((x = pv_next(iter)))
        if (pv_list_append(list, x) < 0)
            return -1;
    return pv_err_occurred() ? -1 : 0;
}

int pv_list_insert(Value list, ssize_t where, Value v)
{
    ssize_t n = (ssize_t)pv_list_size(list);
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (list_resize(list, (size_t)n + 1) < 0)
        return -1;
    Value *items = L(list)->items;
    memmove(items + where + 1, items + where, (size_t)(n - where) * sizeof(Value));
    items[where] = v;
    return 0;
}

Value pv_list_as_tuple(Value list)
{
    size_t n = pv_list_size(list);
    Value t = pv_tuple_new(n);
    /* the items are read after the allocation, through the list: a pointer
     * to the array alone would not keep the list alive */
    for (size_t i = 0; t && i < n && i < pv_list_size(list); i++)
        pv_tuple_items(t)[i] = pv_list_items(list)[i];
    return t;
}

Value pv_list_pop_last(Value list)
{
    size_t n = pv_list_size(list);
    if (n == 0)
        return pv_raise(&pv_exc_IndexError, "pop from empty list");
    Value v = L(list)->items[n - 1];
    list_resize(list, n - 1); /* shrinking cannot fail */
    return v;
}

static void list_mark(Value self)
{
    pv_gc_mark_array(L(self)->items, L(self)->size);
}

static void list_finalize(Value self)
{
    if (L(self)->items)
        pv_mem_free(L(self)->items, L(self)->cap * sizeof(Value));
    L(self)->items = NULL;
    L(self)->size = L(self)->cap = 0;
}

static void list_clear_items(Value self)
{
    list_finalize(self);
}

static Value list_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    return list_alloc(type);
}

static int list_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames) && pv_type(self)->new_ == list_new) {
        pv_raise(&pv_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        pv_raise(&pv_exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    list_clear_items(self);
    if (nargs == 1)
        return pv_list_extend(self, args[0]);
    return 0;
}

static Value list_repr(Value self)
{
    if (pv_list_size(self) == 0)
        return pv_str_from_cstr("[]");
    int r = pv_repr_enter(self);
    if (r)
        return r < 0 ? NULL : pv_str_from_cstr("[...]");
    if (pv_recursion_check(PV_IN_REPR) < 0) {
        pv_repr_leave(self);
        return NULL;
    }
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, "[");
    for (size_t i = 0; i < pv_list_size(self); i++) {
        if (i)
            pv_buf_append_cstr(&b, ", ");
        Value s = pv_repr(L(self)->items[i]);
        if (!s || pv_buf_append_str(&b, s) < 0) {
            pv_buf_free(&b);
            pv_repr_leave(self);
            return NULL;
        }
    }
    pv_buf_append_cstr(&b, "]");
    pv_repr_leave(self);
    return pv_buf_finish_str(&b);
}

static Value list_richcompare(Value a, Value b, int op)
{
    if (!pv_isinst(a, &pv_list_type) || !pv_isinst(b, &pv_list_type))
        return pv_NotImplemented;
    if ((op == PV_EQ || op == PV_NE) && pv_list_size(a) != pv_list_size(b))
        return pv_bool(op == PV_NE);
    return pv_seq_compare(a, b, op);
}

static ssize_t list_len(Value self)
{
    return (ssize_t)pv_list_size(self);
}

static Value list_slice(Value self, ssize_t start, ssize_t step, ssize_t len)
{
    Value r = pv_list_new(0);
    if (!r || len <= 0)
        return r;
    if (list_resize(r, (size_t)len) < 0)
        return NULL;
    Value *src = L(self)->items, *dst = L(r)->items;
    if (step == 1)
        memcpy(dst, src + start, (size_t)len * sizeof(Value));
    else
        for (ssize_t i = 0, j = start; i < len; i++, j += step)
            dst[i] = src[j];
    return r;
}

static Value list_getitem(Value self, Value key)
{
    size_t n = pv_list_size(self);
    if (pv_is_type(key, &pv_slice_type)) {
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, (ssize_t)n, &start, &stop, &step, &len) < 0)
            return NULL;
        return list_slice(self, start, step, len);
    }
    ssize_t i;
    if (pv_seq_index_arg(key, &i, "list") < 0)
        return NULL;
    n = pv_list_size(self); /* __index__ may have changed it */
    if (i < 0)
        i += (ssize_t)n;
    if (i < 0 || (size_t)i >= n)
        return pv_raise(&pv_exc_IndexError, "list index out of range");
    return L(self)->items[i];
}

/* self[start:start+len] = v (v NULL: delete), step 1. */
static int list_ass_simple(Value self, ssize_t start, ssize_t len, Value v)
{
    Value src = NULL;
    size_t nv = 0;
    if (v) {
        if (v == self || !(pv_isinst(v, &pv_list_type) || pv_isinst(v, &pv_tuple_type))) {
            if (v != self && !pv_type(v)->iter && !pv_type(v)->getitem) {
                pv_raise(&pv_exc_TypeError, "can only assign an iterable");
                return -1;
            }
            src = pv_sequence_tuple(v);
            if (!src)
                return -1;
        } else {
            src = v;
        }
        nv = pv_isinst(src, &pv_list_type) ? pv_list_size(src) : pv_tuple_size(src);
    }
    size_t n = pv_list_size(self);
    size_t tail = n - (size_t)start - (size_t)len;
    size_t newn = n - (size_t)len + nv;
    if (newn > n && list_resize(self, newn) < 0)
        return -1;
    Value *items = L(self)->items;
    if (tail)   /* items may be NULL for an empty list */
        memmove(items + start + nv, items + start + len, tail * sizeof(Value));
    if (nv) {
        Value *s = pv_isinst(src, &pv_list_type) ? pv_list_items(src) : pv_tuple_items(src);
        memcpy(items + start, s, nv * sizeof(Value));
    }
    if (newn < n)
        list_resize(self, newn);
    return 0;
}

static int list_ass_slice(Value self, Value slice, Value v)
{
    ssize_t start, stop, step, len;
    if (pv_slice_indices(slice, (ssize_t)pv_list_size(self), &start, &stop, &step, &len) < 0)
        return -1;
    if (step == 1)
        return list_ass_simple(self, start, len, v);
    if (len < 0)
        len = 0;
    if (!v) {
        if (len == 0)
            return 0;
        if (step < 0) { /* walk forwards */
            start = start + step * (len - 1);
            step = -step;
        }
        Value *items = L(self)->items;
        size_t n = pv_list_size(self), w = (size_t)start, r = (size_t)start;
        ssize_t k = 0;
        for (; r < n; r++) {
            if (k < len && r == (size_t)(start + k * step)) {
                k++;
                continue;
            }
            items[w++] = items[r];
        }
        list_resize(self, w);
        return 0;
    }
    if (!pv_type(v)->iter && !pv_type(v)->getitem) {
        pv_raise(&pv_exc_TypeError, "must assign iterable to extended slice");
        return -1;
    }
    Value seq = pv_sequence_tuple(v);
    if (!seq)
        return -1;
    size_t nv = pv_isinst(seq, &pv_list_type) ? pv_list_size(seq) : pv_tuple_size(seq);
    if ((ssize_t)nv != len) {
        pv_raise(&pv_exc_ValueError,
                 "attempt to assign sequence of size %zu to extended slice of size %zd",
                 nv, len);
        return -1;
    }
    Value *s = pv_isinst(seq, &pv_list_type) ? pv_list_items(seq) : pv_tuple_items(seq);
    for (ssize_t i = 0, j = start; i < len; i++, j += step)
        L(self)->items[j] = s[i];
    return 0;
}

static int list_setitem(Value self, Value key, Value v)
{
    if (pv_is_type(key, &pv_slice_type))
        return list_ass_slice(self, key, v);
    ssize_t i;
    if (pv_seq_index_arg(key, &i, "list") < 0)
        return -1;
    ssize_t n = (ssize_t)pv_list_size(self);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        pv_raise(&pv_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v) {
        L(self)->items[i] = v;
        return 0;
    }
    return list_ass_simple(self, i, 1, NULL);
}

static int list_contains(Value self, Value x)
{
    for (size_t i = 0; i < pv_list_size(self); i++) {
        int r = pv_eq(L(self)->items[i], x);
        if (r)
            return r;
    }
    return 0;
}

static Value list_add(Value a, Value b)
{
    if (!pv_isinst(a, &pv_list_type))
        return pv_NotImplemented;
    if (!pv_isinst(b, &pv_list_type))
        return pv_seq_binop_error("list", b, false);
    size_t na = pv_list_size(a), nb = pv_list_size(b);
    Value r = pv_list_new(0);
    if (!r || list_resize(r, na + nb) < 0)
        return NULL;
    if (na)
        memcpy(L(r)->items, L(a)->items, na * sizeof(Value));
    if (nb)
        memcpy(L(r)->items + na, L(b)->items, nb * sizeof(Value));
    return r;
}

static Value list_iadd(Value a, Value b)
{
    if (!pv_isinst(a, &pv_list_type))
        return pv_NotImplemented;
    if (pv_list_extend(a, b) < 0)
        return NULL;
    return a;
}

/* dst = src * k; dst is a new list or src itself. */
static int list_repeat_into(Value dst, Value src, ssize_t k)
{
    size_t n = pv_list_size(src);
    if (k <= 0 || n == 0)
        return list_resize(dst, 0);
    if ((size_t)k > SIZE_MAX / sizeof(Value) / n) {
        pv_nomemory();
        return -1;
    }
    if (list_resize(dst, n * (size_t)k) < 0)
        return -1;
    Value *d = L(dst)->items;
    if (dst != src)
        memcpy(d, L(src)->items, n * sizeof(Value));
    for (size_t done = n, total = n * (size_t)k; done < total;) {
        size_t c = done < total - done ? done : total - done;
        memcpy(d + done, d, c * sizeof(Value));
        done += c;
    }
    return 0;
}

static int mul_count(Value count, ssize_t *k)
{
    return pv_index_ssize(count, k);
}

static Value list_mul(Value a, Value b)
{
    Value seq = a, count = b;
    if (!pv_isinst(a, &pv_list_type)) {
        seq = b;
        count = a;
    }
    if (pv_type(count)->index == NULL)
        return pv_seq_binop_error("list", count, true);
    ssize_t k;
    if (mul_count(count, &k) < 0)
        return NULL;
    Value r = pv_list_new(0);
    if (!r || list_repeat_into(r, seq, k) < 0)
        return NULL;
    return r;
}

static Value list_imul(Value a, Value b)
{
    if (!pv_isinst(a, &pv_list_type))
        return pv_NotImplemented;
    if (pv_type(b)->index == NULL)
        return pv_seq_binop_error("list", b, true);
    ssize_t k;
    if (mul_count(b, &k) < 0)
        return NULL;
    if (k <= 0) {
        list_clear_items(a);
        return a;
    }
    if (list_repeat_into(a, a, k) < 0)
        return NULL;
    return a;
}

/* ---- methods ---- */

#define NOKW(name)                                                  \
    if (pv_check_no_kwargs("list." name, kwnames) < 0)              \
        return NULL;

static Value m_append(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("list.append", nargs, kwnames) < 0 || pv_list_append(self, args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value m_extend(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("list.extend", nargs, kwnames) < 0 || pv_list_extend(self, args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value m_insert(Value self, Value *args, size_t nargs, Value kwnames)
{
    NOKW("insert");
    ssize_t i;
    if (pv_check_nargs("insert", nargs, 2, 2) < 0 || pv_ssize_arg(args[0], &i) < 0 ||
        pv_list_insert(self, i, args[1]) < 0)
        return NULL;
    return pv_None;
}

static Value m_pop(Value self, Value *args, size_t nargs, Value kwnames)
{
    NOKW("pop");
    if (pv_check_nargs("pop", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return pv_list_pop_last(self);
    ssize_t i, n = (ssize_t)pv_list_size(self);
    if (pv_ssize_arg(args[0], &i) < 0)
        return NULL;
    if (n == 0)
        return pv_raise(&pv_exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return pv_raise(&pv_exc_IndexError, "pop index out of range");
    Value v = L(self)->items[i];
    list_ass_simple(self, i, 1, NULL);
    return v;
}

static Value m_remove(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("list.remove", nargs, kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < pv_list_size(self); i++) {
        int r = pv_eq(L(self)->items[i], args[0]);
        if (r < 0)
            return NULL;
        if (r) {
            if (i < pv_list_size(self))
                list_ass_simple(self, (ssize_t)i, 1, NULL);
            return pv_None;
        }
    }
    return pv_raise(&pv_exc_ValueError, "list.remove(x): x not in list");
}

static Value m_clear(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("list.clear", nargs, kwnames) < 0)
        return NULL;
    list_clear_items(self);
    return pv_None;
}

static Value m_copy(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("list.copy", nargs, kwnames) < 0)
        return NULL;
    return pv_list_from(L(self)->items, L(self)->size);
}

static Value m_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("list.count", nargs, kwnames) < 0)
        return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < pv_list_size(self); i++) {
        int r = pv_eq(L(self)->items[i], args[0]);
        if (r < 0)
            return NULL;
        c += r;
    }
    return pv_small(c);
}

static Value m_index(Value self, Value *args, size_t nargs, Value kwnames)
{
    NOKW("index");
    if (pv_check_nargs("index", nargs, 1, 3) < 0)
        return NULL;
    size_t n = pv_list_size(self), start = 0, stop = n;
    if (nargs > 1 && pv_seq_clamp_bound(args[1], n, &start) < 0)
        return NULL;
    if (nargs > 2 && pv_seq_clamp_bound(args[2], n, &stop) < 0)
        return NULL;
    for (size_t i = start; i < stop && i < pv_list_size(self); i++) {
        int r = pv_eq(L(self)->items[i], args[0]);
        if (r < 0)
            return NULL;
        if (r)
            return pv_small(i);
    }
    return pv_raise(&pv_exc_ValueError, "%R is not in list", args[0]);
}

static void reverse_items(Value *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++) {
        j--;
        Value t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static Value m_reverse(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("list.reverse", nargs, kwnames) < 0)
        return NULL;
    reverse_items(L(self)->items, L(self)->size);
    return pv_None;
}

Value pv_list_sort_method(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_cont_sync(pv_list_sort_call(self, args, nargs, kwnames)); /* sort.c */
}

static Value m_reversed(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_list_reviter(self);
}

static Value m_getitem(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("list.__getitem__", nargs, kwnames) < 0)
        return NULL;
    return list_getitem(self, args[0]);
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_small(40 + L(self)->cap * sizeof(Value));
}

static const PvMethodDef list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", pv_list_sort_method, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__getitem__", m_getitem, 0, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_list_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "list",
    .basicsize = sizeof(PvList),
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_LIST_SUBCLASS | PV_TPFLAG_SEQUENCE,
    .base = &pv_object_type,
    .methods = list_methods,
    .mark = list_mark,
    .finalize = list_finalize,
    .repr = list_repr,
    .hash = pv_unhashable,
    .richcompare = list_richcompare,
    .iter = pv_list_iter,
    .new_ = list_new,
    .init = list_init,
    .binop = {[PV_OP_ADD] = list_add, [PV_OP_MUL] = list_mul,
              [PV_OP_INPLACE + PV_OP_ADD] = list_iadd,
              [PV_OP_INPLACE + PV_OP_MUL] = list_imul},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
};
