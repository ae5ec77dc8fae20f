/* memory.c: C data seen from Python (cdata objects) and the conversions
 * between Python values and C memory. ffi.new memory lives inline in the
 * cdata object, so the (non-moving) GC frees it with the object; views
 * (pointer arithmetic, struct fields, array items) keep their owner. */
#include "ffi.h"
#include "str_impl.h"
#include <stdlib.h>
#include <string.h>

bool pv_memoryview_buf(Value v, const char **data, size_t *size); /* memoryview.c */

#define DATA_OFFSET ((sizeof(PvCData) + 15) & ~(size_t)15)

static void cd_mark(Value v)
{
    pv_gc_mark(PV_CDATA(v)->owner);
    pv_gc_mark(PV_CDATA(v)->cbfunc);
}

static void cd_finalize(Value v)
{
    if (PV_CDATA(v)->cb)
        pv_ffi_callback_free(PV_CDATA(v));
}

Value pv_cdata_new_owned(PvCType *ct, size_t size)
{
    PvCData *cd = pv_alloc(&pv_cdata_type, DATA_OFFSET + (size ? size : 1));
    if (!cd)
        return NULL;
    cd->ct = ct;
    cd->ptr = (char *)cd + DATA_OFFSET;
    cd->owner = (Value)cd;
    cd->length = ct->kind == PV_CT_ARRAY ? ct->length : -1;
    return (Value)cd;
}

Value pv_cdata_new(PvCType *ct, void *ptr, Value owner)
{
    PvCData *cd = pv_alloc(&pv_cdata_type, sizeof(PvCData));
    if (!cd)
        return NULL;
    cd->ct = ct;
    cd->ptr = ptr;
    cd->owner = owner;
    cd->length = ct->kind == PV_CT_ARRAY ? ct->length : -1;
    return (Value)cd;
}

/* ---- Python -> C ---- */

int pv_ffi_store_int(PvCType *ct, void *dest, Value v)
{
    if (!pv_is_int(v) || pv_isinst(v, &pv_float_type)) {
        if (ct->is_char && pv_isinst(v, &pv_bytes_type) && pv_bytes_size(v) == 1) {
            *(char *)dest = pv_bytes_data(v)[0];
            return 0;
        }
        pv_raise(&pv_exc_TypeError, "an integer is required for '%s', not '%T'", ct->name, v);
        return -1;
    }
    if (ct->is_signed) {
        int64_t x;
        if (pv_int_to_i64(v, &x) < 0)
            goto overflow;
        if (ct->size < 8) {
            int64_t lim = (int64_t)1 << (ct->size * 8 - 1);
            if (x < -lim || x >= lim)
                goto overflow;
        }
        switch (ct->size) {
        case 1: *(int8_t *)dest = (int8_t)x; break;
        case 2: *(int16_t *)dest = (int16_t)x; break;
        case 4: *(int32_t *)dest = (int32_t)x; break;
        default: *(int64_t *)dest = x;
        }
    } else {
        uint64_t x;
        if (pv_int_sign(v) < 0 || pv_int_to_u64(v, &x) < 0)
            goto overflow;
        if (ct->size < 8 && x >> (ct->size * 8))
            goto overflow;
        switch (ct->size) {
        case 1: *(uint8_t *)dest = (uint8_t)x; break;
        case 2: *(uint16_t *)dest = (uint16_t)x; break;
        case 4: *(uint32_t *)dest = (uint32_t)x; break;
        default: *(uint64_t *)dest = x;
        }
    }
    return 0;
overflow:
    pv_err_clear();
    pv_raise(&pv_exc_OverflowError, "integer %R does not fit '%s'", v, ct->name);
    return -1;
}

/* Is a cdata of type have usable where a `want` pointer is expected? */
static bool ptr_compatible(PvCType *want, PvCType *have)
{
    PvCType *hi = have->item;
    if (have->kind != PV_CT_PTR && have->kind != PV_CT_ARRAY)
        return have->kind == PV_CT_STRUCT || have->kind == PV_CT_UNION
                   ? want->item == have || want->item->kind == PV_CT_VOID
                   : false;
    PvCType *wi = want->item;
    if (wi->kind == PV_CT_VOID || hi->kind == PV_CT_VOID || wi == hi)
        return true;
    if (wi->kind == hi->kind && wi->size == hi->size &&
        (wi->kind == PV_CT_INT || wi->kind == PV_CT_FLOAT || wi->kind == PV_CT_BOOL))
        return true;
    return strcmp(wi->name, hi->name) == 0;
}

int pv_ffi_pointer_arg(PvCType *ct, Value v, void **out)
{
    if (v == pv_None) {
        *out = NULL;
        return 1;
    }
    if (pv_is_cdata(v)) {
        PvCData *cd = PV_CDATA(v);
        if (!ptr_compatible(ct, cd->ct)) {
            pv_raise(&pv_exc_TypeError, "initializer for ctype '%s' must be a %s, not cdata '%s'",
                     ct->name, ct->name, cd->ct->name);
            return -1;
        }
        *out = cd->ptr;
        return 1;
    }
    PvCType *it = ct->item;
    bool bytesish = it->kind == PV_CT_VOID || (it->kind == PV_CT_INT && it->size == 1);
    if (pv_isinst(v, &pv_str_type) && bytesish) {
        *out = pv_str_data(v);
        return 1;
    }
    if (pv_isinst(v, &pv_bytes_type) && bytesish) {
        *out = pv_bytes_data(v);
        return 1;
    }
    if (pv_isinst(v, &pv_bytearray_type)) {
        char *d = ((PvByteArray *)v)->data;
        *out = d ? d : (char *)"";
        return 1;
    }
    const char *d;
    size_t n;
    if (pv_type(v) == &pv_memoryview_type && pv_memoryview_buf(v, &d, &n)) {
        *out = (void *)d;
        return 1;
    }
    void *ap;
    size_t alen;
    if (pv_array_buffer(v, &ap, &alen, NULL)) {
        *out = ap ? ap : (void *)"";
        return 1;
    }
    /* other objects exporting their address */
    Value addr = pv_getattr_opt(v, pv_intern_cached("_ffi_address_"));
    if (addr) {
        uint64_t a;
        if (pv_int_to_u64(addr, &a) < 0)
            return -1;
        *out = (void *)(uintptr_t)a;
        return 1;
    }
    if (pv_err_occurred())
        return -1;
    if (it->kind == PV_CT_VOID && pv_is_int(v) && !pv_isinst(v, &pv_bool_type)) {
        uint64_t a;
        if (pv_int_to_u64(v, &a) < 0)
            return -1;
        *out = (void *)(uintptr_t)a;
        return 1;
    }
    return 0;
}

int pv_ffi_store(PvCType *ct, void *dest, Value v)
{
    switch (ct->kind) {
    case PV_CT_BOOL:
        if (v != pv_True && v != pv_False && !pv_is_int(v)) {
            pv_raise(&pv_exc_TypeError, "an integer is required for '_Bool', not '%T'", v);
            return -1;
        } else {
            int b = pv_truthy(v);
            if (b < 0)
                return -1;
            *(_Bool *)dest = b;
        }
        return 0;
    case PV_CT_INT:
        return pv_ffi_store_int(ct, dest, v);
    case PV_CT_FLOAT: {
        double d;
        if (!pv_isinst(v, &pv_float_type) && !pv_is_int(v)) {
            pv_raise(&pv_exc_TypeError, "must be real number, not %T", v);
            return -1;
        }
        if (pv_float_as_double(v, &d) < 0)
            return -1;
        if (ct->size == 4)
            *(float *)dest = (float)d;
        else
            *(double *)dest = d;
        return 0;
    }
    case PV_CT_PTR: {
        if (pv_isinst(v, &pv_str_type) || pv_isinst(v, &pv_bytes_type)) {
            pv_raise(&pv_exc_TypeError,
                     "cannot store %T as '%s' in C memory (it would dangle): use ffi.new",
                     v, ct->name);
            return -1;
        }
        void *p;
        int r = pv_ffi_pointer_arg(ct, v, &p);
        if (r < 0)
            return -1;
        if (r == 0) {
            pv_raise(&pv_exc_TypeError, "initializer for ctype '%s' must be a cdata pointer, not %T",
                     ct->name, v);
            return -1;
        }
        *(void **)dest = p;
        return 0;
    }
    case PV_CT_STRUCT:
    case PV_CT_UNION: {
        if (pv_is_cdata(v)) {
            PvCData *cd = PV_CDATA(v);
            if (cd->ct == ct || (cd->ct->kind == PV_CT_PTR && cd->ct->item == ct)) {
                memmove(dest, cd->ptr, ct->size);
                return 0;
            }
        }
        if (pv_isinst(v, &pv_list_type) || pv_isinst(v, &pv_tuple_type)) {
            Value t = pv_sequence_tuple(v);
            if (!t)
                return -1;
            size_t n = pv_tuple_size(t);
            if (n > (size_t)ct->nfields || (ct->kind == PV_CT_UNION && n > 1)) {
                pv_raise(&pv_exc_IndexError, "too many initializers for '%s' (%zu)", ct->name, n);
                return -1;
            }
            for (size_t i = 0; i < n; i++)
                if (pv_ffi_store(ct->fields[i].type, (char *)dest + ct->fields[i].offset,
                                 pv_tuple_items(t)[i]) < 0)
                    return -1;
            return 0;
        }
        if (pv_isinst(v, &pv_dict_type)) {
            size_t pos = 0;
            Value k, x;
            while (pv_dict_next(v, &pos, &k, &x)) {
                int i;
                for (i = 0; i < ct->nfields; i++)
                    if (pv_is_str(k) && pv_str_eq_cstr(k, ct->fields[i].name))
                        break;
                if (i == ct->nfields) {
                    pv_raise(&pv_exc_KeyError, "'%s' has no field %R", ct->name, k);
                    return -1;
                }
                if (pv_ffi_store(ct->fields[i].type, (char *)dest + ct->fields[i].offset, x) < 0)
                    return -1;
            }
            return 0;
        }
        pv_raise(&pv_exc_TypeError, "initializer for ctype '%s' must be a list, tuple, dict "
                 "or cdata, not %T", ct->name, v);
        return -1;
    }
    case PV_CT_ARRAY: {
        PvCType *it = ct->item;
        size_t cap = ct->length >= 0 ? (size_t)ct->length : SIZE_MAX;
        if (it->size == 1 && it->kind == PV_CT_INT &&
            (pv_isinst(v, &pv_bytes_type) || pv_isinst(v, &pv_str_type))) {
            const char *d = pv_isinst(v, &pv_bytes_type) ? pv_bytes_data(v) : pv_str_data(v);
            size_t n = pv_isinst(v, &pv_bytes_type) ? pv_bytes_size(v) : pv_str_size(v);
            if (n > cap) {
                pv_raise(&pv_exc_IndexError, "initializer string is too long for '%s' (got %zu "
                         "characters)", ct->name, n);
                return -1;
            }
            memcpy(dest, d, n);
            if (n < cap)
                ((char *)dest)[n] = 0;
            return 0;
        }
        if (pv_is_cdata(v) && PV_CDATA(v)->ct == ct) {
            memmove(dest, PV_CDATA(v)->ptr, ct->size);
            return 0;
        }
        Value t = pv_sequence_tuple(v);
        if (!t)
            return -1;
        size_t n = pv_tuple_size(t);
        if (n > cap) {
            pv_raise(&pv_exc_IndexError, "too many initializers for '%s' (got %zu)", ct->name, n);
            return -1;
        }
        for (size_t i = 0; i < n; i++)
            if (pv_ffi_store(it, (char *)dest + i * it->size, pv_tuple_items(t)[i]) < 0)
                return -1;
        return 0;
    }
    default:
        pv_raise(&pv_exc_TypeError, "cannot store a value of type '%s'", ct->name);
        return -1;
    }
}

/* ---- C -> Python ---- */

Value pv_ffi_load(PvCType *ct, const void *src, Value owner)
{
    switch (ct->kind) {
    case PV_CT_VOID:
        return pv_None;
    case PV_CT_BOOL:
        return pv_bool(*(const _Bool *)src);
    case PV_CT_INT:
        if (ct->is_char)
            return pv_bytes_new(src, 1);
        if (ct->is_signed) {
            switch (ct->size) {
            case 1: return pv_small(*(const int8_t *)src);
            case 2: return pv_small(*(const int16_t *)src);
            case 4: return pv_small(*(const int32_t *)src);
            default: return pv_int_from_i64(*(const int64_t *)src);
            }
        }
        switch (ct->size) {
        case 1: return pv_small(*(const uint8_t *)src);
        case 2: return pv_small(*(const uint16_t *)src);
        case 4: return pv_small(*(const uint32_t *)src);
        default: return pv_int_from_u64(*(const uint64_t *)src);
        }
    case PV_CT_FLOAT:
        return pv_float_new(ct->size == 4 ? *(const float *)src : *(const double *)src);
    case PV_CT_PTR: {
        void *p = *(void *const *)src;
        if (!p)
            return pv_None;
        return pv_cdata_new(ct, p, NULL);
    }
    case PV_CT_STRUCT:
    case PV_CT_UNION:
    case PV_CT_ARRAY:
        return pv_cdata_new(ct, (void *)src, owner);
    default:
        return pv_raise(&pv_exc_TypeError, "cannot read a value of type '%s'", ct->name);
    }
}

/* ---- the cdata type ---- */

static Value cd_repr(Value v)
{
    PvCData *cd = PV_CDATA(v);
    if (cd->owner == v)
        return pv_str_printf("<cdata '%s' owning %zu bytes>", cd->ct->name,
                             pv_gc_block_size(v) - DATA_OFFSET);
    if (cd->ct->kind == PV_CT_PTR)
        return pv_str_printf("<cdata '%s' %p>", cd->ct->name, (void *)cd->ptr);
    return pv_str_printf("<cdata '%s' &%p>", cd->ct->name, (void *)cd->ptr);
}

static PvCType *struct_of(PvCData *cd)
{
    PvCType *t = cd->ct;
    if (t->kind == PV_CT_PTR)
        t = t->item;
    return t->kind == PV_CT_STRUCT || t->kind == PV_CT_UNION ? t : NULL;
}

static PvCField *find_field(PvCType *st, Value name)
{
    for (int i = 0; i < st->nfields; i++)
        if (pv_str_eq_cstr(name, st->fields[i].name))
            return &st->fields[i];
    return NULL;
}

static Value cd_getattr(Value v, Value name)
{
    PvCData *cd = PV_CDATA(v);
    PvCType *st = struct_of(cd);
    if (st) {
        PvCField *f = find_field(st, name);
        if (f) {
            if (!cd->ptr)
                return pv_raise(&pv_exc_ValueError, "NULL pointer access");
            return pv_ffi_load(f->type, cd->ptr + f->offset, cd->owner ? cd->owner : v);
        }
    }
    return pv_object_generic_getattr(v, name);
}

static int cd_setattr(Value v, Value name, Value x)
{
    PvCData *cd = PV_CDATA(v);
    PvCType *st = struct_of(cd);
    PvCField *f = st ? find_field(st, name) : NULL;
    if (!f) {
        pv_raise(&pv_exc_AttributeError, "cdata '%s' has no field '%S'", cd->ct->name, name);
        return -1;
    }
    if (!x) {
        pv_raise(&pv_exc_AttributeError, "cannot delete a C field");
        return -1;
    }
    if (!cd->ptr) {
        pv_raise(&pv_exc_ValueError, "NULL pointer access");
        return -1;
    }
    return pv_ffi_store(f->type, cd->ptr + f->offset, x);
}

static char *item_addr(PvCData *cd, Value key, PvCType **it)
{
    ssize_t i;
    if (cd->ct->kind != PV_CT_PTR && cd->ct->kind != PV_CT_ARRAY) {
        pv_raise(&pv_exc_TypeError, "cdata of type '%s' cannot be indexed", cd->ct->name);
        return NULL;
    }
    if (pv_index_ssize(key, &i) < 0)
        return NULL;
    *it = cd->ct->item;
    if ((*it)->kind == PV_CT_VOID || (*it)->kind == PV_CT_FUNC) {
        pv_raise(&pv_exc_TypeError, "cdata of type '%s' cannot be indexed", cd->ct->name);
        return NULL;
    }
    if (cd->ct->kind == PV_CT_ARRAY && (i < 0 || (cd->length >= 0 && i >= cd->length))) {
        pv_raise(&pv_exc_IndexError, "index too large for cdata '%s' (expected %zd < %zd)",
                 cd->ct->name, i, cd->length);
        return NULL;
    }
    if (!cd->ptr) {
        pv_raise(&pv_exc_ValueError, "NULL pointer access");
        return NULL;
    }
    return cd->ptr + i * (ssize_t)(*it)->size;
}

static Value cd_getitem(Value v, Value key)
{
    PvCType *it;
    char *a = item_addr(PV_CDATA(v), key, &it);
    if (!a)
        return NULL;
    return pv_ffi_load(it, a, PV_CDATA(v)->owner ? PV_CDATA(v)->owner : v);
}

static int cd_setitem(Value v, Value key, Value x)
{
    PvCType *it;
    if (!x) {
        pv_raise(&pv_exc_TypeError, "cannot delete C items");
        return -1;
    }
    char *a = item_addr(PV_CDATA(v), key, &it);
    return a ? pv_ffi_store(it, a, x) : -1;
}

static ssize_t cd_len(Value v)
{
    PvCData *cd = PV_CDATA(v);
    if (cd->ct->kind != PV_CT_ARRAY || cd->length < 0) {
        pv_raise(&pv_exc_TypeError, "cdata of type '%s' has no len()", cd->ct->name);
        return -1;
    }
    return cd->length;
}

static int cd_bool(Value v)
{
    return PV_CDATA(v)->ptr != NULL;
}

static Value arith(Value a, Value b, int sign)
{
    if (!pv_is_cdata(a))
        return pv_NotImplemented;
    PvCData *cd = PV_CDATA(a);
    if (cd->ct->kind != PV_CT_PTR && cd->ct->kind != PV_CT_ARRAY)
        return pv_NotImplemented;
    PvCType *pt = cd->ct->kind == PV_CT_ARRAY ? pv_ffi_pointer_to(cd->ct->item) : cd->ct;
    size_t isz = pt->item->kind == PV_CT_VOID ? 1 : pt->item->size;
    if (sign < 0 && pv_is_cdata(b)) {
        PvCData *o = PV_CDATA(b);
        return pv_int_from_i64(((intptr_t)cd->ptr - (intptr_t)o->ptr) / (intptr_t)(isz ? isz : 1));
    }
    if (!pv_is_int(b))
        return pv_NotImplemented;
    ssize_t n;
    if (pv_index_ssize(b, &n) < 0)
        return NULL;
    return pv_cdata_new(pt, cd->ptr + sign * n * (ssize_t)isz, cd->owner);
}

static Value cd_add(Value a, Value b) { return pv_is_cdata(a) ? arith(a, b, 1) : arith(b, a, 1); }
static Value cd_sub(Value a, Value b) { return arith(a, b, -1); }

static Value cd_richcompare(Value a, Value b, int op)
{
    if (!pv_is_cdata(a) || !pv_is_cdata(b))
        return op == PV_EQ ? pv_False : op == PV_NE ? pv_True : pv_NotImplemented;
    uintptr_t x = (uintptr_t)PV_CDATA(a)->ptr, y = (uintptr_t)PV_CDATA(b)->ptr;
    switch (op) {
    case PV_EQ: return pv_bool(x == y);
    case PV_NE: return pv_bool(x != y);
    case PV_LT: return pv_bool(x < y);
    case PV_LE: return pv_bool(x <= y);
    case PV_GT: return pv_bool(x > y);
    default: return pv_bool(x >= y);
    }
}

static int64_t cd_hash(Value v)
{
    int64_t h = (int64_t)((uintptr_t)PV_CDATA(v)->ptr >> 3);
    return h == -1 ? -2 : h;
}

static Value cd_int(Value v)
{
    return pv_int_from_u64((uintptr_t)PV_CDATA(v)->ptr);
}

/* Calling a function pointer. */
static Value cd_call(Value v, Value *args, size_t nargs, Value kwnames)
{
    PvCData *cd = PV_CDATA(v);
    if (cd->ct->kind != PV_CT_PTR || cd->ct->item->kind != PV_CT_FUNC)
        return pv_raise(&pv_exc_TypeError, "cdata '%s' is not callable", cd->ct->name);
    if (pv_check_no_kwargs(cd->ct->name, kwnames) < 0)
        return NULL;
    if (!cd->ptr)
        return pv_raise(&pv_exc_ValueError, "NULL function pointer called");
    return pv_ffi_call(v, cd->ct->item, cd->ptr, cd->ct->name, false, args, nargs);
}

static Value cd_iter(Value v)
{
    PvCData *cd = PV_CDATA(v);
    if (cd->ct->kind != PV_CT_ARRAY)
        return pv_raise(&pv_exc_TypeError, "cdata '%s' does not support iteration", cd->ct->name);
    return pv_seqiter_new(v);
}

PvType pv_cdata_type = {
    .name = "_cffi_backend._CDataBase",
    .basicsize = sizeof(PvCData),
    .mark = cd_mark,
    .finalize = cd_finalize,
    .repr = cd_repr,
    .getattr = cd_getattr,
    .setattr = cd_setattr,
    .getitem = cd_getitem,
    .setitem = cd_setitem,
    .len = cd_len,
    .bool_ = cd_bool,
    .richcompare = cd_richcompare,
    .hash = cd_hash,
    .to_int = cd_int,
    .call = cd_call,
    .iter = cd_iter,
    .binop = {[PV_OP_ADD] = cd_add, [PV_OP_SUB] = cd_sub},
};

int pv_ffi_memory_ready(void)
{
    pv_cdata_type.name = "ffi.CData";
    return pv_type_ready(&pv_cdata_type);
}
