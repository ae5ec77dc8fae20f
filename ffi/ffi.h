/* ffi.h: the FFI's internal interface, shared by the files of ffi/ and
 * modules/ffi.c, and reusable from C (the add-on loader wraps plain
 * add-ons with pv_ffi_parse_decl + pv_ffi_wrap_function).
 *
 * C types (PvCType) are plain malloc'd C structs that live for the whole
 * process (declarations are few and types are shared), so they hold no
 * Values. C data seen from Python is a PvCData object ("cdata"): a pointer,
 * an array or a struct/union, either owning its memory (inline in the GC
 * object, freed by the GC) or pointing into memory kept alive by `owner`. */
#ifndef PV_FFI_H
#define PV_FFI_H

#include "pv.h"
#include <ffi.h>

enum {
    PV_CT_VOID, PV_CT_BOOL, PV_CT_INT, PV_CT_FLOAT, PV_CT_PTR, PV_CT_ARRAY,
    PV_CT_STRUCT, PV_CT_UNION, PV_CT_FUNC,
};

typedef struct PvCType PvCType;
typedef struct PvCField {
    char *name;
    PvCType *type;
    size_t offset;
} PvCField;

struct PvCType {
    int kind;
    size_t size, align;
    bool is_signed;         /* PV_CT_INT */
    bool is_char;           /* plain `char` (reads as bytes of length 1) */
    bool complete;          /* struct/union defined (not just named) */
    char *name;             /* C spelling for messages: "unsigned int", "struct point *" */
    PvCType *item;          /* pointer target, array item, function result */
    ssize_t length;         /* array length, -1 when unsized ("int[]") */
    PvCField *fields;       /* struct/union members */
    int nfields;
    PvCType **params;       /* function parameters */
    int nparams;
    bool variadic;
    ffi_type *ffi;          /* built lazily by pv_ffi_type_of */
    ffi_cif *cif;           /* function: prepared once (non-variadic) */
    PvCType *ptr_to;        /* cached pointer-to-this */
};

/* ---- decl.c: the C declaration parser ----
 * Errors raise ValueError "ffi: <message> at position N: <text>". */
PvCType *pv_ffi_prim(const char *name);              /* "int", "double", "void *"... */
PvCType *pv_ffi_pointer_to(PvCType *t);
PvCType *pv_ffi_array_of(PvCType *t, ssize_t n);
/* A type name: "int", "struct point *", "int[10]", "int(*)(int)". */
PvCType *pv_ffi_parse_type(const char *text);
/* One declaration: "double cos(double)" (name set, malloc'd), or NULL. */
PvCType *pv_ffi_parse_decl(const char *text, char **name);
/* Several declarations (cdef): typedefs, structs, unions and enums are
 * recorded; each function (or variable) declaration calls fn(ctx, name, type).
 * Returns -1 on error. */
int pv_ffi_cdef(const char *text, int (*fn)(void *ctx, const char *name, PvCType *t),
                void *ctx);
/* A struct/union type of the given tag, created incomplete if new. */
PvCType *pv_ffi_struct_tag(const char *tag, bool is_union);
/* Lay out a struct/union from (name, type) pairs; pack 0: natural. */
int pv_ffi_struct_layout(PvCType *st, const char *const *names, PvCType **types, int n,
                         int pack);
/* Enum constants defined so far (a dict, GC root). */
extern Value pv_ffi_constants;

/* ---- types.c: libffi types ---- */
ffi_type *pv_ffi_type_of(PvCType *t);                /* NULL + error */
ffi_cif *pv_ffi_cif_of(PvCType *fn);                 /* prepared cif (cached) */

/* ---- memory.c: cdata objects ---- */
typedef struct PvCData {
    PvObj h;
    PvCType *ct;
    char *ptr;        /* pointer value (PTR) or address of the data (ARRAY, STRUCT) */
    Value owner;      /* keeps ptr's memory alive (may be self), or NULL */
    ssize_t length;   /* ARRAY: number of items */
    void *cb;         /* callback closure (callback.c), or NULL */
    Value cbfunc;     /* the callback's Python function */
} PvCData;
extern PvType pv_cdata_type;
#define PV_CDATA(v) ((PvCData *)(v))
static inline bool pv_is_cdata(Value v) { return pv_type(v) == &pv_cdata_type; }
/* New cdata of type ct with `size` bytes of owned, zeroed memory; its ptr
 * points at that memory. */
Value pv_cdata_new_owned(PvCType *ct, size_t size);
/* cdata viewing ptr (PTR: the pointer value itself), kept alive by owner. */
Value pv_cdata_new(PvCType *ct, void *ptr, Value owner);
/* Store a Python value as C type ct at dest (no temporary pointers: str
 * and bytes are refused for pointers). -1 + TypeError/OverflowError. */
int pv_ffi_store(PvCType *ct, void *dest, Value v);
/* Read C type ct at src as a Python value; owner keeps src alive for
 * views (structs, arrays). */
Value pv_ffi_load(PvCType *ct, const void *src, Value owner);
/* A pointer-like argument for pointer type ct: NULL (None), cdata, str,
 * bytes, bytearray, memoryview. *ok false without error if v fits none. */
int pv_ffi_pointer_arg(PvCType *ct, Value v, void **out);
/* Integer range check and store of an int (size 1/2/4/8). */
int pv_ffi_store_int(PvCType *ct, void *dest, Value v);
int pv_ffi_memory_ready(void);

/* ---- call.c: calls ---- */
typedef struct PvFfiFunc {
    PvObj h;
    PvCType *fn;        /* PV_CT_FUNC */
    void *addr;
    Value name;         /* str */
    Value lib;          /* the library (kept open), or NULL */
    bool blocking;
    uint8_t fast;       /* fast path kind (call.c) */
} PvFfiFunc;
extern PvType pv_ffi_func_type;
/* A callable wrapping the C function fnptr of function type proto. */
Value pv_ffi_wrap_function(const char *name, PvCType *proto, void *fnptr, bool blocking);
/* Call addr as function type fn (function pointers too); self is the
 * callable being called (for the blocking check of the scheduler). */
Value pv_ffi_call(Value self, PvCType *fn, void *addr, const char *name, bool blocking,
                  Value *args, size_t nargs);
/* errno as seen after the last call of the current green thread. */
int pv_ffi_get_errno(void);
void pv_ffi_set_errno(int e);
int pv_ffi_call_ready(void);

/* ---- callback.c ---- */
/* A C function pointer (cdata of type pointer-to-fn) calling func. */
Value pv_ffi_callback_new(PvCType *fn, Value func);
void pv_ffi_callback_free(PvCData *cd);

/* ---- lib.c: libraries ---- */
typedef struct PvFfiLib {
    PvObj h;
    void *handle;
    Value name;        /* str or None */
    Value funcs;       /* dict: declared functions */
} PvFfiLib;
extern PvType pv_ffi_lib_type;
Value pv_ffi_lib_open(const char *path);   /* NULL path: the process */
Value pv_ffi_lib_declare(Value lib, PvCType *fn, const char *name, bool blocking);
Value pv_ffi_find_library(const char *name); /* str or None */
int pv_ffi_lib_ready(void);
/* cdef'd functions by name (dict name -> (type capsule)), for lib lookups. */
PvCType *pv_ffi_cdef_lookup(const char *name);
int pv_ffi_cdef_text(const char *text);     /* ffi.cdef: records functions too */

#endif
