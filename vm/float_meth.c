/* float_meth.c: float methods (round, as_integer_ratio, hex, ...) and the
 * exact rounding helpers they share with math and builtins. */
#include <math.h>
#include "num.h"

static double fval(Value v) { return pv_float_val(v); }

Value pv_float_floor_int(double d, int mode)
{
    switch (mode) {
    case 1: d = floor(d); break;
    case 2: d = ceil(d); break;
    case 3: d = nearbyint(d); break; /* default rounding: half to even */
    default: break;
    }
    return pv_int_from_double(d);
}

/* |x| = m * 2**e with m an integer of at most 53 bits. */
static void exact_parts(double x, mpz_t m, int64_t *e)
{
    int ex;
    double f = frexp(fabs(x), &ex);
    mpz_set_d(m, ldexp(f, 53));
    *e = ex - 53;
}

/* round(x, n): x's exact value scaled by 10**n, rounded half to even, then
 * scaled back with one correct rounding. */
Value pv_float_round_d(double x, int64_t n)
{
    if (!isfinite(x) || x == 0.0 || n > 323)
        return pv_float_new(x);
    if (n < -308)
        return pv_float_new(copysign(0.0, x));
    mpz_t m, num, den, q, r, p;
    mpz_inits(m, num, den, q, r, p, NULL);
    int64_t e;
    exact_parts(x, m, &e);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n < 0 ? -n : n));
    mpz_set(num, m);
    mpz_set_ui(den, 1);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    if (n >= 0)
        mpz_mul(num, num, p);
    else
        mpz_mul(den, den, p);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double d;
    bool ovf;
    if (n >= 0) {
        d = pv_mpz_ratio_to_double(q, p, &ovf);
    } else {
        mpz_mul(q, q, p);
        mpz_set_ui(den, 1);
        d = pv_mpz_ratio_to_double(q, den, &ovf);
    }
    mpz_clears(m, num, den, q, r, p, NULL);
    if (ovf)
        return pv_raise(&pv_exc_OverflowError, "rounded value too large to represent");
    return pv_float_new(copysign(d, x));
}

static Value m_round(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = fval(self);
    if (nargs == 0 || args[0] == pv_None)
        return pv_float_floor_int(x, 3);
    Value nd = pv_index(args[0]);
    if (!nd)
        return NULL;
    int64_t n;
    if (pv_int_to_i64(nd, &n) < 0) {
        pv_err_clear();
        n = pv_int_sign(nd) > 0 ? 1000 : -1000;
    }
    return pv_float_round_d(x, n);
}

static Value divmod_impl(Value a, Value b)
{
    double x, y;
    if ((!pv_is_int(b) && !pv_isinst(b, &pv_float_type)))
        return pv_NotImplemented;
    if (pv_float_as_double(a, &x) < 0 || pv_float_as_double(b, &y) < 0)
        return NULL;
    return pv_float_divmod_d(x, y);
}

static Value m_divmod(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__divmod__", nargs, 1, 1) < 0)
        return NULL;
    return divmod_impl(self, args[0]);
}

static Value m_rdivmod(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__rdivmod__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_int(args[0]) && !pv_isinst(args[0], &pv_float_type))
        return pv_NotImplemented;
    return divmod_impl(args[0], self);
}

static Value m_trunc(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__trunc__", nargs, 0, 0) < 0)
        return NULL;
    return pv_float_floor_int(fval(self), 0);
}
static Value m_floor(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__floor__", nargs, 0, 0) < 0)
        return NULL;
    return pv_float_floor_int(fval(self), 1);
}
static Value m_ceil(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__ceil__", nargs, 0, 0) < 0)
        return NULL;
    return pv_float_floor_int(fval(self), 2);
}

static Value m_is_integer(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.is_integer", nargs, 0, 0) < 0)
        return NULL;
    double x = fval(self);
    return pv_bool(isfinite(x) && floor(x) == x);
}

static Value m_as_integer_ratio(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.as_integer_ratio", nargs, 0, 0) < 0)
        return NULL;
    double x = fval(self);
    if (isinf(x))
        return pv_raise(&pv_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return pv_raise(&pv_exc_ValueError, "cannot convert NaN to integer ratio");
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, x);
    mpz_t a, b;
    mpz_init_set(a, mpq_numref(q));
    mpz_init_set(b, mpq_denref(q));
    mpq_clear(q);
    Value va = pv_int_from_mpz(a), vb = va ? pv_int_from_mpz(b) : NULL;
    if (!va)
        mpz_clear(b);
    return vb ? pv_tuple_pack(2, va, vb) : NULL;
}

static Value m_conjugate(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.conjugate", nargs, 0, 0) < 0)
        return NULL;
    return self->type == &pv_float_type ? self : pv_float_new(fval(self));
}

static Value m_hex(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.hex", nargs, 0, 0) < 0)
        return NULL;
    return pv_float_hex(fval(self));
}

static Value m_fromhex(Value cls, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.fromhex", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "bad argument type for built-in operation");
    Value r = pv_float_fromhex(pv_str_data(args[0]), pv_str_size(args[0]));
    if (!r || (PvType *)cls == &pv_float_type)
        return r;
    return pv_call1(cls, r);
}

static Value m_format(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (pv_str_size(args[0]) == 0)
        return pv_str(self);
    return pv_format_spec(self, args[0]);
}

static Value m_getnewargs(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__getnewargs__", nargs, 0, 0) < 0)
        return NULL;
    Value f = pv_float_new(fval(self));
    return f ? pv_tuple_pack(1, f) : NULL;
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__sizeof__", nargs, 0, 0) < 0)
        return NULL;
    return pv_small(24);
}

static Value m_getformat(Value cls, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("float.__getformat__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "__getformat__() argument must be str, not %T", args[0]);
    if (!pv_str_eq_cstr(args[0], "double") && !pv_str_eq_cstr(args[0], "float"))
        return pv_raise(&pv_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return pv_str_from_cstr("IEEE, little-endian");
}

const PvMethodDef pv_float_methods[] = {
    {"conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, PV_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", m_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__divmod__", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)."},
    {"__format__", m_format, 0, "Formats the float according to format_spec."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__getformat__", m_getformat, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Value g_real(Value self) { return self->type == &pv_float_type ? self : pv_float_new(fval(self)); }
static Value g_imag(Value self) { return pv_float_new(0.0); }

const PvGetSetDef pv_float_getsets[] = {
    {"real", g_real, NULL, "the real part of a complex number"},
    {"imag", g_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};
