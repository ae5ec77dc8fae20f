/* cmath.c: the basic cmath functions on top of C99 <complex.h>. A finite
 * argument giving a non-finite result is a domain error (ValueError)
 * except for the functions that can overflow (OverflowError), as in
 * CPython. */
#include <complex.h>
#include <errno.h>
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

/* Finite arguments: errors come from the floating-point environment
 * (invalid operations and poles -> ValueError, overflow -> OverflowError).
 * Non-finite arguments: results and errors come from CPython's tables
 * (cmath_special.h), the error through sp_err. */
typedef struct { double re, im; unsigned char err; } CSpecial;
#include "cmath_special.h"

static int sp_err; /* 0, 1 (ValueError) or 2 (OverflowError) */

static int sp_class(double x)
{
    if (isnan(x))
        return 6;
    if (isinf(x))
        return x > 0 ? 5 : 0;
    if (x == 0.0)
        return signbit(x) ? 2 : 3;
    return x > 0 ? 4 : 1;
}

static double complex special(const CSpecial t[7][7], double complex z)
{
    const CSpecial *e = &t[sp_class(creal(z))][sp_class(cimag(z))];
    sp_err = e->err;
    return CMPLX(e->re, e->im);
}

/* The compiler does not know that floating-point operations touch the
 * exception flags: keep the computation between feclearexcept and
 * fetestexcept (result() is not inlined for the same reason). */
#define FENCE_IN(z) __asm__ volatile("" : "+m"(z) : : "memory")
#define FENCE_OUT(z) __asm__ volatile("" : : "m"(z) : "memory")

__attribute__((noinline)) static Value result(double complex z, double complex in, bool can_overflow)
{
    if (!isfinite(creal(in)) || !isfinite(cimag(in))) {
        if (sp_err)
            return pv_raise(sp_err == 2 ? &pv_exc_OverflowError : &pv_exc_ValueError,
                            sp_err == 2 ? "math range error" : "math domain error");
        return pv_complex_new(creal(z), cimag(z));
    }
    bool has_inf = isinf(creal(z)) || isinf(cimag(z));
    if (fetestexcept(FE_OVERFLOW) && has_inf && can_overflow)
        return pv_raise(&pv_exc_OverflowError, "math range error");
    if (fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW) &&
        (has_inf || isnan(creal(z)) || isnan(cimag(z))))
        return pv_raise(&pv_exc_ValueError, "math domain error");
    return pv_complex_new(creal(z), cimag(z));
}

/* exp, sinh, cosh, tanh of (+-inf + iy), y finite and nonzero: the
 * signs follow cos y and sin y. */
static bool inf_real(double complex z)
{
    return isinf(creal(z)) && isfinite(cimag(z)) && cimag(z) != 0.0;
}

/* sqrt, exp and log of finite values use CPython's formulas so results
 * agree to the last bit; the rest comes from the C library. */
static double complex my_sqrt(double complex z)
{
    double x = creal(z), y = cimag(z), ax = fabs(x), ay = fabs(y), s, d;
    if (!isfinite(x) || !isfinite(y))
        return special(sp_sqrt, z);
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
    if (inf_real(z)) {
        sp_err = 0;
        double v = x > 0 ? HUGE_VAL : 0.0;
        return CMPLX(copysign(v, cos(y)), copysign(v, sin(y)));
    }
    if (!isfinite(x) || !isfinite(y))
        return special(sp_exp, z);
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
        return special(sp_log, z);
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

/* The inverse and hyperbolic functions of finite values, with CPython's
 * formulas (Kahan's, mostly); non-finite values go to the C library. */
#define LARGE (DBL_MAX / 4)
#define LOG_LARGE 708.3964185322641 /* log(DBL_MAX) - log(2) */
#define FINITE(z) (isfinite(creal(z)) && isfinite(cimag(z)))
#define ROT(z) CMPLX(-cimag(z), creal(z))   /* i z */
#define UNROT(z) CMPLX(cimag(z), -creal(z)) /* -i z */

static double complex my_asinh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!FINITE(z))
        return special(sp_asinh, z);
    if (fabs(x) > LARGE || fabs(y) > LARGE) {
        double l = log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0;
        return CMPLX(y >= 0.0 ? copysign(l, x) : -copysign(l, -x), atan2(y, fabs(x)));
    }
    double complex s1 = my_sqrt(CMPLX(1.0 + y, -x)), s2 = my_sqrt(CMPLX(1.0 - y, x));
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
                 atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex my_asin(double complex z)
{
    return UNROT(my_asinh(ROT(z)));
}

static double complex my_acos(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!FINITE(z))
        return special(sp_acos, z);
    if (fabs(x) > LARGE || fabs(y) > LARGE) {
        double l = log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0;
        return CMPLX(atan2(fabs(y), x), x < 0.0 ? -copysign(l, y) : copysign(l, -y));
    }
    double complex s1 = my_sqrt(CMPLX(1.0 - x, -y)), s2 = my_sqrt(CMPLX(1.0 + x, y));
    return CMPLX(2.0 * atan2(creal(s1), creal(s2)),
                 asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex my_acosh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!FINITE(z))
        return special(sp_acosh, z);
    if (fabs(x) > LARGE || fabs(y) > LARGE)
        return CMPLX(log(hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, atan2(y, x));
    double complex s1 = my_sqrt(CMPLX(x - 1.0, y)), s2 = my_sqrt(CMPLX(x + 1.0, y));
    return CMPLX(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)),
                 2.0 * atan2(cimag(s1), creal(s2)));
}

static double complex my_atanh(double complex z)
{
    double x = creal(z), y = cimag(z), ay = fabs(y);
    if (!FINITE(z))
        return special(sp_atanh, z);
    if (x < 0.0)
        return -my_atanh(-z);
    if (x > sqrt(LARGE) || ay > sqrt(LARGE)) {
        double h = hypot(x / 2.0, y / 2.0);
        return CMPLX(x / 4.0 / h / h, -copysign(M_PI / 2.0, -y));
    }
    if (x == 1.0 && ay < sqrt(DBL_MIN)) {
        if (ay == 0.0) {
            feraiseexcept(FE_DIVBYZERO);
            return CMPLX(HUGE_VAL, y);
        }
        return CMPLX(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, y));
    }
    return CMPLX(log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                 -atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
}

static double complex my_atan(double complex z)
{
    return UNROT(my_atanh(ROT(z)));
}

static double complex my_tanh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (inf_real(z)) {
        sp_err = 0;
        return CMPLX(copysign(1.0, x), copysign(0.0, 2.0 * sin(y) * cos(y)));
    }
    if (!FINITE(z))
        return special(sp_tanh, z);
    if (fabs(x) > LOG_LARGE)
        return CMPLX(copysign(1.0, x), 4.0 * sin(y) * cos(y) * exp(-2.0 * fabs(x)));
    double tx = tanh(x), ty = tan(y), cx = 1.0 / cosh(x), txty = tx * ty;
    double denom = 1.0 + txty * txty;
    return CMPLX(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static double complex my_tan(double complex z)
{
    return UNROT(my_tanh(ROT(z)));
}

static double complex my_sinh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (inf_real(z)) {
        sp_err = 0;
        return CMPLX(copysign(HUGE_VAL, cos(y)) * (x > 0 ? 1 : -1), copysign(HUGE_VAL, sin(y)));
    }
    if (!FINITE(z))
        return special(sp_sinh, z);
    if (fabs(x) > LOG_LARGE) {
        double xm1 = x - copysign(1.0, x);
        return CMPLX(cos(y) * sinh(xm1) * M_E, sin(y) * cosh(xm1) * M_E);
    }
    return CMPLX(cos(y) * sinh(x), sin(y) * cosh(x));
}

static double complex my_cosh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (inf_real(z)) {
        sp_err = 0;
        return CMPLX(copysign(HUGE_VAL, cos(y)), copysign(HUGE_VAL, sin(y)) * (x > 0 ? 1 : -1));
    }
    if (!FINITE(z))
        return special(sp_cosh, z);
    if (fabs(x) > LOG_LARGE) {
        double xm1 = x - copysign(1.0, x);
        return CMPLX(cos(y) * cosh(xm1) * M_E, sin(y) * sinh(xm1) * M_E);
    }
    return CMPLX(cos(y) * cosh(x), sin(y) * sinh(x));
}

static double complex my_sin(double complex z)
{
    return UNROT(my_sinh(ROT(z)));
}

static double complex my_cos(double complex z)
{
    return my_cosh(ROT(z));
}

#define CFUNC(name, f, ovf)                                                   \
    static Value c_##name(Value self, Value *args, size_t nargs, Value kw)    \
    {                                                                         \
        double complex z;                                                     \
        if (pv_check_no_kwargs("cmath." #name, kw) < 0 || pv_check_nargs("cmath." #name, nargs, 1, 1) < 0 || \
            to_complex(args[0], &z) < 0)                                      \
            return NULL;                                                      \
        feclearexcept(FE_ALL_EXCEPT);                                         \
        sp_err = 0;                                                           \
        FENCE_IN(z);                                                          \
        double complex r_ = f(z);                                             \
        FENCE_OUT(r_);                                                        \
        return result(r_, z, ovf);                                            \
    }

CFUNC(sqrt, my_sqrt, false)
CFUNC(exp, my_exp, true)
CFUNC(sin, my_sin, true)
CFUNC(cos, my_cos, true)
CFUNC(tan, my_tan, false)
CFUNC(asin, my_asin, false)
CFUNC(acos, my_acos, false)
CFUNC(atan, my_atan, false)
CFUNC(sinh, my_sinh, true)
CFUNC(cosh, my_cosh, true)
CFUNC(tanh, my_tanh, false)
CFUNC(asinh, my_asinh, false)
CFUNC(acosh, my_acosh, false)
CFUNC(atanh, my_atanh, false)

static double complex my_log10(double complex z)
{
    double complex r = my_log(z);
    return CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10);
}
CFUNC(log10, my_log10, false)

/* log(z, base): as in CPython only the base's logarithm and the division
 * report errors (log(0, 2) is (-inf+nanj)). */
static Value c_log(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z, b;
    if (pv_check_no_kwargs("log", kw) < 0 || pv_check_nargs("log", nargs, 1, 2) < 0 ||
        to_complex(args[0], &z) < 0)
        return NULL;
    feclearexcept(FE_ALL_EXCEPT);
    sp_err = 0;
    FENCE_IN(z);
    double complex lz = my_log(z);
    FENCE_OUT(lz);
    if (nargs == 1)
        return result(lz, z, false);
    if (to_complex(args[1], &b) < 0)
        return NULL;
    feclearexcept(FE_ALL_EXCEPT);
    sp_err = 0;
    FENCE_IN(b);
    double complex lb = my_log(b);
    FENCE_OUT(lb);
    if (FINITE(b) ? fetestexcept(FE_DIVBYZERO) != 0 : sp_err != 0)
        return pv_raise(&pv_exc_ValueError, "math domain error");
    double rr, ri;
    if (!pv_complex_div(creal(lz), cimag(lz), creal(lb), cimag(lb), &rr, &ri))
        return pv_raise(&pv_exc_ValueError, "math domain error");
    return pv_complex_new(rr, ri);
}

/* errno as CPython sees it: atan2 underflow is a "range error" */
static Value c_phase(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z;
    if (pv_check_nargs("cmath.phase", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)
        return NULL;
    errno = 0;
    double r = atan2(cimag(z), creal(z));
    if (errno == ERANGE)
        return pv_raise(&pv_exc_OverflowError, "math range error");
    if (errno == EDOM)
        return pv_raise(&pv_exc_ValueError, "math domain error");
    return pv_float_new(r);
}

static Value c_polar(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z;
    if (pv_check_nargs("polar", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)
        return NULL;
    double phi = atan2(cimag(z), creal(z));
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z)))
        return pv_raise(&pv_exc_OverflowError, "math range error");
    Value a = pv_float_new(r), b = a ? pv_float_new(phi) : NULL;
    return b ? pv_tuple_pack(2, a, b) : NULL;
}

static Value c_rect(Value self, Value *args, size_t nargs, Value kw)
{
    double r, phi, re, im;
    if (pv_check_nargs("rect", nargs, 2, 2) < 0 || pv_float_as_double(args[0], &r) < 0 ||
        pv_float_as_double(args[1], &phi) < 0)
        return NULL;
    if (isfinite(r) && isfinite(phi)) {
        re = r * cos(phi);
        im = phi == 0.0 ? r * phi : r * sin(phi);
        if (phi == 0.0)
            re = r;
        return pv_complex_new(re, im);
    }
    if (r != 0.0 && !isnan(r) && isinf(phi))
        return pv_raise(&pv_exc_ValueError, "math domain error");
    if (isinf(r) && isfinite(phi) && phi != 0.0) {
        re = copysign(HUGE_VAL, cos(phi));
        im = copysign(HUGE_VAL, sin(phi));
        if (r < 0) {
            re = -re;
            im = -im;
        }
    } else if (r == 0.0) {
        re = im = 0.0;
    } else if (isinf(r)) { /* phi is 0 or nan */
        re = isnan(phi) ? HUGE_VAL : r;
        im = isnan(phi) ? phi : copysign(0.0, phi) * (r > 0 ? 1 : -1);
    } else if (isnan(r)) {
        re = r;
        im = phi == 0.0 ? 0.0 : NAN;
    } else { /* finite r, phi nan */
        re = im = NAN;
    }
    return pv_complex_new(re, im);
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
