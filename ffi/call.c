/* call.c: calling C functions. Arguments are converted into a slot array
 * on the C stack and passed with ffi_call through the cif cached on the
 * function type. Signatures of up to 4 integer/pointer-class arguments
 * with an integer or void result, and of 1-2 doubles returning a double,
 * skip libffi entirely on the 64-bit ABIs where a direct call through a
 * cast pointer is equivalent. Blocking calls run on the worker pool while
 * the green thread is real-blocked; their arguments stay pinned through a
 * GC root on the job. errno is captured right after every call and kept
 * per green thread. */
#include "ffi.h"
#include "sched.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { FAST_NONE, FAST_INT, FAST_DBL };
#define MAX_ARGS 64

typedef union Slot { int64_t i; uint64_t u; double d; float f; void *p; } Slot;

/* ---- errno per green thread ---- */

typedef struct ErrnoEnt { int64_t tid; int err; } ErrnoEnt;
static ErrnoEnt errtab[64];

static ErrnoEnt *last_ent;

static void save_errno(int64_t tid, int e)
{
    if (last_ent && last_ent->tid == tid + 1) {
        last_ent->err = e;
        return;
    }
    ErrnoEnt *free_ent = NULL;
    for (int i = 0; i < 64; i++) {
        if (errtab[i].tid == tid + 1) {
            errtab[i].err = e;
            last_ent = &errtab[i];
            return;
        }
        if (!free_ent && (errtab[i].tid == 0 || !pv_sched_find(errtab[i].tid - 1)))
            free_ent = &errtab[i];
    }
    if (!free_ent)
        free_ent = &errtab[tid & 63];
    free_ent->tid = tid + 1;
    free_ent->err = e;
    last_ent = free_ent;
}

int pv_ffi_get_errno(void)
{
    int64_t tid = pv_current_thread->id + 1;
    for (int i = 0; i < 64; i++)
        if (errtab[i].tid == tid)
            return errtab[i].err;
    return 0;
}

void pv_ffi_set_errno(int e)
{
    save_errno(pv_current_thread->id, e);
}

/* ---- argument conversion ---- */

static Value arg_error(const char *fname, size_t i, PvCType *t, Value v)
{
    if (pv_is_cdata(v))
        return pv_raise(&pv_exc_TypeError, "%s() argument %zu: expected '%s', got cdata '%s'",
                        fname, i + 1, t->name, PV_CDATA(v)->ct->name);
    return pv_raise(&pv_exc_TypeError, "%s() argument %zu: expected '%s', got '%T'", fname,
                    i + 1, t->name, v);
}

/* Convert args[i] for type t into slot/avalue. extra: scratch for struct
 * copies is not needed (structs point into their cdata). */
static int convert(const char *fname, size_t i, PvCType *t, Value v, Slot *slot, void **av,
                   Value *keep)
{
    *av = slot;
    switch (t->kind) {
    case PV_CT_INT:
    case PV_CT_BOOL:
    case PV_CT_FLOAT:
        if (pv_ffi_store(t, slot, v) < 0) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                arg_error(fname, i, t, v);
            }
            return -1;
        }
        return 0;
    case PV_CT_PTR: {
        if (t->item->kind == PV_CT_FUNC && !pv_is_cdata(v) && v != pv_None &&
            pv_type(v)->call) {
            Value cb = pv_ffi_callback_new(t->item, v);
            if (!cb)
                return -1;
            /* the caller keeps the temporary closure alive for the call */
            *keep = cb;
            slot->p = PV_CDATA(cb)->ptr;
            return 0;
        }
        int r = pv_ffi_pointer_arg(t, v, &slot->p);
        if (r < 0) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                arg_error(fname, i, t, v);
            }
            return -1;
        }
        if (r == 0) {
            arg_error(fname, i, t, v);
            return -1;
        }
        return 0;
    }
    case PV_CT_STRUCT:
    case PV_CT_UNION:
        if (pv_is_cdata(v) && (PV_CDATA(v)->ct == t ||
                               (PV_CDATA(v)->ct->kind == PV_CT_PTR && PV_CDATA(v)->ct->item == t)) &&
            PV_CDATA(v)->ptr) {
            *av = PV_CDATA(v)->ptr;
            return 0;
        }
        arg_error(fname, i, t, v);
        return -1;
    default:
        arg_error(fname, i, t, v);
        return -1;
    }
}

/* The type a variadic argument is passed as. */
static PvCType *vararg_type(Value v)
{
    if (pv_isinst(v, &pv_float_type))
        return pv_ffi_prim("double");
    if (pv_is_int(v)) {
        int64_t x;
        if (pv_int_to_i64(v, &x) == 0 && x >= INT32_MIN && x <= INT32_MAX)
            return pv_ffi_prim("int");
        pv_err_clear();
        return pv_int_sign(v) < 0 ? pv_ffi_prim("long long") : pv_ffi_prim("unsigned long long");
    }
    if (pv_is_cdata(v)) {
        PvCType *t = PV_CDATA(v)->ct;
        if (t->kind == PV_CT_ARRAY)
            return pv_ffi_pointer_to(t->item);
        return t;
    }
    return pv_ffi_pointer_to(pv_ffi_prim("void"));
}

/* ---- the result ---- */

static Value result(PvCType *rt, void *rbuf)
{
    switch (rt->kind) {
    case PV_CT_VOID:
        return pv_None;
    case PV_CT_INT:
    case PV_CT_BOOL: {
        /* libffi widens small integer results to ffi_arg */
        ffi_arg a = *(ffi_arg *)rbuf;
        if (rt->kind == PV_CT_BOOL)
            return pv_bool((uint8_t)a != 0);
        if (rt->size == 8)
            return rt->is_signed ? pv_int_from_i64((int64_t)a) : pv_int_from_u64((uint64_t)a);
        if (rt->is_char)
            return pv_bytes_new((char[]){(char)a}, 1);
        switch (rt->size) {
        case 1: return pv_small(rt->is_signed ? (int64_t)(int8_t)a : (int64_t)(uint8_t)a);
        case 2: return pv_small(rt->is_signed ? (int64_t)(int16_t)a : (int64_t)(uint16_t)a);
        default: return pv_small(rt->is_signed ? (int64_t)(int32_t)a : (int64_t)(uint32_t)a);
        }
    }
    case PV_CT_FLOAT:
        return pv_float_new(rt->size == 4 ? *(float *)rbuf : *(double *)rbuf);
    case PV_CT_PTR: {
        void *p = *(void **)rbuf;
        if (!p)
            return pv_None;
        PvCType *it = rt->item;
        if (it->kind == PV_CT_INT && it->is_char)
            return pv_str_decode_utf8(p, strlen(p), "surrogateescape");
        return pv_cdata_new(rt, p, NULL);
    }
    case PV_CT_STRUCT:
    case PV_CT_UNION: {
        Value cd = pv_cdata_new_owned(rt, rt->size);
        if (cd)
            memcpy(PV_CDATA(cd)->ptr, rbuf, rt->size);
        return cd;
    }
    default:
        return pv_raise(&pv_exc_TypeError, "bad result type '%s'", rt->name);
    }
}

/* ---- blocking calls (vm/blocking.c runs them on the worker pool) ---- */

typedef struct BCall {
    PvBlocking b;       /* first: blocking.c frees the block with free() */
    ffi_cif *cif;
    bool own;           /* cif and vtypes are this call's (variadic) */
    ffi_type **vtypes;
    void (*addr)(void);
    PvCType *rt;
    PvThread *t;
    Value pin;          /* GC root: the arguments and temporary callbacks */
    int err;
    void **av;
    Slot *slots;
    char *rbuf;
} BCall;

static void bcall_run(PvBlocking *pb)
{
    BCall *c = (BCall *)pb;
    errno = 0;
    ffi_call(c->cif, c->addr, c->rbuf, c->av);
    c->err = errno;
}

static void bcall_release(PvBlocking *pb)
{
    BCall *c = (BCall *)pb;
    pv_gc_remove_root(&c->pin);
    c->pin = NULL;
    if (c->own) {
        free(c->cif);
        free(c->vtypes);
        c->own = false;
    }
}

static Value bcall_finish(PvBlocking *pb)
{
    BCall *c = (BCall *)pb;
    save_errno(c->t->id, c->err);
    Value r = result(c->rt, c->rbuf);
    bcall_release(pb);
    return r;
}

static Value call_blocking(Value self, ffi_cif *cif, bool own, ffi_type **vtypes, void *addr,
                           PvCType *rt, const char *name, Value *args, size_t nargs,
                           Slot *slots, void **av, Value *keep)
{
    size_t rsize = rt->size > sizeof(ffi_arg) ? rt->size : sizeof(ffi_arg);
    if (rsize < 16)
        rsize = 16;
    BCall *c = pv_blocking_alloc(sizeof *c + nargs * (sizeof(Slot) + sizeof(void *)) + rsize);
    if (!c) {
        if (own) {
            free(cif);
            free(vtypes);
        }
        return NULL;
    }
    c->slots = (Slot *)(c + 1);
    c->av = (void **)(c->slots + nargs);
    c->rbuf = (char *)(c->av + nargs);
    memcpy(c->slots, slots, nargs * sizeof(Slot));
    for (size_t i = 0; i < nargs; i++)
        c->av[i] = av[i] == (void *)&slots[i] ? (void *)&c->slots[i] : av[i];
    c->cif = cif;
    c->own = own;
    c->vtypes = vtypes;
    c->addr = FFI_FN(addr);
    c->rt = rt;
    c->t = pv_current_thread;
    c->pin = pv_tuple_new(2 * nargs);
    if (!c->pin) {
        free(c);
        if (own) {
            free(cif);
            free(vtypes);
        }
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        pv_tuple_items(c->pin)[i] = args[i];
        pv_tuple_items(c->pin)[nargs + i] = keep[i] ? keep[i] : pv_None;
    }
    pv_gc_add_root(&c->pin);
    c->b.run = bcall_run;
    c->b.finish = bcall_finish;
    c->b.release = bcall_release;
    return pv_blocking_call(&c->b, self, NULL, name);
}

/* ---- the general path ---- */

Value pv_ffi_call(Value self, PvCType *fn, void *addr, const char *name, bool blocking,
                  Value *args, size_t nargs)
{
    size_t np = (size_t)fn->nparams;
    if (nargs != np && !(fn->variadic && nargs > np)) {
        return pv_raise(&pv_exc_TypeError, "%s() takes %s%zu argument%s (%zu given)", name,
                        fn->variadic ? "at least " : "", np, np == 1 ? "" : "s", nargs);
    }
    if (nargs > MAX_ARGS)
        return pv_raise(&pv_exc_TypeError, "%s(): too many arguments", name);
    Slot slots[MAX_ARGS];
    void *av[MAX_ARGS];
    Value keep[MAX_ARGS];   /* temporary callbacks, seen by the stack scan */
    memset(keep, 0, nargs * sizeof(Value));
    ffi_cif *cif;
    ffi_type **vtypes = NULL;
    bool own = false;
    if (!fn->variadic) {
        cif = pv_ffi_cif_of(fn);
        if (!cif)
            return NULL;
        for (size_t i = 0; i < nargs; i++)
            if (convert(name, i, fn->params[i], args[i], &slots[i], &av[i], &keep[i]) < 0)
                return NULL;
    } else {
        ffi_type *rt = pv_ffi_type_of(fn->item);
        if (!rt)
            return NULL;
        vtypes = malloc(nargs * sizeof(ffi_type *) + 1);
        for (size_t i = 0; i < nargs; i++) {
            PvCType *t = i < np ? fn->params[i] : vararg_type(args[i]);
            if ((i >= np && t->kind == PV_CT_FLOAT && t->size == 4))
                t = pv_ffi_prim("double");
            if (convert(name, i, t, args[i], &slots[i], &av[i], &keep[i]) < 0 ||
                !(vtypes[i] = pv_ffi_type_of(t))) {
                free(vtypes);
                return NULL;
            }
        }
        cif = malloc(sizeof *cif);
        if (ffi_prep_cif_var(cif, FFI_DEFAULT_ABI, (unsigned)np, (unsigned)nargs, rt,
                             vtypes) != FFI_OK) {
            free(cif);
            free(vtypes);
            return pv_raise(&pv_exc_TypeError, "%s(): libffi cannot prepare this call", name);
        }
        own = true;
    }
    if (blocking)
        return call_blocking(self, cif, own, vtypes, addr, fn->item, name, args, nargs, slots, av,
                             keep);
    size_t rsize = fn->item->size > 16 ? fn->item->size : 16;
    char *rbuf = alloca(rsize);
    errno = 0;
    ffi_call(cif, FFI_FN(addr), rbuf, av);
    pv_ffi_set_errno(errno);
    if (own) {
        free(cif);
        free(vtypes);
    }
    Value r = result(fn->item, rbuf);
    __asm__ volatile("" : : "r"(keep) : "memory"); /* keep[] live until here */
    return r;
}

/* ---- function objects and the fast path ---- */

#if defined(__x86_64__) || defined(__aarch64__)
#define HAVE_FAST 1
#endif

static uint8_t fast_kind(PvCType *fn)
{
#ifdef HAVE_FAST
    if (fn->variadic || fn->nparams > 4)
        return FAST_NONE;
    PvCType *rt = fn->item;
    bool int_ret = rt->kind == PV_CT_VOID || rt->kind == PV_CT_INT || rt->kind == PV_CT_BOOL;
    bool ints = true, dbls = fn->nparams > 0;
    for (int i = 0; i < fn->nparams; i++) {
        PvCType *t = fn->params[i];
        if (t->kind != PV_CT_INT || t->is_char)
            ints = false;
        if (t->kind != PV_CT_FLOAT || t->size != 8)
            dbls = false;
    }
    if (ints && int_ret && !rt->is_char)
        return FAST_INT;
    if (dbls && rt->kind == PV_CT_FLOAT && rt->size == 8 && fn->nparams <= 2)
        return FAST_DBL;
#else
    (void)fn;
#endif
    return FAST_NONE;
}

static Value fast_int_result(PvCType *rt, int64_t r)
{
    if (rt->kind == PV_CT_VOID)
        return pv_None;
    if (rt->kind == PV_CT_BOOL)
        return pv_bool((uint8_t)r != 0);
    if (rt->is_signed) {
        switch (rt->size) {
        case 1: return pv_small((int8_t)r);
        case 2: return pv_small((int16_t)r);
        case 4: return pv_small((int32_t)r);
        default: return pv_int_from_i64(r);
        }
    }
    switch (rt->size) {
    case 1: return pv_small((uint8_t)r);
    case 2: return pv_small((uint16_t)r);
    case 4: return pv_small((uint32_t)r);
    default: return pv_int_from_u64((uint64_t)r);
    }
}

/* One int argument, range-checked; small ints of int/long take two tests. */
static inline int fast_arg(PvFfiFunc *f, int i, Value v, int64_t *out)
{
    PvCType *t = f->fn->params[i];
    if (pv_is_small(v) && t->size == 8 && t->is_signed) {
        *out = pv_small_val(v);
        return 0;
    }
    Slot s;
    s.i = 0;
    if (pv_ffi_store_int(t, &s, v) < 0) {
        if (pv_err_matches(&pv_exc_TypeError)) {
            pv_err_clear();
            arg_error(pv_str_data(f->name), (size_t)i, t, v);
        }
        return -1;
    }
    switch (t->size) {
    case 1: *out = t->is_signed ? (int64_t)(int8_t)s.i : (int64_t)(uint8_t)s.i; break;
    case 2: *out = t->is_signed ? (int64_t)(int16_t)s.i : (int64_t)(uint16_t)s.i; break;
    case 4: *out = t->is_signed ? (int64_t)(int32_t)s.i : (int64_t)(uint32_t)s.i; break;
    default: *out = s.i;
    }
    return 0;
}

static Value func_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvFfiFunc *f = (PvFfiFunc *)self;
    if (kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "%S() takes no keyword arguments", f->name);
#ifdef HAVE_FAST
    if (f->fast && nargs == (size_t)f->fn->nparams) {
        if (f->fast == FAST_INT) {
            int64_t a[4] = {0, 0, 0, 0}, r;
            for (size_t i = 0; i < nargs; i++)
                if (fast_arg(f, (int)i, args[i], &a[i]) < 0)
                    return NULL;
            errno = 0;
            switch (nargs) {
            case 0: r = ((int64_t(*)(void))f->addr)(); break;
            case 1: r = ((int64_t(*)(int64_t))f->addr)(a[0]); break;
            case 2: r = ((int64_t(*)(int64_t, int64_t))f->addr)(a[0], a[1]); break;
            case 3: r = ((int64_t(*)(int64_t, int64_t, int64_t))f->addr)(a[0], a[1], a[2]); break;
            default:
                r = ((int64_t(*)(int64_t, int64_t, int64_t, int64_t))f->addr)(a[0], a[1], a[2], a[3]);
            }
            pv_ffi_set_errno(errno);
            return fast_int_result(f->fn->item, r);
        } else {
            double a[2];
            for (size_t i = 0; i < nargs; i++) {
                Value v = args[i];
                if (pv_is_type(v, &pv_float_type))
                    a[i] = pv_float_val(v);
                else if (pv_is_small(v))
                    a[i] = (double)pv_small_val(v);
                else {
                    Slot s;
                    if (convert(pv_str_data(f->name), i, f->fn->params[i], v, &s, &(void *){0}, &(Value){0}) < 0)
                        return NULL;
                    a[i] = s.d;
                }
            }
            errno = 0;
            double r = nargs == 1 ? ((double (*)(double))f->addr)(a[0])
                                  : ((double (*)(double, double))f->addr)(a[0], a[1]);
            pv_ffi_set_errno(errno);
            return pv_float_new(r);
        }
    }
#endif
    return pv_ffi_call(self, f->fn, f->addr, pv_str_data(f->name), f->blocking, args, nargs);
}

static void func_mark(Value v)
{
    pv_gc_mark(((PvFfiFunc *)v)->name);
    pv_gc_mark(((PvFfiFunc *)v)->lib);
}

static Value func_repr(Value v)
{
    PvFfiFunc *f = (PvFfiFunc *)v;
    return pv_str_printf("<ffi function '%S': %s%s>", f->name, f->fn->name,
                         f->blocking ? ", blocking" : "");
}

static Value func_get_blocking(Value v) { return pv_bool(((PvFfiFunc *)v)->blocking); }
static int func_set_blocking(Value v, Value x)
{
    int b = x ? pv_truthy(x) : 0;
    if (b < 0)
        return -1;
    ((PvFfiFunc *)v)->blocking = b;
    ((PvFfiFunc *)v)->fast = b ? FAST_NONE : fast_kind(((PvFfiFunc *)v)->fn);
    return 0;
}
static Value func_get_name(Value v) { return ((PvFfiFunc *)v)->name; }
static Value func_get_address(Value v) { return pv_int_from_u64((uintptr_t)((PvFfiFunc *)v)->addr); }
static Value func_get_ctype(Value v) { return pv_str_from_cstr(((PvFfiFunc *)v)->fn->name); }

static const PvGetSetDef func_getsets[] = {
    {"blocking", func_get_blocking, func_set_blocking, NULL},
    {"__name__", func_get_name, NULL, NULL},
    {"address", func_get_address, NULL, NULL},
    {"ctype", func_get_ctype, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_ffi_func_type = {
    .name = "ffi.Function",
    .basicsize = sizeof(PvFfiFunc),
    .mark = func_mark,
    .repr = func_repr,
    .call = func_call,
    .getsets = func_getsets,
};

Value pv_ffi_wrap_function(const char *name, PvCType *proto, void *fnptr, bool blocking)
{
    if (proto->kind != PV_CT_FUNC)
        return pv_raise(&pv_exc_TypeError, "ffi: '%s' is not a function type", proto->name);
    if (!proto->variadic && !pv_ffi_cif_of(proto))
        return NULL;
    Value nm = pv_str_from_cstr(name);
    if (!nm)
        return NULL;
    PvFfiFunc *f = pv_alloc(&pv_ffi_func_type, sizeof *f);
    if (!f)
        return NULL;
    f->fn = proto;
    f->addr = fnptr;
    f->name = nm;
    f->blocking = blocking;
    f->fast = blocking ? FAST_NONE : fast_kind(proto);
    return (Value)f;
}

int pv_ffi_call_ready(void)
{
    return pv_type_ready(&pv_ffi_func_type);
}
