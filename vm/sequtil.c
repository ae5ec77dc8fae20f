/* sequtil.c: helpers shared by the container types: subscript conversion,
 * lexicographic comparison of tuples and lists, and the repr recursion
 * guard. */
#include "pv.h"

int pv_seq_index_arg(Value key, ssize_t *out, const char *tname)
{
    if (pv_is_small(key)) {
        *out = (ssize_t)pv_small_val(key);
        return 0;
    }
    if (pv_is_int(key)) {
        int64_t n;
        if (pv_int_to_i64(key, &n) < 0) {
            pv_err_clear();
            pv_raise(&pv_exc_IndexError,
                     "cannot fit '%T' into an index-sized integer", key);
            return -1;
        }
        *out = (ssize_t)n;
        return 0;
    }
    if (pv_type(key)->index == NULL) {
        pv_raise(&pv_exc_TypeError, "%s indices must be integers or slices, not %T",
                 tname, key);
        return -1;
    }
    Value i = pv_index(key);
    if (!i)
        return -1;
    return pv_seq_index_arg(i, out, tname);
}

/* Items and size of a tuple or list, re-read after every call into Python
 * since __eq__ may mutate a list. */
static Value *seq_items(Value v, size_t *n)
{
    if (pv_isinst(v, &pv_tuple_type)) {
        *n = pv_tuple_size(v);
        return pv_tuple_items(v);
    }
    *n = pv_list_size(v);
    return pv_list_items(v);
}

Value pv_seq_compare(Value a, Value b, int op)
{
    size_t na, nb, i;
    Value *ia, *ib;
    if (pv_recursion_check(PV_IN_CMP) < 0)
        return NULL;
    for (i = 0;; i++) {
        ia = seq_items(a, &na);
        ib = seq_items(b, &nb);
        if (i >= na || i >= nb)
            break;
        Value x = ia[i], y = ib[i];
        if (x == y)
            continue;
        int r = pv_eq(x, y);
        if (r < 0)
            return NULL;
        if (!r)
            break;
    }
    ia = seq_items(a, &na);
    ib = seq_items(b, &nb);
    if (i >= na || i >= nb) {
        bool res;
        switch (op) {
        case PV_LT: res = na < nb; break;
        case PV_LE: res = na <= nb; break;
        case PV_EQ: res = na == nb; break;
        case PV_NE: res = na != nb; break;
        case PV_GT: res = na > nb; break;
        default: res = na >= nb; break;
        }
        return pv_bool(res);
    }
    if (op == PV_EQ)
        return pv_False;
    if (op == PV_NE)
        return pv_True;
    return pv_compare(ia[i], ib[i], op);
}

/* Objects whose repr is in progress. A list so the GC sees them; no thread
 * switch can happen inside a repr (calls back into Python run nested). */
static Value repr_active;

int pv_repr_enter(Value obj)
{
    if (!repr_active) {
        pv_gc_add_root(&repr_active);
        repr_active = pv_list_new(0);
        if (!repr_active)
            return -1;
    }
    size_t n = pv_list_size(repr_active);
    Value *items = pv_list_items(repr_active);
    for (size_t i = 0; i < n; i++)
        if (items[i] == obj)
            return 1;
    return pv_list_append(repr_active, obj) < 0 ? -1 : 0;
}

void pv_repr_leave(Value obj)
{
    if (!repr_active)
        return;
    PvList *l = (PvList *)repr_active;
    for (size_t i = l->size; i-- > 0;)
        if (l->items[i] == obj) {
            for (size_t j = i + 1; j < l->size; j++)
                l->items[j - 1] = l->items[j];
            l->size--;
            return;
        }
}

int pv_seq_clamp_bound(Value v, size_t n, size_t *out)
{
    ssize_t i;
    if (pv_is_small(v)) {
        i = pv_small_val(v);
    } else {
        if (pv_type(v)->index == NULL) {
            pv_raise(&pv_exc_TypeError,
                     "slice indices must be integers or have an __index__ method");
            return -1;
        }
        Value iv = pv_index(v);
        if (!iv)
            return -1;
        if (pv_int_to_ssize(iv, &i) < 0) {
            pv_err_clear();
            i = pv_int_sign(iv) < 0 ? -(ssize_t)n - 1 : (ssize_t)n;
        }
    }
    if (i < 0) {
        i += (ssize_t)n;
        if (i < 0)
            i = 0;
    }
    *out = (size_t)i < n ? (size_t)i : n;
    return 0;
}

int64_t pv_unhashable(Value self)
{
    pv_raise(&pv_exc_TypeError, "unhashable type: '%T'", self);
    return -1;
}

/* Argument checks of METH_O / METH_NOARGS style functions, named with
 * their qualified name ("list.append() takes exactly one argument"). */
int pv_arg_one(const char *qname, size_t nargs, Value kwnames)
{
    return pv_check_no_kwargs(qname, kwnames) < 0 ? -1 : pv_check_nargs(qname, nargs, 1, 1);
}

int pv_arg_none(const char *qname, size_t nargs, Value kwnames)
{
    return pv_check_no_kwargs(qname, kwnames) < 0 ? -1 : pv_check_nargs(qname, nargs, 0, 0);
}

Value pv_index_int(Value v)
{
    if (pv_is_small(v) || pv_is_type(v, &pv_int_type))
        return v;
    Value i = pv_index(v);
    if (i && !pv_is_small(i) && !pv_is_type(i, &pv_int_type))
        i = pv_number_int(i); /* bool or int subclass: a plain int */
    return i;
}

int pv_ssize_arg(Value v, ssize_t *out)
{
    if (pv_is_small(v)) {
        *out = (ssize_t)pv_small_val(v);
        return 0;
    }
    Value i = pv_index(v);
    return i ? pv_int_to_ssize(i, out) : -1;
}

int pv_recursion_check(const char *where)
{
    if (pv_stack_check() == 0)
        return 0;
    pv_err_clear();
    pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
}

Value pv_seq_binop_error(const char *tname, Value other, bool mul)
{
    if (pv_type(other)->flags & PV_TPFLAG_HEAPTYPE)
        return pv_NotImplemented;
    if (mul)
        return pv_raise(&pv_exc_TypeError,
                        "can't multiply sequence by non-int of type '%T'", other);
    return pv_raise(&pv_exc_TypeError, "can only concatenate %s (not \"%T\") to %s",
                    tname, other, tname);
}
