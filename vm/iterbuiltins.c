/* iterbuiltins.c: the built-in functions over iterables: len, sorted,
 * min, max, sum, all, any, iter, next (the pv_builtins_iter table). */
#include "pv.h"

static Value bi_len(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("len", nargs, kwnames) < 0)
        return NULL;
    ssize_t n = pv_len(args[0]);
    return n < 0 ? NULL : pv_int_from_i64(n);
}

/* Keyword arguments allowed by name; others are CPython's
 * "'x' is an invalid keyword argument for f()". */
static int get_kwargs(const char *fname, Value *args, size_t nargs, Value kwnames,
                      const char *const *names, Value *out)
{
    size_t nk = kwnames ? pv_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++) {
        Value k = pv_tuple_items(kwnames)[i];
        size_t j = 0;
        for (; names[j]; j++)
            if (pv_str_eq_cstr(k, names[j]))
                break;
        if (!names[j]) {
            pv_raise(&pv_exc_TypeError, "'%S' is an invalid keyword argument for %s()", k,
                     fname);
            return -1;
        }
        out[j] = args[nargs + i];
    }
    return 0;
}

static Value bi_sorted(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (nargs != 1)
        return pv_raise(&pv_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Value l = pv_list_new(0);
    if (!l || pv_list_extend(l, args[0]) < 0 ||
        !pv_list_sort_method(l, args + 1, 0, kwnames))
        return NULL;
    return l;
}

/* min() (op PV_LT) and max() (op PV_GT). */
static Value minmax(const char *name, int op, Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"key", "default", NULL};
    Value kw[2] = {pv_None, NULL};
    if (nargs == 0)
        return pv_raise(&pv_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (get_kwargs(name, args, nargs, kwnames, names, kw) < 0)
        return NULL;
    Value key = kw[0] == pv_None ? NULL : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt)
        return pv_raise(&pv_exc_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    Value src = nargs == 1 ? args[0] : NULL;
    Value it = src ? pv_iter(src) : NULL;
    if (src && !it)
        return NULL;
    Value best = NULL, bestkey = NULL;
    for (size_t i = 0;; i++) {
        Value x;
        if (it) {
            if (!(x = pv_next(it))) {
                if (pv_err_occurred())
                    return NULL;
                break;
            }
        } else {
            if (i == nargs)
                break;
            x = args[i];
        }
        Value k = key ? pv_call1(key, x) : x;
        if (!k)
            return NULL;
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int r;
        if (pv_is_small(k) && pv_is_small(bestkey))
            r = op == PV_LT ? pv_small_val(k) < pv_small_val(bestkey)
                            : pv_small_val(k) > pv_small_val(bestkey);
        else
            r = pv_compare_bool(k, bestkey, op);
        if (r < 0)
            return NULL;
        if (r) {
            best = x;
            bestkey = k;
        }
    }
    if (best)
        return best;
    if (dflt)
        return dflt;
    return pv_raise(&pv_exc_ValueError, "%s() arg is an empty sequence", name);
}

static Value bi_min(Value self, Value *args, size_t nargs, Value kwnames)
{
    return minmax("min", PV_LT, args, nargs, kwnames);
}

static Value bi_max(Value self, Value *args, size_t nargs, Value kwnames)
{
    return minmax("max", PV_GT, args, nargs, kwnames);
}

static Value bi_sum(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"start", NULL};
    Value result = pv_small(0);
    if (nargs == 0)
        return pv_raise(&pv_exc_TypeError,
                        "sum() takes at least 1 positional argument (0 given)");
    if (nargs > 2)
        return pv_raise(&pv_exc_TypeError, "sum() takes at most 2 arguments (%zu given)",
                        nargs + (kwnames ? pv_tuple_size(kwnames) : 0));
    if (nargs == 2)
        result = args[1];
    if (get_kwargs("sum", args, nargs, kwnames, names, &result) < 0)
        return NULL;
    Value iterable = args[0];
    if (pv_is_str(result))
        return pv_raise(&pv_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (pv_isinst(result, &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (pv_isinst(result, &pv_bytearray_type))
        return pv_raise(&pv_exc_TypeError,
                        "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = pv_iter(iterable);
    if (!it)
        return NULL;
    Value x;
    /* small ints: add in C until something else (or overflow) shows up */
    if (pv_is_small(result)) {
        int64_t acc = pv_small_val(result);
        while ((x = pv_next(it))) {
            int64_t s;
            if (pv_is_small(x) && !__builtin_add_overflow(acc, pv_small_val(x), &s) &&
                pv_fits_small(s)) {
                acc = s;
                continue;
            }
            result = pv_binop(pv_int_from_i64(acc), x, PV_OP_ADD);
            if (!result)
                return NULL;
            break;
        }
        if (!x)
            return pv_err_occurred() ? NULL : pv_int_from_i64(acc);
    }
    /* floats (and small ints mixed in): plain double additions, as 3.11 */
    if (pv_is_type(result, &pv_float_type)) {
        double acc = pv_float_val(result);
        while ((x = pv_next(it))) {
            if (pv_is_type(x, &pv_float_type)) {
                acc += pv_float_val(x);
                continue;
            }
            if (pv_is_small(x)) {
                acc += (double)pv_small_val(x);
                continue;
            }
            result = pv_binop(pv_float_new(acc), x, PV_OP_ADD);
            if (!result)
                return NULL;
            break;
        }
        if (!x)
            return pv_err_occurred() ? NULL : pv_float_new(acc);
    }
    while ((x = pv_next(it)))
        if (!(result = pv_binop(result, x, PV_OP_ADD)))
            return NULL;
    return pv_err_occurred() ? NULL : result;
}

static Value all_any(const char *name, bool want, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one(name, nargs, kwnames) < 0)
        return NULL;
    Value it = pv_iter(args[0]);
    if (!it)
        return NULL;
    Value x;
    while ((x = pv_next(it))) {
        int r = pv_truthy(x);
        if (r < 0)
            return NULL;
        if ((bool)r == want)
            return pv_bool(want);
    }
    return pv_err_occurred() ? NULL : pv_bool(!want);
}

static Value bi_all(Value self, Value *args, size_t nargs, Value kwnames)
{
    return all_any("all", false, args, nargs, kwnames);
}

static Value bi_any(Value self, Value *args, size_t nargs, Value kwnames)
{
    return all_any("any", true, args, nargs, kwnames);
}

static Value bi_iter(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("iter", kwnames) < 0 || pv_check_nargs("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return pv_iter(args[0]);
    if (!pv_type(args[0])->call)
        return pv_raise(&pv_exc_TypeError, "iter(v, w): v must be callable");
    return pv_calliter_new(args[0], args[1]);
}

static Value bi_next(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("next", kwnames) < 0 || pv_check_nargs("next", nargs, 1, 2) < 0)
        return NULL;
    if (!pv_type(args[0])->iternext)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not an iterator", args[0]);
    /* the slot itself, so a generator's StopIteration(value) gets through */
    Value v = pv_type(args[0])->iternext(args[0]);
    if (v)
        return v;
    if (pv_err_occurred()) {
        if (nargs < 2 || !pv_err_matches(&pv_exc_StopIteration))
            return NULL;
        pv_err_clear();
    }
    if (nargs > 1)
        return args[1];
    return pv_raise_stop_iteration(pv_None);
}

const PvMethodDef pv_builtins_iter[] = {
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"sorted", bi_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"min", bi_min, 0, "With a single iterable argument, return its smallest item."},
    {"max", bi_max, 0, "With a single iterable argument, return its biggest item."},
    {"sum", bi_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."},
    {"all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"iter", bi_iter, 0, "Get an iterator from an object."},
    {"next", bi_next, 0, "Return the next item from the iterator."},
    {NULL, NULL, 0, NULL},
};
