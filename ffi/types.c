/* types.c: libffi type descriptions for C types, built once per type.
 * Structs list their members (arrays expanded item by item, as libffi
 * wants); unions become a struct of the most aligned scalar repeated to
 * cover the size, which gives libffi the right size and alignment. */
#include "ffi.h"
#include <stdlib.h>

static ffi_type *int_type(size_t size, bool sign)
{
    switch (size) {
    case 1: return sign ? &ffi_type_sint8 : &ffi_type_uint8;
    case 2: return sign ? &ffi_type_sint16 : &ffi_type_uint16;
    case 4: return sign ? &ffi_type_sint32 : &ffi_type_uint32;
    default: return sign ? &ffi_type_sint64 : &ffi_type_uint64;
    }
}

/* Append t's libffi elements to els (n in/out); -1 on error. */
static int add_elements(PvCType *t, ffi_type ***els, size_t *n, size_t *cap)
{
    size_t reps = 1;
    PvCType *it = t;
    while (it->kind == PV_CT_ARRAY) {
        reps *= (size_t)(it->length > 0 ? it->length : 0);
        it = it->item;
    }
    ffi_type *ft = pv_ffi_type_of(it);
    if (!ft)
        return -1;
    for (size_t i = 0; i < reps; i++) {
        if (*n + 2 > *cap) {
            *cap = *cap * 2 + 8;
            *els = realloc(*els, *cap * sizeof(ffi_type *));
        }
        (*els)[(*n)++] = ft;
    }
    return 0;
}

ffi_type *pv_ffi_type_of(PvCType *t)
{
    if (t->ffi)
        return t->ffi;
    switch (t->kind) {
    case PV_CT_VOID: return t->ffi = &ffi_type_void;
    case PV_CT_BOOL: return t->ffi = int_type(t->size, false);
    case PV_CT_INT: return t->ffi = int_type(t->size, t->is_signed);
    case PV_CT_FLOAT: return t->ffi = t->size == 4 ? &ffi_type_float : &ffi_type_double;
    case PV_CT_PTR: return t->ffi = &ffi_type_pointer;
    case PV_CT_STRUCT:
    case PV_CT_UNION: {
        if (!t->complete || t->size == 0) {
            pv_raise(&pv_exc_TypeError, "ffi: '%s' is incomplete or empty", t->name);
            return NULL;
        }
        ffi_type **els = NULL;
        size_t n = 0, cap = 0;
        if (t->kind == PV_CT_STRUCT) {
            for (int i = 0; i < t->nfields; i++)
                if (add_elements(t->fields[i].type, &els, &n, &cap) < 0) {
                    free(els);
                    return NULL;
                }
        } else {
            ffi_type *unit = t->align >= 8 ? &ffi_type_uint64 : t->align >= 4 ? &ffi_type_uint32
                           : t->align >= 2 ? &ffi_type_uint16 : &ffi_type_uint8;
            /* a union of floats is passed in FP registers */
            bool allfp = t->nfields > 0;
            for (int i = 0; i < t->nfields; i++)
                if (t->fields[i].type->kind != PV_CT_FLOAT ||
                    t->fields[i].type->size != t->fields[0].type->size)
                    allfp = false;
            if (allfp)
                unit = t->fields[0].type->size == 4 ? &ffi_type_float : &ffi_type_double;
            size_t reps = t->size / unit->size;
            cap = reps + 1;
            els = malloc(cap * sizeof(ffi_type *));
            for (size_t i = 0; i < reps; i++)
                els[n++] = unit;
        }
        els = realloc(els, (n + 1) * sizeof(ffi_type *));
        els[n] = NULL;
        ffi_type *st = calloc(1, sizeof *st);
        st->type = FFI_TYPE_STRUCT;
        st->elements = els;
        /* let libffi compute size/alignment: prep a dummy cif */
        ffi_cif cif;
        if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 0, st, NULL) != FFI_OK) {
            free(els);
            free(st);
            pv_raise(&pv_exc_TypeError, "ffi: libffi cannot describe '%s'", t->name);
            return NULL;
        }
        return t->ffi = st;
    }
    case PV_CT_ARRAY:
        /* only as a struct member (expanded above) or decayed to a pointer */
        return &ffi_type_pointer;
    default:
        pv_raise(&pv_exc_TypeError, "ffi: cannot pass '%s' by value", t->name);
        return NULL;
    }
}

ffi_cif *pv_ffi_cif_of(PvCType *fn)
{
    if (fn->cif)
        return fn->cif;
    ffi_type *rt = pv_ffi_type_of(fn->item);
    if (!rt)
        return NULL;
    ffi_type **at = malloc(((size_t)fn->nparams + 1) * sizeof(ffi_type *));
    for (int i = 0; i < fn->nparams; i++)
        if (!(at[i] = pv_ffi_type_of(fn->params[i]))) {
            free(at);
            return NULL;
        }
    ffi_cif *cif = malloc(sizeof *cif);
    if (ffi_prep_cif(cif, FFI_DEFAULT_ABI, (unsigned)fn->nparams, rt, at) != FFI_OK) {
        free(at);
        free(cif);
        pv_raise(&pv_exc_TypeError, "ffi: libffi cannot prepare a call of '%s'", fn->name);
        return NULL;
    }
    return fn->cif = cif;
}
