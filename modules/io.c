/* io.c: the io module: StringIO, BytesIO, open and the file classes of
 * vm/fileobj.c under their io names. */
#include <string.h>
#include "str_impl.h"
#include "fileobj.h"

/* ---- StringIO: text kept as an array of code points ---- */

typedef struct StringIO {
    PvObj h;
    uint32_t *buf;   /* pv_mem_alloc'd */
    size_t len, cap, pos;
    bool closed;
    uint8_t newline; /* NL_* of fileobj.h: newline= None, '', '\n', '\r', '\r\n' */
    uint8_t seennl;  /* newlines seen by the None/'' modes: SEEN_* */
} StringIO;

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

#define SIO(v) ((StringIO *)(v))

static void sio_finalize(Value v)
{
    if (SIO(v)->buf) pv_mem_free(SIO(v)->buf, SIO(v)->cap * 4);
    SIO(v)->buf = NULL;
}

static int sio_check(Value v)
{
    if (SIO(v)->closed) {
        pv_raise(&pv_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int sio_reserve(StringIO *s, size_t n)
{
    if (n <= s->cap) return 0;
    size_t nc = s->cap ? s->cap : 64;
    while (nc < n) nc *= 2;
    uint32_t *nb = pv_mem_realloc(s->buf, s->cap * 4, nc * 4);
    if (!nb) return -1;
    s->buf = nb;
    s->cap = nc;
    return 0;
}

/* Code points of str as written with s's newline mode: None translates
 * \r\n and \r to \n, '\r' and '\r\n' turn \n into themselves; None
 * and '' note which newlines they saw (the newlines attribute). Each
 * write is final: a \r at its end is a newline of its own, as CPython. */
static uint32_t *sio_translate(StringIO *s, Value str, size_t *outn)
{
    size_t n = pv_str_len(str);
    uint32_t *out = pv_mem_alloc((2 * n + 1) * 4);
    if (!out) return NULL;
    const unsigned char *p = (const unsigned char *)pv_str_data(str);
    size_t o = 0;
    for (size_t i = 0, b = 0; i < n; i++) {
        int l;
        uint32_t c = pv_utf8_get(p + b, &l);
        b += l;
        if (c == '\r' && (s->newline == NL_UNIVERSAL || s->newline == NL_UNTRANSLATED)) {
            bool crlf = i + 1 < n && p[b] == '\n';
            s->seennl |= crlf ? SEEN_CRLF : SEEN_CR;
            if (s->newline == NL_UNIVERSAL) {
                out[o++] = '\n';
                if (crlf) i++, b++;
                continue;
            }
            out[o++] = c;
            if (crlf) out[o++] = '\n', i++, b++;
            continue;
        }
        if (c == '\n') {
            if (s->newline == NL_UNIVERSAL || s->newline == NL_UNTRANSLATED) s->seennl |= SEEN_LF;
            if (s->newline == NL_CR || s->newline == NL_CRLF) {
                out[o++] = '\r';
                if (s->newline == NL_CR) continue;
            }
        }
        out[o++] = c;
    }
    *outn = o;
    return out;
}

static int sio_write_str(StringIO *s, Value str)
{
    size_t n, alloc = (2 * pv_str_len(str) + 1) * 4;
    uint32_t *cps = sio_translate(s, str, &n);
    if (!cps) return -1;
    int r = -1;
    if (s->pos > s->len) {
        if (sio_reserve(s, s->pos) < 0) goto done;
        memset(s->buf + s->len, 0, (s->pos - s->len) * 4);
        s->len = s->pos;
    }
    if (sio_reserve(s, s->pos + n) < 0) goto done;
    if (n) memcpy(s->buf + s->pos, cps, n * 4); /* buf may be NULL when empty */
    s->pos += n;
    if (s->pos > s->len) s->len = s->pos;
    r = 0;
done:
    pv_mem_free(cps, alloc);
    return r;
}

static Value sio_slice(StringIO *s, size_t a, size_t b)
{
    PvBuf out;
    pv_buf_init(&out);
    for (size_t i = a; i < b; i++)
        if (pv_buf_append_cp(&out, s->buf[i]) < 0) { pv_buf_free(&out); return NULL; }
    return pv_buf_finish_str(&out);
}

static Value sio_new(PvType *type, Value *args, size_t nargs, Value kw)
{
    return pv_type_alloc(type, 0);
}

static int sio_init(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"initial_value", "newline", NULL};
    Value init = NULL, nl = NULL;
    if (pv_parse_args("StringIO", args, nargs, kw, "|OO", kwlist, &init, &nl) < 0) return -1;
    StringIO *s = SIO(self);
    s->len = s->pos = 0;
    s->closed = false;
    s->newline = nl == pv_None ? NL_UNIVERSAL : NL_LF; /* the default is '\n' */
    s->seennl = 0;
    if (nl && nl != pv_None) {
        if (!pv_is_str(nl)) {
            pv_raise(&pv_exc_TypeError, "newline must be str or None, not %T", nl);
            return -1;
        }
        const char *v = pv_str_data(nl);
        size_t vn = pv_str_size(nl);
        if (vn == 0) s->newline = NL_UNTRANSLATED;
        else if (vn == 1 && v[0] == '\n') s->newline = NL_LF;
        else if (vn == 1 && v[0] == '\r') s->newline = NL_CR;
        else if (vn == 2 && v[0] == '\r' && v[1] == '\n') s->newline = NL_CRLF;
        else {
            Value r = pv_repr(nl);
            if (r) pv_raise(&pv_exc_ValueError, "illegal newline value: %s", pv_str_data(r));
            return -1;
        }
    }
    if (init && init != pv_None) {
        if (!pv_is_str(init)) {
            pv_raise(&pv_exc_TypeError, "initial_value must be str or None, not %T", init);
            return -1;
        }
        if (sio_write_str(s, init) < 0) return -1;
        s->pos = 0;
    }
    return 0;
}

static Value sio_write(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("write", nargs, 1, 1) < 0 || sio_check(self) < 0) return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "string argument expected, got '%T'", args[0]);
    if (sio_write_str(SIO(self), args[0]) < 0) return NULL;
    return pv_int_from_u64(pv_str_len(args[0]));
}

static Value sio_writelines(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("writelines", nargs, 1, 1) < 0 || sio_check(self) < 0) return NULL;
    Value it = pv_iter(args[0]);
    if (!it) return NULL;
    Value x;
    while ((x = pv_next(it)))
        if (!sio_write(self, &x, 1, NULL)) return NULL;
    return pv_err_occurred() ? NULL : pv_None;
}

static int size_arg(Value *args, size_t nargs, ssize_t *n)
{
    *n = -1;
    if (nargs && args[0] != pv_None) return pv_index_ssize(args[0], n);
    return 0;
}

static Value sio_read(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (pv_check_nargs("read", nargs, 0, 1) < 0 || sio_check(self) < 0 || size_arg(args, nargs, &n) < 0)
        return NULL;
    StringIO *s = SIO(self);
    size_t a = s->pos < s->len ? s->pos : s->len, b = s->len;
    if (n >= 0 && a + n < b) b = a + n;
    s->pos = b > s->pos ? b : s->pos;
    return sio_slice(s, a, b);
}

static Value sio_readline(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (pv_check_nargs("readline", nargs, 0, 1) < 0 || sio_check(self) < 0 || size_arg(args, nargs, &n) < 0)
        return NULL;
    StringIO *s = SIO(self);
    size_t a = s->pos < s->len ? s->pos : s->len, end = s->len, b = a;
    if (n >= 0 && (size_t)n < end - a) end = a + (size_t)n;
    /* the line ends after the first newline of the mode within the limit:
     * None (already translated) and '\n': \n; '': \r, \n or \r\n; '\r'
     * and '\r\n': exactly that */
    while (b < end) {
        uint32_t c = s->buf[b++];
        if (s->newline == NL_CR || s->newline == NL_UNTRANSLATED) {
            if (c == '\r') {
                if (s->newline == NL_UNTRANSLATED && b < end && s->buf[b] == '\n') b++;
                break;
            }
            if (c == '\n' && s->newline == NL_UNTRANSLATED) break;
        } else if (s->newline == NL_CRLF) {
            if (c == '\r' && b < end && s->buf[b] == '\n') {
                b++;
                break;
            }
        } else if (c == '\n') {
            break;
        }
    }
    if (b > s->pos) s->pos = b;
    return sio_slice(s, a, b);
}

static Value sio_readlines(Value self, Value *args, size_t nargs, Value kw)
{
    if (sio_check(self) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    for (;;) {
        Value l = sio_readline(self, NULL, 0, NULL);
        if (!l) return NULL;
        if (!pv_str_len(l)) break;
        if (pv_list_append(list, l) < 0) return NULL;
    }
    return list;
}

static Value sio_getvalue(Value self, Value *args, size_t nargs, Value kw)
{
    if (sio_check(self) < 0) return NULL;
    return sio_slice(SIO(self), 0, SIO(self)->len);
}

static Value sio_seek(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("seek", nargs, 1, 2) < 0 || sio_check(self) < 0) return NULL;
    ssize_t pos, whence = 0;
    if (pv_index_ssize(args[0], &pos) < 0) return NULL;
    if (nargs > 1 && pv_index_ssize(args[1], &whence) < 0) return NULL;
    StringIO *s = SIO(self);
    if (whence == 0) {
        if (pos < 0) return pv_raise(&pv_exc_ValueError, "Negative seek position %zd", pos);
        s->pos = pos;
    } else if (whence == 1 || whence == 2) {
        if (pos != 0)
            return pv_raise(&pv_exc_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                          : "Can't do nonzero end-relative seeks");
        if (whence == 2) s->pos = s->len;
    } else {
        return pv_raise(&pv_exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
    }
    return pv_int_from_u64(s->pos);
}

static Value sio_tell(Value self, Value *args, size_t nargs, Value kw)
{
    if (sio_check(self) < 0) return NULL;
    return pv_int_from_u64(SIO(self)->pos);
}

static Value sio_truncate(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (sio_check(self) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    StringIO *s = SIO(self);
    if (n < 0 && nargs && args[0] != pv_None) return pv_raise(&pv_exc_ValueError, "Negative size value %zd", n);
    size_t sz = n < 0 ? s->pos : (size_t)n;
    if (sz < s->len) s->len = sz;
    return pv_int_from_u64(sz);
}

static Value sio_close(Value self, Value *args, size_t nargs, Value kw)
{
    SIO(self)->closed = true;
    return pv_None;
}

static Value sio_true(Value self, Value *args, size_t nargs, Value kw)
{
    return sio_check(self) < 0 ? NULL : pv_True;
}
static Value sio_false(Value self, Value *args, size_t nargs, Value kw)
{
    return sio_check(self) < 0 ? NULL : pv_False;
}
static Value sio_flush(Value self, Value *args, size_t nargs, Value kw)
{
    return sio_check(self) < 0 ? NULL : pv_None;
}
static Value sio_enter(Value self, Value *args, size_t nargs, Value kw)
{
    return sio_check(self) < 0 ? NULL : self;
}
static Value sio_exit(Value self, Value *args, size_t nargs, Value kw)
{
    SIO(self)->closed = true;
    return pv_None;
}
static Value sio_iter(Value self) { return sio_check(self) < 0 ? NULL : self; }
static Value sio_next(Value self)
{
    Value l = sio_readline(self, NULL, 0, NULL);
    if (!l || !pv_str_len(l)) return NULL;
    return l;
}
static Value sio_closed(Value self) { return pv_bool(SIO(self)->closed); }
static Value sio_none(Value self) { return pv_None; }
static Value io_detach(Value self, Value *args, size_t nargs, Value kw)
{
    Value t = pv_io_unsupported_type();
    return t ? pv_raise((PvType *)t, "detach") : NULL;
}
static Value sio_line_buffering(Value self) { return pv_False; }
static Value sio_newlines(Value self)
{
    StringIO *s = SIO(self);
    if (s->newline != NL_UNIVERSAL && s->newline != NL_UNTRANSLATED) return pv_None;
    static const char *const names[3] = {"\n", "\r", "\r\n"};
    static const int order[3] = {1, 0, 2}; /* CPython's order: \r, \n, \r\n */
    Value items[3];
    size_t k = 0;
    for (int i = 0; i < 3; i++)
        if (s->seennl & (1 << order[i])) {
            items[k] = pv_str_from_cstr(names[order[i]]);
            if (!items[k++]) return NULL;
        }
    if (k == 0) return pv_None;
    if (k == 1) return items[0];
    Value t = pv_tuple_new(k);
    if (t) memcpy(pv_tuple_items(t), items, k * sizeof(Value));
    return t;
}
static Value sio_fileno(Value self, Value *args, size_t nargs, Value kw)
{
    Value t = pv_io_unsupported_type();
    return t ? pv_raise((PvType *)t, "fileno") : NULL;
}

static const PvMethodDef sio_methods[] = {
    {"write", sio_write, 0, NULL}, {"writelines", sio_writelines, 0, NULL},
    {"read", sio_read, 0, NULL}, {"readline", sio_readline, 0, NULL},
    {"readlines", sio_readlines, 0, NULL}, {"getvalue", sio_getvalue, 0, NULL},
    {"seek", sio_seek, 0, NULL}, {"tell", sio_tell, 0, NULL},
    {"truncate", sio_truncate, 0, NULL}, {"close", sio_close, 0, NULL},
    {"readable", sio_true, 0, NULL}, {"writable", sio_true, 0, NULL},
    {"seekable", sio_true, 0, NULL}, {"isatty", sio_false, 0, NULL},
    {"flush", sio_flush, 0, NULL}, {"fileno", sio_fileno, 0, NULL},
    {"detach", io_detach, 0, NULL},
    {"__enter__", sio_enter, 0, NULL}, {"__exit__", sio_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvGetSetDef sio_getsets[] = {
    {"closed", sio_closed, NULL, NULL},
    {"line_buffering", sio_line_buffering, NULL, NULL},
    {"newlines", sio_newlines, NULL, NULL},
    {"encoding", sio_none, NULL, NULL},
    {"errors", sio_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType stringio_type = {
    .name = "_io.StringIO", .basicsize = sizeof(StringIO), .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_textiobase_type,
    .methods = sio_methods, .getsets = sio_getsets, .finalize = sio_finalize,
    .new_ = sio_new, .init = sio_init, .iter = sio_iter, .iternext = sio_next,
};

/* ---- BytesIO ---- */

typedef struct BytesIO {
    PvObj h;
    char *buf;   /* pv_mem_alloc'd */
    size_t len, cap, pos;
    bool closed;
} BytesIO;

#define BIO(v) ((BytesIO *)(v))

static void bio_finalize(Value v)
{
    if (BIO(v)->buf) pv_mem_free(BIO(v)->buf, BIO(v)->cap);
    BIO(v)->buf = NULL;
}

static int bio_check(Value v)
{
    if (BIO(v)->closed) {
        pv_raise(&pv_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int bio_write_data(BytesIO *b, const char *d, size_t n)
{
    size_t need = b->pos + n;
    if (need > b->cap) {
        size_t nc = b->cap ? b->cap : 64;
        while (nc < need) nc *= 2;
        char *nb = pv_mem_realloc(b->buf, b->cap, nc);
        if (!nb) return -1;
        b->buf = nb;
        b->cap = nc;
    }
    if (b->pos > b->len) memset(b->buf + b->len, 0, b->pos - b->len);
    if (n) memcpy(b->buf + b->pos, d, n); /* buf/d may be NULL when empty */
    b->pos += n;
    if (b->pos > b->len) b->len = b->pos;
    return 0;
}

static Value bio_new(PvType *type, Value *args, size_t nargs, Value kw)
{
    return pv_type_alloc(type, 0);
}

static int bio_init(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"initial_bytes", NULL};
    Value init = NULL;
    if (pv_parse_args("BytesIO", args, nargs, kw, "|O", kwlist, &init) < 0) return -1;
    BytesIO *b = BIO(self);
    b->len = b->pos = 0;
    b->closed = false;
    if (init && init != pv_None) {
        const char *d;
        size_t n;
        if (!pv_bytes_like(init, &d, &n)) {
            pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", init);
            return -1;
        }
        if (bio_write_data(b, d, n) < 0) return -1;
        b->pos = 0;
    }
    return 0;
}

static Value bio_write(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("write", nargs, 1, 1) < 0 || bio_check(self) < 0) return NULL;
    const char *d;
    size_t n;
    if (!pv_bytes_like(args[0], &d, &n))
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    if (bio_write_data(BIO(self), d, n) < 0) return NULL;
    return pv_int_from_u64(n);
}

static Value bio_writelines(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("writelines", nargs, 1, 1) < 0 || bio_check(self) < 0) return NULL;
    Value it = pv_iter(args[0]);
    if (!it) return NULL;
    Value x;
    while ((x = pv_next(it)))
        if (!bio_write(self, &x, 1, NULL)) return NULL;
    return pv_err_occurred() ? NULL : pv_None;
}

static Value bio_read(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (pv_check_nargs("read", nargs, 0, 1) < 0 || bio_check(self) < 0 || size_arg(args, nargs, &n) < 0)
        return NULL;
    BytesIO *b = BIO(self);
    size_t a = b->pos < b->len ? b->pos : b->len, e = b->len;
    if (n >= 0 && a + n < e) e = a + n;
    if (e > b->pos) b->pos = e;
    return pv_bytes_new(b->buf ? b->buf + a : "", e - a);
}

static Value bio_readline(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (pv_check_nargs("readline", nargs, 0, 1) < 0 || bio_check(self) < 0 || size_arg(args, nargs, &n) < 0)
        return NULL;
    BytesIO *b = BIO(self);
    size_t a = b->pos < b->len ? b->pos : b->len, e = a;
    while (e < b->len && (n < 0 || e - a < (size_t)n)) {
        if (b->buf[e++] == '\n') break;
    }
    if (e > b->pos) b->pos = e;
    return pv_bytes_new(b->buf ? b->buf + a : "", e - a);
}

static Value bio_readlines(Value self, Value *args, size_t nargs, Value kw)
{
    if (bio_check(self) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    for (;;) {
        Value l = bio_readline(self, NULL, 0, NULL);
        if (!l) return NULL;
        if (!pv_bytes_size(l)) break;
        if (pv_list_append(list, l) < 0) return NULL;
    }
    return list;
}

static Value bio_readinto(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("readinto", nargs, 1, 1) < 0 || bio_check(self) < 0) return NULL;
    const char *d;
    size_t n;
    if (!pv_bytes_like(args[0], &d, &n) || pv_isinst(args[0], &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                        args[0]);
    BytesIO *b = BIO(self);
    size_t a = b->pos < b->len ? b->pos : b->len, k = b->len - a < n ? b->len - a : n;
    if (k) memcpy((char *)d, b->buf + a, k);
    b->pos = a + k;
    return pv_int_from_u64(k);
}

static Value bio_getvalue(Value self, Value *args, size_t nargs, Value kw)
{
    if (bio_check(self) < 0) return NULL;
    return pv_bytes_new(BIO(self)->buf ? BIO(self)->buf : "", BIO(self)->len);
}

static Value bio_seek(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("seek", nargs, 1, 2) < 0 || bio_check(self) < 0) return NULL;
    ssize_t pos, whence = 0;
    if (pv_index_ssize(args[0], &pos) < 0) return NULL;
    if (nargs > 1 && pv_index_ssize(args[1], &whence) < 0) return NULL;
    BytesIO *b = BIO(self);
    if (whence == 1) pos += (ssize_t)b->pos;
    else if (whence == 2) pos += (ssize_t)b->len;
    else if (whence != 0)
        return pv_raise(&pv_exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    else if (pos < 0)
        return pv_raise(&pv_exc_ValueError, "negative seek value %zd", pos);
    if (pos < 0) pos = 0;
    b->pos = pos;
    return pv_int_from_u64(b->pos);
}

static Value bio_tell(Value self, Value *args, size_t nargs, Value kw)
{
    if (bio_check(self) < 0) return NULL;
    return pv_int_from_u64(BIO(self)->pos);
}

static Value bio_truncate(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (bio_check(self) < 0 || size_arg(args, nargs, &n) < 0) return NULL;
    BytesIO *b = BIO(self);
    if (n < 0 && nargs && args[0] != pv_None) return pv_raise(&pv_exc_ValueError, "negative size value %zd", n);
    size_t sz = n < 0 ? b->pos : (size_t)n;
    if (sz < b->len) b->len = sz;
    return pv_int_from_u64(sz);
}

static Value bio_close(Value self, Value *args, size_t nargs, Value kw)
{
    BIO(self)->closed = true;
    return pv_None;
}
static Value bio_true(Value self, Value *args, size_t nargs, Value kw) { return bio_check(self) < 0 ? NULL : pv_True; }
static Value bio_false(Value self, Value *args, size_t nargs, Value kw) { return bio_check(self) < 0 ? NULL : pv_False; }
static Value bio_flush(Value self, Value *args, size_t nargs, Value kw) { return bio_check(self) < 0 ? NULL : pv_None; }
static Value bio_enter(Value self, Value *args, size_t nargs, Value kw) { return bio_check(self) < 0 ? NULL : self; }
static Value bio_iter(Value self) { return bio_check(self) < 0 ? NULL : self; }
static Value bio_next(Value self)
{
    Value l = bio_readline(self, NULL, 0, NULL);
    if (!l || !pv_bytes_size(l)) return NULL;
    return l;
}
static Value bio_closed(Value self) { return pv_bool(BIO(self)->closed); }
static Value bio_getbuffer(Value self, Value *args, size_t nargs, Value kw)
{
    /* a copy: writes through the view do not reach the BytesIO */
    Value ba = pv_bytearray_new(BIO(self)->buf ? BIO(self)->buf : "", BIO(self)->len);
    if (!ba) return NULL;
    Value mv = (Value)&pv_memoryview_type;
    return pv_call1(mv, ba);
}

static const PvMethodDef bio_methods[] = {
    {"write", bio_write, 0, NULL}, {"writelines", bio_writelines, 0, NULL},
    {"read", bio_read, 0, NULL}, {"read1", bio_read, 0, NULL},
    {"readline", bio_readline, 0, NULL},
    {"readlines", bio_readlines, 0, NULL}, {"getvalue", bio_getvalue, 0, NULL},
    {"getbuffer", bio_getbuffer, 0, NULL},
    {"readinto", bio_readinto, 0, NULL},
    {"readinto1", bio_readinto, 0, NULL},
    {"detach", io_detach, 0, NULL},
    {"seek", bio_seek, 0, NULL}, {"tell", bio_tell, 0, NULL},
    {"truncate", bio_truncate, 0, NULL}, {"close", bio_close, 0, NULL},
    {"readable", bio_true, 0, NULL}, {"writable", bio_true, 0, NULL},
    {"seekable", bio_true, 0, NULL}, {"isatty", bio_false, 0, NULL},
    {"flush", bio_flush, 0, NULL}, {"fileno", sio_fileno, 0, NULL},
    {"__enter__", bio_enter, 0, NULL}, {"__exit__", bio_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvGetSetDef bio_getsets[] = {
    {"closed", bio_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType bytesio_type = {
    .name = "_io.BytesIO", .basicsize = sizeof(BytesIO), .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_bufferediobase_type,
    .methods = bio_methods, .getsets = bio_getsets, .finalize = bio_finalize,
    .new_ = bio_new, .init = bio_init, .iter = bio_iter, .iternext = bio_next,
};

/* ---- module ---- */

static Value io_open(Value self, Value *args, size_t nargs, Value kw)
{
    return pv_open(args, nargs, kw);
}

/* text_encoding(encoding, stacklevel=2): the encoding open() will use */
static Value io_text_encoding(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value enc, level = NULL;
    if (pv_parse_args("text_encoding", args, nargs, kwnames, "O|O", kw, &enc, &level) < 0)
        return NULL;
    return enc == pv_None ? pv_str_from_cstr("utf-8") : enc; /* the locale encoding here */
}

/* Module __getattr__: what pyvm's io leaves to CPython's pure-Python
 * _pyio (loaded on first use: _pyio imports io). */
static Value io_getattr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("__getattr__", kwnames) < 0 || pv_check_nargs("__getattr__", nargs, 1, 1) < 0)
        return NULL;
    Value name = args[0];
    if (pv_is_str(name) && !strcmp(pv_str_data(name), "IncrementalNewlineDecoder")) {
        Value m = pv_import_cstr("_pyio");
        return m ? pv_getattr(m, name) : NULL;
    }
    return pv_raise(&pv_exc_AttributeError, "module 'io' has no attribute '%S'", name);
}

static const PvMethodDef io_functions[] = {
    {"open", io_open, 0, "Open file and return a stream."},
    {"__getattr__", io_getattr, 0, NULL},
    {"text_encoding", io_text_encoding, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_io_module_init(void)
{
    Value m = pv_module_new_cstr("io");
    if (!m) return NULL;
    if (pv_module_add_functions(m, io_functions) < 0) return NULL;
    PvType *types[] = {&stringio_type, &bytesio_type, &pv_file_type, &pv_bufreader_type,
                       &pv_bufwriter_type, &pv_bufrandom_type, &pv_fileio_type, &pv_memoryview_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        pv_text_ready(types[i]);
        if (i < 7 && pv_module_add(m, pv_type_name(types[i]), (Value)types[i]) < 0) return NULL;
    }
    Value u = pv_io_unsupported_type();
    if (!u || pv_module_add(m, "UnsupportedOperation", u) < 0) return NULL;
    if (pv_module_add(m, "IOBase", (Value)&pv_iobase_type) < 0 ||
        pv_module_add(m, "RawIOBase", (Value)&pv_rawiobase_type) < 0 ||
        pv_module_add(m, "BufferedIOBase", (Value)&pv_bufferediobase_type) < 0 ||
        pv_module_add(m, "TextIOBase", (Value)&pv_textiobase_type) < 0)
        return NULL;
    static const char *const all[] = {"BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
        "FileIO", "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
        "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
        "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
        "IncrementalNewlineDecoder", NULL};
    Value all_list = pv_list_new(0);
    for (int i = 0; all_list && all[i]; i++)
        if (pv_list_append(all_list, pv_str_from_cstr(all[i])) < 0) return NULL;
    if (!all_list || pv_module_add(m, "__all__", all_list) < 0) return NULL;
    if (pv_module_add_int(m, "DEFAULT_BUFFER_SIZE", 8192) < 0 || pv_module_add_int(m, "SEEK_SET", 0) < 0 ||
        pv_module_add_int(m, "SEEK_CUR", 1) < 0 || pv_module_add_int(m, "SEEK_END", 2) < 0)
        return NULL;
    return m;
}
