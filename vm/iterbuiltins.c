/* iterbuiltins.c: the built-in functions over iterables: len, sorted,
 * min, max, sum, all, any, iter, next (the pv_builtins_iter table). Those
 * that call Python code (key functions, Python iterators) are written in
 * continuation-passing style (cont.h):
 * the interpreter loop runs them without nesting itself; C callers get
 * the plain entries (pv_cont_sync). The lazy iterator types enumerate,
 * zip, map and filter: lazyiter.c. */
#include "cont.h"

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

/* ---- sorted ---- */

static Value sorted_sorted(PvCont *k, Value v)
{
    return v ? k->a : NULL;
}

static Value sorted_listed(PvCont *k, Value l)
{
    if (!l)
        return NULL;
    k->a = l;
    k->fn = sorted_sorted;
    Value *kw = k->b ? pv_tuple_items(k->b) : NULL;
    Value r = pv_list_sort_call(l, kw, 0, k->c);
    return r == PV_REQUEST ? pv_cont_then(r, k) : sorted_sorted(k, r);
}

static Value cps_sorted(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (nargs != 1)
        return pv_raise(&pv_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    PvCont *k = pv_cont_new(sorted_listed);
    if (!k)
        return NULL;
    if (kwnames && pv_tuple_size(kwnames)) {
        if (!(k->b = pv_tuple_from(args + 1, pv_tuple_size(kwnames))))
            return NULL;
        k->c = kwnames;
    }
    Value l = pv_cont_list(args[0]);
    return l == PV_REQUEST ? pv_cont_then(l, k) : sorted_listed(k, l);
}

/* ---- min, max ---- */

/* min/max state (a drain, cont.h): a the iterator, b the key or NULL, c
 * the item whose key or comparison is asked for ((item, key) for the
 * latter), d the list [best, bestkey, default], op PV_LT/PV_GT. */
static Value mm_compared(PvCont *k, Value r);

/* Take item x with key `key`: 0 done, 1 a request (a Python __lt__ & co.)
 * is pending for k, -1 error. */
static int mm_consider(PvCont *k, Value x, Value key)
{
    Value *bk = pv_list_items(k->d);
    if (!bk[0]) {
        bk[0] = x;
        bk[1] = key;
        return 0;
    }
    int r;
    if (pv_is_small(key) && pv_is_small(bk[1])) {
        r = k->op == PV_LT ? pv_small_val(key) < pv_small_val(bk[1])
                           : pv_small_val(key) > pv_small_val(bk[1]);
    } else {
        Value c = pv_cont_compare(key, bk[1], k->op);
        if (c == PV_REQUEST) {
            if (!(k->c = pv_tuple_pack(2, x, key)))
                return -1;
            k->fn = mm_compared;
            pv_cont_then(c, k);
            return 1;
        }
        r = c == pv_True ? 1 : c == pv_False ? 0 : c ? pv_truthy(c) : -1;
    }
    if (r < 0)
        return -1;
    if (r) {
        bk[0] = x;
        bk[1] = key;
    }
    return 0;
}

static Value mm_compared(PvCont *k, Value c)
{
    int r = c == pv_True ? 1 : c == pv_False ? 0 : c ? pv_truthy(c) : -1;
    if (r < 0)
        return NULL;
    if (r) {
        Value *bk = pv_list_items(k->d);
        bk[0] = pv_tuple_items(k->c)[0];
        bk[1] = pv_tuple_items(k->c)[1];
    }
    return pv_cont_drain_more(k);
}

static Value mm_keyed(PvCont *k, Value key)
{
    if (!key)
        return NULL;
    int r = mm_consider(k, k->c, key);
    if (r)
        return r < 0 ? NULL : PV_REQUEST;
    return pv_cont_drain_more(k);
}

static int mm_item(PvCont *k, Value x)
{
    if (!k->b)
        return mm_consider(k, x, x);
    Value kv = pv_cont_call_of(NULL, k->b, &x, 1);
    if (kv == PV_REQUEST) {
        k->c = x;
        k->fn = mm_keyed;
        pv_cont_then(kv, k);
        return 1;
    }
    return kv ? mm_consider(k, x, kv) : -1;
}

static Value mm_done(PvCont *k)
{
    Value *bk = pv_list_items(k->d);
    if (bk[0])
        return bk[0];
    if (bk[2])
        return bk[2];
    return pv_raise(&pv_exc_ValueError, "%s() arg is an empty sequence",
                    k->op == PV_LT ? "min" : "max");
}

static const PvDrainOps minmax_ops = {mm_item, mm_done};

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
    Value src = nargs == 1 ? args[0] : pv_tuple_from(args, nargs);
    PvCont *k = src ? pv_cont_new(NULL) : NULL;
    if (!k || !(k->d = pv_list_new(3)))
        return NULL;
    Value *bk = pv_list_items(k->d);
    bk[0] = bk[1] = NULL;
    bk[2] = dflt;
    k->b = key;
    k->op = op;
    return pv_cont_drain_iterable(k, src, &minmax_ops);
}

static Value cps_min(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    return minmax("min", PV_LT, args, nargs, kwnames);
}

static Value cps_max(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    return minmax("max", PV_GT, args, nargs, kwnames);
}

/* ---- sum ---- */

/* Adds x to the running sum k->b; small ints and floats are summed in C
 * (k->op: 1 small int accumulator in k->i, 2 float in k->c as a float). */
static int sum_item(PvCont *k, Value x)
{
    if (k->op == 1) {
        int64_t s;
        if (pv_is_small(x) && !__builtin_add_overflow((int64_t)k->i, pv_small_val(x), &s) &&
            pv_fits_small(s)) {
            k->i = s;
            return 0;
        }
        Value acc = pv_int_from_i64(k->i);
        if (!acc)
            return -1;
        k->op = 0;
        k->b = acc;
        if (pv_is_type(x, &pv_float_type)) {
            k->b = pv_float_new((double)k->i);
            if (!k->b)
                return -1;
            k->op = 2;
        }
    }
    if (k->op == 2) {
        if (pv_is_type(x, &pv_float_type)) {
            ((PvFloat *)k->b)->value += pv_float_val(x);
            return 0;
        }
        if (pv_is_small(x)) {
            ((PvFloat *)k->b)->value += (double)pv_small_val(x);
            return 0;
        }
        k->op = 0;
    }
    Value r = pv_binop(k->b, x, PV_OP_ADD);
    if (!r)
        return -1;
    k->b = r;
    return 0;
}

static Value sum_done(PvCont *k)
{
    return k->op == 1 ? pv_int_from_i64(k->i) : k->b;
}

static const PvDrainOps sum_ops = {sum_item, sum_done};

static Value cps_sum(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"start", NULL};
    (void)self;
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
    if (pv_is_str(result))
        return pv_raise(&pv_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (pv_isinst(result, &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (pv_isinst(result, &pv_bytearray_type))
        return pv_raise(&pv_exc_TypeError,
                        "sum() can't sum bytearray [use b''.join(seq) instead]");
    PvCont *k = pv_cont_new(NULL);
    if (!k)
        return NULL;
    k->b = result;
    if (pv_is_small(result)) {
        k->op = 1;
        k->i = pv_small_val(result);
    } else if (pv_is_type(result, &pv_float_type)) {
        /* a private float accumulator, never seen by Python until done */
        if (!(k->b = pv_float_new(pv_float_val(result))))
            return NULL;
        k->op = 2;
    }
    return pv_cont_drain_iterable(k, args[0], &sum_ops);
}

/* ---- all, any ---- */

static int allany_item(PvCont *k, Value x)
{
    int r = pv_truthy(x);
    if (r < 0)
        return -1;
    if ((bool)r != (bool)k->op)
        return 0;
    k->b = pv_bool(k->op);
    k->a = pv_iter(pv_empty_tuple); /* stop: the next next() ends */
    return k->a ? 0 : -1;
}

static Value allany_done(PvCont *k)
{
    return k->b;
}

static const PvDrainOps allany_ops = {allany_item, allany_done};

static Value all_any(const char *name, bool want, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one(name, nargs, kwnames) < 0)
        return NULL;
    PvCont *k = pv_cont_new(NULL);
    if (!k)
        return NULL;
    k->op = want;
    k->b = pv_bool(!want);
    return pv_cont_drain_iterable(k, args[0], &allany_ops);
}

static Value cps_all(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    return all_any("all", false, args, nargs, kwnames);
}

static Value cps_any(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    return all_any("any", true, args, nargs, kwnames);
}

/* The plain entries of the table. */
#define SYNC_ENTRY(name)                                                          \
    static Value bi_##name(Value self, Value *args, size_t nargs, Value kwnames)  \
    {                                                                             \
        return pv_cont_sync(cps_##name(self, args, nargs, kwnames));              \
    }
SYNC_ENTRY(sorted)
SYNC_ENTRY(min)
SYNC_ENTRY(max)
SYNC_ENTRY(sum)
SYNC_ENTRY(all)
SYNC_ENTRY(any)
#undef SYNC_ENTRY

void pv_iter_cps_init(void)
{
    static const struct { const char *name; PvCallFn fn; } tab[] = {
        {"sorted", cps_sorted}, {"min", cps_min}, {"max", cps_max},
        {"sum", cps_sum}, {"all", cps_all}, {"any", cps_any},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        pv_cont_register(pv_dict_get_str(pv_builtins_dict, tab[i].name), tab[i].fn);
    pv_cont_register((Value)&pv_map_type, pv_lazyiter_new);
    pv_cont_register((Value)&pv_filter_type, pv_lazyiter_new);
    pv_cont_register((Value)&pv_zip_type, pv_lazyiter_new);
    pv_cont_register((Value)&pv_enumerate_type, pv_lazyiter_new);
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
