/* int_meth.c: the methods and attributes of int (bit_length, to_bytes,
 * __round__, ...). Operators are slots in int.c. */
#include <stdlib.h>
#include <string.h>
#include "num.h"

static Value m_conjugate(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.conjugate", nargs, 0, 0) < 0 || pv_check_no_kwargs("int.conjugate", kw) < 0)
        return NULL;
    return pv_int_exact(self);
}

static Value m_bit_length(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.bit_length", nargs, 0, 0) < 0 || pv_check_no_kwargs("int.bit_length", kw) < 0)
        return NULL;
    return pv_int_from_u64(pv_int_bit_length(self));
}

static Value m_bit_count(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.bit_count", nargs, 0, 0) < 0 || pv_check_no_kwargs("int.bit_count", kw) < 0)
        return NULL;
    if (pv_is_small(self)) {
        int64_t n = pv_small_val(self);
        return pv_small(__builtin_popcountll(n < 0 ? -(uint64_t)n : (uint64_t)n));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, ((PvInt *)self)->z);
    PV_KEEP(self);
    Value r = pv_int_from_u64(mpz_popcount(a));
    mpz_clear(a);
    return r;
}

static int parse_byteorder(Value bo, bool *little)
{
    if (!pv_is_str(bo)) {
        pv_raise(&pv_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %T", bo);
        return -1;
    }
    if (pv_str_eq_cstr(bo, "little"))
        *little = true;
    else if (pv_str_eq_cstr(bo, "big"))
        *little = false;
    else {
        pv_raise(&pv_exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static Value m_to_bytes(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    ssize_t length = 1;
    Value bo = NULL;
    bool sign = false, little = false;
    if (pv_parse_args("to_bytes", args, nargs, kw, "|nO$p", kwlist, &length, &bo, &sign) < 0)
        return NULL;
    if (bo && parse_byteorder(bo, &little) < 0)
        return NULL;
    if (length < 0)
        return pv_raise(&pv_exc_ValueError, "length argument must be non-negative");
    if (!sign && pv_int_sign(self) < 0)
        return pv_raise(&pv_exc_OverflowError, "can't convert negative int to unsigned");
    PvMpzTmp t;
    mpz_srcptr z = pv_int_mpz(self, &t);
    /* two's complement: value + 2**(8*length) for negatives */
    mpz_t u;
    mpz_init_set(u, z);
    int64_t bits = (int64_t)length * 8;
    bool fits;
    if (mpz_sgn(u) >= 0)
        fits = mpz_sgn(u) == 0 || (int64_t)mpz_sizeinbase(u, 2) <= bits - (sign ? 1 : 0);
    else {
        mpz_t m;
        mpz_init(m);
        mpz_add_ui(m, u, 1);
        mpz_neg(m, m);
        fits = length > 0 && (mpz_sgn(m) == 0 || (int64_t)mpz_sizeinbase(m, 2) <= bits - 1);
        mpz_clear(m);
        if (fits) {
            mpz_t p;
            mpz_init(p);
            mpz_setbit(p, (mp_bitcnt_t)bits);
            mpz_add(u, u, p);
            mpz_clear(p);
        }
    }
    PV_KEEP(self);
    if (length == 0 && sign && mpz_cmp_si(z, -1) == 0)
        fits = true; /* CPython gives b'' here */
    if (!fits) {
        mpz_clear(u);
        return pv_raise(&pv_exc_OverflowError, "int too big to convert");
    }
    char *d = calloc((size_t)length + 1, 1);
    if (!d) {
        mpz_clear(u);
        return pv_nomemory();
    }
    size_t cnt = 0;
    if (mpz_sgn(u) && length > 0)
        mpz_export(d + length - (mpz_sizeinbase(u, 2) + 7) / 8, &cnt, 1, 1, 1, 0, u);
    mpz_clear(u);
    if (little)
        for (ssize_t i = 0; i < length / 2; i++) {
            char c = d[i];
            d[i] = d[length - 1 - i];
            d[length - 1 - i] = c;
        }
    Value res = pv_bytes_new(d, (size_t)length);
    free(d);
    return res;
}

static Value m_from_bytes(Value cls, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    Value data, bo = NULL;
    bool sign = false, little = false;
    if (pv_parse_args("from_bytes", args, nargs, kw, "O|O$p", kwlist, &data, &bo, &sign) < 0)
        return NULL;
    if (bo && parse_byteorder(bo, &little) < 0)
        return NULL;
    if (pv_is_str(data) || pv_is_int(data))
        return pv_raise(&pv_exc_TypeError, "cannot convert '%T' object to bytes", data);
    if (!pv_isinst(data, &pv_bytes_type)) {
        data = pv_call1((Value)&pv_bytes_type, data);
        if (!data)
            return NULL;
    }
    size_t n = pv_bytes_size(data);
    mpz_t r;
    mpz_init(r);
    if (n)
        mpz_import(r, n, little ? -1 : 1, 1, 1, 0, pv_bytes_data(data));
    PV_KEEP(data);
    if (sign && n && (pv_bytes_data(data)[little ? n - 1 : 0] & 0x80)) {
        mpz_t p;
        mpz_init(p);
        mpz_setbit(p, n * 8);
        mpz_sub(r, r, p);
        mpz_clear(p);
    }
    Value v = pv_int_from_mpz(r);
    if (!v || (PvType *)cls == &pv_int_type)
        return v;
    return pv_call1(cls, v);
}

static Value m_as_integer_ratio(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.as_integer_ratio", nargs, 0, 0) < 0)
        return NULL;
    Value v = pv_int_exact(self);
    return v ? pv_tuple_pack(2, v, pv_small(1)) : NULL;
}

static Value m_exact(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.__trunc__", nargs, 0, 0) < 0)
        return NULL;
    return pv_int_exact(self);
}

static Value m_divmod(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.__divmod__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_int(args[0]))
        return pv_NotImplemented;
    return pv_int_divmod(self, args[0]);
}

static Value m_rdivmod(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.__rdivmod__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_int(args[0]))
        return pv_NotImplemented;
    return pv_int_divmod(args[0], self);
}

static Value m_round(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("__round__", nargs, 0, 1) < 0)
        return NULL;
    return pv_int_round(self, nargs ? args[0] : NULL);
}

static Value m_format(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("int.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (pv_str_size(args[0]) == 0)
        return pv_str(self);
    return pv_format_spec(self, args[0]);
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Value kw)
{
    size_t digits = (pv_int_bit_length(self) + 29) / 30;
    return pv_int_from_u64(24 + 4 * (digits ? digits : 1));
}

static Value m_getnewargs(Value self, Value *args, size_t nargs, Value kw)
{
    Value v = pv_int_exact(self);
    return v ? pv_tuple_pack(1, v) : NULL;
}

const PvMethodDef pv_int_methods[] = {
    {"conjugate", m_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, PV_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", m_exact, 0, "Truncating an Integral returns itself."},
    {"__floor__", m_exact, 0, "Flooring an Integral returns itself."},
    {"__ceil__", m_exact, 0, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, 0, "Rounding an Integral returns itself."},
    {"__divmod__", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)."},
    {"__format__", m_format, 0, NULL},
    {"__sizeof__", m_sizeof, 0, "Returns size in memory, in bytes."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value g_self(Value self) { return pv_int_exact(self); }
static Value g_zero(Value self) { return pv_small(0); }
static Value g_one(Value self) { return pv_small(1); }

const PvGetSetDef pv_int_getsets[] = {
    {"real", g_self, NULL, "the real part of a complex number"},
    {"imag", g_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", g_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", g_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};
