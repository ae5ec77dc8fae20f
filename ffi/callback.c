/* callback.c: Python functions as C function pointers (libffi closures).
 * On the VM thread (a non-blocking call calling back) the function runs in
 * a nested loop: the VM is in preemption until it returns. On any other OS
 * thread (a blocking call's worker, a library's own thread) the callback
 * takes the GIL as a foreign thread first. An exception is printed as
 * unraisable and the C caller gets a zero result. */
#include "ffi.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Cb {
    ffi_closure *closure;
    void *code;
    PvCType *fn;
    ffi_cif cif;
    ffi_type **types;
    Value func;            /* GC root while the closure exists */
} Cb;

static void unraisable(Value func)
{
    Value exc = pv_err_fetch();
    Value f = pv_sys_get("stderr");
    /* the name, not the repr: no address in the message */
    Value r = pv_getattr_opt(func, pv_id___qualname__);
    if (!r || !pv_is_str(r)) {
        pv_err_clear();
        r = pv_str_printf("%T object", func);
    }
    Value head = pv_str_printf("Exception ignored on calling ffi callback function %S:\n", r);
    Value tb = exc ? pv_format_exception(exc) : NULL;
    if (f && head && tb && f != pv_None) {
        pv_file_write_value(f, head);
        pv_file_write_value(f, tb);
    } else {
        fprintf(stderr, "Exception ignored in an ffi callback\n");
    }
    pv_err_clear();
}

static void run(Cb *cb, void *ret, void **args)
{
    PvCType *fn = cb->fn;
    PvCType *rt = fn->item;
    size_t rsize = rt->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : rt->size;
    Value argv[64];
    size_t n = (size_t)fn->nparams;
    for (size_t i = 0; i < n; i++) {
        PvCType *t = fn->params[i];
        if (t->kind == PV_CT_STRUCT || t->kind == PV_CT_UNION) {
            argv[i] = pv_cdata_new_owned(t, t->size);
            if (argv[i])
                memcpy(PV_CDATA(argv[i])->ptr, args[i], t->size);
        } else
            argv[i] = pv_ffi_load(t, args[i], NULL);
        if (!argv[i])
            goto fail;
    }
    Value r = pv_call(cb->func, argv, n, NULL);
    if (!r)
        goto fail;
    if (rt->kind == PV_CT_VOID)
        return;
    char tmp[64];
    char *dest = rt->size <= sizeof tmp ? tmp : ret;
    memset(dest, 0, rt->size < sizeof tmp ? sizeof tmp : rt->size);
    if (rt->kind == PV_CT_PTR && r == pv_None) {
        *(void **)ret = NULL;
        return;
    }
    if (pv_ffi_store(rt, dest, r) < 0)
        goto fail;
    /* small integers are widened to ffi_arg in the return slot */
    if (rt->kind == PV_CT_INT || rt->kind == PV_CT_BOOL) {
        ffi_arg a;
        if (rt->kind == PV_CT_BOOL)
            a = *(_Bool *)dest;
        else if (rt->is_signed)
            a = (ffi_arg)(rt->size == 1 ? *(int8_t *)dest : rt->size == 2 ? *(int16_t *)dest
                          : rt->size == 4 ? *(int32_t *)dest : *(int64_t *)dest);
        else
            a = (ffi_arg)(rt->size == 1 ? *(uint8_t *)dest : rt->size == 2 ? *(uint16_t *)dest
                          : rt->size == 4 ? *(uint32_t *)dest : *(uint64_t *)dest);
        *(ffi_arg *)ret = a;
    } else if (dest != ret)
        memcpy(ret, dest, rt->size);
    return;
fail:
    unraisable(cb->func);
    memset(ret, 0, rsize);
}

/* blocking.c's foreign-thread entry (own interpreter thread context) when
 * linked in; otherwise the GIL's plain foreign entry. */
#pragma weak pv_foreign_enter
#pragma weak pv_foreign_leave

static void trampoline(ffi_cif *cif, void *ret, void **args, void *user)
{
    (void)cif;
    Cb *cb = user;
    if (pv_gil_held()) {
        run(cb, ret, args);
        return;
    }
    if (pv_foreign_enter) {
        PvForeign st;
        pv_foreign_enter(&st);
        run(cb, ret, args);
        pv_foreign_leave(&st);
        return;
    }
    volatile Value base = NULL;
    pv_gil_enter_foreign((void *)&base);
    run(cb, ret, args);
    pv_gil_leave_foreign();
}

Value pv_ffi_callback_new(PvCType *fn, Value func)
{
    if (fn->kind == PV_CT_PTR)
        fn = fn->item;
    if (fn->kind != PV_CT_FUNC)
        return pv_raise(&pv_exc_TypeError, "ffi.callback: '%s' is not a function type", fn->name);
    if (fn->variadic)
        return pv_raise(&pv_exc_TypeError, "ffi.callback: variadic callbacks are not supported");
    if (!pv_type(func)->call)
        return pv_raise(&pv_exc_TypeError, "ffi.callback: %T object is not callable", func);
    if (fn->item->kind == PV_CT_ARRAY)
        return pv_raise(&pv_exc_TypeError, "ffi.callback: bad result type");
    ffi_type *rt = pv_ffi_type_of(fn->item);
    if (!rt)
        return NULL;
    Cb *cb = calloc(1, sizeof *cb);
    cb->types = malloc(((size_t)fn->nparams + 1) * sizeof(ffi_type *));
    for (int i = 0; i < fn->nparams; i++)
        if (!(cb->types[i] = pv_ffi_type_of(fn->params[i]))) {
            free(cb->types);
            free(cb);
            return NULL;
        }
    cb->fn = fn;
    cb->closure = ffi_closure_alloc(sizeof(ffi_closure), &cb->code);
    if (!cb->closure ||
        ffi_prep_cif(&cb->cif, FFI_DEFAULT_ABI, (unsigned)fn->nparams, rt, cb->types) != FFI_OK ||
        ffi_prep_closure_loc(cb->closure, &cb->cif, trampoline, cb, cb->code) != FFI_OK) {
        if (cb->closure)
            ffi_closure_free(cb->closure);
        free(cb->types);
        free(cb);
        return pv_raise(&pv_exc_MemoryError, "ffi.callback: cannot allocate a closure");
    }
    Value cd = pv_cdata_new(pv_ffi_pointer_to(fn), cb->code, NULL);
    if (!cd) {
        ffi_closure_free(cb->closure);
        free(cb->types);
        free(cb);
        return NULL;
    }
    /* the closure refers to func from C memory: the cdata marks it, and
     * the closure lives exactly as long as the cdata */
    cb->func = func;
    PV_CDATA(cd)->cb = cb;
    PV_CDATA(cd)->cbfunc = func;
    return cd;
}

void pv_ffi_callback_free(PvCData *cd)
{
    Cb *cb = cd->cb;
    cd->cb = NULL;
    ffi_closure_free(cb->closure);
    free(cb->types);
    free(cb);
}
