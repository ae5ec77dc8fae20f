/* exceptions.c: the built-in exception types (exc_list.h) with CPython
 * 3.11's constructors, str/repr and attributes. Every type shares the
 * PvExc layout; per-type data lives in PvExc.f[] (see the F_* indices). */
#include "eval.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define pv_exc_object pv_object_type
#define PV_EXC(N, B)                                                         \
    PvType pv_exc_##N = {                                                    \
        .name = #N,                                                          \
        .basicsize = sizeof(PvExc),                                          \
        .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_EXC_SUBCLASS,                \
        .base = &pv_exc_##B,                                                 \
        .dictoffset = offsetof(PvExc, dict),                                 \
    };
#include "exc_list.h"
#undef PV_EXC

/* Field indices in PvExc.f */
enum {
    F_VALUE = 0,                                  /* StopIteration */
    F_CODE = 0,                                   /* SystemExit */
    F_ERRNO = 0, F_STRERROR, F_FILENAME, F_FILENAME2, /* OSError */
    F_SMSG = 0, F_SFILE, F_SLINE, F_SOFFSET, F_STEXT, F_SENDLINE, F_SENDOFFSET,
    F_SPRINT,                                     /* SyntaxError */
    F_IMSG = 0, F_INAME, F_IPATH,                 /* ImportError */
    F_NAME = 0, F_OBJ,                            /* NameError, AttributeError */
    F_UENC = 0, F_UOBJ, F_USTART, F_UEND, F_UREASON, /* UnicodeError */
    F_GMSG = 0, F_GEXCS,                          /* BaseExceptionGroup */
};

static Value memory_error_inst;

#define E(v) ((PvExc *)(v))
static Value nz(Value v) { return v ? v : pv_None; }

static void exc_mark(Value self)
{
    PvExc *e = E(self);
    pv_gc_mark(e->dict);
    pv_gc_mark(e->args);
    pv_gc_mark(e->traceback);
    pv_gc_mark(e->context);
    pv_gc_mark(e->cause);
    pv_gc_mark(e->notes);
    for (int i = 0; i < 8; i++)
        pv_gc_mark(e->f[i]);
}

static bool is_sub(Value self, PvType *t)
{
    return pv_type_is_subtype(pv_type(self), t);
}

/* Find a keyword argument value. */
static Value kwarg(Value *args, size_t nargs, Value kwnames, const char *name)
{
    if (!kwnames)
        return NULL;
    for (size_t i = 0; i < pv_tuple_size(kwnames); i++)
        if (pv_str_eq_cstr(pv_tuple_items(kwnames)[i], name))
            return args[nargs + i];
    return NULL;
}

/* Parse the per-type fields from the constructor arguments. */
static int exc_fill(Value self, Value *args, size_t nargs, Value kwnames, bool from_init)
{
    PvExc *e = E(self);
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
    if (nkw) {
        const char *allowed[3] = {NULL, NULL, NULL};
        if (is_sub(self, &pv_exc_ImportError)) {
            allowed[0] = "name"; allowed[1] = "path";
        } else if (is_sub(self, &pv_exc_AttributeError)) {
            allowed[0] = "name"; allowed[1] = "obj";
        } else if (is_sub(self, &pv_exc_NameError)) {
            allowed[0] = "name";
        }
        if (!from_init && !allowed[0])
            goto args; /* __new__ ignores keywords */
        for (size_t i = 0; i < nkw; i++) {
            Value k = pv_tuple_items(kwnames)[i];
            bool ok = false;
            for (int j = 0; allowed[j]; j++)
                if (pv_str_eq_cstr(k, allowed[j]))
                    ok = true;
            if (!ok) {
                if (!allowed[0]) {
                    pv_raise(&pv_exc_TypeError, "%s() takes no keyword arguments",
                             pv_type_name(pv_type(self)));
                } else {
                    pv_raise(&pv_exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                             pv_str_from_cstr(pv_type_name(pv_type(self))), k);
                }
                return -1;
            }
        }
    }
args:
    e->args = pv_tuple_from(args, nargs);
    if (!e->args)
        return -1;
    if (is_sub(self, &pv_exc_StopIteration)) {
        e->f[F_VALUE] = nargs ? args[0] : pv_None;
    } else if (is_sub(self, &pv_exc_SystemExit)) {
        e->f[F_CODE] = nargs == 0 ? pv_None : nargs == 1 ? args[0] : e->args;
    } else if (is_sub(self, &pv_exc_OSError)) {
        if (nargs >= 2 && nargs <= 5) {
            e->f[F_ERRNO] = args[0];
            e->f[F_STRERROR] = args[1];
            if (nargs >= 3 && args[2] != pv_None) {
                e->f[F_FILENAME] = args[2];
                if (nargs >= 5)
                    e->f[F_FILENAME2] = args[4];
                e->args = pv_tuple_from(args, 2);
                if (!e->args)
                    return -1;
            }
        }
    } else if (is_sub(self, &pv_exc_SyntaxError)) {
        if (nargs >= 1)
            e->f[F_SMSG] = args[0];
        if (nargs == 2) {
            Value info = pv_sequence_tuple(args[1]);
            if (!info)
                return -1;
            size_t n = pv_tuple_size(info);
            if (n != 4 && n != 6) {
                pv_raise(&pv_exc_IndexError, "tuple index out of range");
                return -1;
            }
            for (size_t i = 0; i < n; i++)
                e->f[F_SFILE + i] = pv_tuple_items(info)[i];
        }
    } else if (is_sub(self, &pv_exc_ImportError)) {
        e->f[F_IMSG] = nargs == 1 ? args[0] : NULL;
        Value v = kwarg(args, nargs, kwnames, "name");
        if (v) e->f[F_INAME] = v;
        v = kwarg(args, nargs, kwnames, "path");
        if (v) e->f[F_IPATH] = v;
    } else if (is_sub(self, &pv_exc_AttributeError) || is_sub(self, &pv_exc_NameError)) {
        Value v = kwarg(args, nargs, kwnames, "name");
        if (v) e->f[F_NAME] = v;
        v = kwarg(args, nargs, kwnames, "obj");
        if (v) e->f[F_OBJ] = v;
    } else if (is_sub(self, &pv_exc_UnicodeDecodeError) || is_sub(self, &pv_exc_UnicodeEncodeError)) {
        if (from_init || nargs == 5) {
            if (nargs != 5) {
                pv_raise(&pv_exc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
                return -1;
            }
            for (int i = 0; i < 5; i++)
                e->f[F_UENC + i] = args[i];
            if (is_sub(self, &pv_exc_UnicodeDecodeError) && !pv_is_type(args[1], &pv_bytes_type)) {
                Value b = pv_call1((Value)&pv_bytes_type, args[1]);
                if (!b)
                    return -1;
                e->f[F_UOBJ] = b;
            }
        }
    } else if (is_sub(self, &pv_exc_BaseExceptionGroup)) {
        if (nargs == 2) {
            e->f[F_GMSG] = args[0];
            e->f[F_GEXCS] = pv_sequence_tuple(args[1]);
            if (!e->f[F_GEXCS])
                return -1;
        }
    }
    return 0;
}

static PvType *oserror_subclass(Value err)
{
    if (!pv_is_small(err))
        return NULL;
    switch (pv_small_val(err)) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &pv_exc_BlockingIOError;
    case ECHILD: return &pv_exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &pv_exc_BrokenPipeError;
    case ECONNABORTED: return &pv_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &pv_exc_ConnectionRefusedError;
    case ECONNRESET: return &pv_exc_ConnectionResetError;
    case EEXIST: return &pv_exc_FileExistsError;
    case ENOENT: return &pv_exc_FileNotFoundError;
    case EISDIR: return &pv_exc_IsADirectoryError;
    case ENOTDIR: return &pv_exc_NotADirectoryError;
    case EINTR: return &pv_exc_InterruptedError;
    case EACCES: case EPERM: return &pv_exc_PermissionError;
    case ESRCH: return &pv_exc_ProcessLookupError;
    case ETIMEDOUT: return &pv_exc_TimeoutError;
    }
    return NULL;
}

/* BaseExceptionGroup(message, exceptions): validate, pick the class. */
static PvType *group_check(PvType *type, Value *args, size_t nargs)
{
    if (nargs != 2) {
        pv_raise(&pv_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                 nargs);
        return NULL;
    }
    if (!pv_is_str(args[0])) {
        pv_raise(&pv_exc_TypeError,
                 "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    Value seq = args[1];
    if (pv_isinst(seq, &pv_set_type) || pv_isinst(seq, &pv_frozenset_type) ||
        pv_isinst(seq, &pv_dict_type) || pv_is_str(seq) || !pv_type(seq)->getitem ||
        !pv_type(seq)->len) {
        pv_raise(&pv_exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Value t = pv_sequence_tuple(seq);
    if (!t)
        return NULL;
    if (pv_tuple_size(t) == 0) {
        pv_raise(&pv_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    bool all_exc = true;
    for (size_t i = 0; i < pv_tuple_size(t); i++) {
        Value x = pv_tuple_items(t)[i];
        if (!pv_is_exc(x)) {
            pv_raise(&pv_exc_ValueError,
                     "Item %zu of second argument (exceptions) is not an exception", i);
            return NULL;
        }
        if (!pv_isinst(x, &pv_exc_Exception))
            all_exc = false;
    }
    if (type == &pv_exc_BaseExceptionGroup) {
        if (all_exc)
            type = &pv_exc_ExceptionGroup;
    } else if (type == &pv_exc_ExceptionGroup) {
        if (!all_exc) {
            pv_raise(&pv_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            return NULL;
        }
    } else if (!all_exc && pv_type_is_subtype(type, &pv_exc_Exception)) {
        pv_raise(&pv_exc_TypeError, "Cannot nest BaseExceptions in '%s'", pv_type_name(type));
        return NULL;
    }
    return type;
}

static Value exc_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (pv_type_is_subtype(type, &pv_exc_BaseExceptionGroup)) {
        type = group_check(type, args, nargs);
        if (!type)
            return NULL;
    }
    if (type == &pv_exc_OSError && nargs >= 2 && nargs <= 5) {
        PvType *sub = oserror_subclass(args[0]);
        if (sub)
            type = sub;
    }
    Value self = pv_alloc(type, type->basicsize);
    if (!self)
        return NULL;
    if (exc_fill(self, args, nargs, kwnames, false) < 0)
        return NULL;
    return self;
}

static int exc_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    return exc_fill(self, args, nargs, kwnames, true);
}

Value pv_exc_new(PvType *type, Value *args, size_t nargs)
{
    if (type->new_ == exc_new && (type->init == exc_init || !type->init))
        return exc_new(type, args, nargs, NULL);
    return pv_call((Value)type, args, nargs, NULL);
}

Value pv_nomemory(void)
{
    if (!memory_error_inst)
        abort();
    pv_err_restore(memory_error_inst);
    return NULL;
}

Value pv_stop_iteration_value(Value exc)
{
    if (exc && is_sub(exc, &pv_exc_StopIteration))
        return nz(E(exc)->f[F_VALUE]);
    return pv_None;
}

/* ---- str / repr ---- */

static Value exc_str(Value self)
{
    Value a = E(self)->args;
    size_t n = a ? pv_tuple_size(a) : 0;
    if (n == 0)
        return pv_str_from_cstr("");
    if (n == 1)
        return pv_str(pv_tuple_items(a)[0]);
    return pv_str(a);
}

static Value exc_repr(Value self)
{
    Value a = E(self)->args;
    const char *name = pv_type_name(pv_type(self));
    if (a && pv_tuple_size(a) == 1)
        return pv_str_printf("%s(%R)", name, pv_tuple_items(a)[0]);
    if (!a || pv_tuple_size(a) == 0)
        return pv_str_printf("%s()", name);
    return pv_str_printf("%s%R", name, a);
}

static Value keyerror_str(Value self)
{
    Value a = E(self)->args;
    if (a && pv_tuple_size(a) == 1)
        return pv_repr(pv_tuple_items(a)[0]);
    return exc_str(self);
}

static Value oserror_str(Value self)
{
    PvExc *e = E(self);
    if (e->f[F_FILENAME] && e->f[F_FILENAME2])
        return pv_str_printf("[Errno %S] %S: %R -> %R", nz(e->f[F_ERRNO]), nz(e->f[F_STRERROR]),
                             e->f[F_FILENAME], e->f[F_FILENAME2]);
    if (e->f[F_FILENAME])
        return pv_str_printf("[Errno %S] %S: %R", nz(e->f[F_ERRNO]), nz(e->f[F_STRERROR]),
                             e->f[F_FILENAME]);
    if (e->f[F_ERRNO] && e->f[F_STRERROR] && e->f[F_ERRNO] != pv_None &&
        e->f[F_STRERROR] != pv_None)
        return pv_str_printf("[Errno %S] %S", e->f[F_ERRNO], e->f[F_STRERROR]);
    return exc_str(self);
}

static Value syntaxerror_str(Value self)
{
    PvExc *e = E(self);
    Value msg = nz(e->f[F_SMSG]);
    Value fn = e->f[F_SFILE], ln = e->f[F_SLINE];
    bool havefn = fn && pv_is_str(fn);
    bool haveln = ln && pv_is_int(ln);
    if (havefn) {
        const char *s = pv_str_data(fn), *slash = strrchr(s, '/');
        fn = pv_str_from_cstr(slash ? slash + 1 : s);
        if (!fn)
            return NULL;
    }
    if (havefn && haveln)
        return pv_str_printf("%S (%S, line %S)", msg, fn, ln);
    if (havefn)
        return pv_str_printf("%S (%S)", msg, fn);
    if (haveln)
        return pv_str_printf("%S (line %S)", msg, ln);
    return pv_str(msg);
}

static Value importerror_str(Value self)
{
    Value m = E(self)->f[F_IMSG];
    if (m && pv_is_type(m, &pv_str_type))
        return m;
    return exc_str(self);
}

static Value unicode_char_esc(uint32_t c)
{
    if (c <= 0xff)
        return pv_str_printf("'\\x%02x'", (int)c);
    if (c <= 0xffff)
        return pv_str_printf("'\\u%04x'", (int)c);
    return pv_str_printf("'\\U%08x'", (int)c);
}

static Value unicodeerror_str(Value self)
{
    PvExc *e = E(self);
    if (!e->f[F_UENC] || !e->f[F_USTART] || !e->f[F_UEND] || !e->f[F_UREASON])
        return exc_str(self);
    ssize_t start, end;
    if (pv_int_to_ssize(e->f[F_USTART], &start) < 0 || pv_int_to_ssize(e->f[F_UEND], &end) < 0)
        return NULL;
    Value obj = e->f[F_UOBJ];
    if (is_sub(self, &pv_exc_UnicodeDecodeError)) {
        if (end == start + 1 && obj && pv_is_type(obj, &pv_bytes_type) && start >= 0 &&
            (size_t)start < pv_bytes_size(obj))
            return pv_str_printf("'%S' codec can't decode byte 0x%02x in position %zd: %S",
                                 e->f[F_UENC], (int)(unsigned char)pv_bytes_data(obj)[start],
                                 start, e->f[F_UREASON]);
        return pv_str_printf("'%S' codec can't decode bytes in position %zd-%zd: %S",
                             e->f[F_UENC], start, end - 1, e->f[F_UREASON]);
    }
    const char *verb = is_sub(self, &pv_exc_UnicodeEncodeError) ? "encode" : "translate";
    if (end == start + 1 && obj && pv_is_str(obj) && start >= 0 && (size_t)start < pv_str_len(obj)) {
        Value ch = unicode_char_esc(pv_str_char_at(obj, start));
        if (!ch)
            return NULL;
        if (*verb == 't')
            return pv_str_printf("can't translate character %S in position %zd: %S", ch, start,
                                 e->f[F_UREASON]);
        return pv_str_printf("'%S' codec can't encode character %S in position %zd: %S",
                             e->f[F_UENC], ch, start, e->f[F_UREASON]);
    }
    if (*verb == 't')
        return pv_str_printf("can't translate characters in position %zd-%zd: %S", start,
                             end - 1, e->f[F_UREASON]);
    return pv_str_printf("'%S' codec can't encode characters in position %zd-%zd: %S",
                         e->f[F_UENC], start, end - 1, e->f[F_UREASON]);
}

static Value group_str(Value self)
{
    PvExc *e = E(self);
    if (!e->f[F_GMSG] || !e->f[F_GEXCS])
        return exc_str(self);
    size_t n = pv_tuple_size(e->f[F_GEXCS]);
    return pv_str_printf("%S (%zu sub-exception%s)", e->f[F_GMSG], n, n == 1 ? "" : "s");
}

/* ---- attributes ---- */

static Value get_args(Value self) { return E(self)->args ? E(self)->args : pv_empty_tuple; }
static int set_args(Value self, Value v)
{
    if (!v)
        return pv_raise(&pv_exc_TypeError, "args may not be deleted"), -1;
    Value t = pv_sequence_tuple(v);
    if (!t)
        return -1;
    E(self)->args = t;
    return 0;
}
static Value get_tb(Value self) { return nz(E(self)->traceback); }
static int set_tb(Value self, Value v)
{
    if (!v)
        return pv_raise(&pv_exc_TypeError, "__traceback__ may not be deleted"), -1;
    if (v != pv_None && !pv_is_type(v, &pv_traceback_type))
        return pv_raise(&pv_exc_TypeError, "__traceback__ must be a traceback or None"), -1;
    E(self)->traceback = v == pv_None ? NULL : v;
    return 0;
}
static Value get_context(Value self) { return nz(E(self)->context); }
static int set_context(Value self, Value v)
{
    if (!v)
        return pv_raise(&pv_exc_TypeError, "__context__ may not be deleted"), -1;
    if (v != pv_None && !pv_is_exc(v))
        return pv_raise(&pv_exc_TypeError,
                        "exception context must be None or derive from BaseException"), -1;
    E(self)->context = v == pv_None ? NULL : v;
    return 0;
}
static Value get_cause(Value self) { return nz(E(self)->cause); }
static int set_cause(Value self, Value v)
{
    if (!v)
        return pv_raise(&pv_exc_TypeError, "__cause__ may not be deleted"), -1;
    if (v != pv_None && !pv_is_exc(v))
        return pv_raise(&pv_exc_TypeError,
                        "exception cause must be None or derive from BaseException"), -1;
    E(self)->cause = v == pv_None ? NULL : v;
    E(self)->suppress_context = true;
    return 0;
}
static Value get_suppress(Value self) { return pv_bool(E(self)->suppress_context); }
static int set_suppress(Value self, Value v)
{
    if (!v)
        return pv_raise(&pv_exc_TypeError, "__suppress_context__ may not be deleted"), -1;
    int t = pv_truthy(v);
    if (t < 0)
        return -1;
    E(self)->suppress_context = t;
    return 0;
}

static const PvGetSetDef base_getsets[] = {
    {"args", get_args, set_args, NULL},
    {"__traceback__", get_tb, set_tb, NULL},
    {"__context__", get_context, set_context, NULL},
    {"__cause__", get_cause, set_cause, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

/* One getter/setter pair per field slot; each type's table names them. */
#define FIELD(i)                                                               \
    static Value get_f##i(Value self) { return nz(E(self)->f[i]); }            \
    static int set_f##i(Value self, Value v) { E(self)->f[i] = v; return 0; }
FIELD(0) FIELD(1) FIELD(2) FIELD(3) FIELD(4) FIELD(5) FIELD(6) FIELD(7)
#define GS(name, i) {name, get_f##i, set_f##i, NULL}
#define GS_END {NULL, NULL, NULL, NULL}

static const PvGetSetDef stopiter_gs[] = {GS("value", 0), GS_END};
static const PvGetSetDef sysexit_gs[] = {GS("code", 0), GS_END};
static const PvGetSetDef oserror_gs[] = {GS("errno", 0), GS("strerror", 1), GS("filename", 2),
                                         GS("filename2", 3), GS_END};
static const PvGetSetDef syntax_gs[] = {GS("msg", 0), GS("filename", 1), GS("lineno", 2),
                                        GS("offset", 3), GS("text", 4), GS("end_lineno", 5),
                                        GS("end_offset", 6), GS("print_file_and_line", 7),
                                        GS_END};
static const PvGetSetDef import_gs[] = {GS("msg", 0), GS("name", 1), GS("path", 2), GS_END};
static const PvGetSetDef name_gs[] = {GS("name", 0), GS_END};
static const PvGetSetDef attr_gs[] = {GS("name", 0), GS("obj", 1), GS_END};
static const PvGetSetDef unicode_gs[] = {GS("encoding", 0), GS("object", 1), GS("start", 2),
                                         GS("end", 3), GS("reason", 4), GS_END};
static const PvGetSetDef group_gs[] = {GS("message", 0), GS("exceptions", 1), GS_END};

/* ---- methods ---- */

static Value m_with_traceback(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("with_traceback", kwnames) < 0 ||
        pv_check_nargs("with_traceback", nargs, 1, 1) < 0)
        return NULL;
    if (set_tb(self, args[0]) < 0)
        return NULL;
    return self;
}

static Value m_add_note(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("add_note", kwnames) < 0 || pv_check_nargs("add_note", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "note must be a str, not '%T'", args[0]);
    Value notes = pv_getattr_opt(self, pv_intern("__notes__"));
    if (!notes) {
        if (pv_err_occurred())
            return NULL;
        notes = pv_list_new(0);
        if (!notes || pv_setattr_str(self, "__notes__", notes) < 0)
            return NULL;
    } else if (!pv_isinst(notes, &pv_list_type)) {
        return pv_raise(&pv_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (pv_list_append(notes, args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value m_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvExc *e = E(self);
    if (e->dict && pv_dict_size(e->dict) > 0)
        return pv_tuple_pack(3, (Value)pv_type(self), get_args(self), e->dict);
    return pv_tuple_pack(2, (Value)pv_type(self), get_args(self));
}

/* ---- exception groups: derive, subgroup, split ---- */

/* cond: an exception type, a tuple of them, or a predicate. */
static int group_match(Value cond, Value exc)
{
    if (pv_isinst(cond, &pv_type_type) || pv_isinst(cond, &pv_tuple_type))
        return pv_exc_matches(exc, cond);
    Value r = pv_call1(cond, exc);
    return r ? pv_truthy(r) : -1;
}

static Value group_derive(Value self, Value excs)
{
    Value r = pv_call_method(self, "derive", &excs, 1);
    if (!r)
        return NULL;
    if (!pv_is_exc(r) || !pv_isinst(r, &pv_exc_BaseExceptionGroup))
        return pv_raise(&pv_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    /* copy the metadata CPython copies */
    E(r)->traceback = E(self)->traceback;
    E(r)->cause = E(self)->cause;
    E(r)->context = E(self)->context;
    Value notes = pv_getattr_opt(self, pv_intern("__notes__"));
    if (notes)
        pv_setattr_str(r, "__notes__", notes);
    pv_err_clear();
    return r;
}

/* Split self by cond into (match, rest); either may be None. */
static int group_split(Value self, Value cond, Value *match, Value *rest, bool want_rest)
{
    int m = group_match(cond, self);
    if (m < 0)
        return -1;
    if (m) {
        *match = self;
        *rest = pv_None;
        return 0;
    }
    Value ml = pv_list_new(0), rl = pv_list_new(0);
    if (!ml || !rl)
        return -1;
    Value excs = E(self)->f[F_GEXCS];
    for (size_t i = 0; excs && i < pv_tuple_size(excs); i++) {
        Value x = pv_tuple_items(excs)[i];
        Value xm = pv_None, xr = pv_None;
        if (pv_isinst(x, &pv_exc_BaseExceptionGroup)) {
            if (group_split(x, cond, &xm, &xr, want_rest) < 0)
                return -1;
        } else {
            int k = group_match(cond, x);
            if (k < 0)
                return -1;
            if (k)
                xm = x;
            else
                xr = x;
        }
        if (xm != pv_None && pv_list_append(ml, xm) < 0)
            return -1;
        if (want_rest && xr != pv_None && pv_list_append(rl, xr) < 0)
            return -1;
    }
    *match = pv_list_size(ml) ? group_derive(self, ml) : pv_None;
    *rest = want_rest && pv_list_size(rl) ? group_derive(self, rl) : pv_None;
    return (*match && *rest) ? 0 : -1;
}

static Value m_derive(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("derive", kwnames) < 0 || pv_check_nargs("derive", nargs, 1, 1) < 0)
        return NULL;
    Value a[2] = {E(self)->f[F_GMSG] ? E(self)->f[F_GMSG] : pv_str_from_cstr(""), args[0]};
    return pv_call((Value)&pv_exc_BaseExceptionGroup, a, 2, NULL);
}

static Value m_subgroup(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("subgroup", kwnames) < 0 ||
        pv_check_nargs("subgroup", nargs, 1, 1) < 0)
        return NULL;
    Value m, r;
    if (group_split(self, args[0], &m, &r, false) < 0)
        return NULL;
    return m;
}

static Value m_split(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("split", kwnames) < 0 || pv_check_nargs("split", nargs, 1, 1) < 0)
        return NULL;
    Value m, r;
    if (group_split(self, args[0], &m, &r, true) < 0)
        return NULL;
    return pv_tuple_pack(2, m, r);
}

static const PvMethodDef group_methods[] = {
    {"derive", m_derive, 0, NULL},
    {"subgroup", m_subgroup, 0, NULL},
    {"split", m_split, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvMethodDef base_methods[] = {
    {"with_traceback", m_with_traceback, 0, NULL},
    {"add_note", m_add_note, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PvType *all_types[] = {
#define PV_EXC(N, B) &pv_exc_##N,
#include "exc_list.h"
#undef PV_EXC
};

void pv_exceptions_init(void)
{
    PvType *b = &pv_exc_BaseException;
    b->mark = exc_mark;
    b->new_ = exc_new;
    b->init = exc_init;
    b->str = exc_str;
    b->repr = exc_repr;
    b->getsets = base_getsets;
    b->methods = base_methods;
    pv_exc_KeyError.str = keyerror_str;
    pv_exc_OSError.str = oserror_str;
    pv_exc_OSError.getsets = oserror_gs;
    pv_exc_SyntaxError.str = syntaxerror_str;
    pv_exc_SyntaxError.getsets = syntax_gs;
    pv_exc_ImportError.str = importerror_str;
    pv_exc_ImportError.getsets = import_gs;
    pv_exc_StopIteration.getsets = stopiter_gs;
    pv_exc_SystemExit.getsets = sysexit_gs;
    pv_exc_NameError.getsets = name_gs;
    pv_exc_AttributeError.getsets = attr_gs;
    pv_exc_UnicodeError.getsets = unicode_gs;
    pv_exc_UnicodeError.str = unicodeerror_str;
    pv_exc_BaseExceptionGroup.getsets = group_gs;
    pv_exc_BaseExceptionGroup.methods = group_methods;
    pv_exc_BaseExceptionGroup.str = group_str;
    pv_exc_ExceptionGroup.str = group_str;
    for (size_t i = 0; i < sizeof all_types / sizeof all_types[0]; i++) {
        if (pv_type_ready(all_types[i]) < 0)
            abort();
        if (pv_builtins_dict)
            pv_dict_set_str(pv_builtins_dict, all_types[i]->name, (Value)all_types[i]);
    }
    /* ExceptionGroup(BaseExceptionGroup, Exception): a second base */
    {
        PvType *eg = &pv_exc_ExceptionGroup;
        Value mro = pv_tuple_pack(5, (Value)eg, (Value)&pv_exc_BaseExceptionGroup,
                                  (Value)&pv_exc_Exception, (Value)&pv_exc_BaseException,
                                  (Value)&pv_object_type);
        Value bases = pv_tuple_pack(2, (Value)&pv_exc_BaseExceptionGroup,
                                    (Value)&pv_exc_Exception);
        if (mro && bases) {
            eg->mro = mro;
            eg->bases = bases;
        }
    }
    /* EnvironmentError and IOError are aliases of OSError */
    if (pv_builtins_dict) {
        pv_dict_set_str(pv_builtins_dict, "EnvironmentError", (Value)&pv_exc_OSError);
        pv_dict_set_str(pv_builtins_dict, "IOError", (Value)&pv_exc_OSError);
    }
    pv_gc_add_root(&memory_error_inst);
    memory_error_inst = exc_new(&pv_exc_MemoryError, NULL, 0, NULL);
}

/* Register the exception types in a builtins dict (builtins.c may call it
 * when the dict did not exist yet at pv_exceptions_init time). */
int pv_exceptions_add_builtins(Value dict)
{
    for (size_t i = 0; i < sizeof all_types / sizeof all_types[0]; i++)
        if (pv_dict_set_str(dict, all_types[i]->name, (Value)all_types[i]) < 0)
            return -1;
    if (pv_dict_set_str(dict, "EnvironmentError", (Value)&pv_exc_OSError) < 0 ||
        pv_dict_set_str(dict, "IOError", (Value)&pv_exc_OSError) < 0)
        return -1;
    return 0;
}
