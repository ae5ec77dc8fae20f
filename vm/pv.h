/* pv.h: the VM's internal master header. Every file of vm/ and modules/
 * includes it. It fixes the value representation, the object and type
 * layout, the error convention and the API each part of the VM offers the
 * others. Sections are marked with the file that implements them.
 *
 * Conventions (read these first):
 *  - A Value is one machine word: a tagged small int (low bit 1) or a
 *    pointer to a heap (or static) object whose first field is PvObj.
 *  - Functions returning Value return NULL when an exception was raised
 *    (pv_raise*). Functions returning int return -1 on exception; 0/1 (or a
 *    count) otherwise. Hash functions return -1 on exception (a real hash
 *    of -1 is replaced by -2, as CPython does).
 *  - No reference counting. The GC is a tracing mark-sweep that scans the C
 *    stack conservatively: a Value in a C local (or a pointer into an
 *    object) keeps it alive. A Value stored in a C static or in malloc'd
 *    memory that no GC object owns is INVISIBLE: register statics with
 *    pv_gc_add_root, and keep temporary Value arrays on the C stack or in
 *    GC objects (tuple, list), never in malloc'd scratch buffers.
 *  - A type with malloc'd side storage (list items, dict tables, GMP limbs)
 *    marks the Values in it from its `mark` slot and frees it from its
 *    `finalize` slot; allocate side storage with pv_mem_* so the GC sees the
 *    memory pressure.
 *  - Calls use a vector convention: args[0..nargs) positional, then one
 *    value per name in kwnames (a tuple of str, or NULL when there are no
 *    keywords).
 */
#ifndef PV_H
#define PV_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

typedef struct PvObj PvObj;
typedef struct PvType PvType;
typedef PvObj *Value;

struct PvObj {
    PvType *type;
    uint32_t gc;    /* owned by the GC (mark epoch, free marker) */
    uint32_t flags; /* free for the object's type to use */
};

/* Small ints: 63-bit signed, value = n << 1 | 1. */
#define PV_SMALL_MAX ((int64_t)((UINT64_C(1) << 62) - 1))
#define PV_SMALL_MIN (-(int64_t)(UINT64_C(1) << 62))
#define pv_is_small(v) ((((uintptr_t)(v)) & 1) != 0)
#define pv_small_val(v) (((intptr_t)(v)) >> 1)
#define pv_small(n) ((Value)((((uintptr_t)(intptr_t)(n)) << 1) | 1))
static inline bool pv_fits_small(int64_t n)
{
    return n >= PV_SMALL_MIN && n <= PV_SMALL_MAX;
}

extern PvType pv_int_type;
static inline PvType *pv_type(Value v)
{
    return pv_is_small(v) ? &pv_int_type : v->type;
}
#define pv_is_type(v, t) (pv_type(v) == (t))

/* ------------------------------------------------------------------ */
/* Types                                                               */
/* ------------------------------------------------------------------ */

/* Binary operator ids: the argument of BINARY_OP and the index of
 * PvType.binop. In-place variants are PV_OP_INPLACE + op. */
enum {
    PV_OP_ADD, PV_OP_SUB, PV_OP_MUL, PV_OP_MATMUL, PV_OP_TRUEDIV,
    PV_OP_FLOORDIV, PV_OP_MOD, PV_OP_POW, PV_OP_LSHIFT, PV_OP_RSHIFT,
    PV_OP_AND, PV_OP_OR, PV_OP_XOR,
    PV_OP_COUNT,
    PV_OP_INPLACE = 16, /* PV_OP_INPLACE + PV_OP_ADD is "+=" etc. */
    PV_OP_ALL = 32      /* size of PvType.binop */
};
/* Comparison ids: the argument of COMPARE_OP and richcompare's op. */
enum { PV_LT, PV_LE, PV_EQ, PV_NE, PV_GT, PV_GE };
/* Unary operator ids (argument of UNARY_OP). */
enum { PV_UNARY_NEG, PV_UNARY_POS, PV_UNARY_INVERT, PV_UNARY_NOT };

typedef Value (*PvCallFn)(Value self, Value *args, size_t nargs, Value kwnames);

/* Methods of C types and functions of C modules. */
enum {
    PV_METH_DEFAULT = 0, /* fn(self, args, nargs, kwnames) */
    PV_METH_STATIC = 1,  /* self is NULL */
    PV_METH_CLASS = 2,   /* self is the type */
};
typedef struct PvMethodDef {
    const char *name;
    PvCallFn fn;
    int flags;
    const char *doc;
} PvMethodDef;

/* Data attributes of C types: get/set pairs. set may be NULL (read-only);
 * set with value NULL means delete. */
typedef struct PvGetSetDef {
    const char *name;
    Value (*get)(Value self);
    int (*set)(Value self, Value value);
    const char *doc;
} PvGetSetDef;

enum {
    PV_TPFLAG_HEAPTYPE = 1 << 0,   /* created by a class statement / type() */
    PV_TPFLAG_BASETYPE = 1 << 1,   /* may be subclassed */
    PV_TPFLAG_READY = 1 << 2,      /* pv_type_ready ran */
    PV_TPFLAG_INT_SUBCLASS = 1 << 3,
    PV_TPFLAG_STR_SUBCLASS = 1 << 4,
    PV_TPFLAG_TUPLE_SUBCLASS = 1 << 5,
    PV_TPFLAG_LIST_SUBCLASS = 1 << 6,
    PV_TPFLAG_DICT_SUBCLASS = 1 << 7,
    PV_TPFLAG_EXC_SUBCLASS = 1 << 8, /* BaseException and subclasses */
    PV_TPFLAG_TYPE_SUBCLASS = 1 << 9,
    PV_TPFLAG_ABSTRACT = 1 << 10,
};

struct PvType {
    PvObj h;
    const char *name;    /* C name as shown by repr: "int", "dict_keys" */
    size_t basicsize;    /* bytes of an instance (fixed part) */
    size_t itemsize;     /* bytes per item for variable-size instances */
    uint32_t flags;      /* PV_TPFLAG_* */
    PvType *base;        /* single C base, NULL only for object */
    size_t dictoffset;   /* offset of a Value __dict__ slot in instances, 0 if none */

    /* filled by pv_type_ready (C types) or type creation (classes) */
    Value bases;         /* tuple of types */
    Value mro;           /* tuple of types */
    Value dict;          /* dict: the type's namespace */
    Value qualname;      /* str */
    Value module;        /* str or NULL */
    Value slots;         /* __slots__ info for heap types, or NULL */
    uint64_t version;    /* bumped when the type or a base changes (caches) */

    /* C type definition tables, installed in dict by pv_type_ready */
    const PvMethodDef *methods;
    const PvGetSetDef *getsets;

    /* garbage collector */
    void (*mark)(Value self);     /* pv_gc_mark every Value the object holds */
    void (*finalize)(Value self); /* release side storage (no Python code!) */

    /* basic protocol; NULL means "inherit / not supported" */
    Value (*repr)(Value self);
    Value (*str)(Value self);
    int64_t (*hash)(Value self);
    Value (*richcompare)(Value a, Value b, int op); /* may return NotImplemented */
    Value (*getattr)(Value self, Value name);       /* name is a str */
    int (*setattr)(Value self, Value name, Value value); /* value NULL: delete */
    Value (*descr_get)(Value descr, Value obj, Value type); /* obj NULL/None: from class */
    int (*descr_set)(Value descr, Value obj, Value value);  /* value NULL: delete */
    PvCallFn call;
    Value (*iter)(Value self);
    Value (*iternext)(Value self); /* NULL without exception: exhausted */
    Value (*new_)(PvType *type, Value *args, size_t nargs, Value kwnames);
    int (*init)(Value self, Value *args, size_t nargs, Value kwnames);

    /* numbers: binop[op] (a, b) with either a or b of this type; returns
     * NotImplemented when it cannot handle the pair. In-place entries may
     * be NULL (then the plain op is used). */
    Value (*binop[PV_OP_ALL])(Value a, Value b);
    Value (*ternary_pow)(Value a, Value b, Value mod);
    Value (*neg)(Value), (*pos)(Value), (*invert)(Value), (*abs)(Value);
    int (*bool_)(Value self);        /* -1 error */
    Value (*to_int)(Value self);     /* __int__ */
    Value (*to_float)(Value self);   /* __float__ */
    Value (*index)(Value self);      /* __index__ */

    /* containers */
    ssize_t (*len)(Value self);                      /* -1 error */
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v);  /* v NULL: delete */
    int (*contains)(Value self, Value item);         /* -1 error */

    void *extra; /* free for the implementing file */
};

extern PvType pv_type_type, pv_object_type;

/* ------------------------------------------------------------------ */
/* Singletons and the simple types (object.c)                          */
/* ------------------------------------------------------------------ */

extern PvObj pv_none_obj, pv_notimpl_obj, pv_ellipsis_obj;
extern PvObj pv_true_obj, pv_false_obj; /* bool instances (ints 1, 0) */
#define pv_None (&pv_none_obj)
#define pv_NotImplemented (&pv_notimpl_obj)
#define pv_Ellipsis (&pv_ellipsis_obj)
#define pv_True (&pv_true_obj)
#define pv_False (&pv_false_obj)
#define pv_bool(b) ((b) ? pv_True : pv_False)
extern PvType pv_none_type, pv_notimpl_type, pv_ellipsis_type, pv_bool_type;

/* ------------------------------------------------------------------ */
/* Memory and GC (gc.c)                                                */
/* ------------------------------------------------------------------ */

/* A new zeroed GC object of `size` bytes whose header type is `type`.
 * Raises MemoryError and returns NULL on failure. May collect first. */
void *pv_alloc(PvType *type, size_t size);
/* Side storage, counted for GC pressure. pv_mem_alloc/realloc raise
 * MemoryError and return NULL on failure. old_size is needed for the
 * accounting. */
void *pv_mem_alloc(size_t size);
void *pv_mem_realloc(void *p, size_t old_size, size_t new_size);
void pv_mem_free(void *p, size_t size);

void pv_gc_init(void *stack_base);  /* call first thing in main */
void pv_gc_collect(void);
void pv_gc_mark(Value v);                    /* from mark slots only */
void pv_gc_mark_array(const Value *a, size_t n);
void pv_gc_add_root(Value *slot);            /* a C static holding a Value */
void pv_gc_remove_root(Value *slot);
void pv_gc_add_static(Value obj);            /* a static object (e.g. C type) to trace */
/* Hooks the GC calls to reach other roots (implemented by their owners). */
void pv_gc_mark_threads(void);               /* eval.c: every thread's frames */
/* Disable/enable collection (nestable), e.g. while a half-built object
 * graph is reachable only from malloc'd memory. */
void pv_gc_disable(void);
void pv_gc_enable(void);
typedef struct PvGcStats {
    uint64_t collections, bytes_live, bytes_allocated_total, heap_bytes;
} PvGcStats;
void pv_gc_stats(PvGcStats *out);

/* ------------------------------------------------------------------ */
/* Errors (error.c, exceptions.c)                                      */
/* ------------------------------------------------------------------ */

#define PV_EXC(name, base) extern PvType pv_exc_##name;
#include "exc_list.h"
#undef PV_EXC

/* Raise an exception of `type` with a message built from fmt. Always
 * returns NULL. Formats: %s (char*), %c, %d %i %u %ld %lu %lld %llu %zd %zu,
 * %x, %p, %%, and for Values: %R (repr), %S (str), %T (type name of the
 * value), %N (type name when the value is a type). */
Value pv_raise(PvType *type, const char *fmt, ...);
Value pv_raisev(PvType *type, const char *fmt, va_list ap);
Value pv_raise_value(Value exc);       /* an exception instance or class */
Value pv_raise_errno(int err);         /* OSError subclass from errno */
Value pv_raise_errno_filename(int err, Value filename);
Value pv_nomemory(void);
Value pv_err_occurred(void);           /* the pending exception or NULL */
bool pv_err_matches(PvType *type);     /* pending exception is a type? */
bool pv_exc_matches(Value exc, Value cls_or_tuple);
Value pv_err_fetch(void);              /* take the pending exception */
void pv_err_restore(Value exc);        /* make exc pending (NULL clears) */
void pv_err_clear(void);
/* Print the pending exception with its traceback to sys.stderr, as CPython. */
void pv_err_print(void);
void pv_err_print_exc(Value exc);
/* A new exception instance: type(*args). */
Value pv_exc_new(PvType *type, Value *args, size_t nargs);

/* ------------------------------------------------------------------ */
/* Abstract operations (abstract.c): the data model for C callers      */
/* ------------------------------------------------------------------ */

Value pv_repr(Value v);
Value pv_str(Value v);
Value pv_ascii(Value v);
int64_t pv_hash(Value v);                     /* -1: error */
Value pv_compare(Value a, Value b, int op);   /* rich comparison */
int pv_compare_bool(Value a, Value b, int op);/* -1 error */
int pv_eq(Value a, Value b);                  /* identity short-cut, -1 error */
int pv_truthy(Value v);                       /* -1 error */
Value pv_binop(Value a, Value b, int op);     /* op: PV_OP_* incl. in-place */
Value pv_pow3(Value a, Value b, Value mod);
Value pv_unaryop(Value v, int op);            /* PV_UNARY_* */
Value pv_getattr(Value obj, Value name);      /* AttributeError when missing */
Value pv_getattr_opt(Value obj, Value name);  /* NULL without error when missing */
Value pv_getattr_str(Value obj, const char *name);
int pv_setattr(Value obj, Value name, Value v);   /* v NULL: delete */
int pv_setattr_str(Value obj, const char *name, Value v);
int pv_hasattr(Value obj, Value name);
Value pv_getitem(Value obj, Value key);
int pv_setitem(Value obj, Value key, Value v);
int pv_delitem(Value obj, Value key);
ssize_t pv_len(Value obj);                    /* -1 error */
int pv_contains(Value container, Value item); /* -1 error */
Value pv_iter(Value obj);
Value pv_next(Value iter);                    /* NULL, no error: exhausted */
Value pv_call(Value callable, Value *args, size_t nargs, Value kwnames);
Value pv_call0(Value callable);
Value pv_call1(Value callable, Value a);
Value pv_call2(Value callable, Value a, Value b);
Value pv_call_method(Value obj, const char *name, Value *args, size_t nargs);
Value pv_call_tuple_dict(Value callable, Value args_tuple, Value kwargs_dict);
int pv_isinstance(Value obj, Value cls_or_tuple); /* -1 error, honours __instancecheck__ */
int pv_issubclass(Value cls, Value cls_or_tuple);
bool pv_type_is_subtype(PvType *a, PvType *b);     /* a in b's subclasses, via mro */
#define pv_isinst(v, t) pv_type_is_subtype(pv_type(v), (t))
Value pv_index(Value v);                /* __index__ -> int, TypeError otherwise */
int pv_index_ssize(Value v, ssize_t *out); /* -1 error (OverflowError/TypeError) */
Value pv_number_int(Value v);           /* int(v) */
Value pv_number_float(Value v);         /* float(v) */
Value pv_format(Value v, Value spec);   /* format(v, spec) */
Value pv_dir(Value v);
/* A list/tuple's items without copying, or a new tuple from any iterable. */
Value pv_sequence_tuple(Value iterable);
Value pv_sequence_list(Value iterable);

/* ------------------------------------------------------------------ */
/* Type objects (type.c, object.c, descr.c)                            */
/* ------------------------------------------------------------------ */

/* Finish a static C type: set header, base, mro, dict (methods, getsets),
 * inherit slots from the base. Call once at startup for every C type. */
int pv_type_ready(PvType *type);
/* Look a name up along type's MRO (no descriptors applied). NULL, no error,
 * when absent. */
Value pv_type_lookup(PvType *type, Value name);
Value pv_type_lookup_str(PvType *type, const char *name);
Value pv_type_new(Value name, Value bases, Value dict); /* type(name, bases, dict) */
const char *pv_type_name(PvType *type);        /* short name, e.g. "int" */
/* The generic attribute machinery (object.__getattribute__ and friends). */
Value pv_object_generic_getattr(Value obj, Value name);
int pv_object_generic_setattr(Value obj, Value name, Value value);
Value *pv_object_dict_ptr(Value obj);          /* &__dict__ slot or NULL */
Value pv_object_repr_default(Value obj);       /* "<mod.Cls object at 0x...>" */

/* Built-in functions and methods (descr.c). */
extern PvType pv_cfunction_type, pv_method_type, pv_method_descr_type,
    pv_getset_descr_type, pv_classmethod_type, pv_staticmethod_type,
    pv_property_type, pv_super_type;
Value pv_cfunction_new(const PvMethodDef *def, Value self, Value module);
Value pv_method_new(Value func, Value self);   /* bound method */

/* Argument parsing for C functions (call.c).
 * fmt: one char per parameter: O (Value*), i (int*), n (ssize_t*),
 * L (int64_t*), d (double*), p (bool* from truthiness), s (const char**,
 * str only), U (Value*, str only), with '|' before the optional ones and
 * '$' before keyword-only ones. kwlist: NULL-terminated parameter names
 * ("" for positional-only), or NULL when no keywords are accepted.
 * Optional parameters not given are left untouched. Errors use CPython's
 * messages naming fname. */
int pv_parse_args(const char *fname, Value *args, size_t nargs, Value kwnames,
                  const char *fmt, const char *const *kwlist, ...);
int pv_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
int pv_check_no_kwargs(const char *fname, Value kwnames);

/* ------------------------------------------------------------------ */
/* Numbers (int.c, float.c, bool in int.c)                             */
/* ------------------------------------------------------------------ */

typedef struct PvFloat { PvObj h; double value; } PvFloat;
extern PvType pv_float_type, pv_complex_type;
Value pv_int_from_i64(int64_t n);
Value pv_int_from_u64(uint64_t n);
Value pv_int_from_double(double d);            /* int(d): ValueError/OverflowError for nan/inf */
/* Parse an int literal or int(s, base). Raises ValueError with CPython's
 * message ("invalid literal for int() with base 10: 'x'"). */
Value pv_int_from_string(const char *s, size_t len, int base);
int pv_int_to_i64(Value v, int64_t *out);      /* -1 + OverflowError if too big */
int pv_int_to_u64(Value v, uint64_t *out);
int pv_int_to_ssize(Value v, ssize_t *out);
double pv_int_to_double(Value v);              /* -1.0 + OverflowError possible */
Value pv_int_to_str(Value v, int base);        /* base 10: str(); 2/8/16: with 0b/0o/0x */
int pv_int_sign(Value v);
bool pv_is_int(Value v);                       /* int or subclass (incl. bool) */
Value pv_float_new(double d);
#define pv_float_val(v) (((PvFloat *)(v))->value)
int pv_float_as_double(Value v, double *out);  /* float, int, __float__/__index__ */
/* Shortest repr that round-trips, as CPython's repr(float). buf >= 32. */
void pv_float_repr_buf(double d, char *buf);
Value pv_float_from_string(const char *s, size_t len); /* float(s) */

/* ------------------------------------------------------------------ */
/* Text and bytes (str.c, bytes.c, strformat.c)                        */
/* ------------------------------------------------------------------ */

/* str: UTF-8 bytes, a NUL after them, cached code-point count and hash. */
typedef struct PvStr {
    PvObj h;          /* h.flags: PV_STR_ASCII, PV_STR_INTERNED */
    size_t size;      /* bytes, excluding the trailing NUL */
    size_t length;    /* code points */
    int64_t hash;     /* -1 until computed */
    void *index;      /* lazily built code-point index for non-ASCII */
    char data[];      /* UTF-8, NUL-terminated */
} PvStr;
enum { PV_STR_ASCII = 1, PV_STR_INTERNED = 2 };
extern PvType pv_str_type, pv_bytes_type, pv_bytearray_type;
#define pv_str_data(v) (((PvStr *)(v))->data)
#define pv_str_size(v) (((PvStr *)(v))->size)
#define pv_str_len(v) (((PvStr *)(v))->length)
Value pv_str_new(const char *utf8, size_t size);  /* must be valid UTF-8 (surrogates allowed, as UTF-8 of the code point) */
Value pv_str_from_cstr(const char *s);
Value pv_str_decode_utf8(const char *s, size_t size, const char *errors); /* validating */
Value pv_str_from_codepoint(uint32_t cp);
Value pv_str_printf(const char *fmt, ...);        /* formats of pv_raise */
Value pv_str_vprintf(const char *fmt, va_list ap);
Value pv_str_concat(Value a, Value b);
Value pv_str_join(Value sep, Value iterable);
Value pv_intern(const char *s);                   /* interned str (kept forever) */
Value pv_str_intern(Value s);
bool pv_str_eq(Value a, Value b);                 /* both str */
bool pv_str_eq_cstr(Value a, const char *s);
int64_t pv_str_hash(Value s);
uint32_t pv_str_char_at(Value s, size_t i);       /* code point i */
bool pv_is_str(Value v);                          /* str or subclass */
/* Builder for str results: grows a malloc'd buffer; no GC objects inside. */
typedef struct PvBuf { char *data; size_t size, cap; } PvBuf;
void pv_buf_init(PvBuf *b);
int pv_buf_append(PvBuf *b, const char *s, size_t n);  /* -1: MemoryError */
int pv_buf_append_cstr(PvBuf *b, const char *s);
int pv_buf_append_str(PvBuf *b, Value str);
int pv_buf_printf(PvBuf *b, const char *fmt, ...);
Value pv_buf_finish_str(PvBuf *b);   /* makes a str and frees the buffer */
Value pv_buf_finish_bytes(PvBuf *b);
void pv_buf_free(PvBuf *b);

typedef struct PvBytes {
    PvObj h;
    size_t size;
    int64_t hash;
    char data[];      /* NUL after size bytes */
} PvBytes;
#define pv_bytes_data(v) (((PvBytes *)(v))->data)
#define pv_bytes_size(v) (((PvBytes *)(v))->size)
Value pv_bytes_new(const char *data, size_t size);
/* %-formatting and format specs (strformat.c). */
Value pv_str_mod(Value fmt, Value args);          /* str % args */
Value pv_format_spec(Value v, Value spec);        /* format mini-language for builtin types */

/* ------------------------------------------------------------------ */
/* Containers (tuple.c, list.c, dict.c, set.c, range.c, slice.c)       */
/* ------------------------------------------------------------------ */

typedef struct PvTuple { PvObj h; size_t size; int64_t hash; Value items[]; } PvTuple;
typedef struct PvList { PvObj h; size_t size, cap; Value *items; } PvList;
extern PvType pv_tuple_type, pv_list_type, pv_dict_type, pv_set_type,
    pv_frozenset_type, pv_range_type, pv_slice_type;
#define pv_tuple_size(v) (((PvTuple *)(v))->size)
#define pv_tuple_items(v) (((PvTuple *)(v))->items)
#define pv_list_size(v) (((PvList *)(v))->size)
#define pv_list_items(v) (((PvList *)(v))->items)
Value pv_tuple_new(size_t n);                   /* items set to None */
Value pv_tuple_from(const Value *items, size_t n);
Value pv_tuple_pack(size_t n, ...);
extern Value pv_empty_tuple;
Value pv_list_new(size_t n);                    /* n items set to None */
Value pv_list_from(const Value *items, size_t n);
int pv_list_append(Value list, Value v);
int pv_list_extend(Value list, Value iterable);
int pv_list_sort(Value list, Value key, bool reverse);
Value pv_dict_new(void);
Value pv_dict_get(Value d, Value key);          /* NULL: missing (check pv_err_occurred if key may be non-str) */
Value pv_dict_get_str(Value d, const char *key);
int pv_dict_set(Value d, Value key, Value v);
int pv_dict_set_str(Value d, const char *key, Value v);
int pv_dict_del(Value d, Value key);            /* KeyError if missing */
ssize_t pv_dict_size(Value d);
/* Iterate: size_t pos = 0; Value k, v; while (pv_dict_next(d, &pos, &k, &v)) */
bool pv_dict_next(Value d, size_t *pos, Value *key, Value *value);
int pv_dict_update(Value d, Value other);       /* dict.update(other) */
Value pv_dict_copy(Value d);
Value pv_set_new(Value iterable_or_null);
Value pv_frozenset_new(Value iterable_or_null);
int pv_set_add(Value set, Value key);
int pv_set_contains(Value set, Value key);
Value pv_range_new(Value start, Value stop, Value step);
Value pv_slice_new(Value start, Value stop, Value step);
/* slice.indices(len) */
int pv_slice_indices(Value slice, ssize_t len, ssize_t *start, ssize_t *stop,
                     ssize_t *step, ssize_t *slicelen);

/* ------------------------------------------------------------------ */
/* Code, functions, frames (code.c, func.c, eval.c)                    */
/* ------------------------------------------------------------------ */

/* Source position of one instruction word (for tracebacks). Columns are
 * 0-based UTF-8 byte offsets as in CPython; end_col is exclusive. */
typedef struct PvPos { int32_t line, end_line; int32_t col, end_col; } PvPos;

enum {
    PV_CO_OPTIMIZED = 0x1, PV_CO_NEWLOCALS = 0x2, PV_CO_VARARGS = 0x4,
    PV_CO_VARKEYWORDS = 0x8, PV_CO_NESTED = 0x10, PV_CO_GENERATOR = 0x20,
    PV_CO_NOFREE = 0x40, PV_CO_COROUTINE = 0x80,
    PV_CO_ITERABLE_COROUTINE = 0x100, PV_CO_ASYNC_GENERATOR = 0x200,
};

typedef struct PvCode {
    PvObj h;
    uint32_t *code;      /* instruction words (opcode.h), pv_mem_alloc'd */
    size_t ncode;        /* words */
    PvPos *pos;          /* ncode entries */
    Value consts;        /* tuple */
    Value names;         /* tuple of str: globals, attributes, imports */
    Value varnames;      /* tuple of str: fast locals, parameters first */
    Value cellvars;      /* tuple of str: cells created by this code */
    Value freevars;      /* tuple of str: cells received via closure */
    int32_t *cell2arg;   /* per cellvar: index of the parameter it starts from, or -1; NULL if none */
    Value filename, name, qualname; /* str */
    Value docstring;     /* str or None */
    int argcount;        /* positional parameters, including positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;         /* len(varnames) */
    int stacksize;       /* max value-stack depth */
    int blocksize;       /* max block-stack depth (SETUP_* nesting) */
    int firstlineno;
    int flags;           /* PV_CO_* */
    void *extra;         /* free for eval.c (e.g. cached data) */
} PvCode;
extern PvType pv_code_type;
/* compile.c: source -> module code object (mode "exec", "eval", "single").
 * Raises SyntaxError / IndentationError with filename, line, column,
 * text and end positions set as CPython does. */
Value pv_compile(const char *source, size_t size, Value filename, const char *mode,
                 int flags);
enum { PV_COMPILE_PE = 1 };  /* flags: source is in the .pe syntax */

extern PvType pv_function_type, pv_cell_type, pv_module_type,
    pv_generator_type, pv_traceback_type, pv_frame_type;

/* Run a module code object in a globals dict (eval.c). */
Value pv_eval_code(Value code, Value globals, Value locals);
/* builtins.c: the builtins module and its dict. */
extern Value pv_builtins_module, pv_builtins_dict;

/* Modules (module.c, import.c) */
typedef struct PvModule { PvObj h; Value dict; Value name; void *state; } PvModule;
Value pv_module_new(Value name);
Value pv_module_new_cstr(const char *name);
int pv_module_add(Value module, const char *name, Value v);
int pv_module_add_functions(Value module, const PvMethodDef *defs);
int pv_module_add_int(Value module, const char *name, int64_t v);
/* Built-in C modules are listed in modules/registry.c: */
typedef struct PvBuiltinModule { const char *name; Value (*init)(void); } PvBuiltinModule;
extern const PvBuiltinModule pv_builtin_modules[];
Value pv_import(Value name, Value globals, Value fromlist, int level);
Value pv_import_cstr(const char *name);

/* Startup of the parts, in the order main.c calls them. */
void pv_object_init(void);    /* object.c: singletons, type/object */
void pv_types_init(void);     /* type.c: pv_type_ready of every C type */
void pv_exceptions_init(void);
void pv_builtins_init(void);
void pv_sys_init(int argc, char **argv);

/* Built-in function tables contributed by each area to builtins. */
extern const PvMethodDef pv_builtins_core[];   /* builtins.c: isinstance, getattr, ... */
extern const PvMethodDef pv_builtins_num[];    /* numbers: abs, divmod, pow, round, bin, hex, oct */
extern const PvMethodDef pv_builtins_text[];   /* text: print, chr, ord, ascii, format, input, repr */
extern const PvMethodDef pv_builtins_iter[];   /* containers: len, sorted, min, max, sum, zip, ... */

#endif
