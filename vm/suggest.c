/* suggest.c: "Did you mean: 'x'?" for AttributeError and NameError, with
 * CPython 3.11's edit distance (case changes are cheaper than other edits)
 * and its limits, so the same names are suggested. */
#include "objimpl.h"
#include <string.h>

#define MAX_CANDIDATES 750
#define MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static int subst_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
    if (na == nb && memcmp(a, b, na) == 0)
        return 0;
    while (na && nb && a[0] == b[0]) {
        a++; b++; na--; nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--; nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING || nb > MAX_STRING)
        return max + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * MOVE_COST > max)
        return max + 1;
    size_t buf[MAX_STRING];
    for (size_t i = 0; i < na; i++)
        buf[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char c = b[bi];
        size_t dist = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t sub = dist + (size_t)subst_cost(c, a[i]);
            dist = buf[i];
            size_t insdel = (result < dist ? result : dist) + MOVE_COST;
            result = insdel < sub ? insdel : sub;
            buf[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max)
            return max + 1;
    }
    return result;
}

Value pv_suggest_name(Value candidates, Value name)
{
    if (!pv_isinst(candidates, &pv_list_type) || !pv_is_str(name))
        return NULL;
    size_t n = pv_list_size(candidates);
    if (n >= MAX_CANDIDATES)
        return NULL;
    Value best = NULL;
    size_t best_dist = SIZE_MAX;
    size_t nlen = pv_str_size(name);
    for (size_t i = 0; i < n; i++) {
        Value item = pv_list_items(candidates)[i];
        if (!pv_is_str(item) || pv_str_eq(item, name))
            continue;
        size_t ilen = pv_str_size(item);
        size_t max = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max)
            max = best_dist - 1;
        size_t d = distance(pv_str_data(name), nlen, pv_str_data(item), ilen, max);
        if (d > max)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

Value pv_attr_suggestion(Value exc)
{
    if (!exc || !pv_isinst(exc, &pv_exc_AttributeError))
        return NULL;
    Value saved = pv_err_fetch();
    Value name = pv_getattr_opt(exc, pv_intern("name"));
    Value obj = name ? pv_getattr_opt(exc, pv_intern("obj")) : NULL;
    Value r = NULL;
    if (name && obj && obj != pv_None && pv_is_str(name)) {
        Value d = pv_dir(obj);
        if (d)
            r = pv_suggest_name(d, name);
    }
    pv_err_restore(saved);
    return r;
}

/* NameError: the names of the frame where it was raised (its code's local
 * variables, then its globals, then its builtins), as CPython 3.11. */
Value pv_name_suggestion(Value exc)
{
    if (!exc || !pv_isinst(exc, &pv_exc_NameError))
        return NULL;
    Value saved = pv_err_fetch();
    Value r = NULL;
    Value name = pv_getattr_opt(exc, pv_intern("name"));
    Value tb = name && pv_is_str(name) ? pv_getattr_opt(exc, pv_intern("__traceback__")) : NULL;
    for (Value next; tb && tb != pv_None && (next = pv_getattr_opt(tb, pv_intern("tb_next"))) &&
                     next != pv_None;)
        tb = next;
    Value frame = tb && tb != pv_None ? pv_getattr_opt(tb, pv_intern("tb_frame")) : NULL;
    if (frame && frame != pv_None) {
        Value code = pv_getattr_opt(frame, pv_intern("f_code"));
        Value vars = code ? pv_getattr_opt(code, pv_intern("co_varnames")) : NULL;
        const char *scopes[] = {"f_globals", "f_builtins"};
        Value list = vars ? pv_sequence_list(vars) : NULL;
        r = list ? pv_suggest_name(list, name) : NULL;
        for (int i = 0; !r && i < 2; i++) {
            Value d = pv_getattr_opt(frame, pv_intern(scopes[i]));
            if (d && pv_isinst(d, &pv_module_type))
                d = pv_getattr_opt(d, pv_intern("__dict__"));
            list = d && pv_isinst(d, &pv_dict_type) ? pv_dict_keys_list(d) : NULL;
            r = list ? pv_suggest_name(list, name) : NULL;
        }
    }
    pv_err_restore(saved);
    return r;
}
