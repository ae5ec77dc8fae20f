/* cmath.c: the basic cmath functions on top of C99 <complex.h>. A finite
 * argument giving a non-finite result is a domain error (ValueError)
 * except for the functions that can overflow (OverflowError), as in
 * CPython. */
#include <complex.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "num.h"

static int to_complex(Value v, double complex *out)
{
    double re, im;
    int k = pv_complex_from_value(v, &re, &im);
    if (k < 0)
        return -1;
    if (k > 0) {
        Value m = pv_type_lookup_str(pv_type(v), "__complex__");
        if (m) {
            Value r = pv_call1(m, v);
            if (!r)
                return -1;
            if (!pv_isinst(r, &pv_complex_type)) {
                pv_raise(&pv_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
                return -1;
            }
            re = ((PvComplex *)r)->real;
            im = ((PvComplex *)r)->imag;
        } else {
            im = 0.0;
            if (pv_float_as_double(v, &re) < 0)
                return -1;
        }
    }
    *out = CMPLX(re, im);
    return 0;
}

/* The C99 functions flag invalid operations and overflows through the
 * floating-point environment: CPython raises ValueError for the former
 * (and for poles), OverflowError for the latter. */
static Value result(double complex z, double complex in, bool can_overflow)
{
    if (isnan(creal(in)) || isnan(cimag(in))) /* nan in, nan out: no error */
        return pv_complex_new(creal(z), cimag(z));
    bool has_inf = isinf(creal(z)) || isinf(cimag(z));
    if (fetestexcept(FE_OVERFLOW) && has_inf && can_overflow)
        return pv_raise(&pv_exc_OverflowError, "math range error");
    if (fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW) &&
        (has_inf || isnan(creal(z)) || isnan(cimag(z))))
        return pv_raise(&pv_exc_ValueError, "math domain error");
    return pv_complex_new(creal(z), cimag(z));
}

/* sqrt, exp and log of finite values use CPython's formulas so results
 * agree to the last bit; the rest comes from the C library. */
static double complex my_sqrt(double complex z)
{
    double x = creal(z), y = cimag(z), ax = fabs(x), ay = fabs(y), s, d;
    if (!isfinite(x) || !isfinite(y))
        return csqrt(z);
    if (x == 0.0 && y == 0.0)
        return CMPLX(0.0, y);
    if (ax < DBL_MIN && ay < DBL_MIN) { /* hypot would be subnormal: scale */
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    d = ay / (2.0 * s);
    return x >= 0.0 ? CMPLX(s, copysign(d, y)) : CMPLX(d, copysign(s, y));
}

static double complex my_exp(double complex z)
{
    double x = creal(z), y = cimag(z), l;
    if (!isfinite(x) || !isfinite(y))
        return cexp(z);
    if (x > 708.3964185322641) { /* log(DBL_MAX / 4): scale to avoid spurious overflow */
        l = exp(x - 1.0);
        return CMPLX(l * cos(y) * M_E, l * sin(y) * M_E);
    }
    l = exp(x);
    return CMPLX(l * cos(y), l * sin(y));
}

static double complex my_log(double complex z)
{
    double x = creal(z), y = cimag(z), ax = fabs(x), ay = fabs(y), re;
    if (!isfinite(x) || !isfinite(y))
        return clog(z);
    if (ax > DBL_MAX / 4 || ay > DBL_MAX / 4) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0)
            re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * M_LN2;
        else {
            feraiseexcept(FE_DIVBYZERO);
            re = -HUGE_VAL;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return CMPLX(re, atan2(y, x));
}

#define CFUNC(name, f, ovf)                                                   \
    static Value c_##name(Value self, Value *args, size_t nargs, Value kw)    \
    {                                                                         \
        double complex z;                                                     \
        if (pv_check_no_kwargs("cmath." #name, kw) < 0 || pv_check_nargs("cmath." #name, nargs, 1, 1) < 0 || \
            to_complex(args[0], &z) < 0)                                      \
            return NULL;                                                      \
        feclearexcept(FE_ALL_EXCEPT);                                         \
        double complex r_ = f(z);                                             \
        return result(r_, z, ovf);                                               \
    }

CFUNC(sqrt, my_sqrt, false)
CFUNC(exp, my_exp, true)
CFUNC(sin, csin, true)
CFUNC(cos, ccos, true)
CFUNC(tan, ctan, false)
CFUNC(asin, casin, false)
CFUNC(acos, cacos, false)
CFUNC(atan, catan, false)
CFUNC(sinh, csinh, true)
CFUNC(cosh, ccosh, true)
CFUNC(tanh, ctanh, false)
CFUNC(asinh, casinh, false)
CFUNC(acosh, cacosh, false)
CFUNC(atanh, catanh, false)

static double complex my_log10(double complex z)
{
    double complex r = my_log(z);
    return CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10);
}
CFUNC(log10, my_log10, false)

static Value c_log(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z, b;
    if (pv_check_no_kwargs("cmath.log", kw) < 0 || pv_check_nargs("cmath.log", nargs, 1, 2) < 0 ||
        to_complex(args[0], &z) < 0)
        return NULL;
    feclearexcept(FE_ALL_EXCEPT);
    Value r = result(my_log(z), z, false);
    if (!r || nargs == 1)
        return r;
    if (to_complex(args[1], &b) < 0)
        return NULL;
    feclearexcept(FE_ALL_EXCEPT);
    Value d = result(my_log(b), b, false);
    return d ? pv_binop(r, d, PV_OP_TRUEDIV) : NULL;
}

static Value c_phase(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z;
    if (pv_check_nargs("cmath.phase", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)
        return NULL;
    return pv_float_new(atan2(cimag(z), creal(z)));
}

static Value c_polar(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z;
    if (pv_check_nargs("cmath.polar", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)
        return NULL;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z)))
        return pv_raise(&pv_exc_OverflowError, "math range error");
    Value a = pv_float_new(r), b = a ? pv_float_new(atan2(cimag(z), creal(z))) : NULL;
    return b ? pv_tuple_pack(2, a, b) : NULL;
}

static Value c_rect(Value self, Value *args, size_t nargs, Value kw)
{
    double r, phi;
    if (pv_check_nargs("cmath.rect", nargs, 2, 2) < 0 || pv_float_as_double(args[0], &r) < 0 ||
        pv_float_as_double(args[1], &phi) < 0)
        return NULL;
    if (isinf(phi) && isfinite(r) && r != 0.0)
        return pv_raise(&pv_exc_ValueError, "math domain error");
    if (r == 0.0 && isfinite(phi))
        return pv_complex_new(r * cos(phi) + 0.0, r * sin(phi));
    return pv_complex_new(r * cos(phi), r * sin(phi));
}

#define CPRED(name, expr)                                                     \
    static Value c_##name(Value self, Value *args, size_t nargs, Value kw)    \
    {                                                                         \
        double complex z;                                                     \
        if (pv_check_nargs("cmath." #name, nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) \
            return NULL;                                                      \
        double x = creal(z), y = cimag(z);                                    \
        return pv_bool(expr);                                                 \
    }
CPRED(isfinite, isfinite(x) && isfinite(y))
CPRED(isinf, isinf(x) || isinf(y))
CPRED(isnan, isnan(x) || isnan(y))

static Value c_isclose(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"", "", "rel_tol", "abs_tol", NULL};
    Value va, vb;
    double rel = 1e-09, abs_tol = 0.0;
    double complex a, b;
    if (pv_parse_args("isclose", args, nargs, kw, "OO|$dd", kwlist, &va, &vb, &rel, &abs_tol) < 0 ||
        to_complex(va, &a) < 0 || to_complex(vb, &b) < 0)
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return pv_raise(&pv_exc_ValueError, "tolerances must be non-negative");
    if (creal(a) == creal(b) && cimag(a) == cimag(b))
        return pv_True;
    if (isinf(creal(a)) || isinf(cimag(a)) || isinf(creal(b)) || isinf(cimag(b)))
        return pv_False;
    double diff = cabs(a - b);
    return pv_bool(diff <= rel * cabs(b) || diff <= rel * cabs(a) || diff <= abs_tol);
}

static const PvMethodDef cmath_functions[] = {
    {"sqrt", c_sqrt, 0, NULL}, {"exp", c_exp, 0, NULL}, {"log", c_log, 0, NULL},
    {"log10", c_log10, 0, NULL}, {"sin", c_sin, 0, NULL}, {"cos", c_cos, 0, NULL},
    {"tan", c_tan, 0, NULL}, {"asin", c_asin, 0, NULL}, {"acos", c_acos, 0, NULL},
    {"atan", c_atan, 0, NULL}, {"sinh", c_sinh, 0, NULL}, {"cosh", c_cosh, 0, NULL},
    {"tanh", c_tanh, 0, NULL}, {"asinh", c_asinh, 0, NULL}, {"acosh", c_acosh, 0, NULL},
    {"atanh", c_atanh, 0, NULL}, {"phase", c_phase, 0, NULL}, {"polar", c_polar, 0, NULL},
    {"rect", c_rect, 0, NULL}, {"isfinite", c_isfinite, 0, NULL}, {"isinf", c_isinf, 0, NULL},
    {"isnan", c_isnan, 0, NULL}, {"isclose", c_isclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_cmath_module_init(void)
{
    Value m = pv_module_new_cstr("cmath");
    if (!m || pv_module_add_functions(m, cmath_functions) < 0)
        return NULL;
    Value v;
    if (!(v = pv_float_new(M_PI)) || pv_module_add(m, "pi", v) < 0 ||
        !(v = pv_float_new(M_E)) || pv_module_add(m, "e", v) < 0 ||
        !(v = pv_float_new(2 * M_PI)) || pv_module_add(m, "tau", v) < 0 ||
        !(v = pv_float_new(HUGE_VAL)) || pv_module_add(m, "inf", v) < 0 ||
        !(v = pv_float_new(NAN)) || pv_module_add(m, "nan", v) < 0 ||
        !(v = pv_complex_new(0.0, HUGE_VAL)) || pv_module_add(m, "infj", v) < 0 ||
        !(v = pv_complex_new(0.0, NAN)) || pv_module_add(m, "nanj", v) < 0)
        return NULL;
    return m;
}
