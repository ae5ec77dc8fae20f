/* str_methods.c: the methods of str. Searching works on the UTF-8 bytes
 * (a valid needle only matches at code-point boundaries); indices are
 * converted between code points and bytes at the edges. */
#define _GNU_SOURCE /* memmem, memrchr */
#include <string.h>
#include <stdlib.h>
#include "str_impl.h"

#define D(s) pv_str_data(s)
#define N(s) pv_str_size(s)

/* ---- search helpers (shared with bytes) ---- */

ssize_t pv_mem_find(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    if (nn == 1) {
        const char *p = memchr(h, n[0], hn);
        return p ? p - h : -1;
    }
    const char *p = memmem(h, hn, n, nn);
    return p ? p - h : -1;
}

ssize_t pv_mem_rfind(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn) return -1;
    if (nn == 0) return (ssize_t)hn;
    if (nn == 1) {
        const char *p = memrchr(h, n[0], hn);
        return p ? p - h : -1;
    }
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) return (ssize_t)i;
    return -1;
}

size_t pv_mem_count(const char *h, size_t hn, const char *n, size_t nn, size_t max)
{
    size_t c = 0, i = 0;
    if (nn == 0) return hn + 1 < max ? hn + 1 : max;
    while (c < max) {
        ssize_t f = pv_mem_find(h + i, hn - i, n, nn);
        if (f < 0) break;
        c++;
        i += f + nn;
    }
    return c;
}

/* The argument-count messages of PyArg_ParseTuple (find, count, ...). */
int pv_old_nargs(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        pv_raise(&pv_exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
                 min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        pv_raise(&pv_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                 max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}
#define old_nargs pv_old_nargs

void pv_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len)
{
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static int slice_index(Value v, ssize_t *out)
{
    if (v == pv_None) return 0;
    if (!pv_is_int(v) && !pv_type(v)->index) {
        pv_raise(&pv_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = pv_index(v);
    if (!i) return -1;
    int64_t n;
    if (pv_int_to_i64(i, &n) < 0) {
        pv_err_clear();
        n = pv_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    *out = (ssize_t)n;
    return 0;
}

int pv_parse_slice_args(Value *args, size_t nargs, size_t first, ssize_t *start, ssize_t *end)
{
    *start = 0;
    *end = SSIZE_MAX;
    if (nargs > first && slice_index(args[first], start) < 0) return -1;
    if (nargs > first + 1 && slice_index(args[first + 1], end) < 0) return -1;
    return 0;
}

/* Byte range of code points [start, end) after CPython's adjustment;
 * false when the range is empty because start > len. */
static void cp_range(Value s, ssize_t start, ssize_t end, size_t *b0, size_t *b1, ssize_t *cs, ssize_t *ce)
{
    ssize_t len = (ssize_t)pv_str_len(s);
    pv_adjust_indices(&start, &end, len);
    *cs = start;
    *ce = end;
    if (start > len) start = len;
    if (end < start) end = start;
    *b0 = pv_str_offset(s, start);
    *b1 = pv_str_offset(s, end);
}

static ssize_t byte_to_cp(Value s, size_t b0, ssize_t cs, size_t pos)
{
    if (pv_str_is_ascii(s)) return (ssize_t)pos;
    return cs + (ssize_t)pv_utf8_count(D(s) + b0, pos - b0);
}

/* METH_VARARGS-style methods: CPython names them qualified ("str.strip()
 * takes no keyword arguments"). */
static int str_no_kw(const char *name, Value kw)
{
    if (!kw || pv_tuple_size(kw) == 0)
        return 0;
    pv_raise(&pv_exc_TypeError, "str.%s() takes no keyword arguments", name);
    return -1;
}

/* find/rfind/index/rindex/count core: returns cp index or -1 (count: n). */
static int find_common(const char *name, Value self, Value *args, size_t nargs, Value kw,
                       int dir, ssize_t *result)
{
    if (pv_check_no_kwargs(name, kw) < 0 || old_nargs(name, nargs, 1, 3) < 0) return -1;
    Value sub = args[0];
    if (!pv_is_str(sub)) {
        pv_raise(&pv_exc_TypeError, "must be str, not %T", sub);
        return -1;
    }
    ssize_t start, end, cs, ce;
    if (pv_parse_slice_args(args, nargs, 1, &start, &end) < 0) return -1;
    size_t b0, b1;
    cp_range(self, start, end, &b0, &b1, &cs, &ce);
    if (dir == 0) { /* count */
        if (cs > ce || cs > (ssize_t)pv_str_len(self)) { *result = 0; return 0; }
        if (N(sub) == 0) { *result = ce - cs + 1; return 0; }
        *result = (ssize_t)pv_mem_count(D(self) + b0, b1 - b0, D(sub), N(sub), SIZE_MAX);
        return 0;
    }
    if (cs > ce || cs > (ssize_t)pv_str_len(self)) { *result = -1; return 0; }
    ssize_t f = dir > 0 ? pv_mem_find(D(self) + b0, b1 - b0, D(sub), N(sub))
                        : pv_mem_rfind(D(self) + b0, b1 - b0, D(sub), N(sub));
    *result = f < 0 ? -1 : byte_to_cp(self, b0, cs, b0 + f);
    return 0;
}

static Value s_find(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("find", kw) < 0) return NULL;
    ssize_t r;
    if (find_common("find", self, args, nargs, kw, 1, &r) < 0) return NULL;
    return pv_int_from_i64(r);
}
static Value s_rfind(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("rfind", kw) < 0) return NULL;
    ssize_t r;
    if (find_common("rfind", self, args, nargs, kw, -1, &r) < 0) return NULL;
    return pv_int_from_i64(r);
}
static Value s_index(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("index", kw) < 0) return NULL;
    ssize_t r;
    if (find_common("index", self, args, nargs, kw, 1, &r) < 0) return NULL;
    if (r < 0) return pv_raise(&pv_exc_ValueError, "substring not found");
    return pv_int_from_i64(r);
}
static Value s_rindex(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("rindex", kw) < 0) return NULL;
    ssize_t r;
    if (find_common("rindex", self, args, nargs, kw, -1, &r) < 0) return NULL;
    if (r < 0) return pv_raise(&pv_exc_ValueError, "substring not found");
    return pv_int_from_i64(r);
}
static Value s_count(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("count", kw) < 0) return NULL;
    ssize_t r;
    if (find_common("count", self, args, nargs, kw, 0, &r) < 0) return NULL;
    return pv_int_from_i64(r);
}

static Value startsends(const char *name, Value self, Value *args, size_t nargs, Value kw, bool ends)
{
    if (pv_check_no_kwargs(name, kw) < 0 || old_nargs(name, nargs, 1, 3) < 0) return NULL;
    ssize_t start, end, cs, ce;
    if (pv_parse_slice_args(args, nargs, 1, &start, &end) < 0) return NULL;
    size_t b0, b1;
    cp_range(self, start, end, &b0, &b1, &cs, &ce);
    Value x = args[0];
    Value *items = &x;
    size_t n = 1;
    if (pv_isinst(x, &pv_tuple_type)) { items = pv_tuple_items(x); n = pv_tuple_size(x); }
    else if (!pv_is_str(x))
        return pv_raise(&pv_exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, x);
    for (size_t i = 0; i < n; i++) {
        Value p = items[i];
        if (!pv_is_str(p))
            return pv_raise(&pv_exc_TypeError, "tuple for %s must only contain str, not %T", name, p);
        if (cs > (ssize_t)pv_str_len(self)) continue;
        if (ce - cs < (ssize_t)pv_str_len(p)) continue;
        size_t pn = N(p);
        if (pn > b1 - b0) continue;
        if (memcmp(D(self) + (ends ? b1 - pn : b0), D(p), pn) == 0) return pv_True;
    }
    return pv_False;
}
static Value s_startswith(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("startswith", kw) < 0) return NULL;
    return startsends("startswith", self, args, nargs, kw, false);
}
static Value s_endswith(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("endswith", kw) < 0) return NULL;
    return startsends("endswith", self, args, nargs, kw, true);
}

static Value s_replace(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("replace", kw) < 0 || pv_check_nargs("replace", nargs, 2, 3) < 0) return NULL;
    Value old = args[0], new = args[1];
    if (!pv_is_str(old))
        return pv_raise(&pv_exc_TypeError, "replace() argument 1 must be str, not %T", old);
    if (!pv_is_str(new))
        return pv_raise(&pv_exc_TypeError, "replace() argument 2 must be str, not %T", new);
    ssize_t count = -1;
    if (nargs > 2) {
        if (!pv_is_int(args[2]) && !pv_type(args[2])->index)
            return pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[2]);
        if (pv_index_ssize(args[2], &count) < 0) return NULL;
    }
    size_t max = count < 0 ? SIZE_MAX : (size_t)count;
    PvBuf b;
    pv_buf_init(&b);
    const char *s = D(self);
    size_t n = N(self), on = N(old);
    if (on == 0) {
        size_t done = 0, i = 0;
        while (i <= n) {
            if (done < max) { if (pv_buf_append_str(&b, new) < 0) goto fail; done++; }
            else { if (pv_buf_append(&b, s + i, n - i) < 0) goto fail; break; }
            if (i == n) break;
            int l = pv_utf8_seqlen((unsigned char)s[i]);
            if (pv_buf_append(&b, s + i, l) < 0) goto fail;
            i += l;
        }
        return pv_buf_finish_str(&b);
    }
    size_t i = 0, done = 0;
    while (done < max) {
        ssize_t f = pv_mem_find(s + i, n - i, D(old), on);
        if (f < 0) break;
        if (pv_buf_append(&b, s + i, f) < 0 || pv_buf_append_str(&b, new) < 0) goto fail;
        i += f + on;
        done++;
    }
    if (done == 0) { pv_buf_free(&b); return pv_str_exact(self); }
    if (pv_buf_append(&b, s + i, n - i) < 0) goto fail;
    return pv_buf_finish_str(&b);
fail:
    pv_buf_free(&b);
    return NULL;
}

/* ---- split family ---- */

static int parse_split(const char *name, Value *args, size_t nargs, Value kw, Value *sep, ssize_t *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    *sep = pv_None;
    Value ms = NULL;
    if (pv_parse_args(name, args, nargs, kw, "|OO", kwlist, sep, &ms) < 0) return -1;
    *maxsplit = -1;
    if (ms) {
        if (!pv_is_int(ms) && !pv_type(ms)->index) {
            pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", ms);
            return -1;
        }
        if (pv_index_ssize(ms, maxsplit) < 0) return -1;
    }
    if (*sep != pv_None && !pv_is_str(*sep)) {
        pv_raise(&pv_exc_TypeError, "must be str or None, not %T", *sep);
        return -1;
    }
    if (*sep != pv_None && N(*sep) == 0) {
        pv_raise(&pv_exc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static Value s_split(Value self, Value *args, size_t nargs, Value kw)
{
    Value sep;
    ssize_t maxsplit;
    if (parse_split("split", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    const char *s = D(self);
    size_t n = N(self), i = 0;
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    if (sep == pv_None) {
        size_t splits = 0;
        for (;;) {
            int l;
            while (i < n && pv_uc_isspace(pv_utf8_at(s, i, &l))) i += l;
            if (i >= n) break;
            if (splits >= max) {
                Value part = i == 0 ? pv_str_exact(self) : pv_str_new(s + i, n - i);
                if (!part || pv_list_append(list, part) < 0) return NULL;
                break;
            }
            size_t st = i;
            while (i < n && !pv_uc_isspace(pv_utf8_at(s, i, &l))) i += l;
            Value part = pv_str_new(s + st, i - st);
            if (!part || pv_list_append(list, part) < 0) return NULL;
            splits++;
        }
        return list;
    }
    size_t splits = 0;
    while (splits < max) {
        ssize_t f = pv_mem_find(s + i, n - i, D(sep), N(sep));
        if (f < 0) break;
        Value part = pv_str_new(s + i, f);
        if (!part || pv_list_append(list, part) < 0) return NULL;
        i += f + N(sep);
        splits++;
    }
    Value part = i == 0 ? pv_str_exact(self) : pv_str_new(s + i, n - i);
    if (!part || pv_list_append(list, part) < 0) return NULL;
    return list;
}

static int list_reverse(Value list)
{
    size_t n = pv_list_size(list);
    Value *it = pv_list_items(list);
    for (size_t i = 0; i < n / 2; i++) { Value t = it[i]; it[i] = it[n - 1 - i]; it[n - 1 - i] = t; }
    return 0;
}

static Value s_rsplit(Value self, Value *args, size_t nargs, Value kw)
{
    Value sep;
    ssize_t maxsplit;
    if (parse_split("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    const char *s = D(self);
    size_t n = N(self), e = n;
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    if (sep == pv_None) {
        size_t splits = 0;
        for (;;) {
            int l;
            while (e > 0 && pv_uc_isspace(pv_utf8_before(s, e, &l))) e -= l;
            if (e == 0) break;
            if (splits >= max) {
                Value part = pv_str_new(s, e);
                if (!part || pv_list_append(list, part) < 0) return NULL;
                break;
            }
            size_t en = e;
            while (e > 0 && !pv_uc_isspace(pv_utf8_before(s, e, &l))) e -= l;
            Value part = pv_str_new(s + e, en - e);
            if (!part || pv_list_append(list, part) < 0) return NULL;
            splits++;
        }
        list_reverse(list);
        return list;
    }
    size_t splits = 0;
    while (splits < max) {
        ssize_t f = pv_mem_rfind(s, e, D(sep), N(sep));
        if (f < 0) break;
        Value part = pv_str_new(s + f + N(sep), e - f - N(sep));
        if (!part || pv_list_append(list, part) < 0) return NULL;
        e = f;
        splits++;
    }
    Value part = e == n ? pv_str_exact(self) : pv_str_new(s, e);
    if (!part || pv_list_append(list, part) < 0) return NULL;
    list_reverse(list);
    return list;
}

static Value s_splitlines(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"keepends", NULL};
    bool keep = false;
    if (pv_parse_args("splitlines", args, nargs, kw, "|p", kwlist, &keep) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    const char *s = D(self);
    size_t n = N(self), i = 0;
    while (i < n) {
        size_t st = i, eol = 0;
        int l = 1;
        while (i < n) {
            uint32_t c = pv_utf8_at(s, i, &l);
            if (c < 128 ? (c == '\n' || c == '\r' || c == 11 || c == 12 || (c >= 28 && c <= 30))
                        : (pv_uc_flags(c) & PV_UC_LINEBREAK)) {
                eol = l;
                if (c == '\r' && i + 1 < n && s[i + 1] == '\n') eol = 2;
                break;
            }
            i += l;
        }
        size_t e = i;
        i += eol;
        Value part = pv_str_new(s + st, (keep ? i : e) - st);
        if (!part || pv_list_append(list, part) < 0) return NULL;
    }
    return list;
}

static Value partition(Value self, Value *args, size_t nargs, bool rev)
{
    if (pv_check_nargs(rev ? "str.rpartition" : "str.partition", nargs, 1, 1) < 0) return NULL;
    Value sep = args[0];
    if (!pv_is_str(sep)) return pv_raise(&pv_exc_TypeError, "must be str, not %T", sep);
    if (N(sep) == 0) return pv_raise(&pv_exc_ValueError, "empty separator");
    ssize_t f = rev ? pv_mem_rfind(D(self), N(self), D(sep), N(sep))
                    : pv_mem_find(D(self), N(self), D(sep), N(sep));
    Value e = pv_str_empty();
    if (f < 0) {
        Value me = pv_str_exact(self);
        return rev ? pv_tuple_pack(3, e, e, me) : pv_tuple_pack(3, me, e, e);
    }
    Value a = pv_str_new(D(self), f);
    Value b = pv_str_new(D(self) + f + N(sep), N(self) - f - N(sep));
    if (!a || !b) return NULL;
    return pv_tuple_pack(3, a, pv_str_exact(sep), b);
}
static Value s_partition(Value self, Value *args, size_t nargs, Value kw) { if (str_no_kw("partition", kw) < 0) return NULL; return partition(self, args, nargs, false); }
static Value s_rpartition(Value self, Value *args, size_t nargs, Value kw) { if (str_no_kw("rpartition", kw) < 0) return NULL; return partition(self, args, nargs, true); }

static Value s_join(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("join", kw) < 0 || pv_check_nargs("str.join", nargs, 1, 1) < 0) return NULL;
    if (!pv_type(args[0])->iter && !pv_type(args[0])->getitem)
        return pv_raise(&pv_exc_TypeError, "can only join an iterable");
    return pv_str_join(self, args[0]);
}

/* ---- strip ---- */

static bool in_chars(uint32_t c, Value chars)
{
    if (!chars) return pv_uc_isspace(c);
    char buf[4];
    int l = pv_utf8_put(buf, c);
    return pv_mem_find(D(chars), N(chars), buf, l) >= 0;
}

static Value do_strip(const char *name, Value self, Value *args, size_t nargs, int which)
{
    if (pv_check_nargs(name, nargs, 0, 1) < 0) return NULL;
    Value chars = NULL;
    if (nargs == 1 && args[0] != pv_None) {
        if (!pv_is_str(args[0]))
            return pv_raise(&pv_exc_TypeError, "%s arg must be None or str", name);
        chars = args[0];
    }
    const char *s = D(self);
    size_t b = 0, e = N(self);
    int l;
    if (which & 1) while (b < e && in_chars(pv_utf8_at(s, b, &l), chars)) b += l;
    if (which & 2) while (e > b && in_chars(pv_utf8_before(s, e, &l), chars)) e -= l;
    return pv_str_sub_bytes(self, b, e);
}
static Value s_strip(Value self, Value *args, size_t nargs, Value kw) { if (str_no_kw("strip", kw) < 0) return NULL; return do_strip("strip", self, args, nargs, 3); }
static Value s_lstrip(Value self, Value *args, size_t nargs, Value kw) { if (str_no_kw("lstrip", kw) < 0) return NULL; return do_strip("lstrip", self, args, nargs, 1); }
static Value s_rstrip(Value self, Value *args, size_t nargs, Value kw) { if (str_no_kw("rstrip", kw) < 0) return NULL; return do_strip("rstrip", self, args, nargs, 2); }

/* ---- padding ---- */

static int pad_args(const char *name, Value *args, size_t nargs, ssize_t *width, uint32_t *fill)
{
    if (pv_check_nargs(name, nargs, 1, 2) < 0) return -1;
    if (!pv_is_int(args[0]) && !pv_type(args[0])->index) {
        pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return -1;
    }
    if (pv_index_ssize(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        if (!pv_is_str(args[1])) {
            pv_raise(&pv_exc_TypeError, "%s() argument 2 must be str, not %T", name, args[1]);
            return -1;
        }
        if (pv_str_len(args[1]) != 1) {
            pv_raise(&pv_exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = pv_str_char_at(args[1], 0);
    }
    return 0;
}


static Value pad(Value self, size_t left, size_t right, uint32_t fill)
{
    PvBuf b;
    pv_buf_init(&b);
    if (pv_buf_fill(&b, fill, left) < 0 || pv_buf_append_str(&b, self) < 0 ||
        pv_buf_fill(&b, fill, right) < 0) {
        pv_buf_free(&b);
        return NULL;
    }
    return pv_buf_finish_str(&b);
}

static Value s_ljust(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("ljust", kw) < 0) return NULL;
    ssize_t w;
    uint32_t f;
    if (pad_args("ljust", args, nargs, &w, &f) < 0) return NULL;
    size_t len = pv_str_len(self);
    if (w <= (ssize_t)len) return pv_str_exact(self);
    return pad(self, 0, w - len, f);
}
static Value s_rjust(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("rjust", kw) < 0) return NULL;
    ssize_t w;
    uint32_t f;
    if (pad_args("rjust", args, nargs, &w, &f) < 0) return NULL;
    size_t len = pv_str_len(self);
    if (w <= (ssize_t)len) return pv_str_exact(self);
    return pad(self, w - len, 0, f);
}
static Value s_center(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("center", kw) < 0) return NULL;
    ssize_t w;
    uint32_t f;
    if (pad_args("center", args, nargs, &w, &f) < 0) return NULL;
    size_t len = pv_str_len(self);
    if (w <= (ssize_t)len) return pv_str_exact(self);
    size_t marg = w - len;
    size_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}
static Value s_zfill(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("zfill", kw) < 0) return NULL;
    if (pv_check_nargs("str.zfill", nargs, 1, 1) < 0) return NULL;
    ssize_t w;
    if (!pv_is_int(args[0]) && !pv_type(args[0])->index)
        return pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (pv_index_ssize(args[0], &w) < 0) return NULL;
    size_t len = pv_str_len(self);
    if (w <= (ssize_t)len) return pv_str_exact(self);
    PvBuf b;
    pv_buf_init(&b);
    const char *s = D(self);
    size_t off = 0;
    if (N(self) && (s[0] == '+' || s[0] == '-')) { pv_buf_append(&b, s, 1); off = 1; }
    pv_buf_fill(&b, '0', w - len);
    pv_buf_append(&b, s + off, N(self) - off);
    return pv_buf_finish_str(&b);
}

static Value s_expandtabs(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    ssize_t ts = 8;
    if (pv_parse_args("expandtabs", args, nargs, kw, "|n", kwlist, &ts) < 0) return NULL;
    const char *s = D(self);
    size_t n = N(self), col = 0;
    if (!memchr(s, '\t', n)) return pv_str_exact(self);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n;) {
        int l = pv_utf8_seqlen((unsigned char)s[i]);
        if (s[i] == '\t') {
            if (ts > 0) {
                size_t sp = ts - col % ts;
                pv_buf_fill(&b, ' ', sp);
                col += sp;
            }
        } else {
            pv_buf_append(&b, s + i, l);
            col++;
            if (s[i] == '\n' || s[i] == '\r') col = 0;
        }
        i += l;
    }
    return pv_buf_finish_str(&b);
}

/* ---- misc ---- */

static Value s_encode(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    Value enc = NULL, err = NULL;
    if (pv_parse_args("encode", args, nargs, kw, "|OO", kwlist, &enc, &err) < 0) return NULL;
    if (enc && !pv_is_str(enc))
        return pv_raise(&pv_exc_TypeError, "encode() argument 'encoding' must be str, not %T", enc);
    if (err && !pv_is_str(err))
        return pv_raise(&pv_exc_TypeError, "encode() argument 'errors' must be str, not %T", err);
    return pv_str_encode(self, enc ? D(enc) : "utf-8", err ? D(err) : "strict");
}

static Value s_format(Value self, Value *args, size_t nargs, Value kw)
{
    Value kwargs = NULL;
    if (kw && pv_tuple_size(kw)) {
        kwargs = pv_dict_new();
        if (!kwargs) return NULL;
        for (size_t i = 0; i < pv_tuple_size(kw); i++)
            if (pv_dict_set(kwargs, pv_tuple_items(kw)[i], args[nargs + i]) < 0) return NULL;
    }
    return pv_str_format_method(self, args, nargs, kwargs);
}

static Value s_format_map(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("format_map", kw) < 0 || pv_check_nargs("str.format_map", nargs, 1, 1) < 0) return NULL;
    return pv_str_format_method(self, NULL, 0, args[0]);
}

static Value s___format__(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("str.__format__", nargs, 1, 1) < 0) return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (N(args[0]) == 0) return pv_str(self);
    return pv_format_spec(self, args[0]);
}

static Value s_removeprefix(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("removeprefix", kw) < 0) return NULL;
    if (pv_check_nargs("str.removeprefix", nargs, 1, 1) < 0) return NULL;
    Value p = args[0];
    if (!pv_is_str(p))
        return pv_raise(&pv_exc_TypeError, "removeprefix() argument must be str, not %T", p);
    if (N(p) <= N(self) && memcmp(D(self), D(p), N(p)) == 0)
        return pv_str_sub_bytes(self, N(p), N(self));
    return pv_str_exact(self);
}

static Value s_removesuffix(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("removesuffix", kw) < 0) return NULL;
    if (pv_check_nargs("str.removesuffix", nargs, 1, 1) < 0) return NULL;
    Value p = args[0];
    if (!pv_is_str(p))
        return pv_raise(&pv_exc_TypeError, "removesuffix() argument must be str, not %T", p);
    if (N(p) && N(p) <= N(self) && memcmp(D(self) + N(self) - N(p), D(p), N(p)) == 0)
        return pv_str_sub_bytes(self, 0, N(self) - N(p));
    return pv_str_exact(self);
}

static Value s_translate(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("translate", kw) < 0) return NULL;
    if (pv_check_nargs("str.translate", nargs, 1, 1) < 0) return NULL;
    Value table = args[0];
    const char *s = D(self);
    size_t n = N(self);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t c = pv_utf8_at(s, i, &l);
        Value key = pv_small(c);
        Value r;
        if (pv_type(table) == &pv_dict_type) {
            r = pv_dict_get(table, key);
            if (!r && pv_err_occurred()) goto fail;
        } else {
            r = pv_getitem(table, key);
            if (!r) {
                if (!pv_err_matches(&pv_exc_LookupError)) goto fail;
                pv_err_clear();
            }
        }
        if (!r) {
            if (pv_buf_append(&b, s + i, l) < 0) goto fail;
        } else if (r == pv_None) {
        } else if (pv_is_int(r)) {
            int64_t v;
            if (pv_int_to_i64(r, &v) < 0 || v < 0 || v > 0x10ffff) {
                pv_err_clear();
                pv_raise(&pv_exc_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            if (pv_buf_append_cp(&b, (uint32_t)v) < 0) goto fail;
        } else if (pv_is_str(r)) {
            if (pv_buf_append_str(&b, r) < 0) goto fail;
        } else {
            pv_raise(&pv_exc_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        i += l;
    }
    return pv_buf_finish_str(&b);
fail:
    pv_buf_free(&b);
    return NULL;
}

static Value s_maketrans(Value self, Value *args, size_t nargs, Value kw)
{
    if (str_no_kw("maketrans", kw) < 0 || pv_check_nargs("maketrans", nargs, 1, 3) < 0) return NULL;
    Value d = pv_dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        Value x = args[0];
        if (!pv_isinst(x, &pv_dict_type))
            return pv_raise(&pv_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (pv_dict_next(x, &pos, &k, &v)) {
            if (pv_is_str(k)) {
                if (pv_str_len(k) != 1)
                    return pv_raise(&pv_exc_ValueError, "string keys in translate table must be of length 1");
                k = pv_small(pv_str_char_at(k, 0));
            } else if (!pv_is_int(k)) {
                return pv_raise(&pv_exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (pv_dict_set(d, k, v) < 0) return NULL;
        }
        return d;
    }
    Value x = args[0], y = args[1];
    if (!pv_is_str(x))
        return pv_raise(&pv_exc_TypeError, "maketrans() argument 1 must be str, not %T", x);
    if (!pv_is_str(y))
        return pv_raise(&pv_exc_TypeError, "maketrans() argument 2 must be str, not %T", y);
    if (pv_str_len(x) != pv_str_len(y))
        return pv_raise(&pv_exc_ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < pv_str_len(x); i++)
        if (pv_dict_set(d, pv_small(pv_str_char_at(x, i)), pv_small(pv_str_char_at(y, i))) < 0) return NULL;
    if (nargs == 3) {
        Value z = args[2];
        if (!pv_is_str(z))
            return pv_raise(&pv_exc_TypeError, "maketrans() argument 3 must be str, not %T", z);
        for (size_t i = 0; i < pv_str_len(z); i++)
            if (pv_dict_set(d, pv_small(pv_str_char_at(z, i)), pv_None) < 0) return NULL;
    }
    return d;
}

static Value s_getnewargs(Value self, Value *args, size_t nargs, Value kw)
{
    Value s = pv_str_new(D(self), N(self));
    return s ? pv_tuple_pack(1, s) : NULL;
}

static Value s_sizeof(Value self, Value *args, size_t nargs, Value kw)
{
    return pv_int_from_u64(sizeof(PvStr) + N(self) + 1);
}

const PvMethodDef pv_str_methods[] = {
    {"capitalize", pv_str_m_capitalize, 0, NULL},
    {"casefold", pv_str_m_casefold, 0, NULL},
    {"center", s_center, 0, NULL},
    {"count", s_count, 0, NULL},
    {"encode", s_encode, 0, NULL},
    {"endswith", s_endswith, 0, NULL},
    {"expandtabs", s_expandtabs, 0, NULL},
    {"find", s_find, 0, NULL},
    {"format", s_format, 0, NULL},
    {"format_map", s_format_map, 0, NULL},
    {"index", s_index, 0, NULL},
    {"isalnum", pv_str_m_isalnum, 0, NULL},
    {"isalpha", pv_str_m_isalpha, 0, NULL},
    {"isascii", pv_str_m_isascii, 0, NULL},
    {"isdecimal", pv_str_m_isdecimal, 0, NULL},
    {"isdigit", pv_str_m_isdigit, 0, NULL},
    {"isidentifier", pv_str_m_isidentifier, 0, NULL},
    {"islower", pv_str_m_islower, 0, NULL},
    {"isnumeric", pv_str_m_isnumeric, 0, NULL},
    {"isprintable", pv_str_m_isprintable, 0, NULL},
    {"isspace", pv_str_m_isspace, 0, NULL},
    {"istitle", pv_str_m_istitle, 0, NULL},
    {"isupper", pv_str_m_isupper, 0, NULL},
    {"join", s_join, 0, NULL},
    {"ljust", s_ljust, 0, NULL},
    {"lower", pv_str_m_lower, 0, NULL},
    {"lstrip", s_lstrip, 0, NULL},
    {"maketrans", s_maketrans, PV_METH_STATIC, NULL},
    {"partition", s_partition, 0, NULL},
    {"removeprefix", s_removeprefix, 0, NULL},
    {"removesuffix", s_removesuffix, 0, NULL},
    {"replace", s_replace, 0, NULL},
    {"rfind", s_rfind, 0, NULL},
    {"rindex", s_rindex, 0, NULL},
    {"rjust", s_rjust, 0, NULL},
    {"rpartition", s_rpartition, 0, NULL},
    {"rsplit", s_rsplit, 0, NULL},
    {"rstrip", s_rstrip, 0, NULL},
    {"split", s_split, 0, NULL},
    {"splitlines", s_splitlines, 0, NULL},
    {"startswith", s_startswith, 0, NULL},
    {"strip", s_strip, 0, NULL},
    {"swapcase", pv_str_m_swapcase, 0, NULL},
    {"title", pv_str_m_title, 0, NULL},
    {"translate", s_translate, 0, NULL},
    {"upper", pv_str_m_upper, 0, NULL},
    {"zfill", s_zfill, 0, NULL},
    {"__format__", s___format__, 0, NULL},
    {"__getnewargs__", s_getnewargs, 0, NULL},
    {"__sizeof__", s_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};
