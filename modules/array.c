/* array.c: the array module: array.array, a typed, contiguous buffer of C
 * numbers (typecodes b B u h H i I l L q Q f d). Its memory is reachable
 * from C through pv_array_buffer (for struct, hashes, binascii and the
 * FFI, which passes arrays as pointers). */
#include "pv.h"
#include "str_impl.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    PvObj h;
    char tc;
    size_t itemsize, len, cap;
    char *data; /* pv_mem_alloc'd, cap items */
    size_t exports; /* live memoryviews: resizing is refused */
} PvArray;

static PvType array_type;
#define A(v) ((PvArray *)(v))
static const char typecodes[] = "bBuhHiIlLqQfd";

static size_t tc_size(char c)
{
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

bool pv_array_buffer(Value v, void **ptr, size_t *len, bool *writable)
{
    if (pv_is_small(v) || !pv_isinst(v, &array_type))
        return false;
    *ptr = A(v)->data;
    *len = A(v)->len * A(v)->itemsize;
    if (writable)
        *writable = true;
    return true;
}

void pv_array_export(Value v, int delta)
{
    if (delta > 0 || A(v)->exports)
        A(v)->exports += (size_t)(ssize_t)delta;
}

/* -1 + BufferError when a memoryview holds the array's memory. */
static int resizable(PvArray *a)
{
    if (!a->exports)
        return 0;
    pv_raise(&pv_exc_BufferError, "cannot resize an array that is exporting buffers");
    return -1;
}

static void array_finalize(Value self)
{
    if (A(self)->data)
        pv_mem_free(A(self)->data, A(self)->cap * A(self)->itemsize);
    A(self)->data = NULL;
}

static int reserve(PvArray *a, size_t n)
{
    if (n <= a->cap)
        return 0;
    if (n > (size_t)PTRDIFF_MAX / 2 / a->itemsize)
        return pv_nomemory() ? 0 : -1;
    size_t ncap = a->cap ? a->cap : 4;
    while (ncap < n)
        ncap *= 2;
    char *d = a->data ? pv_mem_realloc(a->data, a->cap * a->itemsize, ncap * a->itemsize)
                      : pv_mem_alloc(ncap * a->itemsize);
    if (!d)
        return -1;
    a->data = d;
    a->cap = ncap;
    return 0;
}

static Value array_alloc(PvType *type, char tc)
{
    PvArray *a = (PvArray *)pv_type_alloc(type, 0);
    if (!a)
        return NULL;
    a->tc = tc;
    a->itemsize = tc_size(tc);
    return (Value)a;
}

/* ---- item conversion ---- */

static Value get_item(PvArray *a, size_t i)
{
    const char *p = a->data + i * a->itemsize;
    switch (a->tc) {
    case 'b': return pv_small(*(const signed char *)p);
    case 'B': return pv_small(*(const unsigned char *)p);
    case 'h': { int16_t x; memcpy(&x, p, 2); return pv_small(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return pv_small(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return pv_small(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return pv_small(x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return pv_int_from_i64(x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return pv_int_from_u64(x); }
    case 'f': { float x; memcpy(&x, p, 4); return pv_float_new(x); }
    case 'd': { double x; memcpy(&x, p, 8); return pv_float_new(x); }
    case 'u': { uint32_t x; memcpy(&x, p, 4); return pv_str_from_codepoint(x); }
    }
    return NULL;
}

static int set_item(PvArray *a, char *p, Value v)
{
    char tc = a->tc;
    if (tc == 'f' || tc == 'd') {
        double x;
        if (!pv_isinst(v, &pv_float_type) && !pv_is_int(v) && !pv_type(v)->to_float && !pv_type(v)->index) {
            pv_raise(&pv_exc_TypeError, "must be real number, not %s", pv_type_name(pv_type(v)));
            return -1;
        }
        if (pv_float_as_double(v, &x) < 0)
            return -1;
        if (tc == 'f') {
            float f = (float)x;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &x, 8);
        }
        return 0;
    }
    if (tc == 'u') {
        if (!pv_is_str(v) || pv_str_len(v) != 1) {
            pv_raise(&pv_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = pv_str_char_at(v, 0);
        memcpy(p, &cp, 4);
        return 0;
    }
    if (!pv_is_int(v)) {
        if (pv_isinst(v, &pv_float_type) || !pv_type(v)->index) {
            pv_raise(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     pv_type_name(pv_type(v)));
            return -1;
        }
        if (!(v = pv_index(v)))
            return -1;
    }
    bool is_unsigned = tc == 'B' || tc == 'H' || tc == 'I' || tc == 'L' || tc == 'Q';
    size_t n = a->itemsize;
    static const struct { char tc; const char *name; } names[] = {
        {'b', "signed char"}, {'B', "unsigned byte integer"}, {'h', "signed short integer"},
        {'H', "unsigned short"}, {'i', "signed integer"}, {'I', "unsigned int"},
        {'l', "signed long"}, {'L', "unsigned long"}, {'q', "signed long long"}, {'Q', "unsigned long long"}};
    const char *name = "integer";
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (names[k].tc == tc)
            name = names[k].name;
    if (is_unsigned) {
        uint64_t u;
        if (pv_int_sign(v) < 0) {
            pv_raise(&pv_exc_OverflowError, "%s is less than minimum", name);
            return -1;
        }
        if (pv_int_to_u64(v, &u) < 0 || (n < 8 && u >> (8 * n))) {
            pv_err_clear();
            pv_raise(&pv_exc_OverflowError, "%s is greater than maximum", name);
            return -1;
        }
        for (size_t k = 0; k < n; k++) /* little end first on this host order */
            ((uint8_t *)p)[k] = 0;
        memcpy(p, &u, n); /* little-endian hosts: low bytes first */
    } else {
        int64_t x;
        if (pv_int_to_i64(v, &x) < 0) {
            pv_err_clear();
            pv_raise(&pv_exc_OverflowError, "%s is %s", name,
                     pv_int_sign(v) < 0 ? "less than minimum" : "greater than maximum");
            return -1;
        }
        if (n < 8) {
            int64_t lo = -((int64_t)1 << (8 * n - 1)), hi = ((int64_t)1 << (8 * n - 1)) - 1;
            if (x < lo || x > hi) {
                pv_raise(&pv_exc_OverflowError, "%s is %s", name,
                         x < lo ? "less than minimum" : "greater than maximum");
                return -1;
            }
        }
        memcpy(p, &x, n);
    }
    return 0;
}

static int append(PvArray *a, Value v)
{
    char tmp[8];
    if (set_item(a, tmp, v) < 0 || resizable(a) < 0 || reserve(a, a->len + 1) < 0)
        return -1;
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
    return 0;
}

static int extend_iter(PvArray *a, Value iterable)
{
    if (pv_isinst(iterable, &array_type)) {
        PvArray *b = A(iterable);
        if (b->tc != a->tc) {
            pv_raise(&pv_exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        size_t n = b->len;
        if ((n && resizable(a) < 0) || reserve(a, a->len + n) < 0)
            return -1;
        memmove(a->data + a->len * a->itemsize, b->data, n * a->itemsize);
        a->len += n;
        return 0;
    }
    Value it = pv_iter(iterable);
    if (!it)
        return -1;
    Value v;
    while ((v = pv_next(it)))
        if (append(a, v) < 0)
            return -1;
    return pv_err_occurred() ? -1 : 0;
}

static int frombytes(PvArray *a, const char *d, size_t n)
{
    if (n % a->itemsize) {
        pv_raise(&pv_exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    size_t k = n / a->itemsize;
    if ((k && resizable(a) < 0) || reserve(a, a->len + k) < 0)
        return -1;
    memcpy(a->data + a->len * a->itemsize, d, n);
    a->len += k;
    return 0;
}

static int fromunicode(PvArray *a, Value s)
{
    size_t n = pv_str_len(s);
    if ((n && resizable(a) < 0) || reserve(a, a->len + n) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = pv_str_char_at(s, i);
        memcpy(a->data + (a->len + i) * 4, &cp, 4);
    }
    a->len += n;
    return 0;
}

static Value array_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (type == &array_type && kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return pv_raise(&pv_exc_TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
    Value tcv = args[0];
    if (!pv_is_str(tcv) || pv_str_len(tcv) != 1)
        return pv_raise(&pv_exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                        pv_type_name(pv_type(tcv)));
    char tc = pv_str_data(tcv)[0];
    if (!tc_size(tc) || pv_str_size(tcv) != 1)
        return pv_raise(&pv_exc_ValueError,
                        "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value self = array_alloc(type, tc);
    if (!self || nargs == 1)
        return self;
    Value init = args[1];
    const char *d;
    size_t n;
    if (pv_is_str(init)) {
        if (tc != 'u')
            return pv_raise(&pv_exc_TypeError,
                            "cannot use a str to initialize an array with typecode '%c'", tc);
        return fromunicode(A(self), init) < 0 ? NULL : self;
    }
    if (pv_isinst(init, &array_type) && A(init)->tc == 'u' && tc != 'u')
        return pv_raise(&pv_exc_TypeError,
                        "cannot use a unicode array to initialize an array with typecode '%c'", tc);
    if (pv_isinst(init, &array_type) && A(init)->tc != tc) {
        /* convert element by element */
        for (size_t i = 0; i < A(init)->len; i++) {
            Value v = get_item(A(init), i);
            if (!v || append(A(self), v) < 0)
                return NULL;
        }
        return self;
    }
    if ((pv_isinst(init, &pv_bytes_type) || pv_isinst(init, &pv_bytearray_type)) && pv_bytes_like(init, &d, &n))
        return frombytes(A(self), d, n) < 0 ? NULL : self;
    return extend_iter(A(self), init) < 0 ? NULL : self;
}

/* ---- sequence protocol ---- */

static ssize_t array_len(Value self) { return (ssize_t)A(self)->len; }

static int norm_index(PvArray *a, Value key, size_t *out, const char *msg)
{
    ssize_t i;
    if (pv_seq_index_arg(key, &i, "array") < 0)
        return -1;
    if (i < 0)
        i += (ssize_t)a->len;
    if (i < 0 || (size_t)i >= a->len) {
        pv_raise(&pv_exc_IndexError, "%s", msg);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Value array_getitem(Value self, Value key)
{
    PvArray *a = A(self);
    if (pv_is_type(key, &pv_slice_type)) {
        ssize_t start, stop, step, n;
        if (pv_slice_indices(key, (ssize_t)a->len, &start, &stop, &step, &n) < 0)
            return NULL;
        Value r = array_alloc(pv_type(self) == &array_type ? &array_type : &array_type, a->tc);
        if (!r || reserve(A(r), (size_t)n) < 0)
            return NULL;
        for (ssize_t k = 0, i = start; k < n; k++, i += step)
            memcpy(A(r)->data + k * a->itemsize, a->data + i * a->itemsize, a->itemsize);
        A(r)->len = (size_t)n;
        return r;
    }
    size_t i;
    if (norm_index(a, key, &i, "array index out of range") < 0)
        return NULL;
    return get_item(a, i);
}

static int del_range(PvArray *a, size_t start, size_t n)
{
    if (n && resizable(a) < 0)
        return -1;
    memmove(a->data + start * a->itemsize, a->data + (start + n) * a->itemsize,
            (a->len - start - n) * a->itemsize);
    a->len -= n;
    return 0;
}

static int array_setitem(Value self, Value key, Value v)
{
    PvArray *a = A(self);
    if (pv_is_type(key, &pv_slice_type)) {
        ssize_t start, stop, step, n;
        if (pv_slice_indices(key, (ssize_t)a->len, &start, &stop, &step, &n) < 0)
            return -1;
        if (!v) {
            if (step == 1)
                return del_range(a, (size_t)start, (size_t)n);
            /* delete every step-th item: compact the kept ones */
            if (n && resizable(a) < 0)
                return -1;
            size_t w = 0;
            for (size_t i = 0; i < a->len; i++) {
                bool del = false;
                if (step > 0)
                    del = (ssize_t)i >= start && (ssize_t)i < stop && ((ssize_t)i - start) % step == 0;
                else
                    del = (ssize_t)i <= start && (ssize_t)i > stop && (start - (ssize_t)i) % (-step) == 0;
                if (!del)
                    memmove(a->data + w++ * a->itemsize, a->data + i * a->itemsize, a->itemsize);
            }
            a->len = w;
            return 0;
        }
        if (!pv_isinst(v, &array_type)) {
            pv_raise(&pv_exc_TypeError, "can only assign array (not \"%s\") to array slice",
                     pv_type_name(pv_type(v)));
            return -1;
        }
        PvArray *b = A(v);
        if (b->tc != a->tc) {
            pv_raise(&pv_exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        size_t bn = b->len;
        char *copy = malloc(bn * a->itemsize + 1);
        if (!copy) {
            pv_nomemory();
            return -1;
        }
        memcpy(copy, b->data, bn * a->itemsize);
        if (step == 1) {
            size_t s = (size_t)start, old = (size_t)n;
            if ((bn != old && resizable(a) < 0) || (bn > old && reserve(a, a->len + bn - old) < 0)) {
                free(copy);
                return -1;
            }
            memmove(a->data + (s + bn) * a->itemsize, a->data + (s + old) * a->itemsize,
                    (a->len - s - old) * a->itemsize);
            memcpy(a->data + s * a->itemsize, copy, bn * a->itemsize);
            a->len = a->len - old + bn;
        } else {
            if ((size_t)n != bn) {
                free(copy);
                pv_raise(&pv_exc_ValueError, "attempt to assign array of size %zu to extended slice of size %zd",
                         bn, n);
                return -1;
            }
            for (ssize_t k = 0, i = start; k < n; k++, i += step)
                memcpy(a->data + i * a->itemsize, copy + k * a->itemsize, a->itemsize);
        }
        free(copy);
        return 0;
    }
    size_t i;
    if (norm_index(a, key, &i, v ? "array assignment index out of range" : "array assignment index out of range") < 0)
        return -1;
    if (!v)
        return del_range(a, i, 1);
    return set_item(a, a->data + i * a->itemsize, v);
}

static int array_contains(Value self, Value item)
{
    for (size_t i = 0; i < A(self)->len; i++) {
        Value v = get_item(A(self), i);
        int r = v ? pv_eq(v, item) : -1;
        if (r != 0)
            return r;
    }
    return 0;
}

static Value array_iter(Value self) { return pv_seqiter_new(self); }

static Value array_repr(Value self)
{
    PvArray *a = A(self);
    if (!a->len)
        return pv_str_printf("%s('%c')", pv_type_name(pv_type(self)), a->tc);
    Value inner;
    if (a->tc == 'u') {
        PvBuf b;
        pv_buf_init(&b);
        for (size_t i = 0; i < a->len; i++) {
            Value c = get_item(a, i);
            if (!c || pv_buf_append_str(&b, c) < 0) {
                pv_buf_free(&b);
                return NULL;
            }
        }
        Value s = pv_buf_finish_str(&b);
        inner = s ? pv_repr(s) : NULL;
    } else {
        Value l = pv_list_new(a->len);
        if (!l)
            return NULL;
        for (size_t i = 0; i < a->len; i++)
            if (!(pv_list_items(l)[i] = get_item(a, i)))
                return NULL;
        inner = pv_repr(l);
    }
    if (!inner)
        return NULL;
    return pv_str_printf("%s('%c', %S)", pv_type_name(pv_type(self)), a->tc, inner);
}

static Value array_richcompare(Value x, Value y, int op)
{
    if (!pv_isinst(y, &array_type) || !pv_isinst(x, &array_type))
        return pv_NotImplemented;
    PvArray *a = A(x), *b = A(y);
    if ((op == PV_EQ || op == PV_NE) && a->len != b->len)
        return pv_bool(op == PV_NE);
    size_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        Value va = get_item(a, i), vb = get_item(b, i);
        if (!va || !vb)
            return NULL;
        int r = pv_eq(va, vb);
        if (r < 0)
            return NULL;
        if (!r) {
            if (op == PV_EQ)
                return pv_False;
            if (op == PV_NE)
                return pv_True;
            return pv_compare(va, vb, op);
        }
    }
    size_t la = a->len, lb = b->len;
    bool res;
    switch (op) {
    case PV_LT: res = la < lb; break;
    case PV_LE: res = la <= lb; break;
    case PV_EQ: res = la == lb; break;
    case PV_NE: res = la != lb; break;
    case PV_GT: res = la > lb; break;
    default: res = la >= lb; break;
    }
    return pv_bool(res);
}

static Value array_concat(Value x, Value y)
{
    if (!pv_isinst(x, &array_type))
        return pv_NotImplemented;
    if (!pv_isinst(y, &array_type))
        return pv_raise(&pv_exc_TypeError, "can only append array (not \"%s\") to array",
                        pv_type_name(pv_type(y)));
    if (A(x)->tc != A(y)->tc)
        return pv_raise(&pv_exc_TypeError, "bad argument type for built-in operation");
    Value r = array_alloc(&array_type, A(x)->tc);
    if (!r || extend_iter(A(r), x) < 0 || extend_iter(A(r), y) < 0)
        return NULL;
    return r;
}

static Value array_repeat(Value x, Value y)
{
    if (!pv_isinst(x, &array_type)) {
        Value t = x;
        x = y;
        y = t;
    }
    if (!pv_isinst(x, &array_type))
        return pv_NotImplemented;
    if (!pv_is_int(y) && !pv_type(y)->index)
        return pv_seq_binop_error("array", y, true);
    int64_t n;
    if (!(y = pv_index(y)) || pv_int_to_i64(y, &n) < 0)
        return NULL;
    Value r = array_alloc(&array_type, A(x)->tc);
    if (!r)
        return NULL;
    if (n <= 0 || !A(x)->len)
        return r;
    size_t len = A(x)->len, sz = len * A(x)->itemsize;
    if ((size_t)n > (size_t)PTRDIFF_MAX / sz)
        return pv_nomemory();
    if (reserve(A(r), len * (size_t)n) < 0)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        memcpy(A(r)->data + (size_t)k * sz, A(x)->data, sz);
    A(r)->len = len * (size_t)n;
    return r;
}

static Value array_iconcat(Value x, Value y)
{
    if (!pv_isinst(x, &array_type))
        return pv_NotImplemented;
    if (!pv_isinst(y, &array_type))
        return pv_raise(&pv_exc_TypeError, "can only extend array with array (not \"%s\")",
                        pv_type_name(pv_type(y)));
    return extend_iter(A(x), y) < 0 ? NULL : x;
}

static Value array_irepeat(Value x, Value y)
{
    Value r = array_repeat(x, y);
    if (!r || r == pv_NotImplemented)
        return r;
    if (A(r)->len != A(x)->len && resizable(A(x)) < 0)
        return NULL;
    array_finalize(x);
    A(x)->data = A(r)->data;
    A(x)->cap = A(r)->cap;
    A(x)->len = A(r)->len;
    A(r)->data = NULL;
    A(r)->cap = A(r)->len = 0;
    return x;
}

/* ---- methods ---- */

static Value m_append(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("append", nargs, kw) < 0 || append(A(self), args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value m_extend(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("extend", nargs, kw) < 0 || extend_iter(A(self), args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value m_insert(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t i;
    if (pv_check_no_kwargs("insert", kw) < 0 || pv_check_nargs("insert", nargs, 2, 2) < 0 ||
        pv_ssize_arg(args[0], &i) < 0)
        return NULL;
    PvArray *a = A(self);
    ssize_t n = (ssize_t)a->len;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    char tmp[8];
    if (set_item(a, tmp, args[1]) < 0 || resizable(a) < 0 || reserve(a, a->len + 1) < 0)
        return NULL;
    memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize, (a->len - i) * a->itemsize);
    memcpy(a->data + i * a->itemsize, tmp, a->itemsize);
    a->len++;
    return pv_None;
}

static Value m_pop(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t i = -1;
    if (pv_check_no_kwargs("pop", kw) < 0 || pv_check_nargs("pop", nargs, 0, 1) < 0 ||
        (nargs && pv_ssize_arg(args[0], &i) < 0))
        return NULL;
    PvArray *a = A(self);
    if (!a->len)
        return pv_raise(&pv_exc_IndexError, "pop from empty array");
    if (i < 0)
        i += (ssize_t)a->len;
    if (i < 0 || (size_t)i >= a->len)
        return pv_raise(&pv_exc_IndexError, "pop index out of range");
    Value v = get_item(a, (size_t)i);
    if (!v || del_range(a, (size_t)i, 1) < 0)
        return NULL;
    return v;
}

static ssize_t find(PvArray *a, Value x, size_t start, size_t stop)
{
    for (size_t i = start; i < stop && i < a->len; i++) {
        Value v = get_item(a, i);
        int r = v ? pv_eq(v, x) : -1;
        if (r < 0)
            return -2;
        if (r)
            return (ssize_t)i;
    }
    return -1;
}

static Value m_remove(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("remove", nargs, kw) < 0)
        return NULL;
    ssize_t i = find(A(self), args[0], 0, A(self)->len);
    if (i == -2)
        return NULL;
    if (i < 0)
        return pv_raise(&pv_exc_ValueError, "array.remove(x): x not in array");
    return del_range(A(self), (size_t)i, 1) < 0 ? NULL : pv_None;
}

static Value m_index(Value self, Value *args, size_t nargs, Value kw)
{
    size_t start = 0, stop = A(self)->len;
    if (pv_check_no_kwargs("index", kw) < 0 || pv_check_nargs("index", nargs, 1, 3) < 0 ||
        (nargs > 1 && pv_seq_clamp_bound(args[1], A(self)->len, &start) < 0) ||
        (nargs > 2 && pv_seq_clamp_bound(args[2], A(self)->len, &stop) < 0))
        return NULL;
    ssize_t i = find(A(self), args[0], start, stop);
    if (i == -2)
        return NULL;
    if (i < 0)
        return pv_raise(&pv_exc_ValueError, "array.index(x): x not in array");
    return pv_small(i);
}

static Value m_count(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("count", nargs, kw) < 0)
        return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < A(self)->len; i++) {
        Value v = get_item(A(self), i);
        int r = v ? pv_eq(v, args[0]) : -1;
        if (r < 0)
            return NULL;
        c += r;
    }
    return pv_small(c);
}

static Value m_reverse(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_none("reverse", nargs, kw) < 0)
        return NULL;
    PvArray *a = A(self);
    char tmp[8];
    for (size_t i = 0, j = a->len ? a->len - 1 : 0; i < j; i++, j--) {
        memcpy(tmp, a->data + i * a->itemsize, a->itemsize);
        memcpy(a->data + i * a->itemsize, a->data + j * a->itemsize, a->itemsize);
        memcpy(a->data + j * a->itemsize, tmp, a->itemsize);
    }
    return pv_None;
}

static Value m_byteswap(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_none("byteswap", nargs, kw) < 0)
        return NULL;
    PvArray *a = A(self);
    for (size_t i = 0; i < a->len; i++) {
        char *p = a->data + i * a->itemsize;
        for (size_t k = 0; k < a->itemsize / 2; k++) {
            char t = p[k];
            p[k] = p[a->itemsize - 1 - k];
            p[a->itemsize - 1 - k] = t;
        }
    }
    return pv_None;
}

static Value m_tobytes(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_none("tobytes", nargs, kw) < 0)
        return NULL;
    return pv_bytes_new(A(self)->data ? A(self)->data : "", A(self)->len * A(self)->itemsize);
}

static Value m_frombytes(Value self, Value *args, size_t nargs, Value kw)
{
    const char *d;
    size_t n;
    void *p;
    if (pv_arg_one("frombytes", nargs, kw) < 0)
        return NULL;
    if (pv_array_buffer(args[0], &p, &n, NULL))
        d = p;
    else if (!pv_bytes_like(args[0], &d, &n))
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                        pv_type_name(pv_type(args[0])));
    /* copy first: the source may be this very array */
    char *copy = malloc(n + 1);
    if (!copy)
        return pv_nomemory();
    memcpy(copy, d, n);
    int r = frombytes(A(self), copy, n);
    free(copy);
    return r < 0 ? NULL : pv_None;
}

static Value m_tolist(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_none("tolist", nargs, kw) < 0)
        return NULL;
    Value l = pv_list_new(A(self)->len);
    if (!l)
        return NULL;
    for (size_t i = 0; i < A(self)->len; i++)
        if (!(pv_list_items(l)[i] = get_item(A(self), i)))
            return NULL;
    return l;
}

static Value m_fromlist(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("fromlist", nargs, kw) < 0)
        return NULL;
    if (!pv_isinst(args[0], &pv_list_type))
        return pv_raise(&pv_exc_TypeError, "arg must be list");
    size_t old = A(self)->len;
    if (extend_iter(A(self), args[0]) < 0) {
        A(self)->len = old;
        return NULL;
    }
    return pv_None;
}

static Value m_tounicode(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_none("tounicode", nargs, kw) < 0)
        return NULL;
    if (A(self)->tc != 'u')
        return pv_raise(&pv_exc_ValueError, "tounicode() may only be called on unicode type arrays");
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < A(self)->len; i++) {
        Value c = get_item(A(self), i);
        if (!c || pv_buf_append_str(&b, c) < 0) {
            pv_buf_free(&b);
            return NULL;
        }
    }
    return pv_buf_finish_str(&b);
}

static Value m_fromunicode(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("fromunicode", nargs, kw) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "fromunicode() argument must be str, not %s",
                        pv_type_name(pv_type(args[0])));
    if (A(self)->tc != 'u')
        return pv_raise(&pv_exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    return fromunicode(A(self), args[0]) < 0 ? NULL : pv_None;
}

static Value m_buffer_info(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_none("buffer_info", nargs, kw) < 0)
        return NULL;
    return pv_tuple_pack(2, pv_int_from_u64((uintptr_t)A(self)->data), pv_small((int64_t)A(self)->len));
}

static Value m_copy(Value self, Value *args, size_t nargs, Value kw)
{
    Value r = array_alloc(&array_type, A(self)->tc);
    if (!r || extend_iter(A(r), self) < 0)
        return NULL;
    return r;
}

/* CPython's machine format code of each typecode (little-endian, LP64). */
static int mformat_code(char tc)
{
    switch (tc) {
    case 'B': return 0;
    case 'b': return 1;
    case 'H': return 2;
    case 'h': return 4;
    case 'I': return 6;
    case 'i': return 8;
    case 'L': case 'Q': return 10;
    case 'l': case 'q': return 12;
    case 'f': return 14;
    case 'd': return 16;
    default: return 20; /* 'u': UTF-32-LE */
    }
}

/* Protocol 3+: (_array_reconstructor, (type, tc, mformat, bytes), dict);
 * before: (type, (tc, list), dict), as CPython. */
static Value m_reduce_ex(Value self, Value *args, size_t nargs, Value kw)
{
    int64_t proto = 0;
    if (pv_arg_one("__reduce_ex__", nargs, kw) < 0 || !pv_is_int(args[0]) ||
        pv_int_to_i64(args[0], &proto) < 0) {
        if (!pv_err_occurred())
            pv_raise(&pv_exc_TypeError, "an integer is required");
        return NULL;
    }
    Value tc = pv_str_new(&A(self)->tc, 1);
    Value dict = pv_getattr_opt(self, pv_id___dict__);
    if (!dict) {
        if (pv_err_occurred())
            return NULL;
        dict = pv_None;
    }
    if (proto < 3) {
        Value l = m_tolist(self, NULL, 0, NULL);
        Value a = l && tc ? pv_tuple_pack(2, tc, l) : NULL;
        return a ? pv_tuple_pack(3, (Value)pv_type(self), a, dict) : NULL;
    }
    Value mod = pv_import_cstr("array");
    Value fn = mod ? pv_getattr_str(mod, "_array_reconstructor") : NULL;
    Value b = fn ? pv_bytes_new(A(self)->data ? A(self)->data : "", A(self)->len * A(self)->itemsize) : NULL;
    Value a = b ? pv_tuple_pack(4, (Value)pv_type(self), tc, pv_small(mformat_code(A(self)->tc)), b) : NULL;
    return a ? pv_tuple_pack(3, fn, a, dict) : NULL;
}

/* tofile(f): the items' bytes written in 64 KiB blocks, as CPython. */
static Value m_tofile(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_arg_one("tofile", nargs, kw) < 0)
        return NULL;
    size_t total = A(self)->len * A(self)->itemsize, block = 64 * 1024;
    for (size_t off = 0; off < total; off += block) {
        size_t n = total - off < block ? total - off : block;
        Value b = pv_bytes_new(A(self)->data + off, n);
        if (!b || !pv_call_method(args[0], "write", &b, 1))
            return NULL;
    }
    return pv_None;
}

/* fromfile(f, n): n items read with f.read(); EOFError (after appending
 * what came) when the file has fewer. */
static Value m_fromfile(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("fromfile", kw) < 0 || pv_check_nargs("fromfile", nargs, 2, 2) < 0)
        return NULL;
    ssize_t n;
    if (!pv_is_int(args[1]))
        return pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
    if (pv_index_ssize(args[1], &n) < 0)
        return NULL;
    if (n < 0)
        return pv_raise(&pv_exc_ValueError, "negative count");
    if ((size_t)n > (size_t)PTRDIFF_MAX / A(self)->itemsize)
        return pv_nomemory();
    Value want = pv_int_from_i64((int64_t)((size_t)n * A(self)->itemsize));
    Value b = want ? pv_call_method(args[0], "read", &want, 1) : NULL;
    if (!b)
        return NULL;
    if (!pv_is_type(b, &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "read() didn't return bytes");
    size_t got = pv_bytes_size(b) / A(self)->itemsize * A(self)->itemsize;
    if (frombytes(A(self), pv_bytes_data(b), got) < 0)
        return NULL;
    if (pv_bytes_size(b) != (size_t)n * A(self)->itemsize)
        return pv_raise(&pv_exc_EOFError, "read() didn't return enough bytes");
    return pv_None;
}

static Value g_typecode(Value self) { return pv_str_new(&A(self)->tc, 1); }
static Value g_itemsize(Value self) { return pv_small((int64_t)A(self)->itemsize); }

static const PvMethodDef array_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"byteswap", m_byteswap, 0, NULL},
    {"tobytes", m_tobytes, 0, NULL},
    {"frombytes", m_frombytes, 0, NULL},
    {"tolist", m_tolist, 0, NULL},
    {"fromlist", m_fromlist, 0, NULL},
    {"tounicode", m_tounicode, 0, NULL},
    {"fromunicode", m_fromunicode, 0, NULL},
    {"buffer_info", m_buffer_info, 0, NULL},
    {"__copy__", m_copy, 0, NULL},
    {"__deepcopy__", m_copy, 0, NULL},
    {"__reduce_ex__", m_reduce_ex, 0, NULL},
    {"tofile", m_tofile, 0, NULL},
    {"fromfile", m_fromfile, 0, NULL},
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef array_getsets[] = {
    {"typecode", g_typecode, NULL, NULL},
    {"itemsize", g_itemsize, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType array_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "array",
    .basicsize = sizeof(PvArray),
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_SEQUENCE | PV_TPFLAG_WEAKREFABLE,
    .base = &pv_object_type,
    .methods = array_methods,
    .getsets = array_getsets,
    .finalize = array_finalize,
    .new_ = array_new,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .hash = pv_unhashable,
    .iter = array_iter,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .binop = {
        [PV_OP_ADD] = array_concat,
        [PV_OP_MUL] = array_repeat,
        [PV_OP_INPLACE + PV_OP_ADD] = array_iconcat,
        [PV_OP_INPLACE + PV_OP_MUL] = array_irepeat,
    },
};

/* array._array_reconstructor(arraytype, typecode, mformat_code, items):
 * the pickle form of CPython (protocol 3+). mformat_code says how items
 * is laid out (CPython's enum: int8 0/1; int16/32/64 2..13 in pairs of
 * unsigned/signed and LE/BE; float 14/15; double 16/17; UTF-16 18/19;
 * UTF-32 20/21); the items are decoded and given to arraytype(typecode, ...). */
static Value array_reconstructor(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("_array_reconstructor", kw) < 0 ||
        pv_check_nargs("_array_reconstructor", nargs, 4, 4) < 0)
        return NULL;
    Value type = args[0];
    if (!pv_isinst(type, &pv_type_type))
        return pv_raise(&pv_exc_TypeError, "first argument must be a type object, not %T", type);
    if (!pv_type_is_subtype((PvType *)type, &array_type))
        return pv_raise(&pv_exc_TypeError, "%N is not a subtype of array.array", type);
    if (!pv_is_str(args[1]) || pv_str_len(args[1]) != 1 || !strchr(typecodes, pv_str_data(args[1])[0]))
        return pv_raise(&pv_exc_ValueError, "second argument must be a valid type code");
    int64_t code;
    if (!pv_is_int(args[2]) || pv_int_to_i64(args[2], &code) < 0 || code < 0 || code > 21) {
        pv_err_clear();
        return pv_raise(&pv_exc_ValueError, "third argument must be a valid machine format code.");
    }
    if (!pv_is_type(args[3], &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "fourth argument should be bytes, not %T", args[3]);
    const unsigned char *d = (const unsigned char *)pv_bytes_data(args[3]);
    size_t n = pv_bytes_size(args[3]);
    size_t size = code < 2 ? 1 : code < 14 ? (size_t)2 << ((code - 2) / 4)
                : code < 16 ? 4 : code < 18 ? 8 : code < 20 ? 2 : 4;
    bool be = code >= 2 && (code & 1), sgn = code == 1 || (code < 14 && code >= 2 && ((code - 2) / 2) % 2);
    if (n % size)
        return pv_raise(&pv_exc_ValueError, "string length not a multiple of item size");
    Value items = code >= 18 ? NULL : pv_list_new(0);
    PvBuf text;
    pv_buf_init(&text);
    for (size_t i = 0; i < n; i += size) {
        uint64_t u = 0;
        for (size_t k = 0; k < size; k++)
            u |= (uint64_t)d[i + (be ? k : size - 1 - k)] << (8 * (size - 1 - k));
        if (code >= 18) {
            char utf8[4];
            size_t len = 0;
            if (u < 0x80) utf8[len++] = (char)u;
            else if (u < 0x800) { utf8[len++] = (char)(0xC0 | u >> 6); utf8[len++] = (char)(0x80 | (u & 0x3F)); }
            else if (u < 0x10000) { utf8[len++] = (char)(0xE0 | u >> 12); utf8[len++] = (char)(0x80 | ((u >> 6) & 0x3F)); utf8[len++] = (char)(0x80 | (u & 0x3F)); }
            else if (u < 0x110000) { utf8[len++] = (char)(0xF0 | u >> 18); utf8[len++] = (char)(0x80 | ((u >> 12) & 0x3F)); utf8[len++] = (char)(0x80 | ((u >> 6) & 0x3F)); utf8[len++] = (char)(0x80 | (u & 0x3F)); }
            else { pv_buf_free(&text); return pv_raise(&pv_exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)u); }
            if (pv_buf_append(&text, utf8, len) < 0) return NULL;
            continue;
        }
        Value v;
        if (code >= 14 && size == 4) { float f; uint32_t w = (uint32_t)u; memcpy(&f, &w, 4); v = pv_float_new(f); }
        else if (code >= 14) { double f; memcpy(&f, &u, 8); v = pv_float_new(f); }
        else if (sgn) {
            int64_t x = size == 8 ? (int64_t)u : (int64_t)(u ^ (UINT64_C(1) << (8 * size - 1))) - ((int64_t)1 << (8 * size - 1));
            v = pv_int_from_i64(x);
        } else
            v = pv_int_from_u64(u);
        if (!v || pv_list_append(items, v) < 0)
            return NULL;
    }
    if (code >= 18 && !(items = pv_buf_finish_str(&text)))
        return NULL;
    Value a[2] = {args[1], items};
    return pv_call(type, a, 2, NULL);
}

static const PvMethodDef array_module_functions[] = {
    {"_array_reconstructor", array_reconstructor, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_array_module_init(void)
{
    if (!(array_type.flags & PV_TPFLAG_READY)) {
        if (pv_type_ready(&array_type) < 0)
            return NULL;
        array_type.module = pv_intern("array");
    }
    Value m = pv_module_new_cstr("array");
    if (!m || pv_module_add(m, "array", (Value)&array_type) < 0 ||
        pv_module_add(m, "ArrayType", (Value)&array_type) < 0 ||
        pv_module_add(m, "typecodes", pv_str_from_cstr(typecodes)) < 0 ||
        pv_module_add_functions(m, array_module_functions) < 0)
        return NULL;
    /* as CPython: array is a registered MutableSequence */
    Value abc = pv_import_cstr("collections.abc");
    Value ms = abc ? pv_getattr_str(abc, "MutableSequence") : NULL;
    Value arg = (Value)&array_type;
    if (!ms || !pv_call_method(ms, "register", &arg, 1))
        return NULL;
    return m;
}
