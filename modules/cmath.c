/* cmath.c: the basic cmath functions on top of C99 <complex.h>. A finite
 * argument giving a non-finite result is a domain error (ValueError)
 * except for the functions that can overflow (OverflowError), as in
 * CPython. */
#include <complex.h>
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

static Value result(double complex z, double complex in, bool can_overflow)
{
    bool fin_in = isfinite(creal(in)) && isfinite(cimag(in));
    bool fin_out = isfinite(creal(z)) && isfinite(cimag(z));
    if (fin_in && !fin_out) {
        if (can_overflow && !isnan(creal(z)) && !isnan(cimag(z)))
            return pv_raise(&pv_exc_OverflowError, "math range error");
        return pv_raise(&pv_exc_ValueError, "math domain error");
    }
    return pv_complex_new(creal(z), cimag(z));
}

#define CFUNC(name, f, ovf)                                                   \
    static Value c_##name(Value self, Value *args, size_t nargs, Value kw)    \
    {                                                                         \
        double complex z;                                                     \
        if (pv_check_no_kwargs(#name, kw) < 0 || pv_check_nargs(#name, nargs, 1, 1) < 0 || \
            to_complex(args[0], &z) < 0)                                      \
            return NULL;                                                      \
        return result(f(z), z, ovf);                                          \
    }

CFUNC(sqrt, csqrt, false)
CFUNC(exp, cexp, true)
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

static double complex clog10_(double complex z) { return clog(z) / M_LN10; }
CFUNC(log10, clog10_, false)

static Value c_log(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z, b;
    if (pv_check_no_kwargs("log", kw) < 0 || pv_check_nargs("log", nargs, 1, 2) < 0 ||
        to_complex(args[0], &z) < 0)
        return NULL;
    Value r = result(clog(z), z, false);
    if (!r || nargs == 1)
        return r;
    if (to_complex(args[1], &b) < 0)
        return NULL;
    Value d = result(clog(b), b, false);
    return d ? pv_binop(r, d, PV_OP_TRUEDIV) : NULL;
}

static Value c_phase(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z;
    if (pv_check_nargs("phase", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)
        return NULL;
    return pv_float_new(atan2(cimag(z), creal(z)));
}

static Value c_polar(Value self, Value *args, size_t nargs, Value kw)
{
    double complex z;
    if (pv_check_nargs("polar", nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0)
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
    if (pv_check_nargs("rect", nargs, 2, 2) < 0 || pv_float_as_double(args[0], &r) < 0 ||
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
        if (pv_check_nargs(#name, nargs, 1, 1) < 0 || to_complex(args[0], &z) < 0) \
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
