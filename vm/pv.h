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
#include <gmp.h>

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
    /* Calling an attribute of this type found on a class with self as the
     * first argument equals calling it bound (functions, method
     * descriptors): LOAD_METHOD may skip creating a bound method. */
    PV_TPFLAG_METHOD_DESCRIPTOR = 1 << 11,
    PV_TPFLAG_WEAKREFABLE = 1 << 12, /* C type whose instances accept weak references */
    /* what `case [...]` / `case {...}` match (CPython's Py_TPFLAGS_SEQUENCE/MAPPING):
     * set on the built-in collections, inherited from the base, and set from
     * `__abc_tpflags__` in a class body (collections.abc.Sequence/Mapping) */
    PV_TPFLAG_SEQUENCE = 1 << 13,
    PV_TPFLAG_MAPPING = 1 << 14,
};
/* dictoffset value for variable-size instances (subclasses of str, bytes,
 * tuple): the __dict__ slot is the last word of the GC block. */
#define PV_DICT_AT_END ((size_t)-1)

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
    Value subclasses;    /* list of direct subclasses or NULL (type.c) */

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
const char *pv_type_builtin_doc(const PvType *t); /* typedoc.c: NULL if none */

/* ------------------------------------------------------------------ */
/* Singletons and the simple types (object.c)                          */
/* ------------------------------------------------------------------ */

/* Every int that is not a small int (big ints, True/False, instances of
 * int subclasses) is a PvInt. Invariant kept by int.c: a value of exact
 * type int that fits in 63 bits is always a small int. */
typedef struct PvInt { PvObj h; mpz_t z; } PvInt;
extern PvObj pv_none_obj, pv_notimpl_obj, pv_ellipsis_obj;
extern PvInt pv_true_obj, pv_false_obj; /* bool instances; int.c sets their z */
#define pv_None (&pv_none_obj)
#define pv_NotImplemented (&pv_notimpl_obj)
#define pv_Ellipsis (&pv_ellipsis_obj)
#define pv_True ((Value)&pv_true_obj)
#define pv_False ((Value)&pv_false_obj)
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
 * accounting. These blocks live in the GC heap (see doc/internals.md): a C
 * pointer into one keeps it and the Values in it alive. Never mix them with
 * malloc/free. Like pv_alloc, only under the GIL. */
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
size_t pv_gc_block_size(Value obj);          /* usable bytes of obj's block */
/* OS threads whose C stack may hold Values (gc.c). pv_gc_init registers
 * the calling thread. A registered thread calls pv_gc_thread_park() right
 * before giving up the GIL and pv_gc_thread_unpark() after taking it back,
 * so that a collection run meanwhile by another OS thread scans its stack
 * and registers. Foreign threads entering the VM register themselves. */
void pv_gc_thread_register(void *stack_base);
void pv_gc_thread_unregister(void);
void pv_gc_thread_park(void);
void pv_gc_thread_unpark(void);
/* Finalization (gc.c, finalize.c; doc/internals.md "Finalization and weak
 * references"). An object registered here gets its finalizer run once,
 * as Python code at a safe point, after a collection finds it
 * unreachable (resurrected until then). needed(obj), asked during the
 * collection (no allocation!), may say it has nothing to run (NULL:
 * always run). pv_alloc registers instances of classes with __del__;
 * gen.c registers generators. */
void pv_gc_register_finalizer(Value obj, bool (*needed)(Value obj));
Value pv_gc_finalizer_pop(void);          /* next queued object or NULL */
bool pv_gc_finalizers_pending(void);
uint64_t pv_gc_freed_last(void);          /* objects freed by the last collection */
uint64_t pv_gc_allocated_since(void);     /* objects allocated since it */
bool pv_type_has_finalizer(PvType *type); /* finalize.c: __del__ along the MRO (cached) */
void pv_gc_finalizers_ready(void);        /* finalize.c: gc.c after each collection */
/* finalize.c: run queued finalizers and weakref callbacks now (nested
 * runs of the loop); returns how many finalizers ran. pv_gc_safe_point is
 * the scheduler's breaker hook's part (bit PV_BREAK_GC). */
int pv_gc_run_finalizers(void);
void pv_gc_safe_point(void);
/* gc.collect(): collect, finalize, collect. stack_top: see
 * pv_gc_collect_precise, or NULL. */
int64_t pv_gc_collect_full(void *stack_top);
/* A collection that scans the calling OS thread's C stack only from
 * stack_top up: for a call straight from the outermost loop, whose own C
 * frame holds stale copies of dead Values (gcmodule.c decides when). */
void pv_gc_collect_precise(void *stack_top);
/* eval.c: a C stack address above the outermost run of the loop on this
 * OS thread (set when it starts). */
extern _Thread_local char *pv_eval_outer_sp;
void pv_gc_at_exit(void);                 /* main.c after atexit: CPython's teardown of __main__ */
/* Report an exception nobody can catch (finalizers, callbacks) through
 * sys.unraisablehook: "Exception ignored in: <repr(obj)>" + traceback.
 * err_msg NULL: the default heading. Takes exc (not pending). */
void pv_write_unraisable(Value exc, const char *err_msg, Value obj);
Value pv_sys_unraisablehook(Value self, Value *args, size_t nargs, Value kwnames);

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
int pv_warn(PvType *category, int stacklevel, const char *fmt, ...); /* warnings.warn; -1 if it raised */
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
/* The text pv_err_print_exc would print (traceback and chain), as a str. */
Value pv_format_exception(Value exc);
/* A new exception instance: type(*args). */
Value pv_exc_new(PvType *type, Value *args, size_t nargs);
/* Put the exception types into a builtins dict (main.c calls it after
 * pv_builtins_init). */
int pv_exceptions_add_builtins(Value dict);

/* ------------------------------------------------------------------ */
/* Abstract operations (abstract.c): the data model for C callers      */
/* ------------------------------------------------------------------ */

Value pv_repr(Value v);
Value pv_str(Value v);
Value pv_ascii(Value v);
int64_t pv_hash(Value v);                     /* -1: error */
Value pv_compare(Value a, Value b, int op);   /* rich comparison */
Value pv_compare_default(Value a, Value b, int op); /* both sides said NotImplemented */
int pv_compare_bool(Value a, Value b, int op);/* -1 error */
int pv_eq(Value a, Value b);                  /* identity short-cut, -1 error */
int pv_truthy(Value v);                       /* -1 error */
Value pv_binop(Value a, Value b, int op);     /* op: PV_OP_* incl. in-place */
Value pv_binop_error(Value a, Value b, int op); /* CPython's TypeError for an unsupported a op b */
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
/* Method lookup for calls (LOAD_METHOD): returns the attribute; when it is
 * a function-like descriptor found on the type (PV_TPFLAG_METHOD_DESCRIPTOR)
 * and not shadowed, returns it unbound and sets *unbound (call it with obj
 * prepended). */
Value pv_get_method(Value obj, Value name, bool *unbound);
/* Special method lookup (on the type only, as the interpreter does):
 * calls type(obj).name(obj, *args). NULL with no error and *found false
 * when absent. */
Value pv_call_special(Value obj, Value name, Value *args, size_t nargs, bool *found);
/* Call a value found on a type as a method of obj (binds if needed). */
Value pv_call_unbound(Value meth, Value obj, Value *args, size_t nargs, Value kwnames);
/* The name of a binary operator for messages: "+", "//", ... */
extern const char *const pv_binop_symbols[PV_OP_COUNT];

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
/* pv_intern memoised by the C string's address (for literals in hot paths;
 * safe with reused buffers). type.c. */
Value pv_intern_cached(const char *name);
Value pv_type_new(Value name, Value bases, Value dict); /* type(name, bases, dict) */
const char *pv_type_name(PvType *type);        /* short name, e.g. "int" */
/* The generic attribute machinery (object.__getattribute__ and friends). */
Value pv_object_generic_getattr(Value obj, Value name);
int pv_object_generic_setattr(Value obj, Value name, Value value);
Value *pv_object_dict_ptr(Value obj);          /* &__dict__ slot or NULL */
Value pv_object_repr_default(Value obj);       /* "<mod.Cls object at 0x...>" */
/* Call after changing a type's dict from C: new version tags for it and
 * its subclasses, slots refilled for dunder `name` (NULL: all). */
void pv_type_modified(PvType *type, Value name);
/* A new instance of type with nitems items (basicsize + items, the
 * PV_DICT_AT_END word included), zeroed. */
Value pv_type_alloc(PvType *type, size_t nitems);
/* For inlining calls in eval.c: a type whose new_ is pv_object_new_impl
 * and whose init is pv_slot_init makes instances with new_(t, NULL, 0,
 * NULL), then runs the Python __init__ found by pv_type_lookup(t,
 * pv_id___init__) (its result must be None). pv_is_python_slot(fn) tells
 * whether a slot of a heap type is a generic dispatcher that looks the
 * dunder up and calls it (so the caller may do that itself). */
Value pv_object_new_impl(PvType *type, Value *args, size_t nargs, Value kwnames);
int pv_object_init_impl(Value self, Value *args, size_t nargs, Value kwnames);
int pv_slot_init(Value self, Value *args, size_t nargs, Value kwnames);
bool pv_is_python_slot(const void *fn);
int64_t pv_hash_from_result(Value r); /* slots.c: a __hash__ result as a hash, -1 on error */
Value pv_type_get_dict_copy(PvType *type);     /* the namespace, as a new dict */
/* suggest.c: CPython's "Did you mean: 'x'?" for the traceback printer.
 * pv_attr_suggestion(exc): for an AttributeError with .name/.obj set, the
 * closest name in dir(obj), or NULL. pv_suggest_name(list_of_str, name):
 * the closest candidate (NameError: try locals, then globals, then
 * builtins), or NULL. Neither raises. */
Value pv_attr_suggestion(Value exc);
Value pv_suggest_name(Value candidates, Value name);
Value pv_name_suggestion(Value exc);  /* NameError: from the raising frame's names */
/* weakref.c: weak references need the collector's help. gc.c makes them
 * weak by defining pv_gc_is_marked (true for small ints, static objects
 * and blocks marked in the current collection) and calling
 * pv_weakref_gc_clear() after marking, before sweeping. Callbacks of
 * cleared references run in pv_weakref_run_callbacks() (safe points). */
bool pv_gc_is_marked(Value v);
void pv_weakref_gc_clear(void);
void pv_weakref_run_callbacks(void);
bool pv_weakref_callbacks_pending(void);
void pv_weakref_gc_mark_pending(void);   /* gc.c: references whose callback waits are roots */
/* Descriptors made by type.c/slots.c/descr.c (repr as CPython's). */
extern PvType pv_member_descr_type, pv_wrapper_descr_type,
    pv_method_wrapper_type, pv_classmethod_descr_type, pv_mappingproxy_type;
Value pv_classmethod_new(Value func);
Value pv_staticmethod_new(Value func);
/* Interned names of special methods and attributes: pv_id___init__ etc.
 * (set by pv_object_init; use them for lookups, they are GC roots). */
#define PV_IDS(X) \
    X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) X(__hash__) \
    X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__bool__) X(__len__) X(__iter__) X(__next__) X(__reversed__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__missing__) \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__dir__) \
    X(__get__) X(__set__) X(__delete__) X(__set_name__) \
    X(__add__) X(__sub__) X(__mul__) X(__matmul__) X(__truediv__) X(__floordiv__) \
    X(__mod__) X(__pow__) X(__lshift__) X(__rshift__) X(__and__) X(__or__) X(__xor__) \
    X(__radd__) X(__rsub__) X(__rmul__) X(__rmatmul__) X(__rtruediv__) X(__rfloordiv__) \
    X(__rmod__) X(__rpow__) X(__rlshift__) X(__rrshift__) X(__rand__) X(__ror__) X(__rxor__) \
    X(__iadd__) X(__isub__) X(__imul__) X(__imatmul__) X(__itruediv__) X(__ifloordiv__) \
    X(__imod__) X(__ipow__) X(__ilshift__) X(__irshift__) X(__iand__) X(__ior__) X(__ixor__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__int__) X(__float__) X(__index__) \
    X(__complex__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) X(__divmod__) X(__rdivmod__) \
    X(__format__) X(__bytes__) X(__fspath__) X(__length_hint__) X(__sizeof__) \
    X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) X(__await__) X(__aiter__) X(__anext__) \
    X(__dict__) X(__class__) X(__name__) X(__qualname__) X(__module__) X(__doc__) \
    X(__slots__) X(__weakref__) X(__mro_entries__) X(__prepare__) X(__init_subclass__) \
    X(__class_getitem__) X(__classcell__) X(__instancecheck__) X(__subclasscheck__) \
    X(__abstractmethods__) X(__annotations__) X(__builtins__) X(__file__) X(__spec__) \
    X(__loader__) X(__package__) X(__path__) X(__all__) X(__build_class__) X(__import__) \
    X(__reduce__) X(__reduce_ex__) X(__getstate__) X(__setstate__) X(__copy__) X(__deepcopy__) \
    X(__objclass__) X(__wrapped__) X(__func__) X(__self__) X(__isabstractmethod__)
#define PV_ID_DECL(n) extern Value pv_id_##n;
PV_IDS(PV_ID_DECL)
#undef PV_ID_DECL

/* Built-in functions and methods (descr.c). */
extern PvType pv_cfunction_type, pv_method_type, pv_method_descr_type,
    pv_getset_descr_type, pv_classmethod_type, pv_staticmethod_type,
    pv_property_type, pv_super_type;
Value pv_cfunction_new(const PvMethodDef *def, Value self, Value module);
Value pv_method_new(Value func, Value self);   /* bound method */
/* Bound method layout: eval.c reads it to call Python functions inline. */
typedef struct PvMethod { PvObj h; Value func; Value self; } PvMethod;

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
typedef struct PvComplex { PvObj h; double real, imag; } PvComplex; /* complex.c */
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
/* GMP access (int.c). pv_int_mpz gives read-only access to any int's
 * value (small ints use the scratch space t). pv_int_from_mpz takes
 * ownership of r (clears it or moves its limbs into the result) and
 * returns a normalised exact int. */
typedef struct PvMpzTmp { mpz_t tmp; mp_limb_t limb; } PvMpzTmp;
mpz_srcptr pv_int_mpz(Value v, PvMpzTmp *t);
Value pv_int_from_mpz(mpz_ptr r);
void pv_int_init(void);      /* GMP allocator (also run as a constructor) */
/* sys.get_int_max_str_digits / set_int_max_str_digits (0: no limit). */
extern int pv_int_max_str_digits;
int pv_int_set_max_str_digits(int64_t n);  /* -1 + ValueError if invalid */
/* -1 + the ValueError of str(int) when a decimal conversion produced
 * more than sys.get_int_max_str_digits() digits (for formatting code). */
int pv_int_check_str_digits(size_t ndigits);
/* Shortest round-trip decimal digits of a finite double d != 0 (sign
 * ignored): writes the digits (NUL-terminated, buf >= 20) and returns their
 * count; *exp10 is the exponent of the first digit (d ~ 0.DIGITS * 10**(exp10+1)). */
int pv_float_shortest(double d, char *digits, int *exp10);

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
enum { PV_STR_ASCII = 1, PV_STR_INTERNED = 2,
       PV_STR_EXCLUSIVE = 4, /* see pv_str_inplace_concat */
       PV_STR_NAME_EXCL = 8  /* the same for names and globals (eval.c) */ };
/* `x += b` on a fast local x holding a str (str.c): when x's str carries
 * PV_STR_EXCLUSIVE (it was made here and nothing but local x has seen it
 * since) and its GC block has room, b is appended in place and x itself
 * is returned; otherwise a new str with spare room, flagged EXCLUSIVE, is
 * returned. Protocol for eval.c: call it only for `x += b` where the
 * result is stored straight back into x, and clear PV_STR_EXCLUSIVE
 * whenever LOAD_FAST (or anything else) reads x, so that no alias of an
 * exclusive str can exist. Turns loops of `s += t` from quadratic into
 * amortised linear time. Returns NotImplemented when a or b is not an
 * exact str (then use pv_binop). */
Value pv_str_inplace_concat(Value a, Value b);
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
/* Files (fileobj.c): sys.stdin/stdout/stderr and open(). */
extern PvType pv_file_type;
Value pv_file_from_fd(int fd, const char *mode, const char *name, bool closefd);
int pv_file_write_cstr(Value file, const char *s, size_t n); /* calls file.write */
int pv_file_write_value(Value file, Value str);
int pv_flush_std(void);   /* flush sys.stdout and sys.stderr (at exit) */
/* %-formatting and format specs (strformat.c). */
Value pv_str_mod(Value fmt, Value args);          /* str % args */
Value pv_format_spec(Value v, Value spec);        /* format mini-language for builtin types */
extern PvType pv_memoryview_type;                 /* memoryview.c */
/* Standard-library modules (modules/array.c, modules/atexit.c). The
 * memory of an array.array: true with *ptr, *len (bytes) and *writable set when
 * v is one (pointer valid until the array is resized), false otherwise. */
bool pv_array_buffer(Value v, void **ptr, size_t *len, bool *writable);
/* A memoryview of array v starts (+1) or stops (-1) exporting it: an
 * array with exports refuses to resize (BufferError), as CPython. */
void pv_array_export(Value v, int delta);
/* Run the atexit callbacks (main.c, once the program is over). */
void pv_atexit_run(void);
/* int()/float() of a str: Unicode digits -> ASCII, Unicode spaces -> ' ',
 * other non-ASCII -> '?' (str_unicode.c). Returns s when it is ASCII. */
Value pv_str_to_ascii_number(Value s);
Value pv_str_encode(Value s, const char *encoding, const char *errors); /* str.encode */
Value pv_bytes_decode(const char *data, size_t n, const char *encoding, const char *errors);

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
int pv_set_update(Value set, Value iterable);     /* set.update: CPython's merge order */
Value pv_range_new(Value start, Value stop, Value step);
Value pv_slice_new(Value start, Value stop, Value step);
/* slice.indices(len) */
int pv_slice_indices(Value slice, ssize_t len, ssize_t *start, ssize_t *stop,
                     ssize_t *step, ssize_t *slicelen);

/* dict internals (dict.c), exposed for eval.c's caches. Every change to a
 * dict's contents sets its version to a new value of a global counter, so
 * (dict, version) identifies one state of one dict. */
typedef struct PvDictEntry { int64_t hash; Value key, value; } PvDictEntry;
typedef struct PvDict {
    PvObj h;
    size_t used;          /* live entries */
    size_t nentries;      /* entries filled in the dense array (incl. deleted) */
    size_t fill;          /* index slots not EMPTY (live + dummy) */
    size_t mask;          /* index table size - 1 */
    void *indices;        /* index table (int8/16/32 by size) + entries, one pv_mem block */
    PvDictEntry *entries; /* dense, insertion-ordered; key NULL = deleted */
    uint64_t version;
} PvDict;
#define pv_dict_version(d) (((PvDict *)(d))->version)
/* pv_hash with the cached hash of an exact str read inline (dicts, sets). */
static inline int64_t pv_hash_key(Value k)
{
    if (!pv_is_small(k) && k->type == &pv_str_type && ((PvStr *)k)->hash != -1)
        return ((PvStr *)k)->hash;
    return pv_hash(k);
}
int pv_dict_contains(Value d, Value key);       /* -1 error */
/* Lookups with the key's hash already computed (eval.c, after running a
 * Python __hash__ as a frame); set.c has the contains of sets. */
Value pv_dict_get_hashed(Value d, Value key, int64_t hash); /* NULL: missing or error */
int pv_dict_set_hashed(Value d, Value key, int64_t hash, Value v);
int pv_set_contains_hashed(Value set, Value key, int64_t hash);
Value pv_dict_pop(Value d, Value key, Value dflt); /* dflt NULL: KeyError */
Value pv_dict_setdefault(Value d, Value key, Value dflt);
void pv_dict_clear(Value d);
Value pv_dict_keys_list(Value d);               /* list(d) */
Value pv_dict_items_list(Value d);              /* list of (k, v) tuples */
Value pv_dict_values_list(Value d);
extern PvType pv_dict_keys_type, pv_dict_values_type, pv_dict_items_type,
    pv_dict_keyiter_type, pv_dict_valueiter_type, pv_dict_itemiter_type,
    pv_dict_revkeyiter_type, pv_dict_revvalueiter_type, pv_dict_revitemiter_type;
/* More container helpers. */
int pv_list_insert(Value list, ssize_t where, Value v);
Value pv_list_sort_method(Value self, Value *args, size_t nargs, Value kwnames); /* list.sort */
Value pv_list_as_tuple(Value list);
Value pv_list_pop_last(Value list);             /* NULL + IndexError if empty */
int pv_set_discard(Value set, Value key);       /* 1 found, 0 not, -1 error */
ssize_t pv_set_size(Value set);
/* size_t pos = 0; Value k; while (pv_set_next(s, &pos, &k)) ... */
bool pv_set_next(Value set, size_t *pos, Value *key);
bool pv_is_anyset(Value v);                     /* set, frozenset or subclass */
/* compile.c: constant f for a set display of n > 2 constants, to emit
 * BUILD_SET 0; LOAD_CONST f; SET_UPDATE 1 as CPython does (the element
 * order of the resulting set depends on it). */
Value pv_set_display_const(Value items_tuple);
/* A subscript as a C index: TypeError "<tname> indices must be integers or
 * slices, not X", IndexError for ints too big. -1 on error. */
int pv_seq_index_arg(Value key, ssize_t *out, const char *tname);
/* Lexicographic rich comparison of two tuples or two lists. */
Value pv_seq_compare(Value a, Value b, int op);
/* seq + x / seq * x with an unusable x: CPython's TypeError, or
 * NotImplemented when x's class may handle it reflected. */
Value pv_seq_binop_error(const char *tname, Value other, bool mul);
/* slice.indices(length) with arbitrary ints: new int Values. */
int pv_slice_indices_big(Value slice, Value length, Value *start, Value *stop,
                         Value *step);
/* Recursion guard for container reprs: pv_repr_enter returns 1 if obj is
 * already being repr'd (print "[...]"), 0 otherwise (then call
 * pv_repr_leave(obj) when done), -1 on error. */
int pv_repr_enter(Value obj);
void pv_repr_leave(Value obj);
/* Iterators (iter.c, range.c, set.c, dictview.c). */
extern PvType pv_tuple_iter_type, pv_list_iter_type, pv_list_reviter_type,
    pv_range_iter_type, pv_longrange_iter_type, pv_set_iter_type,
    pv_seqiter_type, pv_calliter_type, pv_enumerate_type, pv_zip_type,
    pv_map_type, pv_filter_type, pv_reversed_type;
Value pv_seqiter_new(Value seq);                 /* iterator over obj[0], obj[1], ... */
Value pv_calliter_new(Value callable, Value sentinel); /* iter(f, sentinel) */
Value pv_tuple_iter(Value t);
Value pv_list_iter(Value l);
Value pv_list_reviter(Value l);
/* index()'s start/stop argument clamped to [0, n] as CPython does. */
int pv_seq_clamp_bound(Value v, size_t n, size_t *out);
/* hash slot of unhashable types: TypeError "unhashable type: 'list'". */
int64_t pv_unhashable(Value self);
/* Argument checks with CPython's METH_O / METH_NOARGS messages, qname as
 * "list.append". -1 + TypeError when they fail. */
int pv_arg_one(const char *qname, size_t nargs, Value kwnames);
int pv_arg_none(const char *qname, size_t nargs, Value kwnames);
/* operator.index(v) as an exact int (bools become 0/1). */
Value pv_index_int(Value v);
/* pv_stack_check with CPython's message: "maximum recursion depth
 * exceeded" + where (" while getting the repr of an object"). */
int pv_recursion_check(const char *where);
#define PV_IN_REPR " while getting the repr of an object"
#define PV_IN_CMP " in comparison"
/* A Py_ssize_t argument: __index__, OverflowError "Python int too large to
 * convert to C ssize_t". */
int pv_ssize_arg(Value v, ssize_t *out);
Value pv_dict_iter(Value d);                     /* iter(d) (dictview.c) */
Value pv_dict_keys_method(Value self, Value *args, size_t nargs, Value kwnames);
Value pv_dict_values_method(Value self, Value *args, size_t nargs, Value kwnames);
Value pv_dict_items_method(Value self, Value *args, size_t nargs, Value kwnames);
Value pv_dict_reversed_method(Value self, Value *args, size_t nargs, Value kwnames);
/* cls.__class_getitem__(args): a types.GenericAlias (genericalias.c). */
extern PvType pv_generic_alias_type;
Value pv_generic_alias_method(Value cls, Value *args, size_t nargs, Value kwnames);

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
/* ast_py.c: parse source into Python `ast` node objects (the classes of
 * Lib/_ast.py): compile(..., PyCF_ONLY_AST). Raises SyntaxError. */
Value pv_ast_to_python(const char *source, size_t size, Value filename, const char *mode);

extern PvType pv_function_type, pv_cell_type, pv_module_type,
    pv_generator_type, pv_traceback_type, pv_frame_type;

/* Run a module code object in a globals dict (eval.c). */
Value pv_eval_code(Value code, Value globals, Value locals);
/* Run a function's code with `locals` as its namespace: class bodies. */
Value pv_call_with_locals(Value func, Value locals);
/* globals()/locals() of the innermost Python frame (eval.c). */
Value pv_frame_globals(void);
Value pv_frame_locals(void);
/* Nested runs of the loop from C (preemption): current depth and total. */
extern int pv_preempt_depth;
extern uint64_t pv_preempt_count;
/* -1 + RecursionError when the C stack is too deep: call it in recursive C
 * code (repr of nested containers, ...). */
int pv_stack_check(void);
/* The exception being handled (sys.exc_info()[1]) or NULL. */
Value pv_exc_handled(void);
/* StopIteration.value of an exception instance (None if absent). */
Value pv_stop_iteration_value(Value exc);
/* Raise StopIteration(value) (value None: plain StopIteration()). */
Value pv_raise_stop_iteration(Value value);
/* A function object from a code object (func.c). */
Value pv_function_new(Value code, Value globals, Value qualname);
/* Front end (parse.c): caret anchors for 3.11 tracebacks. `segment` is the
 * UTF-8 source of one instruction's range on one line. If it parses as an
 * expression statement that is a binary operation or a subscript, set
 * *left_end / *right_start to the byte offsets in segment delimiting the
 * operator (binop) or the "[...]" part (subscript), as CPython's
 * extract_anchors_from_expr, and return 1; otherwise return 0. Never raises. */
int pv_caret_anchors(const char *segment, size_t len, int *left_end, int *right_start);
/* Generators (gen.c): send a value; NULL with StopIteration at the end. */
Value pv_gen_send(Value gen, Value v);
Value pv_gen_close(Value gen);   /* gen.close(): None, or NULL + exception */
/* marshal.c: CPython's marshal format for data, a pyvm record of its own
 * for code objects. pv_marshal_write appends v to out (-1 + ValueError
 * "unmarshallable object"); pv_marshal_read reads one object (EOFError /
 * ValueError for short or bad data, never trusting it) and sets *used to
 * the bytes it read. pv_marshal_code_magic changes with the bytecode and
 * the compiler (code records of another build do not load). */
int pv_marshal_write(Value v, int version, PvBuf *out);
Value pv_marshal_read(const char *data, size_t size, size_t *used);
uint32_t pv_marshal_code_magic(void);
/* code.c: the instruction arguments of a code object index its tables
 * and its parameters fit its locals (marshal data, code.replace). */
bool pv_code_valid(Value code);
/* code.c: instruction words with the inline cache words zeroed (dst may be src). */
void pv_code_clean_words(const uint32_t *src, size_t n, uint32_t *dst);
/* codecache.c: the module code of source file `file` (import), from
 * __pycache__/NAME.pyvm-311.pvc when valid, else compiled and cached. */
Value pv_codecache_code(Value file);
/* ... and the path of its cache file (__cached__, ModuleSpec.cached). */
Value pv_codecache_path(Value file);
/* Disassemble a code object (opnames.c), for debugging: PYVM_DIS=1. */
void pv_dis(Value code, void *file /* FILE* */);
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
/* from m import name (ImportError as CPython) and from m import * (import.c). */
Value pv_import_from(Value module, Value name);
int pv_import_star(Value module, Value locals);
/* sys (modules/sys.c): the module, and sys.<name> or NULL (no exception). */
extern Value pv_sys_module;
Value pv_sys_get(const char *name);

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

/* ------------------------------------------------------------------ */
/* Runtime substrate (poll.c, timer.c, gil.c, workers.c, clock.c,      */
/* ticker.c, signals.c): the OS machinery under the scheduler. No      */
/* Values, no exceptions: errors are -1 with errno. The full contracts */
/* are in the headers included here. Startup on the VM thread:         */
/* pv_poll_init, pv_workers_init, pv_signals_init, pv_gil_acquire.     */
/* ------------------------------------------------------------------ */
#include <pthread.h>
#include <time.h>
#include "poller.h"   /* pv_poll_*: fd interest, pv_poll_wait, pv_poll_wake */
#include "timer.h"    /* pv_timer_*: intrusive min-heap of deadlines */
#include "gil.h"      /* pv_gil_*, the eval breaker bits PV_BREAK_* */
#include "workers.h"  /* PvJob, pv_job_*, pv_workers_*: real-blocking calls */

/* clock.c */
int64_t pv_clock_ns(void);        /* CLOCK_MONOTONIC in ns: timers, timeouts */
int64_t pv_clock_coarse_ns(void); /* monotonic, cheapest clock with <= 1 ms resolution: the tick */
int64_t pv_clock_wall_ns(void);   /* CLOCK_REALTIME in ns: time.time() */
/* A condition variable whose timed waits use the monotonic clock where
 * the platform allows, and the absolute deadline `ns` from now for it. */
void pv_cond_init(pthread_cond_t *cv);
struct timespec pv_cond_deadline(int64_t ns);
/* ticker.c: sets PV_BREAK_TICK every period while on (the scheduler turns
 * it on while two or more threads are runnable); sleeps while off.
 * pv_ticker_set is one atomic store unless the ticker hibernates. */
int pv_ticker_start(int64_t period_ns);   /* <= 0: 2 ms */
void pv_ticker_stop(void);
void pv_ticker_set(bool on);
int pv_ticker_after_fork(void);          /* child after fork: restart the thread */
/* signals.c: handlers only set a pending bit, PV_BREAK_SIGNAL and wake
 * the poller; the VM thread acts on pv_signals_take(). */
int pv_signals_init(void);        /* catch SIGINT, SIGQUIT, SIGCHLD; ignore SIGPIPE */
int pv_signals_catch(int signo);  /* install the flag-setting handler (1..63) */
int pv_signals_default(int signo);
int pv_signals_ignore(int signo);
uint64_t pv_signals_take(void);   /* pending set (bit 1 << signo), cleared; clears PV_BREAK_SIGNAL */
bool pv_signals_pending(void);
bool pv_signals_take_one(int signo); /* clear one pending signal; was it pending? */
/* Scheduler (sched.c): main.c calls pv_sched_init after pv_sys_init
 * (substrate, signals, thread 0, the built-in sleep()). */
void pv_sched_init(void);
/* In the child after fork(), in this order: pv_poll_after_fork,
 * pv_workers_after_fork, pv_gil_after_fork, pv_ticker_after_fork (each
 * is harmless when its part was never started). Timers, signal flags and
 * registrations carry over. */

/* ------------------------------------------------------------------ */
/* Waiting for fds from C (iowait.c): sockets, select, pipes           */
/* ------------------------------------------------------------------ */
/* An fd operation: the result, or NULL without exception when it would
 * block (EAGAIN), or NULL with an exception. */
typedef Value (*PvIoOp)(Value req, uint32_t events);
/* After op(req) said EAGAIN: wait for `events` (PV_POLL_IN/OUT) on fd and
 * run op again until it completes. Soft-blocks the calling green thread
 * when allowed (self/name as pv_sched_can_soft_block: the C function being
 * called) and returns a placeholder; else waits for real. deadline < 0:
 * none; passing it raises TimeoutError("timed out"). */
Value pv_io_wait(int fd, uint32_t events, Value req, int64_t deadline, PvIoOp op,
                 Value self, const char *name);
/* Real wait for readiness: 1 ready, 0 deadline passed, -1 exception. */
int pv_fd_wait(int fd, uint32_t events, int64_t deadline);
int pv_fd_set_nonblocking(int fd, bool on);   /* -1 errno */
/* os.read / os.write on pipes, sockets, terminals: soft-block until the
 * fd is ready (for os.c: self/name are the os function being called). */
Value pv_io_read(int fd, size_t n, Value self, const char *name);
Value pv_io_write(int fd, Value data, Value self, const char *name);


/* ------------------------------------------------------------------ */
/* Real-blocking calls and foreign threads (blocking.c; doc/blocking.md)*/
/* ------------------------------------------------------------------ */
/* A C call that may sit for a long time (waitpid, a blocking FFI call)
 * runs on a worker OS thread while the calling green thread waits "real
 * blocked" and the others go on. Allocate the block with
 * pv_blocking_alloc (embed PvBlocking first in your own struct), fill in
 * run and the optional callbacks, then return pv_blocking_call(...)
 * straight from your C function: it takes ownership of the block (frees
 * it with free() in every case) and its result is the call's result.
 * Interrupts (thread.interrupt): mode 0 leaves the thread alone; mode 1
 * raises when run() returns (release() gets the unused result); mode 2
 * raises at once: cancel() runs, then release() once run() has returned.
 * During preemption run() executes inline on the VM thread (GIL released). */
typedef struct PvBlocking PvBlocking;
struct PvBlocking {
    void (*run)(PvBlocking *b);      /* worker thread, NO GIL, no Values: do the call,
                                        store the C result in your struct */
    Value (*finish)(PvBlocking *b);  /* VM thread: the result Value (NULL + exception);
                                        NULL finish: the result is None */
    void (*release)(PvBlocking *b);  /* VM thread: the result is unused (interrupt): free
                                        what it holds (fds, memory); after a mode-2
                                        abandon run() may never have started
                                        (pv_job_ran(&b->job)). May be NULL */
    void (*cancel)(PvBlocking *b);   /* VM thread, mode-2 interrupt while run() may
                                        still run: make it return soon. May be NULL */
    void *arg;                       /* free for the caller */
    /* private to blocking.c */
    PvJob job;
    struct PvThread *thread;
};
void *pv_blocking_alloc(size_t size);   /* zeroed malloc; NULL + MemoryError */
/* self/name identify the primitive as for pv_sched_can_soft_block (a
 * module function: NULL and its __name__; an FFI function object: the
 * object itself and NULL). what names the call in dumps ("os.system"). */
Value pv_blocking_call(PvBlocking *b, Value self, const char *name, const char *what);
/* C code on a foreign OS thread (a library's callback thread) calling
 * into Python: pv_foreign_enter takes the GIL (the VM thread hands it
 * over at its next tick), registers the thread's stack with the GC and
 * gives it its own interpreter thread context; pv_foreign_leave undoes
 * that. Nestable; on the VM thread itself (a callback during a
 * non-blocking call) they only nest the GIL. Call Python between them
 * with pv_call*; an uncaught exception should be printed (pv_err_print). */
typedef struct PvForeign { void *saved, *thread; int mode; } PvForeign; /* = pyvm_foreign */
void pv_foreign_enter(PvForeign *st);
void pv_foreign_leave(PvForeign *st);

#endif
