/* ffi.c: the `ffi` module: libraries, declarations, C memory, callbacks
 * and errno, over the FFI core of ffi/. Types are given as C type names
 * ("int[10]", "struct point *"); parsed names are cached. */
#include "../ffi/ffi.h"
#include "../vm/str_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* ---- type arguments ---- */

typedef struct TCache { char *text; PvCType *t; struct TCache *next; } TCache;
static TCache *tcache;

static PvCType *type_arg(Value v, const char *fname)
{
    if (pv_is_cdata(v))
        return PV_CDATA(v)->ct;
    if (!pv_is_str(v)) {
        pv_raise(&pv_exc_TypeError, "%s(): expected a C type name (str) or cdata, not '%T'",
                 fname, v);
        return NULL;
    }
    const char *s = pv_str_data(v);
    for (TCache *c = tcache; c; c = c->next)
        if (strcmp(c->text, s) == 0)
            return c->t;
    PvCType *t = pv_ffi_parse_type(s);
    if (!t)
        return NULL;
    /* a struct completed later is the same PvCType: caching is safe */
    TCache *c = malloc(sizeof *c);
    c->text = strdup(s);
    c->t = t;
    c->next = tcache;
    tcache = c;
    return t;
}

/* ---- libraries and declarations ---- */

static Value f_open(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value path = pv_None;
    static const char *const kw[] = {"path", NULL};
    if (pv_parse_args("open", args, nargs, kwnames, "|O", kw, &path) < 0)
        return NULL;
    if (path != pv_None && !pv_is_str(path))
        return pv_raise(&pv_exc_TypeError, "open(): path must be str or None, not '%T'", path);
    return pv_ffi_lib_open(path == pv_None ? NULL : pv_str_data(path));
}

static Value f_find_library(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *name;
    if (pv_parse_args("find_library", args, nargs, kwnames, "s", NULL, &name) < 0)
        return NULL;
    return pv_ffi_find_library(name);
}

static Value f_cdef(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *text;
    if (pv_parse_args("cdef", args, nargs, kwnames, "s", NULL, &text) < 0)
        return NULL;
    return pv_ffi_cdef_text(text) < 0 ? NULL : pv_None;
}

/* _define_struct(tag, [(name, ctype), ...], pack=0, union=False): used by
 * ctypes.Structure. Returns the type name "struct tag". */
static Value f_define_struct(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *tag;
    Value fields;
    int pack = 0;
    bool is_union = false;
    if (pv_parse_args("_define_struct", args, nargs, kwnames, "sO|ip", NULL, &tag, &fields,
                      &pack, &is_union) < 0)
        return NULL;
    Value t = pv_sequence_tuple(fields);
    if (!t)
        return NULL;
    size_t n = pv_tuple_size(t);
    if (n > 256)
        return pv_raise(&pv_exc_ValueError, "too many fields");
    const char *names[256];
    PvCType *types[256];
    for (size_t i = 0; i < n; i++) {
        Value it = pv_tuple_items(t)[i];
        if (!pv_isinst(it, &pv_tuple_type) || pv_tuple_size(it) < 2 ||
            !pv_is_str(pv_tuple_items(it)[0]))
            return pv_raise(&pv_exc_TypeError, "_fields_ must be a sequence of (name, type) pairs");
        names[i] = pv_str_data(pv_tuple_items(it)[0]);
        if (!(types[i] = type_arg(pv_tuple_items(it)[1], "_define_struct")))
            return NULL;
    }
    PvCType *st = pv_ffi_struct_tag(tag, is_union);
    if (pv_ffi_struct_layout(st, names, types, (int)n, pack) < 0)
        return NULL;
    return pv_str_from_cstr(st->name);
}

/* ---- memory ---- */

static Value f_new(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value tv, init = NULL;
    if (pv_parse_args("new", args, nargs, kwnames, "O|O", NULL, &tv, &init) < 0)
        return NULL;
    PvCType *t = type_arg(tv, "new");
    if (!t)
        return NULL;
    PvCType *mem;   /* the type of the owned memory */
    if (t->kind == PV_CT_PTR)
        mem = t->item;
    else if (t->kind == PV_CT_ARRAY || t->kind == PV_CT_STRUCT || t->kind == PV_CT_UNION)
        mem = t;
    else
        return pv_raise(&pv_exc_TypeError, "new(): expected a pointer or array ctype, got '%s'",
                        t->name);
    if (mem->kind == PV_CT_VOID || mem->kind == PV_CT_FUNC ||
        ((mem->kind == PV_CT_STRUCT || mem->kind == PV_CT_UNION) && !mem->complete))
        return pv_raise(&pv_exc_TypeError, "new(): cannot allocate '%s' (incomplete type)",
                        mem->name);
    ssize_t length = -1;
    size_t size = mem->size;
    if (mem->kind == PV_CT_ARRAY && mem->length < 0) {
        if (!init)
            return pv_raise(&pv_exc_TypeError, "new(): '%s' needs a length or an initializer",
                            t->name);
        if (pv_is_int(init)) {
            if (pv_index_ssize(init, &length) < 0)
                return NULL;
            if (length < 0)
                return pv_raise(&pv_exc_ValueError, "negative array length");
            init = NULL;
        } else if (pv_isinst(init, &pv_bytes_type)) {
            length = (ssize_t)pv_bytes_size(init) + 1;
        } else if (pv_isinst(init, &pv_str_type)) {
            length = (ssize_t)pv_str_size(init) + 1;
        } else {
            ssize_t n = pv_len(init);
            if (n < 0)
                return NULL;
            length = n;
        }
        size = (size_t)length * mem->item->size;
    }
    Value cd = pv_cdata_new_owned(t, size);
    if (!cd)
        return NULL;
    if (length >= 0)
        PV_CDATA(cd)->length = length;
    if (init && init != pv_None) {
        PvCType *st = mem;
        if (length >= 0)
            st = pv_ffi_array_of(mem->item, length); /* for the bound check only */
        if (pv_ffi_store(st, PV_CDATA(cd)->ptr, init) < 0)
            return NULL;
    }
    return cd;
}

static Value f_cast(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value tv, v;
    if (pv_parse_args("cast", args, nargs, kwnames, "OO", NULL, &tv, &v) < 0)
        return NULL;
    PvCType *t = type_arg(tv, "cast");
    if (!t)
        return NULL;
    uint64_t bits;
    Value owner = NULL;
    if (pv_is_cdata(v)) {
        bits = (uintptr_t)PV_CDATA(v)->ptr;
        owner = PV_CDATA(v)->owner;
    } else if (v == pv_None) {
        bits = 0;
    } else if (pv_isinst(v, &pv_float_type)) {
        if (t->kind == PV_CT_FLOAT)
            return pv_float_new(t->size == 4 ? (double)(float)pv_float_val(v) : pv_float_val(v));
        if (t->kind != PV_CT_INT && t->kind != PV_CT_BOOL)
            return pv_raise(&pv_exc_TypeError, "cannot cast float to '%s'", t->name);
        Value i = pv_int_from_double(pv_float_val(v));
        if (!i)
            return NULL;
        v = i;
        goto from_int;
    } else if (pv_is_int(v)) {
    from_int:;
        PvMpzTmp tmp;
        mpz_srcptr z = pv_int_mpz(v, &tmp);
        mpz_t m;
        mpz_init(m);
        mpz_fdiv_r_2exp(m, z, 64);   /* two's complement, modulo 2**64 */
        bits = mpz_get_ui(m);
        mpz_clear(m);
    } else {
        return pv_raise(&pv_exc_TypeError, "cannot cast '%T' to '%s'", v, t->name);
    }
    switch (t->kind) {
    case PV_CT_PTR:
        return bits ? pv_cdata_new(t, (void *)(uintptr_t)bits, owner) : pv_None;
    case PV_CT_BOOL:
        return pv_bool(bits != 0);
    case PV_CT_INT: {
        if (t->is_char) {
            char c = (char)bits;
            return pv_bytes_new(&c, 1);
        }
        if (t->size < 8) {
            unsigned sh = 64 - 8 * (unsigned)t->size;
            if (t->is_signed)
                return pv_int_from_i64((int64_t)(bits << sh) >> sh);
            return pv_int_from_u64((bits << sh) >> sh);
        }
        return t->is_signed ? pv_int_from_i64((int64_t)bits) : pv_int_from_u64(bits);
    }
    case PV_CT_FLOAT:
        if (pv_is_cdata(v))
            return pv_raise(&pv_exc_TypeError, "cannot cast a pointer to '%s'", t->name);
        return pv_float_new((double)(int64_t)bits);
    default:
        return pv_raise(&pv_exc_TypeError, "cannot cast to '%s'", t->name);
    }
}

static void *ptr_of(Value v, const char *fname)
{
    if (pv_is_cdata(v))
        return PV_CDATA(v)->ptr;
    const char *d;
    size_t n;
    if (pv_bytes_like(v, &d, &n))
        return (void *)d;
    void *ap;
    if (pv_array_buffer(v, &ap, &n, NULL))
        return ap;
    if (pv_is_int(v)) {
        uint64_t a;
        if (pv_int_to_u64(v, &a) < 0)
            return NULL;
        return (void *)(uintptr_t)a;
    }
    pv_raise(&pv_exc_TypeError, "%s(): expected a cdata pointer, not '%T'", fname, v);
    return NULL;
}

static Value f_buffer(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value p;
    ssize_t n = -1;
    if (pv_parse_args("buffer", args, nargs, kwnames, "O|n", NULL, &p, &n) < 0)
        return NULL;
    if (n < 0) {
        if (!pv_is_cdata(p))
            return pv_raise(&pv_exc_TypeError, "buffer(): size needed");
        PvCData *cd = PV_CDATA(p);
        PvCType *t = cd->ct->kind == PV_CT_PTR ? cd->ct->item : cd->ct;
        n = cd->ct->kind == PV_CT_ARRAY && cd->length >= 0 ? cd->length * (ssize_t)t->item->size
                                                            : (ssize_t)t->size;
    }
    char *d = ptr_of(p, "buffer");
    if (!d)
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_ValueError, "NULL pointer access");
    return pv_bytes_new(d, (size_t)n);
}

static Value f_string(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value p;
    ssize_t n = -1;
    if (pv_parse_args("string", args, nargs, kwnames, "O|n", NULL, &p, &n) < 0)
        return NULL;
    if (pv_is_cdata(p) && PV_CDATA(p)->ct->kind == PV_CT_ARRAY && PV_CDATA(p)->length >= 0 &&
        PV_CDATA(p)->ct->item->size == 1 && (n < 0 || n > PV_CDATA(p)->length))
        n = PV_CDATA(p)->length;
    char *d = ptr_of(p, "string");
    if (!d)
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_ValueError, "NULL pointer access");
    size_t len = n < 0 ? strlen(d) : strnlen(d, (size_t)n);
    return pv_bytes_new(d, len);
}

static Value f_sizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("sizeof", kwnames) < 0 || pv_check_nargs("sizeof", nargs, 1, 1) < 0)
        return NULL;
    if (pv_is_cdata(args[0]) && PV_CDATA(args[0])->ct->kind == PV_CT_ARRAY &&
        PV_CDATA(args[0])->length >= 0)
        return pv_int_from_u64((uint64_t)PV_CDATA(args[0])->length *
                               PV_CDATA(args[0])->ct->item->size);
    PvCType *t = type_arg(args[0], "sizeof");
    if (!t)
        return NULL;
    if (t->kind == PV_CT_VOID || t->kind == PV_CT_FUNC || !t->complete)
        return pv_raise(&pv_exc_TypeError, "sizeof(): '%s' has no size", t->name);
    return pv_int_from_u64(t->size);
}

static Value f_alignof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("alignof", kwnames) < 0 || pv_check_nargs("alignof", nargs, 1, 1) < 0)
        return NULL;
    PvCType *t = type_arg(args[0], "alignof");
    return t ? pv_int_from_u64(t->align) : NULL;
}

static Value f_offsetof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value tv;
    const char *field;
    if (pv_parse_args("offsetof", args, nargs, kwnames, "Os", NULL, &tv, &field) < 0)
        return NULL;
    PvCType *t = type_arg(tv, "offsetof");
    if (!t)
        return NULL;
    if (t->kind == PV_CT_PTR)
        t = t->item;
    if (t->kind != PV_CT_STRUCT && t->kind != PV_CT_UNION)
        return pv_raise(&pv_exc_TypeError, "offsetof(): '%s' is not a struct or union", t->name);
    for (int i = 0; i < t->nfields; i++)
        if (strcmp(t->fields[i].name, field) == 0)
            return pv_int_from_u64(t->fields[i].offset);
    return pv_raise(&pv_exc_KeyError, "'%s' has no field '%s'", t->name, field);
}

static Value f_addressof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value cdv;
    const char *field = NULL;
    if (pv_parse_args("addressof", args, nargs, kwnames, "O|s", NULL, &cdv, &field) < 0)
        return NULL;
    if (!pv_is_cdata(cdv))
        return pv_raise(&pv_exc_TypeError, "addressof(): expected cdata, not '%T'", cdv);
    PvCData *cd = PV_CDATA(cdv);
    PvCType *t = cd->ct;
    if (t->kind == PV_CT_PTR && !field)
        return pv_raise(&pv_exc_TypeError, "addressof(): '%s' is a pointer, not a struct or array",
                        t->name);
    if (t->kind == PV_CT_PTR)
        t = t->item;
    char *p = cd->ptr;
    if (field) {
        int i;
        for (i = 0; i < t->nfields; i++)
            if (strcmp(t->fields[i].name, field) == 0)
                break;
        if (t->kind != PV_CT_STRUCT && t->kind != PV_CT_UNION)
            return pv_raise(&pv_exc_TypeError, "addressof(): '%s' has no fields", t->name);
        if (i == t->nfields)
            return pv_raise(&pv_exc_KeyError, "'%s' has no field '%s'", t->name, field);
        p += t->fields[i].offset;
        t = t->fields[i].type;
    }
    return pv_cdata_new(pv_ffi_pointer_to(t), p, cd->owner ? cd->owner : cdv);
}

static Value f_address(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("address", kwnames) < 0 || pv_check_nargs("address", nargs, 1, 1) < 0)
        return NULL;
    void *p = ptr_of(args[0], "address");
    if (!p && pv_err_occurred())
        return NULL;
    return pv_int_from_u64((uintptr_t)p);
}

static Value f_memmove(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value d, s;
    ssize_t n;
    if (pv_parse_args("memmove", args, nargs, kwnames, "OOn", NULL, &d, &s, &n) < 0)
        return NULL;
    char *dp = ptr_of(d, "memmove");
    if (!dp)
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_ValueError, "NULL pointer access");
    char *sp = ptr_of(s, "memmove");
    if (!sp)
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_ValueError, "NULL pointer access");
    if (n > 0)
        memmove(dp, sp, (size_t)n);
    return pv_None;
}

static Value f_memset(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value d;
    int c;
    ssize_t n;
    if (pv_parse_args("memset", args, nargs, kwnames, "Oin", NULL, &d, &c, &n) < 0)
        return NULL;
    char *dp = ptr_of(d, "memset");
    if (!dp)
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_ValueError, "NULL pointer access");
    if (n > 0)
        memset(dp, c, (size_t)n);
    return pv_None;
}

static Value f_callback(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value tv, fn;
    if (pv_parse_args("callback", args, nargs, kwnames, "OO", NULL, &tv, &fn) < 0)
        return NULL;
    PvCType *t = type_arg(tv, "callback");
    return t ? pv_ffi_callback_new(t, fn) : NULL;
}

static Value f_typeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("typeof", kwnames) < 0 || pv_check_nargs("typeof", nargs, 1, 1) < 0)
        return NULL;
    PvCType *t = type_arg(args[0], "typeof");
    return t ? pv_str_from_cstr(t->name) : NULL;
}

static Value f_get_errno(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    (void)args;
    if (pv_arg_none("get_errno", nargs, kwnames) < 0)
        return NULL;
    return pv_small(pv_ffi_get_errno());
}

static Value f_set_errno(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    int e;
    if (pv_parse_args("set_errno", args, nargs, kwnames, "i", NULL, &e) < 0)
        return NULL;
    int old = pv_ffi_get_errno();
    pv_ffi_set_errno(e);
    return pv_small(old);
}

/* module __getattr__: ffi.errno is read dynamically */
static Value f_getattr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_arg_one("__getattr__", nargs, kwnames) < 0)
        return NULL;
    if (pv_is_str(args[0]) && pv_str_eq_cstr(args[0], "errno"))
        return pv_small(pv_ffi_get_errno());
    Value c = pv_dict_get(pv_ffi_constants, args[0]);
    if (c)
        return c;
    return pv_raise(&pv_exc_AttributeError, "module 'ffi' has no attribute %R", args[0]);
}

Value pv_ffi_compile_fn(Value self, Value *args, size_t nargs, Value kwnames); /* cjit.c */

static const PvMethodDef ffi_functions[] = {
    {"open", f_open, 0, "open(path=None): a shared library (None: the running process)"},
    {"find_library", f_find_library, 0, "find_library(name): 'libm.so.6' or None"},
    {"cdef", f_cdef, 0, "cdef(text): declare prototypes, structs, unions, typedefs, enums"},
    {"_define_struct", f_define_struct, 0, NULL},
    {"new", f_new, 0, "new(ctype, init=None): owned C memory, freed by the GC"},
    {"cast", f_cast, 0, "cast(ctype, value)"},
    {"buffer", f_buffer, 0, "buffer(ptr, n): a bytes copy of n bytes at ptr"},
    {"string", f_string, 0, "string(ptr, n=-1): bytes up to the first NUL"},
    {"sizeof", f_sizeof, 0, NULL},
    {"alignof", f_alignof, 0, NULL},
    {"offsetof", f_offsetof, 0, NULL},
    {"addressof", f_addressof, 0, "addressof(cdata, field=None): a pointer to it"},
    {"address", f_address, 0, "address(ptr): the address as an int"},
    {"memmove", f_memmove, 0, NULL},
    {"memset", f_memset, 0, NULL},
    {"callback", f_callback, 0, "callback(ctype, func): a C function pointer calling func"},
    {"typeof", f_typeof, 0, "typeof(ctype or cdata): the C type name"},
    {"get_errno", f_get_errno, 0, NULL},
    {"set_errno", f_set_errno, 0, NULL},
    {"_compile", pv_ffi_compile_fn, 0, NULL},
    {"__getattr__", f_getattr, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_ffi_module_init(void)
{
    if (pv_ffi_memory_ready() < 0 || pv_ffi_call_ready() < 0 || pv_ffi_lib_ready() < 0)
        return NULL;
    pv_ffi_prim("int"); /* the type table and the constants dict */
    Value m = pv_module_new_cstr("ffi");
    if (!m || pv_module_add_functions(m, ffi_functions) < 0)
        return NULL;
    if (pv_module_add(m, "NULL", pv_None) < 0 ||
        pv_module_add(m, "CData", (Value)&pv_cdata_type) < 0 ||
        pv_module_add(m, "Library", (Value)&pv_ffi_lib_type) < 0 ||
        pv_module_add(m, "Function", (Value)&pv_ffi_func_type) < 0)
        return NULL;
    return m;
}
