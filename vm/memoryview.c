/* memoryview.c: views of the memory of bytes, bytearray, array.array or
 * another memoryview. A view is one-dimensional (start byte, len items,
 * step bytes) over items of a native struct format (B b c h H i I l L q Q
 * n N f d ? P), or a C-contiguous N-dimensional cast of one (shape kept;
 * tolist, tobytes, shape/strides and casting back work on those, indexing
 * raises NotImplementedError as CPython's does). Indexing, slicing (with
 * steps), item/slice assignment on writable buffers, tobytes, tolist, hex,
 * cast, release and the context manager. A view of a bytearray blocks
 * resizing until released. */
#include <string.h>
#include "str_impl.h"

typedef struct PvMemView {
    PvObj h;
    Value obj;          /* the exporting bytes / bytearray / array */
    Value root;         /* the view holding the export (NULL: this one) */
    Value shape;        /* tuple of ints for an N-D cast, NULL when 1-D */
    PvType *exptype;    /* type of an exported array.array (else NULL) */
    ssize_t start, len, step; /* first byte, items (dim 0), bytes between items */
    ssize_t itemsize;
    bool readonly, released;
    bool at;            /* the format was given as "@X" (shown so) */
    char fmt;           /* native struct format character */
} PvMemView;

#define MV(v) ((PvMemView *)(v))

static void mv_mark(Value v) { pv_gc_mark(MV(v)->obj); pv_gc_mark(MV(v)->root); pv_gc_mark(MV(v)->shape); }

/* An unreleased view that dies gives its export back. The exporter may be
 * dead in the same sweep: once swept its type word is the free-list link,
 * so the exact type test skips it. */
static void mv_finalize(Value v)
{
    PvMemView *m = MV(v);
    if (!m->released && !m->root && m->obj && ((PvObj *)m->obj)->type == &pv_bytearray_type &&
        ((PvByteArray *)m->obj)->exports)
        ((PvByteArray *)m->obj)->exports--;
    /* the same rule for arrays: a swept array's type word is no type */
    if (!m->released && !m->root && m->exptype && ((PvObj *)m->obj)->type == m->exptype)
        pv_array_export(m->obj, -1);
    m->released = true;
}

static size_t fmt_size(char c)
{
    switch (c) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

/* The exporter's memory now (arrays and bytearrays may have moved). */
static char *base_ptr(PvMemView *m, size_t *size)
{
    void *p;
    size_t n;
    if (pv_isinst(m->obj, &pv_bytearray_type)) {
        p = ((PvByteArray *)m->obj)->data;
        n = ((PvByteArray *)m->obj)->size;
    } else if (!pv_array_buffer(m->obj, &p, &n, NULL)) {
        p = pv_bytes_data(m->obj);
        n = pv_bytes_size(m->obj);
    }
    if (size)
        *size = n;
    return p ? p : (char *)"";
}

static int check(PvMemView *m)
{
    if (m->released || (m->root && MV(m->root)->released)) {
        pv_raise(&pv_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* Total items of an N-D view (product of its shape), or len. */
static ssize_t total_items(PvMemView *m)
{
    if (!m->shape)
        return m->len;
    ssize_t n = 1;
    for (size_t i = 0; i < pv_tuple_size(m->shape); i++)
        n *= pv_small_val(pv_tuple_items(m->shape)[i]);
    return n;
}

/* Reading through a view of an array that shrank since would overrun it. */
static char *data_of(PvMemView *m)
{
    size_t size;
    char *d = base_ptr(m, &size);
    ssize_t lo = m->start, hi = m->start;
    ssize_t n = total_items(m);
    if (n > 0) {
        ssize_t last = m->shape ? m->start + (n - 1) * m->itemsize : m->start + (m->len - 1) * m->step;
        lo = last < lo ? last : lo;
        hi = (last > hi ? last : hi) + m->itemsize;
    }
    if (lo < 0 || (size_t)hi > size) {
        pv_raise(&pv_exc_IndexError, "memoryview: underlying buffer is smaller than the view");
        return NULL;
    }
    return d;
}

bool pv_memoryview_buf(Value v, const char **data, size_t *size)
{
    if (pv_type(v) != &pv_memoryview_type)
        return false;
    PvMemView *m = MV(v);
    if (m->released || (m->root && MV(m->root)->released) || (m->len > 1 && m->step != m->itemsize))
        return false;
    *data = base_ptr(m, NULL) + m->start;
    *size = (size_t)(total_items(m) * m->itemsize);
    return true;
}

/* A view of obj; sub-views of a view share its export through root. */
static Value mv_make(Value obj, Value root, ssize_t start, ssize_t len, ssize_t step, bool ro,
                     char fmt, ssize_t itemsize)
{
    pv_text_ready(&pv_memoryview_type);
    PvMemView *m = pv_alloc(&pv_memoryview_type, sizeof(PvMemView));
    if (!m)
        return NULL;
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = ro;
    m->fmt = fmt;
    m->itemsize = itemsize;
    m->root = root;
    void *p;
    size_t n;
    if (!root && pv_isinst(obj, &pv_bytearray_type))
        ((PvByteArray *)obj)->exports++;
    else if (!root && pv_array_buffer(obj, &p, &n, NULL)) {
        m->exptype = pv_type(obj);
        pv_array_export(obj, 1);
    }
    return (Value)m;
}

static Value sub_view(Value self, ssize_t start, ssize_t len, ssize_t step, bool ro)
{
    PvMemView *m = MV(self);
    return mv_make(m->obj, m->root ? m->root : self, start, len, step, ro, m->fmt, m->itemsize);
}

static Value mv_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"object", NULL};
    Value o = NULL;
    if (pv_parse_args("memoryview", args, nargs, kwnames, "O", kwlist, &o) < 0)
        return NULL;
    if (pv_type(o) == &pv_memoryview_type) {
        PvMemView *s = MV(o);
        if (check(s) < 0)
            return NULL;
        Value r = sub_view(o, s->start, s->len, s->step, s->readonly);
        if (r)
            MV(r)->shape = s->shape;
        return r;
    }
    if (pv_isinst(o, &pv_bytes_type))
        return mv_make(o, NULL, 0, (ssize_t)pv_bytes_size(o), 1, true, 'B', 1);
    if (pv_isinst(o, &pv_bytearray_type))
        return mv_make(o, NULL, 0, (ssize_t)((PvByteArray *)o)->size, 1, false, 'B', 1);
    void *p;
    size_t n;
    if (pv_array_buffer(o, &p, &n, NULL)) {
        Value tc = pv_getattr_str(o, "typecode"), isz = tc ? pv_getattr_str(o, "itemsize") : NULL;
        if (!isz)
            return NULL;
        ssize_t size = pv_small_val(isz);
        return mv_make(o, NULL, 0, (ssize_t)n / size, size, false, pv_str_data(tc)[0], size);
    }
    return pv_raise(&pv_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", o);
}

static Value release(Value self)
{
    PvMemView *m = MV(self);
    if (!m->released) {
        m->released = true;
        if (!m->root && pv_isinst(m->obj, &pv_bytearray_type) && ((PvByteArray *)m->obj)->exports)
            ((PvByteArray *)m->obj)->exports--;
        if (!m->root && m->exptype)
            pv_array_export(m->obj, -1);
    }
    return pv_None;
}

static Value m_release(Value self, Value *a, size_t n, Value kw) { return release(self); }
static Value m_enter(Value self, Value *a, size_t n, Value kw) { return check(MV(self)) < 0 ? NULL : self; }
static Value m_exit(Value self, Value *a, size_t n, Value kw) { return release(self); }

/* The view's bytes in logical order. */
static int gather(PvMemView *m, PvBuf *b)
{
    const char *d = data_of(m);
    if (!d)
        return -1;
    if (m->shape || m->step == m->itemsize)
        return pv_buf_append(b, d + m->start, (size_t)(total_items(m) * m->itemsize));
    for (ssize_t i = 0, k = m->start; i < m->len; i++, k += m->step)
        if (pv_buf_append(b, d + k, (size_t)m->itemsize) < 0)
            return -1;
    return 0;
}

static Value m_tobytes(Value self, Value *a, size_t n, Value kw)
{
    if (check(MV(self)) < 0)
        return NULL;
    PvBuf b;
    pv_buf_init(&b);
    if (gather(MV(self), &b) < 0) {
        pv_buf_free(&b);
        return NULL;
    }
    return pv_buf_finish_bytes(&b);
}

/* One item at p as a Python value (struct's native unpacking). */
static Value unpack(char fmt, const char *p)
{
    union { int8_t b; uint8_t B; int16_t h; uint16_t H; int32_t i; uint32_t I; int64_t q;
            uint64_t Q; float f; double d; } u;
    memcpy(&u, p, fmt_size(fmt));
    switch (fmt) {
    case 'B': return pv_small(u.B);
    case 'b': return pv_small(u.b);
    case 'c': return pv_bytes_new(p, 1);
    case '?': return pv_bool(u.B != 0);
    case 'h': return pv_small(u.h);
    case 'H': return pv_small(u.H);
    case 'i': return pv_small(u.i);
    case 'I': return pv_small(u.I);
    case 'l': case 'q': case 'n': return pv_int_from_i64(u.q);
    case 'L': case 'Q': case 'N': case 'P': return pv_int_from_u64(u.Q);
    case 'f': return pv_float_new(u.f);
    case 'd': return pv_float_new(u.d);
    default: return pv_raise(&pv_exc_NotImplementedError, "memoryview: format %c not supported", fmt);
    }
}

/* Store v as one item at p, with CPython's errors for bad values. */
static int pack(char fmt, char *p, Value v)
{
    union { int8_t b; uint8_t B; int16_t h; uint16_t H; int32_t i; uint32_t I; int64_t q;
            uint64_t Q; float f; double d; } u;
    if (fmt == 'f' || fmt == 'd') {
        double d;
        if (!pv_isinst(v, &pv_float_type) && !pv_is_int(v) && !pv_type(v)->to_float && !pv_type(v)->index)
            goto badtype;
        if (pv_float_as_double(v, &d) < 0)
            return -1;
        if (fmt == 'f')
            u.f = (float)d;
        else
            u.d = d;
    } else if (fmt == 'c') {
        const char *s;
        size_t n;
        if (!pv_isinst(v, &pv_bytes_type) || !pv_bytes_like(v, &s, &n))
            goto badtype;
        if (n != 1)
            goto badvalue;
        u.B = (uint8_t)s[0];
    } else if (fmt == '?') {
        int t = pv_truthy(v);
        if (t < 0)
            return -1;
        u.B = (uint8_t)t;
    } else {
        if (!pv_is_int(v) && !pv_type(v)->index)
            goto badtype;
        Value iv = pv_index(v);
        if (!iv)
            return -1;
        bool sgn = strchr("bhilqn", fmt) != NULL;
        int64_t x = 0;
        uint64_t y = 0;
        if (sgn ? pv_int_to_i64(iv, &x) < 0 : pv_int_to_u64(iv, &y) < 0) {
            if (!pv_err_matches(&pv_exc_OverflowError))
                return -1;
            pv_err_clear();
            goto badvalue;
        }
        switch (fmt) {
        case 'B': if (y > 0xFF) goto badvalue; u.B = (uint8_t)y; break;
        case 'b': if (x < -128 || x > 127) goto badvalue; u.b = (int8_t)x; break;
        case 'h': if (x < INT16_MIN || x > INT16_MAX) goto badvalue; u.h = (int16_t)x; break;
        case 'H': if (y > 0xFFFF) goto badvalue; u.H = (uint16_t)y; break;
        case 'i': if (x < INT32_MIN || x > INT32_MAX) goto badvalue; u.i = (int32_t)x; break;
        case 'I': if (y > 0xFFFFFFFFu) goto badvalue; u.I = (uint32_t)y; break;
        case 'l': case 'q': case 'n': u.q = x; break;
        default: u.Q = y; break;
        }
    }
    memcpy(p, &u, fmt_size(fmt));
    return 0;
badtype:
    pv_raise(&pv_exc_TypeError, "memoryview: invalid type for format '%c'", fmt);
    return -1;
badvalue:
    pv_raise(&pv_exc_ValueError, "memoryview: invalid value for format '%c'", fmt);
    return -1;
}

/* Nested lists of an N-D C-contiguous view, dimension dim from p. */
static Value tolist_nd(PvMemView *m, const char *p, size_t dim, ssize_t stride)
{
    ssize_t n = pv_small_val(pv_tuple_items(m->shape)[dim]);
    bool last = dim + 1 == pv_tuple_size(m->shape);
    ssize_t inner = last ? m->itemsize : stride / n;
    Value list = pv_list_new(0);
    if (!list)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value x = last ? unpack(m->fmt, p + i * inner) : tolist_nd(m, p + i * inner, dim + 1, inner);
        if (!x || pv_list_append(list, x) < 0)
            return NULL;
    }
    return list;
}

static Value m_tolist(Value self, Value *a, size_t n, Value kw)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return NULL;
    const char *d = data_of(m);
    if (!d)
        return NULL;
    if (m->shape) {
        if (pv_tuple_size(m->shape) == 0)
            return unpack(m->fmt, d + m->start);
        return tolist_nd(m, d + m->start, 0, total_items(m) * m->itemsize);
    }
    Value list = pv_list_new(0);
    if (!list)
        return NULL;
    for (ssize_t i = 0, k = m->start; i < m->len; i++, k += m->step) {
        Value x = unpack(m->fmt, d + k);
        if (!x || pv_list_append(list, x) < 0)
            return NULL;
        d = base_ptr(m, NULL);
    }
    return list;
}

static Value m_hex(Value self, Value *a, size_t n, Value kw)
{
    Value b = m_tobytes(self, NULL, 0, NULL);
    if (!b)
        return NULL;
    return pv_call_method(b, "hex", a, n);
}

static bool is_byte_fmt(char c) { return c == 'B' || c == 'b' || c == 'c'; }

/* cast(format[, shape]) with CPython's rules and messages. */
static Value m_cast(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"format", "shape", NULL};
    PvMemView *m = MV(self);
    Value fmt = NULL, shape = NULL;
    if (check(m) < 0 || pv_parse_args("cast", args, nargs, kw, "O|O", kwlist, &fmt, &shape) < 0)
        return NULL;
    if (!pv_is_str(fmt))
        return pv_raise(&pv_exc_TypeError, "memoryview: format argument must be a string");
    const char *f = pv_str_data(fmt);
    if (f[0] == '@')
        f++;
    if (!f[0] || f[1] || !fmt_size(f[0]))
        return pv_raise(&pv_exc_ValueError,
                        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (m->len > 1 && m->step != m->itemsize && !m->shape)
        return pv_raise(&pv_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    if (!is_byte_fmt(m->fmt) && !is_byte_fmt(f[0]))
        return pv_raise(&pv_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    ssize_t size = (ssize_t)fmt_size(f[0]), total = total_items(m) * m->itemsize;
    Value tshape = NULL;
    if (shape && shape != pv_None) {
        if (!pv_is_type(shape, &pv_list_type) && !pv_is_type(shape, &pv_tuple_type))
            return pv_raise(&pv_exc_TypeError, "shape must be a list or a tuple");
        if (m->shape && pv_tuple_size(m->shape) != 1)
            return pv_raise(&pv_exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        if (!(tshape = pv_sequence_tuple(shape)))
            return NULL;
        if (pv_tuple_size(tshape) > 64)
            return pv_raise(&pv_exc_ValueError, "memoryview: number of dimensions must not exceed 64");
        ssize_t prod = size;
        for (size_t i = 0; i < pv_tuple_size(tshape); i++) {
            Value x = pv_tuple_items(tshape)[i];
            if (!pv_is_small(x) || pv_small_val(x) <= 0)
                return pv_raise(&pv_exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            if (pv_small_val(x) > PTRDIFF_MAX / prod)
                return pv_raise(&pv_exc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            prod *= pv_small_val(x);
        }
        if (prod != total)
            return pv_raise(&pv_exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
    } else {
        if (total % size)
            return pv_raise(&pv_exc_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    Value r = mv_make(m->obj, m->root ? m->root : self, m->start, total / size, size, m->readonly, f[0], size);
    if (r)
        MV(r)->at = f != pv_str_data(fmt);
    if (r && tshape && pv_tuple_size(tshape) != 1) {
        MV(r)->shape = tshape;
        MV(r)->len = pv_tuple_size(tshape) ? pv_small_val(pv_tuple_items(tshape)[0]) : 1;
    }
    return r;
}

static int one_dim(PvMemView *m)
{
    if (m->shape) {
        if (pv_tuple_size(m->shape) == 0)
            pv_raise(&pv_exc_TypeError, "invalid indexing of 0-dim memory");
        else
            pv_raise(&pv_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        return -1;
    }
    return 0;
}

static ssize_t mv_len(Value self)
{
    if (check(MV(self)) < 0)
        return -1;
    if (MV(self)->shape && pv_tuple_size(MV(self)->shape) == 0) {
        pv_raise(&pv_exc_TypeError, "0-dim memory has no length");
        return -1;
    }
    return MV(self)->len;
}

static int item_index(PvMemView *m, Value key, ssize_t *out)
{
    ssize_t i;
    if (pv_index_ssize(key, &i) < 0)
        return -1;
    if (i < 0)
        i += m->len;
    if (i < 0 || i >= m->len) {
        pv_raise(&pv_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = m->start + i * m->step;
    return 0;
}

/* A tuple key: (i,) is item i; all slices are N-D slicing, which only
 * 1-D views lack (NotImplementedError); anything else is a bad key. */
static int tuple_key(Value *key, bool set)
{
    if (!pv_is_type(*key, &pv_tuple_type))
        return 0;
    size_t n = pv_tuple_size(*key), slices = 0;
    for (size_t i = 0; i < n; i++)
        slices += pv_is_type(pv_tuple_items(*key)[i], &pv_slice_type);
    if (n && slices == n) {
        pv_raise(&pv_exc_NotImplementedError, set ? "memoryview slice assignments are currently restricted to ndim = 1"
                                                  : "multi-dimensional slicing is not implemented");
        return -1;
    }
    Value k0 = n == 1 ? pv_tuple_items(*key)[0] : NULL;
    if (!k0 || !(pv_is_int(k0) || pv_type(k0)->index)) {
        pv_raise(&pv_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    *key = k0;
    return 0;
}

static Value mv_getitem(Value self, Value key)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return NULL;
    if (m->shape && pv_tuple_size(m->shape) == 0 && (key == pv_Ellipsis ||
        (pv_is_type(key, &pv_tuple_type) && pv_tuple_size(key) == 0))) {
        if (key == pv_Ellipsis)
            return self;
        return m_tolist(self, NULL, 0, NULL);
    }
    if (pv_type(key) == &pv_slice_type) {
        if (one_dim(m) < 0)
            return NULL;
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, m->len, &start, &stop, &step, &len) < 0)
            return NULL;
        return sub_view(self, m->start + start * m->step, len, step * m->step, m->readonly);
    }
    if (key == pv_Ellipsis)
        return sub_view(self, m->start, m->len, m->step, m->readonly);
    if (!m->shape && tuple_key(&key, false) < 0)
        return NULL;
    if (!pv_is_int(key) && !pv_type(key)->index)
        return pv_raise(&pv_exc_TypeError, "memoryview: invalid slice key");
    ssize_t k;
    if (one_dim(m) < 0 || item_index(m, key, &k) < 0)
        return NULL;
    const char *d = data_of(m);
    return d ? unpack(m->fmt, d + k) : NULL;
}

static int mv_setitem(Value self, Value key, Value v)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return -1;
    if (m->readonly) {
        pv_raise(&pv_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        pv_raise(&pv_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (one_dim(m) < 0)
        return -1;
    char *d = data_of(m);
    if (!d)
        return -1;
    if (pv_type(key) == &pv_slice_type) {
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, m->len, &start, &stop, &step, &len) < 0)
            return -1;
        const char *s;
        size_t sn;
        if (!pv_bytes_like(v, &s, &sn)) {
            pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        char vfmt = 'B';
        if (pv_type(v) == &pv_memoryview_type)
            vfmt = MV(v)->fmt;
        else if (!pv_isinst(v, &pv_bytes_type) && !pv_isinst(v, &pv_bytearray_type)) {
            Value tc = pv_getattr_str(v, "typecode");
            if (!tc)
                return -1;
            vfmt = pv_str_data(tc)[0];
        }
        if ((vfmt != m->fmt && !(is_byte_fmt(vfmt) && m->fmt == 'B' && vfmt == 'B')) ||
            (ssize_t)sn != len * m->itemsize) {
            pv_raise(&pv_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        PvBuf cb; /* the source may overlap the destination */
        pv_buf_init(&cb);
        if (pv_buf_append(&cb, s, sn) < 0)
            return -1;
        for (ssize_t i = 0; i < len; i++)
            memcpy(d + m->start + (start + i * step) * m->step, cb.data + i * m->itemsize, (size_t)m->itemsize);
        pv_buf_free(&cb);
        return 0;
    }
    ssize_t k;
    if (tuple_key(&key, true) < 0)
        return -1;
    if (!pv_is_int(key) && !pv_type(key)->index) {
        pv_raise(&pv_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    if (item_index(m, key, &k) < 0)
        return -1;
    char tmp[8];
    if (pack(m->fmt, tmp, v) < 0)
        return -1;
    memcpy(base_ptr(m, NULL) + k, tmp, (size_t)m->itemsize);
    return 0;
}

/* Equality as CPython: same shape and equal items, each unpacked with
 * its own format (so a view of 'i' items can equal one of 'B' items). */
static Value mv_richcompare(Value a, Value b, int op)
{
    if (op != PV_EQ && op != PV_NE)
        return pv_NotImplemented;
    Value x = pv_type(a) == &pv_memoryview_type ? a : b, y = x == a ? b : a;
    if (MV(x)->released || (pv_type(y) == &pv_memoryview_type && MV(y)->released))
        return pv_bool((a == b) == (op == PV_EQ));
    Value vy = y;
    if (pv_type(y) != &pv_memoryview_type) {
        const char *d;
        size_t n;
        if (!pv_bytes_like(y, &d, &n))
            return pv_NotImplemented;
        if (!(vy = pv_call1((Value)&pv_memoryview_type, y)))
            return NULL;
    }
    PvMemView *mx = MV(x), *my = MV(vy);
    Value sx = mx->shape ? mx->shape : pv_tuple_pack(1, pv_small(mx->len));
    Value sy = my->shape ? my->shape : pv_tuple_pack(1, pv_small(my->len));
    int eq = sx && sy ? pv_eq(sx, sy) : -1;
    if (eq < 0)
        return NULL;
    if (eq && mx->fmt == my->fmt && strchr("Bbc", mx->fmt)) {
        Value bx = m_tobytes(x, NULL, 0, NULL), by = bx ? m_tobytes(vy, NULL, 0, NULL) : NULL;
        if (!by)
            return NULL;
        eq = memcmp(pv_bytes_data(bx), pv_bytes_data(by), pv_bytes_size(bx)) == 0;
    } else if (eq) {
        Value lx = m_tolist(x, NULL, 0, NULL), ly = lx ? m_tolist(vy, NULL, 0, NULL) : NULL;
        if (!ly)
            return pv_err_matches(&pv_exc_NotImplementedError) ? (pv_err_clear(), pv_bool(op == PV_NE)) : NULL;
        if ((eq = pv_compare_bool(lx, ly, PV_EQ)) < 0)
            return NULL;
    }
    return pv_bool(eq == (op == PV_EQ));
}

/* Read-only views of byte formats hash like the bytes they show. */
static int64_t mv_hash(Value self)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return -1;
    if (!m->readonly) {
        pv_raise(&pv_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_fmt(m->fmt)) {
        pv_raise(&pv_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    Value b = m_tobytes(self, NULL, 0, NULL);
    return b ? pv_hash(b) : -1;
}

static Value mv_repr(Value self)
{
    return pv_str_printf(MV(self)->released ? "<released memory at %p>" : "<memory at %p>", (void *)self);
}

static Value mv_iter(Value self)
{
    if (check(MV(self)) < 0)
        return NULL;
    if (MV(self)->shape) {
        if (pv_tuple_size(MV(self)->shape) == 0)
            return pv_raise(&pv_exc_TypeError, "invalid indexing of 0-dim memory");
        return pv_raise(&pv_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    }
    Value l = m_tolist(self, NULL, 0, NULL);
    return l ? pv_iter(l) : NULL;
}

static Value g_obj(Value self) { return check(MV(self)) < 0 ? NULL : MV(self)->obj; }
static Value g_nbytes(Value self)
{
    return check(MV(self)) < 0 ? NULL : pv_small(total_items(MV(self)) * MV(self)->itemsize);
}
static Value g_readonly(Value self) { return check(MV(self)) < 0 ? NULL : pv_bool(MV(self)->readonly); }
static Value g_format(Value self)
{
    if (check(MV(self)) < 0)
        return NULL;
    char f[3] = {'@', MV(self)->fmt, 0};
    return MV(self)->at ? pv_str_new(f, 2) : pv_str_new(f + 1, 1);
}
static Value g_itemsize(Value self) { return check(MV(self)) < 0 ? NULL : pv_small(MV(self)->itemsize); }
static Value g_ndim(Value self)
{
    return check(MV(self)) < 0 ? NULL : pv_small(MV(self)->shape ? (ssize_t)pv_tuple_size(MV(self)->shape) : 1);
}
static Value g_shape(Value self)
{
    if (check(MV(self)) < 0)
        return NULL;
    return MV(self)->shape ? MV(self)->shape : pv_tuple_pack(1, pv_small(MV(self)->len));
}
static Value g_strides(Value self)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return NULL;
    if (!m->shape)
        return pv_tuple_pack(1, pv_small(m->step));
    size_t nd = pv_tuple_size(m->shape);
    Value t = pv_tuple_new(nd);
    ssize_t s = m->itemsize;
    for (size_t i = nd; t && i-- > 0;) {
        pv_tuple_items(t)[i] = pv_small(s);
        s *= pv_small_val(pv_tuple_items(m->shape)[i]);
    }
    return t;
}
static Value g_contiguous(Value self)
{
    PvMemView *m = MV(self);
    return check(m) < 0 ? NULL : pv_bool(m->shape || m->step == m->itemsize || m->len <= 1);
}
static Value g_f_contiguous(Value self)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return NULL;
    if (m->shape) {
        ssize_t big = 0;
        for (size_t i = 0; i < pv_tuple_size(m->shape); i++)
            big += pv_small_val(pv_tuple_items(m->shape)[i]) > 1;
        return pv_bool(big <= 1);
    }
    return pv_bool(m->step == m->itemsize || m->len <= 1);
}
static Value g_suboffsets(Value self) { return check(MV(self)) < 0 ? NULL : pv_empty_tuple; }

static Value m_toreadonly(Value self, Value *a, size_t n, Value kw)
{
    PvMemView *m = MV(self);
    if (check(m) < 0)
        return NULL;
    Value r = sub_view(self, m->start, m->len, m->step, true);
    if (r)
        MV(r)->shape = m->shape;
    return r;
}

static const PvMethodDef mv_methods[] = {
    {"release", m_release, 0, NULL},
    {"tobytes", m_tobytes, 0, NULL},
    {"tolist", m_tolist, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"cast", m_cast, 0, NULL},
    {"toreadonly", m_toreadonly, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef mv_getsets[] = {
    {"obj", g_obj, NULL, NULL},
    {"nbytes", g_nbytes, NULL, NULL},
    {"readonly", g_readonly, NULL, NULL},
    {"format", g_format, NULL, NULL},
    {"itemsize", g_itemsize, NULL, NULL},
    {"ndim", g_ndim, NULL, NULL},
    {"shape", g_shape, NULL, NULL},
    {"strides", g_strides, NULL, NULL},
    {"contiguous", g_contiguous, NULL, NULL},
    {"c_contiguous", g_contiguous, NULL, NULL},
    {"f_contiguous", g_f_contiguous, NULL, NULL},
    {"suboffsets", g_suboffsets, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_memoryview_type = {
    .name = "memoryview",
    .basicsize = sizeof(PvMemView),
    .flags = PV_TPFLAG_SEQUENCE | PV_TPFLAG_WEAKREFABLE,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .mark = mv_mark,
    .finalize = mv_finalize,
    .repr = mv_repr,
    .richcompare = mv_richcompare,
    .hash = mv_hash,
    .iter = mv_iter,
    .new_ = mv_new,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
};
