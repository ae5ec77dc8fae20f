/* sort.c: list.sort, a stable natural merge sort in the spirit of timsort.
 *
 * Runs already in order (or strictly descending, reversed in place) are
 * found, short ones extended to `minrun` by binary insertion, and merged
 * with timsort's stack invariants, so sorted and reversed inputs cost O(n)
 * and anything costs O(n log n). Only `<` is used. A comparison error
 * stops the sort, leaving the list a permutation of its items. While the
 * sort runs the list is empty; if it is found non-empty at the end,
 * something modified it: ValueError. All Value arrays are owned by GC
 * objects (temporary lists), since key functions and __lt__ may collect. */
#include "cont.h"
#include <string.h>

typedef int (*LtFn)(Value a, Value b);

typedef struct {
    Value *keys;   /* compared */
    Value *vals;   /* moved along with keys, or NULL (keys are the items) */
    Value *tk, *tv; /* temporary arrays of n/2 + 1 */
    LtFn lt;
} Sorter;

static int lt_generic(Value a, Value b) { return pv_compare_bool(a, b, PV_LT); }
static int lt_small(Value a, Value b) { return pv_small_val(a) < pv_small_val(b); }
static int lt_float(Value a, Value b) { return pv_float_val(a) < pv_float_val(b); }

/* UTF-8 byte order is code point order. */
static int lt_str(Value a, Value b)
{
    size_t na = pv_str_size(a), nb = pv_str_size(b);
    int c = memcmp(pv_str_data(a), pv_str_data(b), na < nb ? na : nb);
    return c < 0 || (c == 0 && na < nb);
}

static inline bool exact_str(Value v)
{
    return !pv_is_small(v) && v->type == &pv_str_type;
}

/* Tuple keys, as tuple < tuple: the first unequal items decide, with the
 * small int and str cases done here. */
static int lt_tuple(Value a, Value b)
{
    size_t na = pv_tuple_size(a), nb = pv_tuple_size(b), n = na < nb ? na : nb;
    for (size_t i = 0; i < n; i++) {
        Value p = pv_tuple_items(a)[i], q = pv_tuple_items(b)[i];
        if (p == q)
            continue;
        if (pv_is_small(p) && pv_is_small(q))
            return pv_small_val(p) < pv_small_val(q);
        if (exact_str(p) && exact_str(q)) {
            if (pv_str_eq(p, q))
                continue;
            return lt_str(p, q);
        }
        int r = pv_eq(p, q);
        if (r < 0)
            return -1;
        if (!r)
            return pv_compare_bool(p, q, PV_LT);
    }
    return na < nb;
}

/* The fastest comparison valid for every key. */
static LtFn choose_lt(Value *keys, size_t n)
{
    bool small = true, str = true, flt = true, tup = true;
    for (size_t i = 0; i < n && (small || str || flt || tup); i++) {
        Value k = keys[i];
        if (!pv_is_small(k))
            small = false;
        if (pv_is_small(k) || k->type != &pv_str_type)
            str = false;
        if (pv_is_small(k) || k->type != &pv_float_type)
            flt = false;
        if (pv_is_small(k) || k->type != &pv_tuple_type)
            tup = false;
    }
    return small ? lt_small : str ? lt_str : flt ? lt_float : tup ? lt_tuple : lt_generic;
}

static inline void swap_at(Sorter *s, size_t i, size_t j)
{
    Value t = s->keys[i];
    s->keys[i] = s->keys[j];
    s->keys[j] = t;
    if (s->vals) {
        t = s->vals[i];
        s->vals[i] = s->vals[j];
        s->vals[j] = t;
    }
}

static void reverse_range(Sorter *s, size_t lo, size_t hi)
{
    while (lo + 1 < hi)
        swap_at(s, lo++, --hi);
}

/* Sort [lo, hi) by binary insertion, knowing [lo, start) is sorted. */
static int binary_insertion(Sorter *s, size_t lo, size_t hi, size_t start)
{
    for (size_t i = start; i < hi; i++) {
        Value pk = s->keys[i];
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = s->lt(pk, s->keys[m]);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(s->keys + l + 1, s->keys + l, (i - l) * sizeof(Value));
        s->keys[l] = pk;
        if (s->vals) {
            Value pv = s->vals[i];
            memmove(s->vals + l + 1, s->vals + l, (i - l) * sizeof(Value));
            s->vals[l] = pv;
        }
    }
    return 0;
}

/* Length of the run at lo (reversed in place if strictly descending). */
static ssize_t count_run(Sorter *s, size_t lo, size_t hi)
{
    if (hi - lo < 2)
        return (ssize_t)(hi - lo);
    size_t i = lo + 1;
    int c = s->lt(s->keys[i], s->keys[lo]);
    if (c < 0)
        return -1;
    if (c) {
        for (i++; i < hi; i++) {
            c = s->lt(s->keys[i], s->keys[i - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        reverse_range(s, lo, i);
    } else {
        for (i++; i < hi; i++) {
            c = s->lt(s->keys[i], s->keys[i - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return (ssize_t)(i - lo);
}

/* First index in [lo, hi) whose key k has x < k (right), or not k < x
 * (left); hi if none. -1 on error. */
static ssize_t bisect(Sorter *s, Value x, size_t lo, size_t hi, bool right)
{
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        int c = right ? s->lt(x, s->keys[m]) : s->lt(s->keys[m], x);
        if (c < 0)
            return -1;
        if (right ? c : !c)
            hi = m;
        else
            lo = m + 1;
    }
    return (ssize_t)lo;
}

/* Merge the sorted runs [lo, mid) and [mid, hi). */
static int merge(Sorter *s, size_t lo, size_t mid, size_t hi)
{
    /* A's items <= B[0] and B's items >= A[last] are already in place */
    ssize_t k = bisect(s, s->keys[mid], lo, mid, true);
    if (k < 0)
        return -1;
    lo = (size_t)k;
    if (lo == mid)
        return 0;
    k = bisect(s, s->keys[mid - 1], mid, hi, false);
    if (k < 0)
        return -1;
    hi = (size_t)k;
    size_t na = mid - lo, nb = hi - mid;
    int rc = 0;
    if (na <= nb) {
        /* copy A out, merge forwards */
        size_t i = 0, j = mid, w = lo;
        memcpy(s->tk, s->keys + lo, na * sizeof(Value));
        if (s->vals)
            memcpy(s->tv, s->vals + lo, na * sizeof(Value));
        while (i < na && j < hi) {
            int c = s->lt(s->keys[j], s->tk[i]);
            if (c < 0) {
                rc = -1;
                break;
            }
            size_t from = c ? j++ : i++;
            s->keys[w] = c ? s->keys[from] : s->tk[from];
            if (s->vals)
                s->vals[w] = c ? s->vals[from] : s->tv[from];
            w++;
        }
        /* the rest of A fills the gap exactly, also after an error */
        memcpy(s->keys + w, s->tk + i, (na - i) * sizeof(Value));
        if (s->vals)
            memcpy(s->vals + w, s->tv + i, (na - i) * sizeof(Value));
    } else {
        /* copy B out, merge backwards */
        size_t i = mid, j = nb, w = hi; /* one past the next item of each */
        memcpy(s->tk, s->keys + mid, nb * sizeof(Value));
        if (s->vals)
            memcpy(s->tv, s->vals + mid, nb * sizeof(Value));
        while (i > lo && j > 0) {
            int c = s->lt(s->tk[j - 1], s->keys[i - 1]);
            if (c < 0) {
                rc = -1;
                break;
            }
            w--;
            if (c) {
                i--;
                s->keys[w] = s->keys[i];
                if (s->vals)
                    s->vals[w] = s->vals[i];
            } else {
                j--;
                s->keys[w] = s->tk[j];
                if (s->vals)
                    s->vals[w] = s->tv[j];
            }
        }
        memcpy(s->keys + w - j, s->tk, j * sizeof(Value));
        if (s->vals)
            memcpy(s->vals + w - j, s->tv, j * sizeof(Value));
    }
    return rc;
}

static size_t min_run(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

typedef struct { size_t base, len; } Run;

static int merge_at(Sorter *s, Run *runs, size_t *nruns, size_t i)
{
    Run a = runs[i], b = runs[i + 1];
    runs[i].len = a.len + b.len;
    if (i + 2 < *nruns)
        runs[i + 1] = runs[i + 2];
    (*nruns)--;
    return merge(s, a.base, b.base, b.base + b.len);
}

static int merge_collapse(Sorter *s, Run *r, size_t *n)
{
    while (*n > 1) {
        size_t i = *n - 2;
        if ((i > 0 && r[i - 1].len <= r[i].len + r[i + 1].len) ||
            (i > 1 && r[i - 2].len <= r[i - 1].len + r[i].len)) {
            if (r[i - 1].len < r[i + 1].len)
                i--;
        } else if (r[i].len > r[i + 1].len) {
            break;
        }
        if (merge_at(s, r, n, i) < 0)
            return -1;
    }
    return 0;
}

static int sort_array(Sorter *s, size_t n)
{
    Run runs[96];
    size_t nruns = 0, minrun = min_run(n), lo = 0;
    while (lo < n) {
        ssize_t len = count_run(s, lo, n);
        if (len < 0)
            return -1;
        if ((size_t)len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + (size_t)len) < 0)
                return -1;
            len = (ssize_t)force;
        }
        runs[nruns++] = (Run){lo, (size_t)len};
        if (merge_collapse(s, runs, &nruns) < 0)
            return -1;
        lo += (size_t)len;
    }
    while (nruns > 1) {
        size_t i = nruns - 2;
        if (i > 0 && runs[i - 1].len < runs[i + 1].len)
            i--;
        if (merge_at(s, runs, &nruns, i) < 0)
            return -1;
    }
    return 0;
}

static void reverse_values(Value *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++) {
        j--;
        Value t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* list.sort in continuation-passing style (cont.h): key calls of Python
 * functions are requests. k: a the list, b `hold` (the items while the
 * list looks empty), c the keys (a list) or NULL, d the key function, i
 * the next item to key, op reverse. */
static Value sort_finish(PvCont *k, int rc)
{
    PvList *l = (PvList *)k->a, *h = (PvList *)k->b;
    size_t n = h->size;
    Value tmpk = NULL, tmpv = NULL;
    if (rc == 0 && n > 1) {
        Sorter s = {h->items, NULL, NULL, NULL, NULL};
        if (k->c) {
            s.keys = pv_list_items(k->c);
            s.vals = h->items;
        }
        if (!(tmpk = pv_list_new(n / 2 + 1)) || (k->c && !(tmpv = pv_list_new(n / 2 + 1)))) {
            rc = -1;
        } else {
            s.tk = pv_list_items(tmpk);
            s.tv = tmpv ? pv_list_items(tmpv) : NULL;
            s.lt = choose_lt(s.keys, n);
            if (k->op) {
                reverse_values(s.keys, n);
                if (s.vals)
                    reverse_values(s.vals, n);
            }
            rc = sort_array(&s, n);
            if (k->op) {
                reverse_values(s.keys, n);
                if (s.vals)
                    reverse_values(s.vals, n);
            }
        }
    }
    bool modified = l->items || l->size;
    if (l->items)
        pv_mem_free(l->items, l->cap * sizeof(Value));
    l->items = h->items;
    l->size = h->size;
    l->cap = h->cap;
    h->items = NULL;
    h->size = h->cap = 0;
    if (modified && rc == 0) {
        pv_raise(&pv_exc_ValueError, "list modified during sort");
        rc = -1;
    }
    /* the sorter used these lists' arrays: keep the lists alive till here */
    __asm__ volatile("" : : "g"(tmpk), "g"(tmpv) : "memory");
    return rc == 0 ? pv_None : NULL;
}

static Value sort_keyed(PvCont *k, Value kv);

static Value sort_keys(PvCont *k)
{
    PvList *h = (PvList *)k->b;
    for (; (size_t)k->i < h->size; k->i++) {
        Value kv = pv_cont_call_of(NULL, k->d, &h->items[k->i], 1);
        if (kv == PV_REQUEST) {
            k->fn = sort_keyed;
            return pv_cont_then(kv, k);
        }
        if (!kv)
            return sort_finish(k, -1);
        pv_list_items(k->c)[k->i] = kv;
    }
    return sort_finish(k, 0);
}

static Value sort_keyed(PvCont *k, Value kv)
{
    if (!kv)
        return sort_finish(k, -1);
    pv_list_items(k->c)[k->i++] = kv;
    return sort_keys(k);
}

Value pv_list_sort_cps(Value list, Value key, bool reverse)
{
    PvList *l = (PvList *)list;
    PvCont *k = pv_cont_new(NULL);
    Value hold = k ? pv_list_new(0) : NULL;
    if (!hold)
        return NULL;
    /* the items move to `hold`; the list looks empty meanwhile */
    PvList *h = (PvList *)hold;
    h->items = l->items;
    h->size = l->size;
    h->cap = l->cap;
    l->items = NULL;
    l->size = l->cap = 0;
    k->a = list;
    k->b = hold;
    k->op = reverse;
    if (!key || !h->size) /* CPython calls key even for one item */
        return sort_finish(k, 0);
    k->d = key;
    if (!(k->c = pv_list_new(h->size)))
        return sort_finish(k, -1);
    return sort_keys(k);
}

int pv_list_sort(Value list, Value key, bool reverse)
{
    return pv_cont_sync(pv_list_sort_cps(list, key, reverse)) ? 0 : -1;
}

/* list.sort(*, key=None, reverse=False) */
Value pv_list_sort_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value key = pv_None, rev = pv_False;
    if (nargs)
        return pv_raise(&pv_exc_TypeError, "sort() takes no positional arguments");
    size_t nk = kwnames ? pv_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++) {
        Value k = pv_tuple_items(kwnames)[i];
        if (pv_str_eq_cstr(k, "key"))
            key = args[i];
        else if (pv_str_eq_cstr(k, "reverse"))
            rev = args[i];
        else
            return pv_raise(&pv_exc_TypeError,
                            "'%S' is an invalid keyword argument for sort()", k);
    }
    Value r = pv_index(rev); /* an int parameter in CPython */
    if (!r)
        return NULL;
    return pv_list_sort_cps(self, key == pv_None ? NULL : key, pv_int_sign(r) != 0);
}
