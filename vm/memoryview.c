/* memoryview.c: a basic one-dimensional memoryview of unsigned bytes over
 * bytes, bytearray or another memoryview: indexing, slicing (with steps),
 * item/slice assignment on writable buffers, tobytes, tolist, hex, cast('B'),
 * release and the context manager. A view of a bytearray blocks resizing
 * until released. */
#include <string.h>
#include "str_impl.h"

typedef struct PvMemView {
    PvObj h;
    Value obj;          /* the exporting bytes / bytearray */
    Value root;         /* the view holding the export (NULL: this one) */
    ssize_t start, len, step;
    bool readonly, released;
    char fmt;           /* 'B' or 'c' */
} PvMemView;

#define MV(v) ((PvMemView *)(v))

static void mv_mark(Value v) { pv_gc_mark(MV(v)->obj); pv_gc_mark(MV(v)->root); }

/* An unreleased view that dies gives its export back. The exporter may be
 * dead in the same sweep: once swept its type word is the free-list link,
 * so the exact type test skips it. */
static void mv_finalize(Value v)
{
    PvMemView *m = MV(v);
    if (!m->released && !m->root && m->obj && ((PvObj *)m->obj)->type == &pv_bytearray_type &&
        ((PvByteArray *)m->obj)->exports)
        ((PvByteArray *)m->obj)->exports--;
    m->released = true;
}

static const char *base_ptr(PvMemView *m)
{
    if (pv_isinst(m->obj, &pv_bytearray_type)) {
        const char *d = ((PvByteArray *)m->obj)->data;
        return d ? d : "";
    }
    return pv_bytes_data(m->obj);
}

bool pv_memoryview_buf(Value v, const char **data, size_t *size)
{
    if (pv_type(v) != &pv_memoryview_type) return false;
    PvMemView *m = MV(v);
    if (m->released || (m->root && MV(m->root)->released) || m->step != 1) return false;
    *data = base_ptr(m) + m->start;
    *size = (size_t)m->len;
    return true;
}

static int check(PvMemView *m)
{
    if (m->released || (m->root && MV(m->root)->released)) {
        pv_raise(&pv_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* A view of obj; sub-views of a view share its export through root. */
static Value mv_make(Value obj, Value root, ssize_t start, ssize_t len, ssize_t step, bool ro, char fmt)
{
    pv_text_ready(&pv_memoryview_type);
    PvMemView *m = pv_alloc(&pv_memoryview_type, sizeof(PvMemView));
    if (!m) return NULL;
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = ro;
    m->fmt = fmt;
    m->root = root;
    if (!root && pv_isinst(obj, &pv_bytearray_type)) ((PvByteArray *)obj)->exports++;
    return (Value)m;
}

static Value mv_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"object", NULL};
    Value o = NULL;
    if (pv_parse_args("memoryview", args, nargs, kwnames, "O", kwlist, &o) < 0) return NULL;
    if (pv_type(o) == &pv_memoryview_type) {
        PvMemView *s = MV(o);
        if (check(s) < 0) return NULL;
        return mv_make(s->obj, s->root ? s->root : o, s->start, s->len, s->step, s->readonly, s->fmt);
    }
    if (pv_isinst(o, &pv_bytes_type)) return mv_make(o, NULL, 0, (ssize_t)pv_bytes_size(o), 1, true, 'B');
    if (pv_isinst(o, &pv_bytearray_type))
        return mv_make(o, NULL, 0, (ssize_t)((PvByteArray *)o)->size, 1, false, 'B');
    return pv_raise(&pv_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", o);
}

static Value release(Value self)
{
    PvMemView *m = MV(self);
    if (!m->released) {
        m->released = true;
        if (!m->root && pv_isinst(m->obj, &pv_bytearray_type) && ((PvByteArray *)m->obj)->exports)
            ((PvByteArray *)m->obj)->exports--;
    }
    return pv_None;
}

static Value m_release(Value self, Value *a, size_t n, Value kw) { return release(self); }
static Value m_enter(Value self, Value *a, size_t n, Value kw) { return check(MV(self)) < 0 ? NULL : self; }
static Value m_exit(Value self, Value *a, size_t n, Value kw) { return release(self); }

static int gather(PvMemView *m, PvBuf *b)
{
    const char *d = base_ptr(m);
    if (m->step == 1) return pv_buf_append(b, d + m->start, m->len);
    for (ssize_t i = 0, k = m->start; i < m->len; i++, k += m->step)
        if (pv_buf_append(b, d + k, 1) < 0) return -1;
    return 0;
}

static Value m_tobytes(Value self, Value *a, size_t n, Value kw)
{
    if (check(MV(self)) < 0) return NULL;
    PvBuf b;
    pv_buf_init(&b);
    if (gather(MV(self), &b) < 0) { pv_buf_free(&b); return NULL; }
    return pv_buf_finish_bytes(&b);
}

static Value item(PvMemView *m, const char *d, ssize_t k)
{
    if (m->fmt == 'c') return pv_bytes_new(d + k, 1);
    return pv_small((unsigned char)d[k]);
}

static Value m_tolist(Value self, Value *a, size_t n, Value kw)
{
    PvMemView *m = MV(self);
    if (check(m) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    const char *d = base_ptr(m);
    for (ssize_t i = 0, k = m->start; i < m->len; i++, k += m->step) {
        Value x = item(m, d, k);
        if (!x || pv_list_append(list, x) < 0) return NULL;
        d = base_ptr(m);
    }
    return list;
}

static Value m_hex(Value self, Value *a, size_t n, Value kw)
{
    Value b = m_tobytes(self, NULL, 0, NULL);
    if (!b) return NULL;
    return pv_call_method(b, "hex", a, n);
}

static Value m_cast(Value self, Value *args, size_t nargs, Value kw)
{
    PvMemView *m = MV(self);
    if (check(m) < 0 || pv_check_nargs("cast", nargs, 1, 2) < 0) return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "memoryview: format argument must be a string");
    const char *f = pv_str_data(args[0]);
    if (strcmp(f, "B") && strcmp(f, "c") && strcmp(f, "b"))
        return pv_raise(&pv_exc_ValueError,
                        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (m->step != 1)
        return pv_raise(&pv_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    return mv_make(m->obj, m->root ? m->root : self, m->start, m->len, 1, m->readonly, f[0] == 'c' ? 'c' : 'B');
}

static ssize_t mv_len(Value self)
{
    if (check(MV(self)) < 0) return -1;
    return MV(self)->len;
}

static Value mv_getitem(Value self, Value key)
{
    PvMemView *m = MV(self);
    if (check(m) < 0) return NULL;
    if (pv_type(key) == &pv_slice_type) {
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, m->len, &start, &stop, &step, &len) < 0) return NULL;
        return mv_make(m->obj, m->root ? m->root : self, m->start + start * m->step, len, step * m->step, m->readonly, m->fmt);
    }
    if (!pv_is_int(key) && !pv_type(key)->index)
        return pv_raise(&pv_exc_TypeError, "memoryview: invalid slice key");
    ssize_t i;
    if (pv_index_ssize(key, &i) < 0) return NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return pv_raise(&pv_exc_IndexError, "index out of bounds on dimension 1");
    return item(m, base_ptr(m), m->start + i * m->step);
}

int pv_byte_value(Value v, int *out);

static int mv_setitem(Value self, Value key, Value v)
{
    PvMemView *m = MV(self);
    if (check(m) < 0) return -1;
    if (m->readonly) { pv_raise(&pv_exc_TypeError, "cannot modify read-only memory"); return -1; }
    if (!v) { pv_raise(&pv_exc_TypeError, "cannot delete memory"); return -1; }
    char *d = (char *)base_ptr(m);
    if (pv_type(key) == &pv_slice_type) {
        ssize_t start, stop, step, len;
        if (pv_slice_indices(key, m->len, &start, &stop, &step, &len) < 0) return -1;
        const char *s;
        size_t sn;
        if (!pv_bytes_like(v, &s, &sn)) {
            pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        if ((ssize_t)sn != len) {
            pv_raise(&pv_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        char tmp[256];
        char *copy = sn <= sizeof tmp ? tmp : NULL;
        PvBuf cb;
        pv_buf_init(&cb);
        if (!copy) { if (pv_buf_append(&cb, s, sn) < 0) return -1; copy = cb.data; }
        else memcpy(copy, s, sn);
        for (ssize_t i = 0; i < len; i++) d[m->start + (start + i * step) * m->step] = copy[i];
        pv_buf_free(&cb);
        return 0;
    }
    ssize_t i;
    if (pv_index_ssize(key, &i) < 0) return -1;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) { pv_raise(&pv_exc_IndexError, "index out of bounds on dimension 1"); return -1; }
    int c;
    if (m->fmt == 'c') {
        const char *s;
        size_t sn;
        if (!pv_bytes_like(v, &s, &sn) || sn != 1) {
            pv_raise(&pv_exc_ValueError, "memoryview: invalid value for format 'c'");
            return -1;
        }
        c = (unsigned char)s[0];
    } else if (pv_byte_value(v, &c) < 0) {
        if (pv_err_matches(&pv_exc_ValueError)) {
            pv_err_clear();
            pv_raise(&pv_exc_ValueError, "memoryview: invalid value for format 'B'");
        }
        return -1;
    }
    d[m->start + i * m->step] = (char)c;
    return 0;
}

static Value mv_richcompare(Value a, Value b, int op)
{
    if (op != PV_EQ && op != PV_NE) return pv_NotImplemented;
    Value x = pv_type(a) == &pv_memoryview_type ? a : b, y = x == a ? b : a;
    if (MV(x)->released || (pv_type(y) == &pv_memoryview_type && MV(y)->released))
        return pv_bool((a == b) == (op == PV_EQ));
    Value bx = m_tobytes(x, NULL, 0, NULL);
    if (!bx) return NULL;
    Value by;
    if (pv_type(y) == &pv_memoryview_type) by = m_tobytes(y, NULL, 0, NULL);
    else {
        const char *d;
        size_t n;
        if (!pv_bytes_like(y, &d, &n)) return pv_NotImplemented;
        by = pv_bytes_new(d, n);
    }
    if (!by) return NULL;
    bool eq = pv_bytes_size(bx) == pv_bytes_size(by) &&
              memcmp(pv_bytes_data(bx), pv_bytes_data(by), pv_bytes_size(bx)) == 0;
    return pv_bool(eq == (op == PV_EQ));
}

/* Read-only views hash like the bytes they show (CPython's rule). */
static int64_t mv_hash(Value self)
{
    PvMemView *m = MV(self);
    if (check(m) < 0) return -1;
    if (!m->readonly) {
        pv_raise(&pv_exc_ValueError, "cannot hash writable memoryview object");
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
    Value l = m_tolist(self, NULL, 0, NULL);
    return l ? pv_iter(l) : NULL;
}

static Value g_obj(Value self) { return check(MV(self)) < 0 ? NULL : MV(self)->obj; }
static Value g_nbytes(Value self) { return check(MV(self)) < 0 ? NULL : pv_small(MV(self)->len); }
static Value g_readonly(Value self) { return check(MV(self)) < 0 ? NULL : pv_bool(MV(self)->readonly); }
static Value g_format(Value self) { return check(MV(self)) < 0 ? NULL : pv_str_from_codepoint(MV(self)->fmt); }
static Value g_itemsize(Value self) { return check(MV(self)) < 0 ? NULL : pv_small(1); }
static Value g_ndim(Value self) { return check(MV(self)) < 0 ? NULL : pv_small(1); }
static Value g_shape(Value self) { return check(MV(self)) < 0 ? NULL : pv_tuple_pack(1, pv_small(MV(self)->len)); }
static Value g_strides(Value self) { return check(MV(self)) < 0 ? NULL : pv_tuple_pack(1, pv_small(MV(self)->step)); }
static Value g_contiguous(Value self)
{
    return check(MV(self)) < 0 ? NULL : pv_bool(MV(self)->step == 1 || MV(self)->len <= 1);
}
static Value g_suboffsets(Value self) { return check(MV(self)) < 0 ? NULL : pv_empty_tuple; }

static Value m_toreadonly(Value self, Value *a, size_t n, Value kw)
{
    PvMemView *m = MV(self);
    if (check(m) < 0) return NULL;
    return mv_make(m->obj, m->root ? m->root : self, m->start, m->len, m->step, true, m->fmt);
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
    {"f_contiguous", g_contiguous, NULL, NULL},
    {"suboffsets", g_suboffsets, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_memoryview_type = {
    .name = "memoryview",
    .basicsize = sizeof(PvMemView),
    .flags = PV_TPFLAG_SEQUENCE,
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
