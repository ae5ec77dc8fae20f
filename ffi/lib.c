/* lib.c: shared libraries: dlopen/dlsym, the library object (functions
 * declared on it or found through cdef, by attribute), and find_library. */
#include "ffi.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Functions declared with ffi.cdef: name -> type (C list, types live forever). */
typedef struct CdefFn { char *name; PvCType *t; struct CdefFn *next; } CdefFn;
static CdefFn *cdef_fns;

static int record(void *ctx, const char *name, PvCType *t)
{
    (void)ctx;
    for (CdefFn *c = cdef_fns; c; c = c->next)
        if (strcmp(c->name, name) == 0) {
            c->t = t;
            return 0;
        }
    CdefFn *c = malloc(sizeof *c);
    c->name = strdup(name);
    c->t = t;
    c->next = cdef_fns;
    cdef_fns = c;
    return 0;
}

int pv_ffi_cdef_text(const char *text)
{
    return pv_ffi_cdef(text, record, NULL);
}

PvCType *pv_ffi_cdef_lookup(const char *name)
{
    for (CdefFn *c = cdef_fns; c; c = c->next)
        if (strcmp(c->name, name) == 0)
            return c->t;
    return NULL;
}

static void lib_mark(Value v)
{
    pv_gc_mark(((PvFfiLib *)v)->name);
    pv_gc_mark(((PvFfiLib *)v)->funcs);
}

/* Libraries are never dlclose'd: C code may keep pointers into them. */

Value pv_ffi_lib_open(const char *path)
{
    dlerror();
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        return pv_raise(&pv_exc_OSError, "%s", e ? e : "dlopen failed");
    }
    Value name = path ? pv_str_from_cstr(path) : pv_None;
    Value funcs = name ? pv_dict_new() : NULL;
    if (!funcs)
        return NULL;
    PvFfiLib *lib = pv_alloc(&pv_ffi_lib_type, sizeof *lib);
    if (!lib)
        return NULL;
    lib->handle = h;
    lib->name = name;
    lib->funcs = funcs;
    return (Value)lib;
}

static void *lookup_sym(PvFfiLib *lib, const char *name)
{
    dlerror();
    void *p = dlsym(lib->handle, name);
    if (!p) {
        const char *e = dlerror();
        pv_raise(&pv_exc_AttributeError, "%s", e ? e : "symbol not found");
    }
    return p;
}

Value pv_ffi_lib_declare(Value libv, PvCType *fn, const char *name, bool blocking)
{
    PvFfiLib *lib = (PvFfiLib *)libv;
    void *p = lookup_sym(lib, name);
    if (!p)
        return NULL;
    if (fn->kind != PV_CT_FUNC) {
        /* a global variable: a pointer to it */
        return pv_cdata_new(pv_ffi_pointer_to(fn), p, NULL);
    }
    Value f = pv_ffi_wrap_function(name, fn, p, blocking);
    if (!f)
        return NULL;
    ((PvFfiFunc *)f)->lib = libv;
    if (pv_dict_set_str(lib->funcs, name, f) < 0)
        return NULL;
    return f;
}

static Value lib_getattr(Value self, Value name)
{
    PvFfiLib *lib = (PvFfiLib *)self;
    Value f = pv_dict_get(lib->funcs, name);
    if (f)
        return f;
    Value r = pv_object_generic_getattr(self, name);
    if (r || !pv_err_matches(&pv_exc_AttributeError))
        return r;
    const char *s = pv_str_data(name);
    PvCType *t = pv_ffi_cdef_lookup(s);
    if (t) {
        pv_err_clear();
        return pv_ffi_lib_declare(self, t, s, false);
    }
    Value c = pv_ffi_constants ? pv_dict_get(pv_ffi_constants, name) : NULL;
    if (c) {
        pv_err_clear();
        return c;
    }
    pv_err_clear();
    dlerror();
    if (dlsym(lib->handle, s))
        return pv_raise(&pv_exc_AttributeError, "%s: declare it first (lib.declare or ffi.cdef)",
                        s);
    const char *e = dlerror();
    return pv_raise(&pv_exc_AttributeError, "%s", e ? e : s);
}

static Value lib_declare(Value self, Value *args, size_t nargs, Value kwnames)
{
    const char *decl;
    bool blocking = false;
    static const char *const kw[] = {"", "blocking", NULL};
    if (pv_parse_args("declare", args, nargs, kwnames, "s|$p", kw, &decl, &blocking) < 0)
        return NULL;
    char *name;
    PvCType *t = pv_ffi_parse_decl(decl, &name);
    if (!t)
        return NULL;
    Value f = pv_ffi_lib_declare(self, t, name, blocking);
    free(name);
    return f;
}

static Value lib_address(Value self, Value *args, size_t nargs, Value kwnames)
{
    const char *name;
    if (pv_parse_args("address_of", args, nargs, kwnames, "s", NULL, &name) < 0)
        return NULL;
    void *p = lookup_sym((PvFfiLib *)self, name);
    return p ? pv_int_from_u64((uintptr_t)p) : NULL;
}

static Value lib_repr(Value self)
{
    PvFfiLib *lib = (PvFfiLib *)self;
    if (lib->name == pv_None)
        return pv_str_from_cstr("<ffi library of the running process>");
    return pv_str_printf("<ffi library %R>", lib->name);
}

static const PvMethodDef lib_methods[] = {
    {"declare", lib_declare, 0, "declare(prototype, *, blocking=False): the C function"},
    {"address_of", lib_address, 0, "address_of(symbol): its address as an int"},
    {NULL, NULL, 0, NULL},
};

PvType pv_ffi_lib_type = {
    .name = "ffi.Library",
    .basicsize = sizeof(PvFfiLib),
    .mark = lib_mark,
    .repr = lib_repr,
    .getattr = lib_getattr,
    .methods = lib_methods,
};

int pv_ffi_lib_ready(void)
{
    return pv_type_ready(&pv_ffi_lib_type);
}

/* find_library("m") -> "libm.so.6": look in the usual directories for
 * lib<name>.so*, preferring a versioned name ldconfig knows about. */
Value pv_ffi_find_library(const char *name)
{
    if (strchr(name, '/'))
        return access(name, R_OK) == 0 ? pv_str_from_cstr(name) : pv_None;
    static const char *const dirs[] = {
        "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
        "/usr/lib/aarch64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib",
        "/usr/local/lib", "/opt/homebrew/lib", NULL};
    char path[1024];
    /* 1. the soname a plain dlopen of lib<name>.so.N resolves: try N */
    for (int v = 0; v < 10; v++) {
        snprintf(path, sizeof path, "lib%s.so.%d", name, v);
        void *h = dlopen(path, RTLD_LAZY | RTLD_NOLOAD);
        if (!h)
            h = dlopen(path, RTLD_LAZY);
        if (h) {
            dlclose(h);
            return pv_str_from_cstr(path);
        }
    }
    /* 2. lib<name>.so or .dylib in the directories */
    for (int i = 0; dirs[i]; i++) {
        static const char *const ext[] = {".so", ".dylib", NULL};
        for (int j = 0; ext[j]; j++) {
            snprintf(path, sizeof path, "%s/lib%s%s", dirs[i], name, ext[j]);
            if (access(path, R_OK) == 0)
                return pv_str_from_cstr(path + strlen(dirs[i]) + 1);
        }
    }
    return pv_None;
}
