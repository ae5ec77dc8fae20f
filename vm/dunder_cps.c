/* dunder_cps.c: continuation-passing entries (cont.h) of the builtins
 * that call one special method: len, bool, hash, repr, str, abs, format,
 * iter, next. When the object's class defines the dunder as a Python
 * function, the call becomes a request (the loop runs it as a frame: no
 * nested loop, no preemption); the continuation checks the result the
 * way the C slot does. Anything else takes the plain builtin (pv_call of
 * the callable itself), so semantics stay those of the plain entries. */
#include "cont.h"
#include "objimpl.h"
#include "str_impl.h"

/* The Python function obj's class gives for dunder `id`, or NULL. */
static Value py_dunder(Value obj, Value id)
{
    if (pv_is_small(obj) || !(obj->type->flags & PV_TPFLAG_HEAPTYPE))
        return NULL;
    Value m = pv_type_lookup(obj->type, id);
    return m && pv_type(m) == &pv_function_type ? m : NULL;
}

/* Exactly one positional argument and no keywords: the fast shape. */
static inline bool one_arg(size_t nargs, Value kwnames)
{
    return nargs == 1 && (!kwnames || pv_tuple_size(kwnames) == 0);
}

static Value request0(PvContFn fn, Value m, Value obj)
{
    PvCont *k = pv_cont_new(fn);
    if (!k)
        return NULL;
    k->a = obj;
    return pv_cont_call(k, m, &obj, 1);
}

/* ---- len ---- */

static Value len_got(PvCont *k, Value r)
{
    (void)k;
    if (!r)
        return NULL;
    ssize_t n = pv_len_from_result(r);
    return n < 0 ? NULL : pv_int_from_i64(n);
}

static Value cps_len(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = one_arg(nargs, kwnames) ? py_dunder(args[0], pv_id___len__) : NULL;
    return m ? request0(len_got, m, args[0]) : pv_call(self, args, nargs, kwnames);
}

/* ---- bool: __bool__, else __len__ ---- */

static Value bool_got(PvCont *k, Value r)
{
    (void)k;
    if (!r)
        return NULL;
    int b = pv_bool_from_result(r);
    return b < 0 ? NULL : pv_bool(b);
}

static Value bool_len_got(PvCont *k, Value r)
{
    (void)k;
    if (!r)
        return NULL;
    ssize_t n = pv_len_from_result(r);
    return n < 0 ? NULL : pv_bool(n > 0);
}

static Value cps_bool(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (one_arg(nargs, kwnames)) {
        Value m = py_dunder(args[0], pv_id___bool__);
        if (m)
            return request0(bool_got, m, args[0]);
        if (!pv_type_lookup(pv_type(args[0]), pv_id___bool__) &&
            (m = py_dunder(args[0], pv_id___len__)))
            return request0(bool_len_got, m, args[0]);
    }
    return pv_call(self, args, nargs, kwnames);
}

/* ---- hash ---- */

static Value hash_got(PvCont *k, Value r)
{
    (void)k;
    if (!r)
        return NULL;
    int64_t h = pv_hash_from_result(r);
    return h == -1 ? NULL : pv_int_from_i64(h);
}

static Value cps_hash(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = one_arg(nargs, kwnames) ? py_dunder(args[0], pv_id___hash__) : NULL;
    return m ? request0(hash_got, m, args[0]) : pv_call(self, args, nargs, kwnames);
}

/* ---- repr, str ---- */

static Value repr_got(PvCont *k, Value r)
{
    (void)k;
    return r ? pv_type_check_result_str(r, "__repr__") : NULL;
}

static Value str_got(PvCont *k, Value r)
{
    (void)k;
    return r ? pv_type_check_result_str(r, "__str__") : NULL;
}

static Value cps_repr(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = one_arg(nargs, kwnames) ? py_dunder(args[0], pv_id___repr__) : NULL;
    return m ? request0(repr_got, m, args[0]) : pv_call(self, args, nargs, kwnames);
}

/* str(x): a Python __str__, or object.__str__ falling back to a Python
 * __repr__ (the check names __str__ then too, as CPython's). */
static Value cps_str(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (one_arg(nargs, kwnames) && !pv_is_str(args[0])) {
        Value m = py_dunder(args[0], pv_id___str__);
        if (!m && pv_type_lookup(pv_type(args[0]), pv_id___str__) ==
                      pv_type_lookup(&pv_object_type, pv_id___str__))
            m = py_dunder(args[0], pv_id___repr__);
        if (m)
            return request0(str_got, m, args[0]);
    }
    return pv_call(self, args, nargs, kwnames);
}

/* ---- abs ---- */

static Value cps_abs(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = one_arg(nargs, kwnames) ? py_dunder(args[0], pv_id___abs__) : NULL;
    return m ? pv_cont_call(NULL, m, args, 1) : pv_call(self, args, nargs, kwnames);
}

/* ---- format ---- */

static Value format_got(PvCont *k, Value r)
{
    (void)k;
    if (r && !pv_is_str(r))
        return pv_raise(&pv_exc_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

static Value cps_format(Value self, Value *args, size_t nargs, Value kwnames)
{
    if ((nargs == 1 || nargs == 2) && (!kwnames || pv_tuple_size(kwnames) == 0) &&
        (nargs == 1 || pv_is_str(args[1]))) {
        Value m = py_dunder(args[0], pv_id___format__);
        if (m) {
            PvCont *k = pv_cont_new(format_got);
            if (!k)
                return NULL;
            Value a[2] = {args[0], nargs == 2 ? args[1] : pv_str_empty()};
            return pv_cont_call(k, m, a, 2);
        }
    }
    return pv_call(self, args, nargs, kwnames);
}

/* ---- iter, next ---- */

static Value iter_got(PvCont *k, Value r)
{
    (void)k;
    if (r && !pv_type(r)->iternext)
        return pv_raise(&pv_exc_TypeError, "iter() returned non-iterator of type '%T'", r);
    return r;
}

static Value cps_iter(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value m = one_arg(nargs, kwnames) ? py_dunder(args[0], pv_id___iter__) : NULL;
    return m ? request0(iter_got, m, args[0]) : pv_call(self, args, nargs, kwnames);
}

/* k->b: the default (NULL: none). */
static Value next_got(PvCont *k, Value r)
{
    if (r || !k->b || !pv_err_matches(&pv_exc_StopIteration))
        return r;
    pv_err_clear();
    return k->b;
}

static Value cps_next(Value self, Value *args, size_t nargs, Value kwnames)
{
    if ((nargs == 1 || nargs == 2) && (!kwnames || pv_tuple_size(kwnames) == 0)) {
        Value m = py_dunder(args[0], pv_id___next__);
        if (m) {
            PvCont *k = pv_cont_new(next_got);
            if (!k)
                return NULL;
            k->b = nargs == 2 ? args[1] : NULL;
            return pv_cont_call(k, m, args, 1);
        }
    }
    return pv_call(self, args, nargs, kwnames);
}

void pv_dunder_cps_init(void)
{
    static const struct { const char *name; PvCallFn fn; } tab[] = {
        {"len", cps_len}, {"hash", cps_hash}, {"repr", cps_repr}, {"abs", cps_abs},
        {"format", cps_format}, {"iter", cps_iter}, {"next", cps_next},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        pv_cont_register(pv_dict_get_str(pv_builtins_dict, tab[i].name), tab[i].fn);
    pv_cont_register((Value)&pv_bool_type, cps_bool);
    pv_cont_register((Value)&pv_str_type, cps_str);
}
