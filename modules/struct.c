/* struct.c: the _struct module (Struct, pack, unpack, calcsize, pack_into,
 * unpack_from, iter_unpack) with CPython's formats, byte orders, sizes,
 * alignment and error messages. A format is compiled once into a list of
 * (code, count, offset) items kept in the Struct object. */
#include "pv.h"
#include "str_impl.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char code; size_t count, offset, size; } Item;
typedef struct {
    PvObj h;
    Value format;     /* str */
    char order;       /* '@' native aligned, '<', '>' (also '!'), '=' native unaligned */
    size_t size, nvalues, nitems;
    Item *items;      /* pv_mem_alloc'd */
} PvStruct;

static PvType struct_type, unpack_iter_type;
static Value struct_error; /* struct.error */

static bool little_endian(char order)
{
    if (order == '<') return true;
    if (order == '>') return false;
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

/* Size of one item of `c`, 0 for a bad code. */
static size_t code_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return native ? sizeof(size_t) : 0;
    case 'P': return native ? sizeof(void *) : 0;
    default: return 0;
    }
}

static void struct_mark(Value self)
{
    pv_gc_mark(((PvStruct *)self)->format);
}

static void struct_finalize(Value self)
{
    PvStruct *s = (PvStruct *)self;
    if (s->items)
        pv_mem_free(s->items, s->nitems * sizeof(Item));
    s->items = NULL;
}

static int compile_format(PvStruct *s, const char *f)
{
    s->order = '@';
    if (*f == '@' || *f == '=' || *f == '<' || *f == '>' || *f == '!') {
        s->order = *f == '!' ? '>' : *f;
        f++;
    }
    bool native = s->order == '@';
    size_t n = 0, cap = 8, off = 0, nvalues = 0;
    Item *items = pv_mem_alloc(cap * sizeof(Item));
    if (!items)
        return -1;
    while (*f) {
        if (*f == ' ' || *f == '\t' || *f == '\n' || *f == '\r' || *f == '\v' || *f == '\f') {
            f++;
            continue;
        }
        size_t count = 1;
        bool has_count = false;
        if (*f >= '0' && *f <= '9') {
            count = 0;
            while (*f >= '0' && *f <= '9') {
                if (count > (SIZE_MAX / 10 - 10)) {
                    pv_mem_free(items, cap * sizeof(Item));
                    pv_raise((PvType *)struct_error, "total struct size too long");
                    return -1;
                }
                count = count * 10 + (size_t)(*f++ - '0');
            }
            has_count = true;
            if (!*f) {
                pv_mem_free(items, cap * sizeof(Item));
                pv_raise((PvType *)struct_error, "repeat count given without format specifier");
                return -1;
            }
        }
        (void)has_count;
        char c = *f++;
        size_t sz = code_size(c, native);
        if (!sz) {
            pv_mem_free(items, cap * sizeof(Item));
            pv_raise((PvType *)struct_error, "bad char in struct format");
            return -1;
        }
        if (native && c != 's' && c != 'p' && c != 'x' && c != 'c' && sz > 1)
            off = (off + sz - 1) / sz * sz;
        if (n == cap) {
            Item *ni = pv_mem_realloc(items, cap * sizeof(Item), 2 * cap * sizeof(Item));
            if (!ni) {
                pv_mem_free(items, cap * sizeof(Item));
                return -1;
            }
            items = ni;
            cap *= 2;
        }
        items[n].code = c;
        items[n].count = count;
        items[n].offset = off;
        items[n].size = sz;
        n++;
        if (c == 's' || c == 'p') {
            off += count;
            nvalues += 1;
        } else {
            off += sz * count;
            if (c != 'x')
                nvalues += count;
        }
    }
    s->items = items;
    s->nitems = cap; /* allocation size in items, for finalize */
    s->size = off;
    s->nvalues = nvalues;
    /* remember the real count in a terminator */
    if (n == cap) {
        Item *ni = pv_mem_realloc(items, cap * sizeof(Item), (cap + 1) * sizeof(Item));
        if (!ni)
            return -1;
        s->items = items = ni;
        s->nitems = cap + 1;
    }
    items[n].code = 0;
    return 0;
}

static Value struct_make(PvType *type, Value format)
{
    if (pv_isinst(format, &pv_bytes_type))
        format = pv_bytes_decode(pv_bytes_data(format), pv_bytes_size(format), "ascii", "strict");
    if (!format)
        return NULL;
    if (!pv_is_str(format))
        return pv_raise(&pv_exc_TypeError,
                        "Struct() argument 1 must be a str or bytes object, not %T", format);
    PvStruct *s = pv_alloc(type, type->basicsize);
    if (!s)
        return NULL;
    s->format = format;
    if (compile_format(s, pv_str_data(format)) < 0)
        return NULL;
    return (Value)s;
}

static Value struct_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"format", NULL};
    Value format;
    if (pv_parse_args("Struct", args, nargs, kwnames, "O", kwlist, &format) < 0)
        return NULL;
    return struct_make(type, format);
}

/* ---- packing ---- */

static void put_uint(char *p, uint64_t v, size_t n, bool le)
{
    for (size_t i = 0; i < n; i++)
        p[le ? i : n - 1 - i] = (char)(v >> (8 * i));
}

static uint64_t get_uint(const char *p, size_t n, bool le)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)(uint8_t)p[le ? i : n - 1 - i] << (8 * i);
    return v;
}

static Value range_error(char c, size_t size, bool is_signed)
{
    const char *name = c == 'b' ? "byte" : c == 'B' ? "ubyte" : c == 'h' ? "short" : c == 'H' ? "ushort" : NULL;
    if (size >= 8 || (!is_signed && !name))
        return pv_raise((PvType *)struct_error, "argument out of range");
    int64_t lo = is_signed ? -((int64_t)1 << (8 * size - 1)) : 0;
    int64_t hi = is_signed ? ((int64_t)1 << (8 * size - 1)) - 1 : ((int64_t)1 << (8 * size)) - 1;
    if (name)
        return pv_raise((PvType *)struct_error, "%s format requires %lld <= number <= %lld",
                        name, (long long)lo, (long long)hi);
    return pv_raise((PvType *)struct_error, "'%c' format requires %lld <= number <= %lld",
                    c, (long long)lo, (long long)hi);
}

static int pack_int(char *p, Value v, char c, size_t size, bool le)
{
    if (!pv_is_int(v)) {
        if (pv_type(v)->index && !pv_is_type(v, &pv_float_type)) {
            if (!(v = pv_index(v)))
                return -1;
        } else {
            pv_raise((PvType *)struct_error, "required argument is not an integer");
            return -1;
        }
    }
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    uint64_t u;
    if (is_signed) {
        int64_t x;
        if (pv_int_to_i64(v, &x) < 0) {
            pv_err_clear();
            range_error(c, size, true);
            return -1;
        }
        if (size < 8 && (x < -((int64_t)1 << (8 * size - 1)) || x >= ((int64_t)1 << (8 * size - 1)))) {
            range_error(c, size, true);
            return -1;
        }
        u = (uint64_t)x;
    } else {
        if (pv_int_sign(v) < 0 || pv_int_to_u64(v, &u) < 0) {
            pv_err_clear();
            range_error(c, size, false);
            return -1;
        }
        if (size < 8 && u >> (8 * size)) {
            range_error(c, size, false);
            return -1;
        }
    }
    put_uint(p, u, size, le);
    return 0;
}

/* IEEE half precision from a double, rounding half to even. */
static int pack_half(char *p, double x, bool le)
{
    uint16_t h;
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x))
        h = 0x7e00;
    else if (isinf(x))
        h = 0x7c00;
    else if (a == 0)
        h = 0;
    else {
        int e;
        double m = frexp(a, &e); /* a = m * 2^e, 0.5 <= m < 1 */
        if (e > 16) {
            pv_raise(&pv_exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        if (e < -13) { /* subnormal: units of 2^-24 */
            double q = ldexp(a, 24);
            double r = nearbyint(q);
            h = (uint16_t)r;
        } else {
            /* normal: 10 fraction bits */
            double q = ldexp(m, 11);    /* in [1024, 2048) */
            double r = nearbyint(q);
            int ee = e - 1 + 15;
            if (r >= 2048) {
                r /= 2;
                ee++;
            }
            if (ee >= 31) {
                pv_raise(&pv_exc_OverflowError, "float too large to pack with e format");
                return -1;
            }
            h = (uint16_t)((ee << 10) | ((int)r - 1024));
        }
    }
    h |= sign;
    put_uint(p, h, 2, le);
    return 0;
}

static double unpack_half(uint16_t h)
{
    int e = (h >> 10) & 31, f = h & 1023;
    double v;
    if (e == 0)
        v = ldexp(f, -24);
    else if (e == 31)
        v = f ? NAN : INFINITY;
    else
        v = ldexp(f + 1024, e - 25);
    return (h & 0x8000) ? -v : v;
}

static int pack_one(char *p, Item *it, Value v, bool le)
{
    char c = it->code;
    switch (c) {
    case 'c': {
        const char *d;
        size_t n;
        if (!(pv_isinst(v, &pv_bytes_type) || pv_isinst(v, &pv_bytearray_type)) ||
            !pv_bytes_like(v, &d, &n) || n != 1) {
            pv_raise((PvType *)struct_error, "char format requires a bytes object of length 1");
            return -1;
        }
        *p = d[0];
        return 0;
    }
    case '?': {
        int t = pv_truthy(v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (!pv_isinst(v, &pv_float_type) && !pv_is_int(v) && !pv_type(v)->to_float &&
            !pv_type(v)->index) {
            pv_raise((PvType *)struct_error, "required argument is not a float");
            return -1;
        }
        if (pv_float_as_double(v, &x) < 0)
            return -1;
        if (c == 'e')
            return pack_half(p, x, le);
        if (c == 'f') {
            float fl = (float)x;
            if (isinf(fl) && !isinf(x)) {
                pv_raise(&pv_exc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t u;
            memcpy(&u, &fl, 4);
            put_uint(p, u, 4, le);
        } else {
            uint64_t u;
            memcpy(&u, &x, 8);
            put_uint(p, u, 8, le);
        }
        return 0;
    }
    case 'P':
        if (!pv_is_int(v) && !pv_type(v)->index) {
            pv_raise((PvType *)struct_error, "required argument is not an integer");
            return -1;
        }
        return pack_int(p, v, pv_int_sign(v) < 0 ? 'q' : 'Q', it->size, le);
    default:
        return pack_int(p, v, c, it->size, le);
    }
}

static int pack_string(char *p, Item *it, Value v)
{
    const char *d;
    size_t n;
    if (!(pv_isinst(v, &pv_bytes_type) || pv_isinst(v, &pv_bytearray_type)) || !pv_bytes_like(v, &d, &n)) {
        pv_raise((PvType *)struct_error, "argument for '%c' must be a bytes object", it->code);
        return -1;
    }
    size_t room = it->count;
    if (it->code == 's') {
        memcpy(p, d, n < room ? n : room);
    } else if (room > 0) {
        size_t k = n < room - 1 ? n : room - 1;
        if (k > 255)
            k = 255;
        memcpy(p + 1, d, k);
        *p = (char)k;
    }
    return 0;
}

static int pack_into_buf(PvStruct *s, char *buf, Value *args, size_t nargs, const char *fname)
{
    if (nargs != s->nvalues) {
        pv_raise((PvType *)struct_error, "%s expected %zu items for packing (got %zu)", fname,
                 s->nvalues, nargs);
        return -1;
    }
    bool le = little_endian(s->order);
    size_t k = 0;
    memset(buf, 0, s->size);
    for (Item *it = s->items; it->code; it++) {
        if (it->code == 'x')
            continue;
        if (it->code == 's' || it->code == 'p') {
            if (pack_string(buf + it->offset, it, args[k++]) < 0)
                return -1;
            continue;
        }
        for (size_t j = 0; j < it->count; j++)
            if (pack_one(buf + it->offset + j * it->size, it, args[k++], le) < 0)
                return -1;
    }
    return 0;
}

static Value do_pack(PvStruct *s, Value *args, size_t nargs)
{
    char *tmp = s->size ? malloc(s->size) : NULL;
    if (s->size && !tmp)
        return pv_nomemory();
    if (pack_into_buf(s, tmp, args, nargs, "pack") < 0) {
        free(tmp);
        return NULL;
    }
    Value r = pv_bytes_new(tmp ? tmp : "", s->size);
    free(tmp);
    return r;
}

/* ---- unpacking ---- */

static Value unpack_one(const char *p, Item *it, bool le)
{
    char c = it->code;
    size_t n = it->size;
    switch (c) {
    case 'c': return pv_bytes_new(p, 1);
    case '?': return pv_bool(*p != 0);
    case 'e': return pv_float_new(unpack_half((uint16_t)get_uint(p, 2, le)));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(p, 4, le);
        float f;
        memcpy(&f, &u, 4);
        return pv_float_new(f);
    }
    case 'd': {
        uint64_t u = get_uint(p, 8, le);
        double d;
        memcpy(&d, &u, 8);
        return pv_float_new(d);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        uint64_t u = get_uint(p, n, le);
        if (n < 8 && (u >> (8 * n - 1)) & 1)
            u |= ~(uint64_t)0 << (8 * n);
        return pv_int_from_i64((int64_t)u);
    }
    default:
        return pv_int_from_u64(get_uint(p, n, le));
    }
}

static Value do_unpack(PvStruct *s, const char *buf)
{
    Value t = pv_tuple_new(s->nvalues);
    if (!t)
        return NULL;
    bool le = little_endian(s->order);
    size_t k = 0;
    for (Item *it = s->items; it->code; it++) {
        const char *p = buf + it->offset;
        Value v;
        if (it->code == 'x')
            continue;
        if (it->code == 's') {
            if (!(v = pv_bytes_new(p, it->count)))
                return NULL;
            pv_tuple_items(t)[k++] = v;
            continue;
        }
        if (it->code == 'p') {
            size_t len = it->count ? (uint8_t)p[0] : 0;
            if (it->count && len > it->count - 1)
                len = it->count - 1;
            if (!(v = pv_bytes_new(it->count ? p + 1 : "", len)))
                return NULL;
            pv_tuple_items(t)[k++] = v;
            continue;
        }
        for (size_t j = 0; j < it->count; j++) {
            if (!(v = unpack_one(p + j * it->size, it, le)))
                return NULL;
            pv_tuple_items(t)[k++] = v;
        }
    }
    return t;
}

/* A readable buffer: bytes, bytearray, memoryview, array.array. */
static int get_buffer(Value v, const char **data, size_t *n, bool *writable)
{
    void *ptr;
    if (pv_array_buffer(v, &ptr, n, writable)) {
        *data = ptr;
        return 0;
    }
    if (pv_bytes_like(v, data, n)) {
        if (writable) {
            *writable = pv_isinst(v, &pv_bytearray_type);
            if (pv_is_type(v, &pv_memoryview_type)) {
                Value ro = pv_getattr_str(v, "readonly");
                if (!ro)
                    return -1;
                *writable = ro == pv_False;
            }
        }
        return 0;
    }
    pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%s'", pv_type_name(pv_type(v)));
    return -1;
}

/* ---- methods ---- */

#define S(v) ((PvStruct *)(v))

static Value m_pack(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("pack", kwnames) < 0)
        return NULL;
    return do_pack(S(self), args, nargs);
}

static Value m_unpack(Value self, Value *args, size_t nargs, Value kwnames)
{
    const char *d;
    size_t n;
    if (pv_arg_one("unpack", nargs, kwnames) < 0 || get_buffer(args[0], &d, &n, NULL) < 0)
        return NULL;
    if (n != S(self)->size)
        return pv_raise((PvType *)struct_error, "unpack requires a buffer of %zu bytes", S(self)->size);
    return do_unpack(S(self), d);
}

static Value m_unpack_from(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"buffer", "offset", NULL};
    Value buf;
    ssize_t off = 0;
    const char *d;
    size_t n;
    if (pv_parse_args("unpack_from", args, nargs, kwnames, "O|n", kwlist, &buf, &off) < 0 ||
        get_buffer(buf, &d, &n, NULL) < 0)
        return NULL;
    size_t size = S(self)->size;
    if (off < 0) {
        if ((size_t)-off > n)
            return pv_raise((PvType *)struct_error, "offset %zd out of range for %zu-byte buffer", off, n);
        off += (ssize_t)n;
    }
    if ((size_t)off > n || n - (size_t)off < size)
        return pv_raise((PvType *)struct_error,
                        "unpack_from requires a buffer of at least %zu bytes for unpacking %zu "
                        "bytes at offset %zd (actual buffer size is %zu)",
                        size + (size_t)off, size, off, n);
    return do_unpack(S(self), d + off);
}

static Value m_pack_into(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("pack_into", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return pv_raise(&pv_exc_TypeError, "pack_into expected buffer argument");
    const char *d;
    size_t n;
    bool w = false;
    ssize_t off;
    if (get_buffer(args[0], &d, &n, &w) < 0 || pv_ssize_arg(args[1], &off) < 0)
        return NULL;
    if (!w)
        return pv_raise(&pv_exc_TypeError, "argument must be read-write bytes-like object, not %T", args[0]);
    size_t size = S(self)->size;
    if (off < 0) {
        if ((size_t)-off > n)
            return pv_raise((PvType *)struct_error, "offset %zd out of range for %zu-byte buffer", off, n);
        off += (ssize_t)n;
    }
    if ((size_t)off > n || n - (size_t)off < size)
        return pv_raise((PvType *)struct_error,
                        "pack_into requires a buffer of at least %zu bytes for packing %zu "
                        "bytes at offset %zd (actual buffer size is %zu)",
                        size + (size_t)off, size, off, n);
    char *tmp = size ? malloc(size) : NULL;
    if (size && !tmp)
        return pv_nomemory();
    if (pack_into_buf(S(self), tmp, args + 2, nargs - 2, "pack_into") < 0) {
        free(tmp);
        return NULL;
    }
    memcpy((char *)d + off, tmp, size);
    free(tmp);
    return pv_None;
}

typedef struct { PvObj h; Value st, buf; size_t pos; } PvUnpackIter;

static Value m_iter_unpack(Value self, Value *args, size_t nargs, Value kwnames)
{
    const char *d;
    size_t n;
    if (pv_arg_one("iter_unpack", nargs, kwnames) < 0 || get_buffer(args[0], &d, &n, NULL) < 0)
        return NULL;
    size_t size = S(self)->size;
    if (size == 0)
        return pv_raise((PvType *)struct_error, "cannot iteratively unpack with a struct of length 0");
    if (n % size)
        return pv_raise((PvType *)struct_error,
                        "iterative unpacking requires a buffer of a multiple of %zu bytes", size);
    PvUnpackIter *it = pv_alloc(&unpack_iter_type, sizeof *it);
    if (!it)
        return NULL;
    it->st = self;
    it->buf = args[0];
    return (Value)it;
}

static void ui_mark(Value self)
{
    pv_gc_mark(((PvUnpackIter *)self)->st);
    pv_gc_mark(((PvUnpackIter *)self)->buf);
}

static Value ui_iter(Value self) { return self; }

static Value ui_next(Value self)
{
    PvUnpackIter *it = (PvUnpackIter *)self;
    const char *d;
    size_t n;
    if (!it->buf)
        return NULL;
    if (get_buffer(it->buf, &d, &n, NULL) < 0)
        return NULL;
    size_t size = S(it->st)->size;
    if (it->pos + size > n) {
        it->buf = NULL;
        return NULL;
    }
    Value r = do_unpack(S(it->st), d + it->pos);
    it->pos += size;
    return r;
}

static Value ui_length_hint(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvUnpackIter *it = (PvUnpackIter *)self;
    const char *d;
    size_t n;
    if (!it->buf)
        return pv_small(0);
    if (get_buffer(it->buf, &d, &n, NULL) < 0)
        return NULL;
    return pv_small((int64_t)((n - it->pos) / S(it->st)->size));
}

static Value g_format(Value self) { return S(self)->format; }
static Value g_size(Value self) { return pv_small((int64_t)S(self)->size); }

static const PvMethodDef struct_methods[] = {
    {"pack", m_pack, 0, NULL},
    {"pack_into", m_pack_into, 0, NULL},
    {"unpack", m_unpack, 0, NULL},
    {"unpack_from", m_unpack_from, 0, NULL},
    {"iter_unpack", m_iter_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef struct_getsets[] = {
    {"format", g_format, NULL, NULL},
    {"size", g_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType struct_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "Struct",
    .basicsize = sizeof(PvStruct),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = struct_methods,
    .getsets = struct_getsets,
    .mark = struct_mark,
    .finalize = struct_finalize,
    .new_ = struct_new,
};

static const PvMethodDef ui_methods[] = {
    {"__length_hint__", ui_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PvType unpack_iter_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "unpack_iterator",
    .basicsize = sizeof(PvUnpackIter),
    .base = &pv_object_type,
    .methods = ui_methods,
    .mark = ui_mark,
    .iter = ui_iter,
    .iternext = ui_next,
};

/* ---- module functions: a Struct per call, cached by format ---- */

static Value cache; /* dict format -> Struct */

static Value get_struct(Value format)
{
    Value s = pv_dict_get(cache, format);
    if (s)
        return s;
    if (pv_err_occurred())
        return NULL;
    if (!(s = struct_make(&struct_type, format)))
        return NULL;
    if (pv_dict_size(cache) > 100)
        pv_dict_clear(cache);
    if (pv_dict_set(cache, format, s) < 0)
        return NULL;
    return s;
}

#define FORWARD(fname, method, min)                                                      \
    static Value f_##fname(Value self, Value *args, size_t nargs, Value kwnames)         \
    {                                                                                    \
        if (nargs < (min))                                                               \
            return pv_raise(&pv_exc_TypeError, #fname "() missing required argument 'format' (pos 1)"); \
        Value s = get_struct(args[0]);                                                   \
        return s ? method(s, args + 1, nargs - 1, kwnames) : NULL;                       \
    }
FORWARD(pack, m_pack, 1)
FORWARD(unpack, m_unpack, 1)
FORWARD(unpack_from, m_unpack_from, 1)
FORWARD(pack_into, m_pack_into, 1)
FORWARD(iter_unpack, m_iter_unpack, 1)

static Value f_calcsize(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("calcsize", nargs, kwnames) < 0)
        return NULL;
    Value s = get_struct(args[0]);
    return s ? pv_small((int64_t)S(s)->size) : NULL;
}

static Value f_clearcache(Value self, Value *args, size_t nargs, Value kwnames)
{
    pv_dict_clear(cache);
    return pv_None;
}

static const PvMethodDef struct_functions[] = {
    {"pack", f_pack, 0, NULL},
    {"unpack", f_unpack, 0, NULL},
    {"unpack_from", f_unpack_from, 0, NULL},
    {"pack_into", f_pack_into, 0, NULL},
    {"iter_unpack", f_iter_unpack, 0, NULL},
    {"calcsize", f_calcsize, 0, NULL},
    {"_clearcache", f_clearcache, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_struct_module_init(void)
{
    if (!(struct_type.flags & PV_TPFLAG_READY) &&
        (pv_type_ready(&struct_type) < 0 || pv_type_ready(&unpack_iter_type) < 0))
        return NULL;
    struct_type.module = pv_intern("_struct");
    unpack_iter_type.module = pv_intern("_struct");
    Value m = pv_module_new_cstr("_struct");
    if (!m || pv_module_add_functions(m, struct_functions) < 0)
        return NULL;
    if (!cache) {
        if (!(cache = pv_dict_new()))
            return NULL;
        pv_gc_add_root(&cache);
    }
    if (!struct_error) {
        Value bases = pv_tuple_pack(1, (Value)&pv_exc_Exception);
        Value ns = pv_dict_new();
        if (!bases || !ns || pv_dict_set_str(ns, "__module__", pv_str_from_cstr("struct")) < 0)
            return NULL;
        if (!(struct_error = pv_type_new(pv_str_from_cstr("error"), bases, ns)))
            return NULL;
        pv_gc_add_root(&struct_error);
    }
    if (pv_module_add(m, "error", struct_error) < 0 || pv_module_add(m, "Struct", (Value)&struct_type) < 0)
        return NULL;
    return m;
}
