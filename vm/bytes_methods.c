/* bytes_methods.c: the methods of bytes and bytearray (ASCII semantics),
 * and the bytearray mutators. */
#define _GNU_SOURCE /* memrchr */
#include <string.h>
#include <stdio.h>
#include "str_impl.h"

int pv_byte_value(Value v, int *out);

#define BA(v) ((PvByteArray *)(v))

static void sd(Value v, const char **d, size_t *n) { pv_bytes_like(v, d, n); }
static bool is_ba(Value v) { return pv_isinst(v, &pv_bytearray_type); }

/* Methods without keyword parameters: CPython's qualified message. */
static int b_no_kw(const char *name, Value self, Value kw)
{
    if (!kw || pv_tuple_size(kw) == 0)
        return 0;
    pv_raise(&pv_exc_TypeError, "%s.%s() takes no keyword arguments",
             is_ba(self) ? "bytearray" : "bytes", name);
    return -1;
}
static Value mk(Value self, const char *d, size_t n)
{
    return is_ba(self) ? pv_bytearray_new(d, n) : pv_bytes_new(d, n);
}
static Value mk_buf(Value self, PvBuf *b)
{
    Value r = mk(self, b->data ? b->data : "", b->size);
    pv_buf_free(b);
    return r;
}
/* self unchanged: bytes returns itself, bytearray a copy */
static Value same(Value self)
{
    if (pv_type(self) == &pv_bytes_type) return self;
    const char *d;
    size_t n;
    sd(self, &d, &n);
    return mk(self, d, n);
}

static bool a_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool a_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool a_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool a_alpha(unsigned char c) { return a_lower(c) || a_upper(c); }
static bool a_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The "sub" argument of find & co: bytes-like or an int. */
static int sub_arg(Value v, const char **d, size_t *n, char *tmp)
{
    if (pv_is_int(v)) {
        int c;
        if (pv_byte_value(v, &c) < 0) return -1;
        tmp[0] = (char)c;
        *d = tmp;
        *n = 1;
        return 0;
    }
    if (pv_bytes_like(v, d, n)) return 0;
    pv_raise(&pv_exc_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    return -1;
}

static int need_bytes(Value v, const char **d, size_t *n)
{
    if (pv_bytes_like(v, d, n)) return 0;
    pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", v);
    return -1;
}

static int find_common(const char *name, Value self, Value *args, size_t nargs, Value kw, int dir, ssize_t *res)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, 1, 3) < 0) return -1;
    const char *d, *s;
    size_t n, sn;
    char tmp[1];
    sd(self, &d, &n);
    if (sub_arg(args[0], &s, &sn, tmp) < 0) return -1;
    ssize_t start, end;
    if (pv_parse_slice_args(args, nargs, 1, &start, &end) < 0) return -1;
    pv_adjust_indices(&start, &end, (ssize_t)n);
    if (dir == 0) {
        if (start > end || start > (ssize_t)n) { *res = 0; return 0; }
        *res = (ssize_t)pv_mem_count(d + start, end - start, s, sn, SIZE_MAX);
        return 0;
    }
    if (start > end || start > (ssize_t)n) { *res = -1; return 0; }
    ssize_t f = dir > 0 ? pv_mem_find(d + start, end - start, s, sn) : pv_mem_rfind(d + start, end - start, s, sn);
    *res = f < 0 ? -1 : f + start;
    return 0;
}

static Value b_find(Value self, Value *a, size_t n, Value kw)
{
    ssize_t r;
    return find_common("find", self, a, n, kw, 1, &r) < 0 ? NULL : pv_int_from_i64(r);
}
static Value b_rfind(Value self, Value *a, size_t n, Value kw)
{
    ssize_t r;
    return find_common("rfind", self, a, n, kw, -1, &r) < 0 ? NULL : pv_int_from_i64(r);
}
static Value b_count(Value self, Value *a, size_t n, Value kw)
{
    ssize_t r;
    return find_common("count", self, a, n, kw, 0, &r) < 0 ? NULL : pv_int_from_i64(r);
}
static Value b_index(Value self, Value *a, size_t n, Value kw)
{
    ssize_t r;
    if (find_common("index", self, a, n, kw, 1, &r) < 0) return NULL;
    if (r < 0) return pv_raise(&pv_exc_ValueError, "subsection not found");
    return pv_int_from_i64(r);
}
static Value b_rindex(Value self, Value *a, size_t n, Value kw)
{
    ssize_t r;
    if (find_common("rindex", self, a, n, kw, -1, &r) < 0) return NULL;
    if (r < 0) return pv_raise(&pv_exc_ValueError, "subsection not found");
    return pv_int_from_i64(r);
}

static Value startsends(const char *name, Value self, Value *args, size_t nargs, Value kw, bool ends)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, 1, 3) < 0) return NULL;
    const char *d;
    size_t n;
    sd(self, &d, &n);
    ssize_t start, end;
    if (pv_parse_slice_args(args, nargs, 1, &start, &end) < 0) return NULL;
    pv_adjust_indices(&start, &end, (ssize_t)n);
    Value x = args[0];
    Value *items = &x;
    size_t cnt = 1;
    if (pv_isinst(x, &pv_tuple_type)) { items = pv_tuple_items(x); cnt = pv_tuple_size(x); }
    for (size_t i = 0; i < cnt; i++) {
        const char *p;
        size_t pn;
        if (!pv_bytes_like(items[i], &p, &pn)) {
            if (items == &x)
                return pv_raise(&pv_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
            return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", items[i]);
        }
        if (start > (ssize_t)n || end - start < (ssize_t)pn) continue;
        if (memcmp(d + (ends ? end - pn : (size_t)start), p, pn) == 0) return pv_True;
    }
    return pv_False;
}
static Value b_startswith(Value self, Value *a, size_t n, Value kw) { return startsends("startswith", self, a, n, kw, false); }
static Value b_endswith(Value self, Value *a, size_t n, Value kw) { return startsends("endswith", self, a, n, kw, true); }

static Value b_replace(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("replace", self, kw) < 0 || pv_check_nargs("replace", nargs, 2, 3) < 0) return NULL;
    const char *d, *o, *w;
    size_t n, on, wn;
    sd(self, &d, &n);
    if (need_bytes(args[0], &o, &on) < 0 || need_bytes(args[1], &w, &wn) < 0) return NULL;
    ssize_t count = -1;
    if (nargs > 2 && pv_index_ssize(args[2], &count) < 0) return NULL;
    size_t max = count < 0 ? SIZE_MAX : (size_t)count, done = 0, i = 0;
    PvBuf b;
    pv_buf_init(&b);
    if (on == 0) {
        for (i = 0; i <= n; i++) {
            if (done < max) { pv_buf_append(&b, w, wn); done++; }
            else { pv_buf_append(&b, d + i, n - i); break; }
            if (i < n) pv_buf_append(&b, d + i, 1);
        }
        return mk_buf(self, &b);
    }
    while (done < max) {
        ssize_t f = pv_mem_find(d + i, n - i, o, on);
        if (f < 0) break;
        pv_buf_append(&b, d + i, f);
        pv_buf_append(&b, w, wn);
        i += f + on;
        done++;
    }
    pv_buf_append(&b, d + i, n - i);
    return mk_buf(self, &b);
}

static int parse_split(const char *name, Value *args, size_t nargs, Value kw, const char **sep,
                       size_t *sepn, ssize_t *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    Value s = pv_None;
    *maxsplit = -1;
    if (pv_parse_args(name, args, nargs, kw, "|On", kwlist, &s, maxsplit) < 0) return -1;
    *sep = NULL;
    if (s != pv_None) {
        if (need_bytes(s, sep, sepn) < 0) return -1;
        if (*sepn == 0) { pv_raise(&pv_exc_ValueError, "empty separator"); return -1; }
    }
    return 0;
}

static int add_part(Value list, Value self, const char *d, size_t n)
{
    Value p = mk(self, d, n);
    return p ? pv_list_append(list, p) : -1;
}

static Value b_split(Value self, Value *args, size_t nargs, Value kw)
{
    const char *sep, *d;
    size_t sepn = 0, n;
    ssize_t maxsplit;
    if (parse_split("split", args, nargs, kw, &sep, &sepn, &maxsplit) < 0) return NULL;
    sd(self, &d, &n);
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit, splits = 0, i = 0;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    if (!sep) {
        for (;;) {
            while (i < n && a_space(d[i])) i++;
            if (i >= n) break;
            if (splits >= max) {
                if (add_part(list, self, d + i, n - i) < 0) return NULL;
                break;
            }
            size_t st = i;
            while (i < n && !a_space(d[i])) i++;
            if (add_part(list, self, d + st, i - st) < 0) return NULL;
            splits++;
        }
        return list;
    }
    while (splits < max) {
        ssize_t f = pv_mem_find(d + i, n - i, sep, sepn);
        if (f < 0) break;
        if (add_part(list, self, d + i, f) < 0) return NULL;
        i += f + sepn;
        splits++;
    }
    if (add_part(list, self, d + i, n - i) < 0) return NULL;
    return list;
}

static void reverse_list(Value list)
{
    size_t n = pv_list_size(list);
    Value *it = pv_list_items(list);
    for (size_t i = 0; i < n / 2; i++) { Value t = it[i]; it[i] = it[n - 1 - i]; it[n - 1 - i] = t; }
}

static Value b_rsplit(Value self, Value *args, size_t nargs, Value kw)
{
    const char *sep, *d;
    size_t sepn = 0, n;
    ssize_t maxsplit;
    if (parse_split("rsplit", args, nargs, kw, &sep, &sepn, &maxsplit) < 0) return NULL;
    sd(self, &d, &n);
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit, splits = 0, e = n;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    if (!sep) {
        for (;;) {
            while (e > 0 && a_space(d[e - 1])) e--;
            if (e == 0) break;
            if (splits >= max) {
                if (add_part(list, self, d, e) < 0) return NULL;
                break;
            }
            size_t en = e;
            while (e > 0 && !a_space(d[e - 1])) e--;
            if (add_part(list, self, d + e, en - e) < 0) return NULL;
            splits++;
        }
        reverse_list(list);
        return list;
    }
    while (splits < max) {
        ssize_t f = pv_mem_rfind(d, e, sep, sepn);
        if (f < 0) break;
        if (add_part(list, self, d + f + sepn, e - f - sepn) < 0) return NULL;
        e = f;
        splits++;
    }
    if (add_part(list, self, d, e) < 0) return NULL;
    reverse_list(list);
    return list;
}

static Value b_splitlines(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"keepends", NULL};
    bool keep = false;
    if (pv_parse_args("splitlines", args, nargs, kw, "|p", kwlist, &keep) < 0) return NULL;
    const char *d;
    size_t n, i = 0;
    sd(self, &d, &n);
    Value list = pv_list_new(0);
    if (!list) return NULL;
    while (i < n) {
        size_t st = i;
        while (i < n && d[i] != '\n' && d[i] != '\r') i++;
        size_t e = i;
        if (i < n) i += (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
        if (add_part(list, self, d + st, (keep ? i : e) - st) < 0) return NULL;
    }
    return list;
}

static Value partition(Value self, Value *args, size_t nargs, bool rev)
{
    if (pv_check_nargs(rev ? "rpartition" : "partition", nargs, 1, 1) < 0) return NULL;
    const char *d, *s;
    size_t n, sn;
    sd(self, &d, &n);
    if (need_bytes(args[0], &s, &sn) < 0) return NULL;
    if (sn == 0) return pv_raise(&pv_exc_ValueError, "empty separator");
    ssize_t f = rev ? pv_mem_rfind(d, n, s, sn) : pv_mem_find(d, n, s, sn);
    if (f < 0) {
        Value e1 = mk(self, "", 0), e2 = mk(self, "", 0), me = same(self);
        if (!e1 || !e2 || !me) return NULL;
        return rev ? pv_tuple_pack(3, e1, e2, me) : pv_tuple_pack(3, me, e1, e2);
    }
    Value a = mk(self, d, f), m = mk(self, s, sn), b = mk(self, d + f + sn, n - f - sn);
    if (!a || !m || !b) return NULL;
    return pv_tuple_pack(3, a, m, b);
}
static Value b_partition(Value self, Value *a, size_t n, Value kw) { if (b_no_kw("partition", self, kw) < 0) return NULL; return partition(self, a, n, false); }
static Value b_rpartition(Value self, Value *a, size_t n, Value kw) { if (b_no_kw("rpartition", self, kw) < 0) return NULL; return partition(self, a, n, true); }

static Value b_join(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("join", nargs, 1, 1) < 0) return NULL;
    Value seq = pv_sequence_list(args[0]);
    if (!seq) return NULL;
    const char *d;
    size_t n;
    sd(self, &d, &n);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < pv_list_size(seq); i++) {
        const char *p;
        size_t pn;
        Value x = pv_list_items(seq)[i];
        if (!pv_bytes_like(x, &p, &pn)) {
            pv_buf_free(&b);
            return pv_raise(&pv_exc_TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, x);
        }
        if (i) pv_buf_append(&b, d, n);
        pv_buf_append(&b, p, pn);
    }
    return mk_buf(self, &b);
}

static Value do_strip(const char *name, Value self, Value *args, size_t nargs, int which)
{
    if (pv_check_nargs(name, nargs, 0, 1) < 0) return NULL;
    const char *d, *chars = NULL;
    size_t n, cn = 0;
    sd(self, &d, &n);
    if (nargs && args[0] != pv_None && need_bytes(args[0], &chars, &cn) < 0) return NULL;
    size_t b = 0, e = n;
#define IN(c) (chars ? memchr(chars, (c), cn) != NULL : a_space(c))
    if (which & 1) while (b < e && IN((unsigned char)d[b])) b++;
    if (which & 2) while (e > b && IN((unsigned char)d[e - 1])) e--;
#undef IN
    if (b == 0 && e == n) return same(self);
    return mk(self, d + b, e - b);
}
static Value b_strip(Value self, Value *a, size_t n, Value kw) { if (b_no_kw("strip", self, kw) < 0) return NULL; return do_strip("strip", self, a, n, 3); }
static Value b_lstrip(Value self, Value *a, size_t n, Value kw) { if (b_no_kw("lstrip", self, kw) < 0) return NULL; return do_strip("lstrip", self, a, n, 1); }
static Value b_rstrip(Value self, Value *a, size_t n, Value kw) { if (b_no_kw("rstrip", self, kw) < 0) return NULL; return do_strip("rstrip", self, a, n, 2); }

enum { C_LOWER, C_UPPER, C_SWAP, C_CAP, C_TITLE };
static Value do_case(Value self, int mode)
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    PvBuf b;
    pv_buf_init(&b);
    if (pv_buf_reserve(&b, n) < 0) return NULL;
    bool prev = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        bool up = a_upper(c), lo = a_lower(c);
        switch (mode) {
        case C_LOWER: if (up) c += 32; break;
        case C_UPPER: if (lo) c -= 32; break;
        case C_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case C_CAP: if (i == 0) { if (lo) c -= 32; } else if (up) c += 32; break;
        case C_TITLE: if (prev) { if (up) c += 32; } else if (lo) c -= 32; prev = up || lo; break;
        }
        b.data[b.size++] = (char)c;
    }
    return mk_buf(self, &b);
}
static Value b_lower(Value self, Value *a, size_t n, Value kw) { return do_case(self, C_LOWER); }
static Value b_upper(Value self, Value *a, size_t n, Value kw) { return do_case(self, C_UPPER); }
static Value b_swapcase(Value self, Value *a, size_t n, Value kw) { return do_case(self, C_SWAP); }
static Value b_capitalize(Value self, Value *a, size_t n, Value kw) { return do_case(self, C_CAP); }
static Value b_title(Value self, Value *a, size_t n, Value kw) { return do_case(self, C_TITLE); }

static Value all_of(Value self, bool (*pred)(unsigned char))
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    if (!n) return pv_False;
    for (size_t i = 0; i < n; i++) if (!pred((unsigned char)d[i])) return pv_False;
    return pv_True;
}
static bool a_alnum(unsigned char c) { return a_alpha(c) || a_digit(c); }
static Value b_isalpha(Value self, Value *a, size_t n, Value kw) { return all_of(self, a_alpha); }
static Value b_isdigit(Value self, Value *a, size_t n, Value kw) { return all_of(self, a_digit); }
static Value b_isalnum(Value self, Value *a, size_t n, Value kw) { return all_of(self, a_alnum); }
static Value b_isspace(Value self, Value *a, size_t n, Value kw) { return all_of(self, a_space); }
static Value b_isascii(Value self, Value *a, size_t nn, Value kw)
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    return pv_bool(pv_utf8_is_ascii(d, n));
}
static Value case_pred(Value self, bool (*want)(unsigned char), bool (*reject)(unsigned char))
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        if (reject((unsigned char)d[i])) return pv_False;
        if (want((unsigned char)d[i])) any = true;
    }
    return pv_bool(any);
}
static Value b_islower(Value self, Value *a, size_t n, Value kw) { return case_pred(self, a_lower, a_upper); }
static Value b_isupper(Value self, Value *a, size_t n, Value kw) { return case_pred(self, a_upper, a_lower); }
static Value b_istitle(Value self, Value *a, size_t nn, Value kw)
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (a_upper(c)) { if (prev) return pv_False; prev = cased = true; }
        else if (a_lower(c)) { if (!prev) return pv_False; prev = cased = true; }
        else prev = false;
    }
    return pv_bool(cased);
}

static int pad_args(const char *name, Value *args, size_t nargs, ssize_t *w, char *fill)
{
    if (pv_check_nargs(name, nargs, 1, 2) < 0) return -1;
    if (pv_index_ssize(args[0], w) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        const char *f;
        size_t fn;
        if (!pv_bytes_like(args[1], &f, &fn) || fn != 1) {
            pv_raise(&pv_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", name, args[1]);
            return -1;
        }
        *fill = f[0];
    }
    return 0;
}
static Value pad(Value self, size_t left, size_t right, char fill)
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_fill(&b, (unsigned char)fill, left);
    pv_buf_append(&b, d, n);
    pv_buf_fill(&b, (unsigned char)fill, right);
    return mk_buf(self, &b);
}
/* pv_buf_fill writes UTF-8 for >= 128: bytes need raw fill */
static Value pad_raw(Value self, size_t left, size_t right, char fill)
{
    if ((unsigned char)fill < 128) return pad(self, left, right, fill);
    const char *d;
    size_t n;
    sd(self, &d, &n);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < left; i++) pv_buf_append(&b, &fill, 1);
    pv_buf_append(&b, d, n);
    for (size_t i = 0; i < right; i++) pv_buf_append(&b, &fill, 1);
    return mk_buf(self, &b);
}
static Value b_ljust(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("ljust", self, kw) < 0) return NULL;
    ssize_t w;
    char f;
    if (pad_args("ljust", args, nargs, &w, &f) < 0) return NULL;
    ssize_t n = pv_len(self);
    return w <= n ? same(self) : pad_raw(self, 0, w - n, f);
}
static Value b_rjust(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("rjust", self, kw) < 0) return NULL;
    ssize_t w;
    char f;
    if (pad_args("rjust", args, nargs, &w, &f) < 0) return NULL;
    ssize_t n = pv_len(self);
    return w <= n ? same(self) : pad_raw(self, w - n, 0, f);
}
static Value b_center(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("center", self, kw) < 0) return NULL;
    ssize_t w;
    char f;
    if (pad_args("center", args, nargs, &w, &f) < 0) return NULL;
    ssize_t n = pv_len(self);
    if (w <= n) return same(self);
    size_t marg = w - n, left = marg / 2 + (marg & w & 1);
    return pad_raw(self, left, marg - left, f);
}
static Value b_zfill(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("zfill", self, kw) < 0) return NULL;
    if (pv_check_nargs("zfill", nargs, 1, 1) < 0) return NULL;
    ssize_t w;
    if (pv_index_ssize(args[0], &w) < 0) return NULL;
    const char *d;
    size_t n;
    sd(self, &d, &n);
    if (w <= (ssize_t)n) return same(self);
    PvBuf b;
    pv_buf_init(&b);
    size_t off = 0;
    if (n && (d[0] == '+' || d[0] == '-')) { pv_buf_append(&b, d, 1); off = 1; }
    pv_buf_fill(&b, '0', w - n);
    pv_buf_append(&b, d + off, n - off);
    return mk_buf(self, &b);
}

static Value b_expandtabs(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    ssize_t ts = 8;
    if (pv_parse_args("expandtabs", args, nargs, kw, "|n", kwlist, &ts) < 0) return NULL;
    const char *d;
    size_t n, col = 0;
    sd(self, &d, &n);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (ts > 0) { size_t sp = ts - col % ts; pv_buf_fill(&b, ' ', sp); col += sp; }
        } else {
            pv_buf_append(&b, d + i, 1);
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    return mk_buf(self, &b);
}

static Value b_decode(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    Value enc = NULL, err = NULL;
    if (pv_parse_args("decode", args, nargs, kw, "|OO", kwlist, &enc, &err) < 0) return NULL;
    if (enc && !pv_is_str(enc))
        return pv_raise(&pv_exc_TypeError, "decode() argument 'encoding' must be str, not %T", enc);
    if (err && !pv_is_str(err))
        return pv_raise(&pv_exc_TypeError, "decode() argument 'errors' must be str, not %T", err);
    const char *d;
    size_t n;
    sd(self, &d, &n);
    return pv_bytes_decode(d, n, enc ? pv_str_data(enc) : "utf-8", err ? pv_str_data(err) : "strict");
}

static Value b_hex(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    Value sep = NULL;
    ssize_t per = 1;
    if (pv_parse_args("hex", args, nargs, kw, "|On", kwlist, &sep, &per) < 0) return NULL;
    const char *d;
    size_t n;
    sd(self, &d, &n);
    char sc = 0;
    if (sep && sep != pv_None) {
        const char *sp;
        size_t sn;
        if (pv_is_str(sep)) { sp = pv_str_data(sep); sn = pv_str_len(sep); }
        else if (!pv_bytes_like(sep, &sp, &sn)) {
            if (!pv_type(sep)->len)
                return pv_raise(&pv_exc_TypeError, "object of type '%T' has no len()", sep);
            return pv_raise(&pv_exc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1) return pv_raise(&pv_exc_ValueError, "sep must be length 1.");
        if ((unsigned char)sp[0] >= 128) return pv_raise(&pv_exc_ValueError, "sep must be ASCII.");
        sc = sp[0];
    }
    PvBuf b;
    pv_buf_init(&b);
    static const char hx[] = "0123456789abcdef";
    size_t ap = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sc && ap && i) {
            /* group from the right for positive bytes_per_sep, from the left for negative */
            bool put = per > 0 ? (n - i) % ap == 0 : i % ap == 0;
            if (put) pv_buf_append(&b, &sc, 1);
        }
        char t[2] = {hx[(unsigned char)d[i] >> 4], hx[(unsigned char)d[i] & 15]};
        pv_buf_append(&b, t, 2);
    }
    return pv_buf_finish_str(&b);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value b_fromhex(Value cls, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("fromhex", nargs, 1, 1) < 0) return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
    const char *s = pv_str_data(args[0]);
    size_t n = pv_str_size(args[0]);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n;) {
        if (a_space((unsigned char)s[i])) { i++; continue; }
        int hi = hexval((unsigned char)s[i]);
        int lo = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            pv_buf_free(&b);
            size_t pos = pv_utf8_count(s, hi < 0 ? i : i + 1);
            return pv_raise(&pv_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        char c = (char)(hi << 4 | lo);
        pv_buf_append(&b, &c, 1);
        i += 2;
    }
    Value r = (PvType *)cls == &pv_bytearray_type ? pv_bytearray_new(b.data ? b.data : "", b.size)
                                                  : pv_bytes_new(b.data ? b.data : "", b.size);
    pv_buf_free(&b);
    if (r && (PvType *)cls != &pv_bytes_type && (PvType *)cls != &pv_bytearray_type)
        return pv_call1(cls, r);
    return r;
}

static Value b_translate(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"", "delete", NULL};
    Value table = NULL, del = NULL;
    if (pv_parse_args("translate", args, nargs, kw, "O|O", kwlist, &table, &del) < 0) return NULL;
    const char *t = NULL, *dl = "", *d;
    size_t tn = 0, dn = 0, n;
    if (table != pv_None) {
        if (need_bytes(table, &t, &tn) < 0) return NULL;
        if (tn != 256) return pv_raise(&pv_exc_ValueError, "translation table must be 256 characters long");
    }
    if (del && need_bytes(del, &dl, &dn) < 0) return NULL;
    sd(self, &d, &n);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (dn && memchr(dl, c, dn)) continue;
        char o = t ? t[c] : (char)c;
        pv_buf_append(&b, &o, 1);
    }
    return mk_buf(self, &b);
}

static Value b_maketrans(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("maketrans", nargs, 2, 2) < 0) return NULL;
    const char *f, *t;
    size_t fn, tn;
    if (need_bytes(args[0], &f, &fn) < 0 || need_bytes(args[1], &t, &tn) < 0) return NULL;
    if (fn != tn) return pv_raise(&pv_exc_ValueError, "maketrans arguments must have same length");
    char tab[256];
    for (int i = 0; i < 256; i++) tab[i] = (char)i;
    for (size_t i = 0; i < fn; i++) tab[(unsigned char)f[i]] = t[i];
    return pv_bytes_new(tab, 256);
}

static Value b_removeprefix(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("removeprefix", self, kw) < 0) return NULL;
    if (pv_check_nargs("removeprefix", nargs, 1, 1) < 0) return NULL;
    const char *d, *p;
    size_t n, pn;
    sd(self, &d, &n);
    if (need_bytes(args[0], &p, &pn) < 0) return NULL;
    if (pn <= n && memcmp(d, p, pn) == 0) return mk(self, d + pn, n - pn);
    return same(self);
}
static Value b_removesuffix(Value self, Value *args, size_t nargs, Value kw)
{
    if (b_no_kw("removesuffix", self, kw) < 0) return NULL;
    if (pv_check_nargs("removesuffix", nargs, 1, 1) < 0) return NULL;
    const char *d, *p;
    size_t n, pn;
    sd(self, &d, &n);
    if (need_bytes(args[0], &p, &pn) < 0) return NULL;
    if (pn && pn <= n && memcmp(d + n - pn, p, pn) == 0) return mk(self, d, n - pn);
    return same(self);
}

static Value b_bytes(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("bytes.__bytes__", nargs, 0, 0) < 0) return NULL;
    return same(self);
}

static Value b_getnewargs(Value self, Value *args, size_t nargs, Value kw)
{
    const char *d;
    size_t n;
    sd(self, &d, &n);
    Value b = pv_bytes_new(d, n);
    return b ? pv_tuple_pack(1, b) : NULL;
}

/* ---- bytearray mutators ---- */

static Value ba_append(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("append", nargs, 1, 1) < 0) return NULL;
    int c;
    if (pv_byte_value(args[0], &c) < 0) return NULL;
    size_t n = BA(self)->size;
    if (pv_bytearray_resize(self, n + 1) < 0) return NULL;
    BA(self)->data[n] = (char)c;
    return pv_None;
}

static Value ba_extend(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("extend", nargs, 1, 1) < 0) return NULL;
    PvBuf b;
    pv_buf_init(&b);
    const char *d;
    size_t n;
    if (pv_bytes_like(args[0], &d, &n)) {
        pv_buf_append(&b, d, n);
    } else {
        if (!pv_type(args[0])->iter && !pv_type(args[0])->getitem)
            return pv_raise(&pv_exc_TypeError, "can't extend bytearray with %T", args[0]);
        Value it = pv_iter(args[0]);
        if (!it) return NULL;
        Value x;
        while ((x = pv_next(it))) {
            int c;
            if (pv_byte_value(x, &c) < 0) { pv_buf_free(&b); return NULL; }
            char ch = (char)c;
            pv_buf_append(&b, &ch, 1);
        }
        if (pv_err_occurred()) { pv_buf_free(&b); return NULL; }
    }
    size_t old = BA(self)->size;
    if (pv_bytearray_resize(self, old + b.size) < 0) { pv_buf_free(&b); return NULL; }
    if (b.size) memcpy(BA(self)->data + old, b.data, b.size);
    pv_buf_free(&b);
    return pv_None;
}

static Value ba_insert(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("insert", nargs, 2, 2) < 0) return NULL;
    ssize_t i;
    int c;
    if (pv_index_ssize(args[0], &i) < 0 || pv_byte_value(args[1], &c) < 0) return NULL;
    ssize_t n = (ssize_t)BA(self)->size;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (pv_bytearray_resize(self, n + 1) < 0) return NULL;
    char *d = BA(self)->data;
    memmove(d + i + 1, d + i, n - i);
    d[i] = (char)c;
    return pv_None;
}

static Value ba_pop(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("pop", nargs, 0, 1) < 0) return NULL;
    ssize_t i = -1;
    if (nargs && pv_index_ssize(args[0], &i) < 0) return NULL;
    ssize_t n = (ssize_t)BA(self)->size;
    if (n == 0) return pv_raise(&pv_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return pv_raise(&pv_exc_IndexError, "pop index out of range");
    char *d = BA(self)->data;
    int c = (unsigned char)d[i];
    if (BA(self)->exports) {
        pv_raise(&pv_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return NULL;
    }
    memmove(d + i, d + i + 1, n - i - 1);
    if (pv_bytearray_resize(self, n - 1) < 0) return NULL;
    return pv_small(c);
}

static Value ba_remove(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("remove", nargs, 1, 1) < 0) return NULL;
    int c;
    if (pv_byte_value(args[0], &c) < 0) return NULL;
    char *d = BA(self)->data;
    size_t n = BA(self)->size;
    char *p = n ? memchr(d, c, n) : NULL;
    if (!p) return pv_raise(&pv_exc_ValueError, "value not found in bytearray");
    if (BA(self)->exports) {
        pv_raise(&pv_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return NULL;
    }
    memmove(p, p + 1, n - (p - d) - 1);
    if (pv_bytearray_resize(self, n - 1) < 0) return NULL;
    return pv_None;
}

static Value ba_clear(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_bytearray_resize(self, 0) < 0) return NULL;
    return pv_None;
}

static Value ba_reverse(Value self, Value *args, size_t nargs, Value kw)
{
    char *d = BA(self)->data;
    size_t n = BA(self)->size;
    for (size_t i = 0; i < n / 2; i++) { char t = d[i]; d[i] = d[n - 1 - i]; d[n - 1 - i] = t; }
    return pv_None;
}

static Value ba_copy(Value self, Value *args, size_t nargs, Value kw)
{
    return pv_bytearray_new(BA(self)->data ? BA(self)->data : "", BA(self)->size);
}

static Value ba_alloc_m(Value self, Value *args, size_t nargs, Value kw)
{
    return pv_int_from_u64(BA(self)->cap);
}

#define COMMON_METHODS \
    {"capitalize", b_capitalize, 0, NULL}, {"center", b_center, 0, NULL}, \
    {"count", b_count, 0, NULL}, {"decode", b_decode, 0, NULL}, \
    {"endswith", b_endswith, 0, NULL}, {"expandtabs", b_expandtabs, 0, NULL}, \
    {"find", b_find, 0, NULL}, {"fromhex", b_fromhex, PV_METH_CLASS, NULL}, \
    {"hex", b_hex, 0, NULL}, {"index", b_index, 0, NULL}, \
    {"isalnum", b_isalnum, 0, NULL}, {"isalpha", b_isalpha, 0, NULL}, \
    {"isascii", b_isascii, 0, NULL}, {"isdigit", b_isdigit, 0, NULL}, \
    {"islower", b_islower, 0, NULL}, {"isspace", b_isspace, 0, NULL}, \
    {"istitle", b_istitle, 0, NULL}, {"isupper", b_isupper, 0, NULL}, \
    {"join", b_join, 0, NULL}, {"ljust", b_ljust, 0, NULL}, \
    {"lower", b_lower, 0, NULL}, {"lstrip", b_lstrip, 0, NULL}, \
    {"maketrans", b_maketrans, PV_METH_STATIC, NULL}, {"partition", b_partition, 0, NULL}, \
    {"removeprefix", b_removeprefix, 0, NULL}, {"removesuffix", b_removesuffix, 0, NULL}, \
    {"replace", b_replace, 0, NULL}, {"rfind", b_rfind, 0, NULL}, \
    {"rindex", b_rindex, 0, NULL}, {"rjust", b_rjust, 0, NULL}, \
    {"rpartition", b_rpartition, 0, NULL}, {"rsplit", b_rsplit, 0, NULL}, \
    {"rstrip", b_rstrip, 0, NULL}, {"split", b_split, 0, NULL}, \
    {"splitlines", b_splitlines, 0, NULL}, {"startswith", b_startswith, 0, NULL}, \
    {"strip", b_strip, 0, NULL}, {"swapcase", b_swapcase, 0, NULL}, \
    {"title", b_title, 0, NULL}, {"translate", b_translate, 0, NULL}, \
    {"upper", b_upper, 0, NULL}, {"zfill", b_zfill, 0, NULL}

const PvMethodDef pv_bytes_methods[] = {
    COMMON_METHODS,
    {"__getnewargs__", b_getnewargs, 0, NULL},
    {"__bytes__", b_bytes, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const PvMethodDef pv_bytearray_methods[] = {
    COMMON_METHODS,
    {"append", ba_append, 0, NULL},
    {"extend", ba_extend, 0, NULL},
    {"insert", ba_insert, 0, NULL},
    {"pop", ba_pop, 0, NULL},
    {"remove", ba_remove, 0, NULL},
    {"clear", ba_clear, 0, NULL},
    {"reverse", ba_reverse, 0, NULL},
    {"copy", ba_copy, 0, NULL},
    {"__alloc__", ba_alloc_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
