/* bytes.c: the bytes and bytearray objects: storage, constructors, repr,
 * comparison, hashing, indexing and slice assignment, the bytearray
 * mutators. The str-like methods shared by both are in bytes_methods.c. */
#include <string.h>
#include <stdio.h>
#include "str_impl.h"

extern const PvMethodDef pv_bytes_methods[], pv_bytearray_methods[];
bool pv_memoryview_buf(Value v, const char **data, size_t *size);

#define BA(v) ((PvByteArray *)(v))

static Value empty_bytes;

static Value bytes_alloc(PvType *type, size_t n)
{
    PvBytes *b = type == &pv_bytes_type ? pv_alloc(type, sizeof(PvBytes) + n + 1)
                                        : (PvBytes *)pv_type_alloc(type, n + 1);
    if (!b) return NULL;
    b->size = n;
    b->hash = -1;
    b->data[n] = 0;
    return (Value)b;
}

Value pv_bytes_new(const char *data, size_t size)
{
    if (size == 0 && empty_bytes) return empty_bytes;
    Value b = bytes_alloc(&pv_bytes_type, size);
    if (!b) return NULL;
    if (size) memcpy(pv_bytes_data(b), data, size);
    else { empty_bytes = b; pv_gc_add_root(&empty_bytes); }
    return b;
}

bool pv_bytes_like(Value v, const char **data, size_t *size)
{
    PvType *t = pv_type(v);
    if (t == &pv_bytes_type || pv_type_is_subtype(t, &pv_bytes_type)) {
        *data = pv_bytes_data(v);
        *size = pv_bytes_size(v);
        return true;
    }
    if (t == &pv_bytearray_type || pv_type_is_subtype(t, &pv_bytearray_type)) {
        *data = BA(v)->data ? BA(v)->data : "";
        *size = BA(v)->size;
        return true;
    }
    void *p;
    if (pv_array_buffer(v, &p, size, NULL)) { /* array.array exports its buffer too */
        *data = p ? p : "";
        return true;
    }
    return pv_memoryview_buf(v, data, size);
}

/* ---- bytearray storage ---- */

static void ba_finalize(Value v)
{
    if (BA(v)->data) pv_mem_free(BA(v)->data, BA(v)->cap);
    BA(v)->data = NULL;
}

static int ba_reserve(Value v, size_t n)
{
    PvByteArray *b = BA(v);
    if (n + 1 <= b->cap) return 0;
    size_t ncap = b->cap < 16 ? 16 : b->cap;
    while (ncap < n + 1) ncap += ncap / 2 + 8;
    char *nd = pv_mem_realloc(b->data, b->cap, ncap);
    if (!nd) return -1;
    b->data = nd;
    b->cap = ncap;
    return 0;
}

int pv_bytearray_check_resizable(Value v)
{
    PvByteArray *b = BA(v);
    if (b->exports) pv_gc_collect(); /* dead views may hold exports */
    if (b->exports) {
        pv_raise(&pv_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int pv_bytearray_resize(Value v, size_t size)
{
    PvByteArray *b = BA(v);
    if (size != b->size && pv_bytearray_check_resizable(v) < 0) return -1;
    if (ba_reserve(v, size) < 0) return -1;
    if (size > b->size) memset(b->data + b->size, 0, size - b->size);
    b->size = size;
    b->data[size] = 0;
    return 0;
}

static Value ba_alloc(PvType *type)
{
    return pv_type_alloc(type, 0);
}

Value pv_bytearray_new(const char *data, size_t size)
{
    Value b = ba_alloc(&pv_bytearray_type);
    if (!b || pv_bytearray_resize(b, size) < 0) return NULL;
    if (size) memcpy(BA(b)->data, data, size);
    return b;
}

/* ---- helpers ---- */

static void self_data(Value v, const char **d, size_t *n)
{
    pv_bytes_like(v, d, n);
}

static bool is_ba(Value v) { return pv_isinst(v, &pv_bytearray_type); }

/* An int 0..255 from v, with CPython's errors. */
int pv_byte_value(Value v, int *out)
{
    if (!pv_is_int(v)) {
        if (!pv_type(v)->index) {
            pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
            return -1;
        }
        v = pv_index(v);
        if (!v) return -1;
    }
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0 || n < 0 || n > 255) {
        pv_err_clear();
        pv_raise(&pv_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* Bytes of an iterable of ints (or a bytes-like) appended to b. */
static int collect_bytes(PvBuf *b, Value src, bool bytes_msg)
{
    const char *d;
    size_t n;
    if (pv_bytes_like(src, &d, &n)) return pv_buf_append(b, d, n);
    Value it = pv_iter(src);
    if (!it) return -1;
    Value x;
    while ((x = pv_next(it))) {
        int c;
        if (pv_byte_value(x, &c) < 0) {
            if (bytes_msg && pv_err_matches(&pv_exc_ValueError)) {
                pv_err_clear();
                pv_raise(&pv_exc_ValueError, "bytes must be in range(0, 256)");
            }
            return -1;
        }
        char ch = (char)c;
        if (pv_buf_append(b, &ch, 1) < 0) return -1;
    }
    return pv_err_occurred() ? -1 : 0;
}

/* bytes(x) / bytearray(x) source conversion into b. */
static int from_source(PvBuf *b, Value x, Value enc, Value err, const char *tname)
{
    if (pv_is_str(x)) {
        if (!enc) {
            pv_raise(&pv_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        Value r = pv_str_encode(x, pv_str_data(enc), err ? pv_str_data(err) : "strict");
        if (!r) return -1;
        return pv_buf_append(b, pv_bytes_data(r), pv_bytes_size(r));
    }
    if (enc || err) {
        pv_raise(&pv_exc_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    if (pv_is_int(x) || (pv_type(x)->index && !pv_type(x)->iter)) {
        ssize_t n;
        if (pv_index_ssize(x, &n) < 0) return -1;
        if (n < 0) { pv_raise(&pv_exc_ValueError, "negative count"); return -1; }
        return pv_buf_fill(b, 0, n);
    }
    const char *d;
    size_t n;
    if (pv_bytes_like(x, &d, &n)) return pv_buf_append(b, d, n);
    if (!pv_type(x)->iter && !pv_type(x)->getitem) {
        pv_raise(&pv_exc_TypeError, "cannot convert '%T' object to %s", x, tname);
        return -1;
    }
    return collect_bytes(b, x, true);
}

static Value bytes_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    Value x = NULL, enc = NULL, err = NULL;
    if (pv_parse_args("bytes", args, nargs, kwnames, "|OOO", kwlist, &x, &enc, &err) < 0) return NULL;
    if (enc && !pv_is_str(enc))
        return pv_raise(&pv_exc_TypeError, "bytes() argument 'encoding' must be str, not %T", enc);
    if (err && !pv_is_str(err))
        return pv_raise(&pv_exc_TypeError, "bytes() argument 'errors' must be str, not %T", err);
    Value r = NULL;
    if (!x) {
        if (enc || err)
            return pv_raise(&pv_exc_TypeError, enc ? "encoding without a string argument"
                                                 : "errors without a string argument");
        r = pv_bytes_new("", 0);
    } else if (!enc && !err && pv_type_lookup_str(pv_type(x), "__bytes__")) {
        r = pv_call_method(x, "__bytes__", NULL, 0);
        if (!r) return NULL;
        if (!pv_isinst(r, &pv_bytes_type))
            return pv_raise(&pv_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
    } else if (!enc && !err && pv_type(x) == &pv_bytes_type && type == &pv_bytes_type) {
        return x;
    } else {
        PvBuf b;
        pv_buf_init(&b);
        if (from_source(&b, x, enc, err, "bytes") < 0) { pv_buf_free(&b); return NULL; }
        r = pv_buf_finish_bytes(&b);
    }
    if (!r || type == &pv_bytes_type) return r;
    Value sub = bytes_alloc(type, pv_bytes_size(r));
    if (sub) memcpy(pv_bytes_data(sub), pv_bytes_data(r), pv_bytes_size(r));
    return sub;
}

static Value ba_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    return ba_alloc(type);
}

static int ba_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    Value x = NULL, enc = NULL, err = NULL;
    if (pv_parse_args("bytearray", args, nargs, kwnames, "|OOO", kwlist, &x, &enc, &err) < 0) return -1;
    if (enc && !pv_is_str(enc)) {
        pv_raise(&pv_exc_TypeError, "bytearray() argument 'encoding' must be str, not %T", enc);
        return -1;
    }
    if (err && !pv_is_str(err)) {
        pv_raise(&pv_exc_TypeError, "bytearray() argument 'errors' must be str, not %T", err);
        return -1;
    }
    if (!x && (enc || err)) {
        pv_raise(&pv_exc_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    PvBuf b;
    pv_buf_init(&b);
    if (x && from_source(&b, x, enc, err, "bytearray") < 0) { pv_buf_free(&b); return -1; }
    int r = pv_bytearray_resize(self, b.size);
    if (r == 0 && b.size) memcpy(BA(self)->data, b.data, b.size);
    pv_buf_free(&b);
    return r;
}

/* ---- repr ---- */

Value pv_bytes_repr_data(const char *data, size_t n, const char *prefix)
{
    bool sq = memchr(data, '\'', n) != NULL, dq = memchr(data, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, prefix);
    pv_buf_append(&b, "b", 1);
    pv_buf_append(&b, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)data[i];
        char tmp[8];
        int k;
        if (c == (unsigned char)q || c == '\\') { tmp[0] = '\\'; tmp[1] = (char)c; k = 2; }
        else if (c == '\t') { memcpy(tmp, "\\t", 2); k = 2; }
        else if (c == '\n') { memcpy(tmp, "\\n", 2); k = 2; }
        else if (c == '\r') { memcpy(tmp, "\\r", 2); k = 2; }
        else if (c < 0x20 || c >= 0x7f) k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else { tmp[0] = (char)c; k = 1; }
        if (pv_buf_append(&b, tmp, k) < 0) { pv_buf_free(&b); return NULL; }
    }
    pv_buf_append(&b, &q, 1);
    if (*prefix) pv_buf_append(&b, ")", 1);
    return pv_buf_finish_str(&b);
}

static Value bytes_repr(Value v)
{
    return pv_bytes_repr_data(pv_bytes_data(v), pv_bytes_size(v), "");
}

static Value ba_repr(Value v)
{
    char pre[80];
    const char *tn = pv_type_name(pv_type(v));
    snprintf(pre, sizeof pre, "%s(", tn);
    return pv_bytes_repr_data(BA(v)->data ? BA(v)->data : "", BA(v)->size, pre);
}

/* ---- comparison, hash ---- */

static Value bytes_richcompare(Value a, Value b, int op)
{
    const char *x, *y;
    size_t nx, ny;
    bool ab = pv_isinst(a, &pv_bytes_type) || is_ba(a), bb = pv_isinst(b, &pv_bytes_type) || is_ba(b);
    if (!ab || !bb) return pv_NotImplemented;
    pv_bytes_like(a, &x, &nx);
    pv_bytes_like(b, &y, &ny);
    if (op == PV_EQ || op == PV_NE) {
        bool eq = nx == ny && memcmp(x, y, nx) == 0;
        return pv_bool(eq == (op == PV_EQ));
    }
    int c = memcmp(x, y, nx < ny ? nx : ny);
    if (c == 0) c = nx < ny ? -1 : nx > ny;
    bool r = op == PV_LT ? c < 0 : op == PV_LE ? c <= 0 : op == PV_GT ? c > 0 : c >= 0;
    return pv_bool(r);
}

static int64_t bytes_hash(Value v)
{
    PvBytes *b = (PvBytes *)v;
    if (b->hash == -1) {
        int64_t h = (int64_t)(pv_hash_bytes(b->data, b->size) >> 1);
        b->hash = h == -1 ? -2 : h;
    }
    return b->hash;
}


/* ---- sequence protocol ---- */

static ssize_t bytes_len(Value v)
{
    const char *d;
    size_t n;
    self_data(v, &d, &n);
    return (ssize_t)n;
}

static Value make_like(Value self, const char *d, size_t n)
{
    return is_ba(self) ? pv_bytearray_new(d, n) : pv_bytes_new(d, n);
}

static Value bytes_getitem(Value self, Value key)
{
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    const char *tn = is_ba(self) ? "bytearray index" : "index";
    if (pv_type(key) == &pv_slice_type) {
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, (ssize_t)n, &start, &stop, &step, &len) < 0) return NULL;
        if (step == 1) {
            if (!is_ba(self) && len == (ssize_t)n && pv_type(self) == &pv_bytes_type) return self;
            return make_like(self, d + start, len > 0 ? len : 0);
        }
        PvBuf b;
        pv_buf_init(&b);
        for (ssize_t i = 0, k = start; i < len; i++, k += step)
            if (pv_buf_append(&b, d + k, 1) < 0) { pv_buf_free(&b); return NULL; }
        Value r = make_like(self, b.data ? b.data : "", b.size);
        pv_buf_free(&b);
        return r;
    }
    if (!pv_is_int(key) && !pv_type(key)->index)
        return pv_raise(&pv_exc_TypeError, "%s indices must be integers or slices, not %T",
                        is_ba(self) ? "bytearray" : "byte", key);
    ssize_t i;
    if (pv_index_ssize(key, &i) < 0) {
        if (pv_err_matches(&pv_exc_OverflowError)) {
            pv_err_clear();
            return pv_raise(&pv_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    if (i < 0) i += (ssize_t)n;
    if (i < 0 || (size_t)i >= n) return pv_raise(&pv_exc_IndexError, "%s out of range", tn);
    return pv_small((unsigned char)d[i]);
}

static int bytes_contains(Value self, Value x)
{
    const char *d, *s;
    size_t n, sn;
    self_data(self, &d, &n);
    if (pv_is_int(x) || (pv_type(x)->index && !pv_bytes_like(x, &s, &sn))) {
        int c;
        if (pv_byte_value(x, &c) < 0) return -1;
        return memchr(d, c, n) != NULL;
    }
    if (!pv_bytes_like(x, &s, &sn)) {
        pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", x);
        return -1;
    }
    return pv_mem_find(d, n, s, sn) >= 0;
}

static Value bytes_add(Value a, Value b)
{
    const char *x, *y;
    size_t nx, ny;
    bool abytes = pv_isinst(a, &pv_bytes_type) || is_ba(a);
    if (!abytes || !pv_bytes_like(a, &x, &nx)) return pv_NotImplemented;
    if (!pv_bytes_like(b, &y, &ny))
        return pv_raise(&pv_exc_TypeError, "can't concat %T to %T", b, a);
    PvBuf buf;
    pv_buf_init(&buf);
    if (pv_buf_append(&buf, x, nx) < 0 || pv_buf_append(&buf, y, ny) < 0) { pv_buf_free(&buf); return NULL; }
    Value r = make_like(a, buf.data ? buf.data : "", buf.size);
    pv_buf_free(&buf);
    return r;
}

static Value repeat(Value self, Value count)
{
    ssize_t n;
    if (pv_index_ssize(count, &n) < 0) return NULL;
    const char *d;
    size_t sz;
    self_data(self, &d, &sz);
    if (n < 0) n = 0;
    if (sz && (size_t)n > SIZE_MAX / 2 / sz) return pv_nomemory();
    PvBuf b;
    pv_buf_init(&b);
    if (pv_buf_reserve(&b, sz * n) < 0) return NULL;
    for (ssize_t i = 0; i < n; i++) pv_buf_append(&b, d, sz);
    Value r = make_like(self, b.data ? b.data : "", b.size);
    pv_buf_free(&b);
    return r;
}

static bool index_like(Value v) { return pv_is_int(v) || pv_type(v)->index; }

static Value bytes_mul(Value a, Value b)
{
    bool ab = pv_isinst(a, &pv_bytes_type) || is_ba(a);
    bool bb = pv_isinst(b, &pv_bytes_type) || is_ba(b);
    if (ab && index_like(b)) return repeat(a, b);
    if (bb && index_like(a)) return repeat(b, a);
    return pv_NotImplemented;
}

static Value bytes_mod(Value a, Value b)
{
    if (!(pv_isinst(a, &pv_bytes_type) || is_ba(a))) return pv_NotImplemented;
    return pv_bytes_mod(a, b, is_ba(a));
}

static Value ba_iadd(Value a, Value b)
{
    if (!is_ba(a)) return pv_NotImplemented;
    const char *y;
    size_t ny;
    if (!pv_bytes_like(b, &y, &ny))
        return pv_raise(&pv_exc_TypeError, "can't concat %T to %T", b, a);
    size_t old = BA(a)->size;
    if (b == a) {
        if (pv_bytearray_resize(a, old * 2) < 0) return NULL;
        memcpy(BA(a)->data + old, BA(a)->data, old);
        return a;
    }
    if (pv_bytearray_resize(a, old + ny) < 0) return NULL;
    memcpy(BA(a)->data + old, y, ny);
    return a;
}

static Value ba_imul(Value a, Value b)
{
    if (!is_ba(a) || !index_like(b)) return pv_NotImplemented;
    ssize_t n;
    if (pv_index_ssize(b, &n) < 0) return NULL;
    size_t sz = BA(a)->size;
    if (n <= 0) { if (pv_bytearray_resize(a, 0) < 0) return NULL; return a; }
    if (sz && (size_t)n > SIZE_MAX / 2 / sz) return pv_nomemory();
    if (pv_bytearray_resize(a, sz * n) < 0) return NULL;
    for (ssize_t i = 1; i < n; i++) memcpy(BA(a)->data + i * sz, BA(a)->data, sz);
    return a;
}

/* bytearray item and slice assignment / deletion. */
static int ba_setitem(Value self, Value key, Value v)
{
    PvByteArray *b = BA(self);
    if (pv_type(key) != &pv_slice_type) {
        if (!pv_is_int(key) && !pv_type(key)->index) {
            pv_raise(&pv_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
            return -1;
        }
        ssize_t i;
        if (pv_index_ssize(key, &i) < 0) return -1;
        if (i < 0) i += (ssize_t)b->size;
        if (i < 0 || (size_t)i >= b->size) {
            pv_raise(&pv_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!v) {
            if (b->exports && pv_bytearray_check_resizable(self) < 0) {
                return -1;
            }
            memmove(b->data + i, b->data + i + 1, b->size - i - 1);
            return pv_bytearray_resize(self, b->size - 1);
        }
        int c;
        if (pv_byte_value(v, &c) < 0) return -1;
        b->data[i] = (char)c;
        return 0;
    }
    ssize_t start, stop, step, len;
    if (pv_slice_indices(key, (ssize_t)b->size, &start, &stop, &step, &len) < 0) return -1;
    PvBuf src;
    pv_buf_init(&src);
    if (v) {
        if (pv_is_int(v)) {
            pv_raise(&pv_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (pv_is_str(v)) {
            pv_raise(&pv_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (collect_bytes(&src, v, false) < 0) { pv_buf_free(&src); return -1; }
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        size_t old = stop - start, nw = src.size, tail = b->size - stop;
        size_t nsize = b->size - old + nw;
        if (nw != old && b->exports && pv_bytearray_check_resizable(self) < 0) {
            r = -1;
        } else if (nw > old) {
            if (pv_bytearray_resize(self, nsize) < 0) r = -1;
            else {
                memmove(b->data + start + nw, b->data + stop, tail);
                memcpy(b->data + start, src.data, nw);
            }
        } else {
            if (nw) memcpy(b->data + start, src.data, nw);
            memmove(b->data + start + nw, b->data + stop, tail);
            r = pv_bytearray_resize(self, nsize);
        }
    } else if (!v) {
        if (len > 0) {
            if (b->exports && pv_bytearray_check_resizable(self) < 0) {
                return -1;
            }
            if (step < 0) { start = start + step * (len - 1); step = -step; }
            size_t o = 0;
            for (size_t i = 0; i < b->size; i++) {
                if ((ssize_t)i >= start && ((ssize_t)i - start) % step == 0 &&
                    ((ssize_t)i - start) / step < len)
                    continue;
                b->data[o++] = b->data[i];
            }
            r = pv_bytearray_resize(self, o);
        }
    } else {
        if ((ssize_t)src.size != len) {
            pv_raise(&pv_exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %zd",
                     src.size, len);
            r = -1;
        } else {
            for (ssize_t i = 0, k = start; i < len; i++, k += step) b->data[k] = src.data[i];
        }
    }
    pv_buf_free(&src);
    return r;
}

/* ---- iterator ---- */

typedef struct BytesIter { PvObj h; Value seq; size_t i; } BytesIter;
static void bi_mark(Value v) { pv_gc_mark(((BytesIter *)v)->seq); }
static Value bi_iter(Value v) { return v; }
static Value bi_next(Value v)
{
    BytesIter *it = (BytesIter *)v;
    if (!it->seq) return NULL;
    const char *d;
    size_t n;
    self_data(it->seq, &d, &n);
    if (it->i >= n) { it->seq = NULL; return NULL; }
    return pv_small((unsigned char)d[it->i++]);
}
static PvType bytes_iter_type = {
    .name = "bytes_iterator", .basicsize = sizeof(BytesIter),
    .mark = bi_mark, .iter = bi_iter, .iternext = bi_next,
};
static PvType ba_iter_type = {
    .name = "bytearray_iterator", .basicsize = sizeof(BytesIter),
    .mark = bi_mark, .iter = bi_iter, .iternext = bi_next,
};

static Value bytes_iter(Value self)
{
    PvType *t = is_ba(self) ? &ba_iter_type : &bytes_iter_type;
    pv_text_ready(t);
    BytesIter *it = pv_alloc(t, sizeof(BytesIter));
    if (!it) return NULL;
    it->seq = self;
    return (Value)it;
}

static Value bytes_str(Value v)
{
    return pv_repr(v);
}

PvType pv_bytes_type = {
    .name = "bytes",
    .basicsize = sizeof(PvBytes),
    .itemsize = 1,
    .flags = PV_TPFLAG_BASETYPE,
    .methods = pv_bytes_methods,
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .binop = {
        [PV_OP_ADD] = bytes_add,
        [PV_OP_MUL] = bytes_mul,
        [PV_OP_MOD] = bytes_mod,
    },
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
};

PvType pv_bytearray_type = {
    .name = "bytearray",
    .basicsize = sizeof(PvByteArray),
    .flags = PV_TPFLAG_BASETYPE,
    .methods = pv_bytearray_methods,
    .finalize = ba_finalize,
    .repr = ba_repr,
    .str = bytes_str,
    .hash = pv_unhashable,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = ba_new,
    .init = ba_init,
    .binop = {
        [PV_OP_ADD] = bytes_add,
        [PV_OP_MUL] = bytes_mul,
        [PV_OP_MOD] = bytes_mod,
        [PV_OP_INPLACE + PV_OP_ADD] = ba_iadd,
        [PV_OP_INPLACE + PV_OP_MUL] = ba_imul,
    },
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = ba_setitem,
    .contains = bytes_contains,
};
