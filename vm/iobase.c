/* iobase.c: io.IOBase, RawIOBase, BufferedIOBase and TextIOBase. The C
 * file objects and StringIO/BytesIO derive from them (so isinstance works),
 * and Python classes can subclass them: the defaults below are written in
 * terms of the subclass's own read/readline/write/close, as CPython's. */
#include "str_impl.h"
#include "fileobj.h"

/* The closed state of a Python subclass instance lives in its __dict__. */
static const char CLOSED_KEY[] = "__IOBase_closed";

static Value is_closed(Value self)
{
    Value v = pv_getattr_str(self, "closed");
    if (!v) return NULL;
    int t = pv_truthy(v);
    return t < 0 ? NULL : pv_bool(t);
}

static int check_not_closed(Value self)
{
    Value c = is_closed(self);
    if (!c) return -1;
    if (c == pv_True) {
        pv_raise(&pv_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static Value unsupported(const char *what)
{
    Value t = pv_io_unsupported_type();
    return t ? pv_raise((PvType *)t, "%s", what) : NULL;
}

static Value g_closed(Value self)
{
    Value *d = pv_object_dict_ptr(self);
    if (d && *d) {
        Value v = pv_dict_get_str(*d, CLOSED_KEY);
        if (v) return v;
    }
    return pv_False;
}

static Value m_close(Value self, Value *a, size_t n, Value kw)
{
    Value c = g_closed(self);
    if (c == pv_True) return pv_None;
    Value r = pv_call_method(self, "flush", NULL, 0);
    Value *d = pv_object_dict_ptr(self);
    if (d) {
        if (!*d && !(*d = pv_dict_new())) return NULL;
        if (pv_dict_set_str(*d, CLOSED_KEY, pv_True) < 0) return NULL;
    }
    return r ? pv_None : NULL;
}

static Value m_flush(Value self, Value *a, size_t n, Value kw)
{
    return check_not_closed(self) < 0 ? NULL : pv_None;
}

static Value m_false(Value self, Value *a, size_t n, Value kw) { return pv_False; }
static Value m_isatty(Value self, Value *a, size_t n, Value kw)
{
    return check_not_closed(self) < 0 ? NULL : pv_False;
}
static Value m_fileno(Value self, Value *a, size_t n, Value kw) { return unsupported("fileno"); }
static Value m_seek(Value self, Value *a, size_t n, Value kw) { return unsupported("seek"); }
static Value m_truncate(Value self, Value *a, size_t n, Value kw) { return unsupported("truncate"); }
static Value m_detach(Value self, Value *a, size_t n, Value kw) { return unsupported("detach"); }
static Value m_read(Value self, Value *a, size_t n, Value kw) { return unsupported("read"); }
static Value m_write(Value self, Value *a, size_t n, Value kw) { return unsupported("write"); }
static Value m_tell(Value self, Value *a, size_t n, Value kw)
{
    Value args[2] = {pv_small(0), pv_small(1)};
    return pv_call_method(self, "seek", args, 2);
}

static Value m_enter(Value self, Value *a, size_t n, Value kw)
{
    return check_not_closed(self) < 0 ? NULL : self;
}

static Value m_exit(Value self, Value *a, size_t n, Value kw)
{
    return pv_call_method(self, "close", NULL, 0) ? pv_None : NULL;
}

/* readline from read(1) (peek-less, as IOBase.readline without peek) */
static Value m_readline(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t limit = -1;
    if (nargs && args[0] != pv_None && pv_index_ssize(args[0], &limit) < 0) return NULL;
    Value one = pv_small(1);
    Value parts = pv_list_new(0);
    if (!parts) return NULL;
    bool text = false;
    for (ssize_t got = 0; limit < 0 || got < limit; got++) {
        Value c = pv_call_method(self, "read", &one, 1);
        if (!c) return NULL;
        if (pv_is_str(c)) text = true;
        ssize_t len = pv_len(c);
        if (len < 0) return NULL;
        if (len == 0) break;
        if (pv_list_append(parts, c) < 0) return NULL;
        const char *d;
        size_t dn;
        if (pv_is_str(c) ? pv_str_data(c)[pv_str_size(c) - 1] == '\n'
                         : (pv_bytes_like(c, &d, &dn) && dn && d[dn - 1] == '\n'))
            break;
    }
    Value sep = text ? pv_str_empty() : pv_bytes_new("", 0);
    if (!sep) return NULL;
    return pv_call_method(sep, "join", &parts, 1);
}

static Value m_readlines(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t hint = -1;
    if (nargs && args[0] != pv_None && pv_index_ssize(args[0], &hint) < 0) return NULL;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    ssize_t total = 0;
    for (;;) {
        Value l = pv_call_method(self, "readline", NULL, 0);
        if (!l) return NULL;
        ssize_t len = pv_len(l);
        if (len < 0) return NULL;
        if (len == 0) break;
        if (pv_list_append(list, l) < 0) return NULL;
        total += len;
        if (hint > 0 && total > hint) break;
    }
    return list;
}

static Value m_writelines(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("writelines", nargs, 1, 1) < 0 || check_not_closed(self) < 0) return NULL;
    Value it = pv_iter(args[0]);
    if (!it) return NULL;
    Value x;
    while ((x = pv_next(it)))
        if (!pv_call_method(self, "write", &x, 1)) return NULL;
    return pv_err_occurred() ? NULL : pv_None;
}

static Value t_iter(Value self) { return check_not_closed(self) < 0 ? NULL : self; }
static Value t_next(Value self)
{
    Value l = pv_call_method(self, "readline", NULL, 0);
    if (!l) return NULL;
    ssize_t len = pv_len(l);
    return len > 0 ? l : NULL;
}

/* IOBase.register(cls): CPython's io.IOBase is an ABC; _pyio registers
 * its classes. Accepted (no virtual subclassing here). */
static Value m_register(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("register", n, 1, 1) < 0) return NULL;
    return a[0];
}

static const PvMethodDef iobase_methods[] = {
    {"register", m_register, PV_METH_CLASS, NULL},
    {"close", m_close, 0, NULL}, {"flush", m_flush, 0, NULL},
    {"readable", m_false, 0, NULL}, {"writable", m_false, 0, NULL},
    {"seekable", m_false, 0, NULL}, {"isatty", m_isatty, 0, NULL},
    {"fileno", m_fileno, 0, NULL}, {"seek", m_seek, 0, NULL},
    {"tell", m_tell, 0, NULL}, {"truncate", m_truncate, 0, NULL},
    {"readline", m_readline, 0, NULL}, {"readlines", m_readlines, 0, NULL},
    {"writelines", m_writelines, 0, NULL},
    {"__enter__", m_enter, 0, NULL}, {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvGetSetDef iobase_getsets[] = {
    {"closed", g_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};
static Value m_readline_unsup(Value self, Value *a, size_t n, Value kw) { return unsupported("readline"); }

static const PvMethodDef stream_methods[] = {
    {"read", m_read, 0, NULL}, {"write", m_write, 0, NULL},
    {"detach", m_detach, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvMethodDef text_methods[] = {
    {"read", m_read, 0, NULL}, {"write", m_write, 0, NULL},
    {"detach", m_detach, 0, NULL}, {"readline", m_readline_unsup, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_iobase_type = {
    .name = "_io._IOBase", .basicsize = sizeof(PvObj), .flags = PV_TPFLAG_BASETYPE,
    .methods = iobase_methods, .getsets = iobase_getsets, .iter = t_iter, .iternext = t_next,
};
PvType pv_rawiobase_type = {
    .name = "_io._RawIOBase", .basicsize = sizeof(PvObj), .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_iobase_type, .methods = stream_methods,
};
PvType pv_bufferediobase_type = {
    .name = "_io._BufferedIOBase", .basicsize = sizeof(PvObj), .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_iobase_type, .methods = stream_methods,
};
PvType pv_textiobase_type = {
    .name = "_io._TextIOBase", .basicsize = sizeof(PvObj), .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_iobase_type, .methods = text_methods,
};
