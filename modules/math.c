/* math.c: the math module. Special cases follow CPython 3.11: domain
 * errors raise ValueError("math domain error"), overflows raise
 * OverflowError("math range error"); integer functions (factorial, comb,
 * gcd, isqrt...) use GMP; fsum is exact (Shewchuk's partials). */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "num.h"

static Value domain_error(void) { return pv_raise(&pv_exc_ValueError, "math domain error"); }
static Value range_error(void) { return pv_raise(&pv_exc_OverflowError, "math range error"); }

static int one_double(const char *name, Value *args, size_t nargs, Value kw, double *x)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, 1, 1) < 0)
        return -1;
    return pv_float_as_double(args[0], x);
}

static int two_doubles(const char *name, Value *args, size_t nargs, Value kw, double *x, double *y)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, 2, 2) < 0)
        return -1;
    if (pv_float_as_double(args[0], x) < 0 || pv_float_as_double(args[1], y) < 0)
        return -1;
    return 0;
}

/* Apply f and classify the result as CPython's math_1 does. */
static Value math_1(double x, double (*f)(double), bool can_overflow)
{
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return pv_float_new(r);
}

#define FUNC1(name, f, ovf)                                                   \
    static Value m_##name(Value self, Value *args, size_t nargs, Value kw)    \
    {                                                                         \
        double x;                                                             \
        if (one_double("math." #name, args, nargs, kw, &x) < 0)                       \
            return NULL;                                                      \
        return math_1(x, f, ovf);                                             \
    }

static double m_exp2_(double x) { return exp2(x); }
FUNC1(sqrt, sqrt, false)
FUNC1(exp, exp, true)
FUNC1(exp2, m_exp2_, true)
FUNC1(expm1, expm1, true)
FUNC1(cbrt, cbrt, false)
FUNC1(sin, sin, false)
FUNC1(cos, cos, false)
FUNC1(tan, tan, false)
FUNC1(asin, asin, false)
FUNC1(acos, acos, false)
FUNC1(atan, atan, false)
FUNC1(sinh, sinh, true)
FUNC1(cosh, cosh, true)
FUNC1(tanh, tanh, false)
FUNC1(asinh, asinh, false)
FUNC1(acosh, acosh, false)
FUNC1(atanh, atanh, false)
FUNC1(fabs, fabs, false)
FUNC1(erf, erf, false)
FUNC1(erfc, erfc, false)
FUNC1(log1p, log1p, false)

static Value gamma_result(double r, int err)
{
    if (err == 1)
        return domain_error();
    if (err == 2)
        return range_error();
    return pv_float_new(r);
}

static Value m_gamma(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    int err;
    if (one_double("math.gamma", args, nargs, kw, &x) < 0)
        return NULL;
    double r = pv_math_tgamma(x, &err);
    return gamma_result(r, err);
}

static Value m_lgamma(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    int err;
    if (one_double("math.lgamma", args, nargs, kw, &x) < 0)
        return NULL;
    double r = pv_math_lgamma(x, &err);
    return gamma_result(r, err);
}

/* ---- logarithms: ints too large for a double still work ---- */

static double m_log_(double x) { return log(x); }
static double m_log2_(double x) { return log2(x); }
static double m_log10_(double x) { return log10(x); }

static Value loghelper(Value arg, double (*f)(double))
{
    if (pv_is_int(arg)) {
        if (pv_int_sign(arg) <= 0)
            return domain_error();
        double d = pv_int_bit_length(arg) > 1024 ? -1.0 : pv_int_to_double(arg);
        if (d != -1.0)
            return pv_float_new(f(d));
        pv_err_clear();
        { /* too large for a double: x = m * 2**e, log x = log m + e log 2 */
            PvMpzTmp t;
            mpz_srcptr z = pv_int_mpz(arg, &t);
            size_t nb = mpz_sizeinbase(z, 2), shift = nb - 60;
            mpz_t top;
            mpz_init(top);
            mpz_tdiv_q_2exp(top, z, shift);
            int e;
            double m = frexp((double)mpz_get_ui(top), &e);
            mpz_clear(top);
            PV_KEEP(arg);
            return pv_float_new(f(m) + f(2.0) * ((double)shift + e));
        }
    }
    double x;
    if (pv_float_as_double(arg, &x) < 0)
        return NULL;
    if (isnan(x) || x == HUGE_VAL)
        return pv_float_new(x);
    if (x <= 0.0)
        return domain_error();
    return pv_float_new(f(x));
}

static Value m_log(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.log", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return pv_raise(&pv_exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = loghelper(args[0], m_log_);
    if (!num || nargs == 1)
        return num;
    Value den = loghelper(args[1], m_log_);
    if (!den)
        return NULL;
    if (pv_float_val(den) == 0.0)
        return pv_raise(&pv_exc_ZeroDivisionError, "float division by zero");
    return pv_float_new(pv_float_val(num) / pv_float_val(den));
}

static Value m_log2(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.log2", kw) < 0 || pv_check_nargs("math.log2", nargs, 1, 1) < 0)
        return NULL;
    return loghelper(args[0], m_log2_);
}

static Value m_log10(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.log10", kw) < 0 || pv_check_nargs("math.log10", nargs, 1, 1) < 0)
        return NULL;
    return loghelper(args[0], m_log10_);
}

/* ---- two-argument float functions ---- */

static Value m_pow(Value self, Value *args, size_t nargs, Value kw)
{
    double x, y, r;
    if (two_doubles("pow", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (x > 0)
                r = y > 0 ? x : y < 0 ? 0.0 : 1.0;
            else if (y > 0)
                r = odd_y ? x : fabs(x);
            else
                r = y < 0 ? (odd_y ? copysign(0.0, x) : 0.0) : 1.0;
        } else { /* y is infinite */
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
        return pv_float_new(r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error();
    if (isinf(r))
        return x == 0.0 ? domain_error() : range_error();
    return pv_float_new(r);
}

static Value m_fmod(Value self, Value *args, size_t nargs, Value kw)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return pv_float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return pv_float_new(r);
}

static Value m_remainder(Value self, Value *args, size_t nargs, Value kw)
{
    double x, y;
    if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (isnan(x) || isnan(y))
        return pv_float_new(isnan(x) ? x : y);
    if (isinf(x) || y == 0.0)
        return domain_error();
    if (isinf(y))
        return pv_float_new(x);
    return pv_float_new(remainder(x, y));
}

static Value m_atan2(Value self, Value *args, size_t nargs, Value kw)
{
    double y, x;
    if (two_doubles("atan2", args, nargs, kw, &y, &x) < 0)
        return NULL;
    return pv_float_new(atan2(y, x));
}

static Value m_copysign(Value self, Value *args, size_t nargs, Value kw)
{
    double x, y;
    if (two_doubles("copysign", args, nargs, kw, &x, &y) < 0)
        return NULL;
    return pv_float_new(copysign(x, y));
}

static Value m_nextafter(Value self, Value *args, size_t nargs, Value kw)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, kw, &x, &y) < 0)
        return NULL;
    return pv_float_new(nextafter(x, y));
}

static Value m_ulp(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    if (one_double("math.ulp", args, nargs, kw, &x) < 0)
        return NULL;
    if (isnan(x))
        return pv_float_new(x);
    x = fabs(x);
    if (isinf(x))
        return pv_float_new(x);
    double x2 = nextafter(x, HUGE_VAL);
    if (isinf(x2))
        return pv_float_new(x - nextafter(x, -HUGE_VAL));
    return pv_float_new(x2 - x);
}

static Value m_modf(Value self, Value *args, size_t nargs, Value kw)
{
    double x, ip, fp;
    if (one_double("math.modf", args, nargs, kw, &x) < 0)
        return NULL;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else {
        fp = modf(x, &ip);
    }
    Value a = pv_float_new(fp), b = a ? pv_float_new(ip) : NULL;
    return b ? pv_tuple_pack(2, a, b) : NULL;
}

static Value m_frexp(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    int e = 0;
    if (one_double("math.frexp", args, nargs, kw, &x) < 0)
        return NULL;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    Value a = pv_float_new(x);
    return a ? pv_tuple_pack(2, a, pv_small(e)) : NULL;
}

static Value m_ldexp(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    if (pv_check_no_kwargs("math.ldexp", kw) < 0 || pv_check_nargs("ldexp", nargs, 2, 2) < 0 ||
        pv_float_as_double(args[0], &x) < 0)
        return NULL;
    if (!pv_is_int(args[1]))
        return pv_raise(&pv_exc_TypeError, "Expected an int as second argument to ldexp.");
    if (x == 0.0 || !isfinite(x))
        return pv_float_new(x);
    int64_t e;
    if (pv_int_to_i64(args[1], &e) < 0) {
        pv_err_clear();
        e = pv_int_sign(args[1]) > 0 ? 100000 : -100000;
    }
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return pv_float_new(r);
}

static Value m_degrees(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    if (one_double("math.degrees", args, nargs, kw, &x) < 0)
        return NULL;
    return pv_float_new(x * (180.0 / M_PI));
}

static Value m_radians(Value self, Value *args, size_t nargs, Value kw)
{
    double x;
    if (one_double("math.radians", args, nargs, kw, &x) < 0)
        return NULL;
    return pv_float_new(x * (M_PI / 180.0));
}

#define PRED(name, expr)                                                      \
    static Value m_##name(Value self, Value *args, size_t nargs, Value kw)    \
    {                                                                         \
        double x;                                                             \
        if (one_double("math." #name, args, nargs, kw, &x) < 0)                       \
            return NULL;                                                      \
        return pv_bool(expr);                                                 \
    }
PRED(isfinite, isfinite(x))
PRED(isinf, isinf(x))
PRED(isnan, isnan(x))

static Value m_isclose(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"", "", "rel_tol", "abs_tol", NULL};
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (pv_parse_args("isclose", args, nargs, kw, "dd|$dd", kwlist, &a, &b, &rel, &abs_tol) < 0)
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return pv_raise(&pv_exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return pv_True;
    if (isinf(a) || isinf(b))
        return pv_False;
    double diff = fabs(b - a);
    return pv_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}

/* ---- floor, ceil, trunc: the type's method first ---- */

static Value rounding(const char *name, const char *dunder, Value *args, size_t nargs, Value kw, int mode)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, 1, 1) < 0)
        return NULL;
    Value x = args[0];
    if (pv_is_type(x, &pv_float_type))
        return pv_float_floor_int(pv_float_val(x), mode);
    if (pv_is_small(x))
        return x;
    Value m = pv_type_lookup_str(pv_type(x), dunder);
    if (m)
        return pv_call1(m, x);
    if (mode == 0)
        return pv_raise(&pv_exc_TypeError, "type %s doesn't define __trunc__ method", pv_type(x)->name);
    double d;
    if (pv_float_as_double(x, &d) < 0)
        return NULL;
    return pv_float_floor_int(d, mode);
}

static Value m_floor(Value self, Value *args, size_t nargs, Value kw) { return rounding("math.floor", "__floor__", args, nargs, kw, 1); }
static Value m_ceil(Value self, Value *args, size_t nargs, Value kw) { return rounding("math.ceil", "__ceil__", args, nargs, kw, 2); }
static Value m_trunc(Value self, Value *args, size_t nargs, Value kw) { return rounding("math.trunc", "__trunc__", args, nargs, kw, 0); }

/* ---- vector norms ---- */

/* Double-length arithmetic (Dekker) for an accurately rounded norm, the
 * way CPython 3.11 computes hypot() and dist(): scale by a power of two,
 * sum the squares exactly into hi + two lossy low parts, then apply one
 * differential correction to the square root. */
typedef struct { double hi, lo; } DL;

static DL dl_split(double x)
{
    double t = x * 134217729.0; /* 2**27 + 1 */
    double hi = t - (t - x);
    return (DL){hi, x - hi};
}

static DL dl_mul(double x, double y)
{
    DL a = dl_split(x), b = dl_split(y);
    double p = a.hi * b.hi, q = a.hi * b.lo + a.lo * b.hi;
    double z = p + q;
    return (DL){z, p - z + q + a.lo * b.lo};
}

static DL dl_fast_sum(double a, double b) /* |a| >= |b| */
{
    double x = a + b, z = x - a;
    return (DL){x, b - z};
}

static double vector_norm(double *v, size_t n, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) { /* subnormals: ldexp(1, -max_e) would overflow */
        for (size_t i = 0; i < n; i++)
            v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(v, n, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0, x, h;
    DL pr, sm;
    for (size_t i = 0; i < n; i++) {
        x = v[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value norm_of(double *v, size_t n)
{
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        found_nan |= isnan(a);
        if (a > max)
            max = a;
    }
    return pv_float_new(vector_norm(v, n, max, found_nan));
}

static Value m_hypot(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.hypot", kw) < 0)
        return NULL;
    double small[16], *v = nargs <= 16 ? small : malloc(nargs * sizeof(double));
    if (!v)
        return pv_nomemory();
    Value r = NULL;
    for (size_t i = 0; i < nargs; i++)
        if (pv_float_as_double(args[i], &v[i]) < 0)
            goto out;
    r = norm_of(v, nargs);
out:
    if (v != small)
        free(v);
    return r;
}

static Value m_dist(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.dist", kw) < 0 || pv_check_nargs("dist", nargs, 2, 2) < 0)
        return NULL;
    Value p = pv_sequence_tuple(args[0]), q = p ? pv_sequence_tuple(args[1]) : NULL;
    if (!q)
        return NULL;
    size_t n = pv_tuple_size(p);
    if (n != pv_tuple_size(q))
        return pv_raise(&pv_exc_ValueError, "both points must have the same number of dimensions");
    double *v = malloc((n + 1) * sizeof(double));
    if (!v)
        return pv_nomemory();
    Value r = NULL;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (pv_float_as_double(pv_tuple_items(p)[i], &a) < 0 ||
            pv_float_as_double(pv_tuple_items(q)[i], &b) < 0)
            goto out;
        v[i] = a - b;
    }
    r = norm_of(v, n);
out:
    free(v);
    return r;
}

/* ---- fsum: exact sum via non-overlapping partials ---- */

static Value m_fsum(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.fsum", kw) < 0 || pv_check_nargs("math.fsum", nargs, 1, 1) < 0)
        return NULL;
    Value it = pv_iter(args[0]);
    if (!it)
        return NULL;
    size_t n = 0, cap = 32;
    double *p = malloc(cap * sizeof(double));
    double special = 0.0, inf_sum = 0.0, hi = 0.0, lo = 0.0;
    Value item, res = NULL;
    if (!p)
        return pv_nomemory();
    while ((item = pv_next(it))) {
        double x, xsave;
        if (pv_float_as_double(item, &x) < 0)
            goto out;
        xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    pv_raise(&pv_exc_OverflowError, "intermediate overflow in fsum");
                    goto out;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *q = realloc(p, (cap *= 2) * sizeof(double));
                    if (!q) {
                        pv_nomemory();
                        goto out;
                    }
                    p = q;
                }
                p[n++] = x;
            }
        }
    }
    if (pv_err_occurred())
        goto out;
    if (special != 0.0) {
        if (isnan(inf_sum))
            pv_raise(&pv_exc_ValueError, "-inf + inf in fsum");
        else
            res = pv_float_new(special);
        goto out;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        /* half-even rounding across partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    res = pv_float_new(hi);
out:
    free(p);
    return res;
}

/* ---- integer functions ---- */

static Value int_arg(Value v)
{
    Value i = pv_index(v);
    return i;
}

static Value m_gcd_lcm(Value *args, size_t nargs, bool lcm)
{
    mpz_t r;
    mpz_init_set_ui(r, lcm ? 1 : 0);
    for (size_t i = 0; i < nargs; i++) {
        Value a = int_arg(args[i]);
        if (!a) {
            mpz_clear(r);
            return NULL;
        }
        PvMpzTmp t;
        if (lcm)
            mpz_lcm(r, r, pv_int_mpz(a, &t));
        else
            mpz_gcd(r, r, pv_int_mpz(a, &t));
        PV_KEEP(a);
    }
    return pv_int_from_mpz(r);
}

static Value m_gcd(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.gcd", kw) < 0)
        return NULL;
    return m_gcd_lcm(args, nargs, false);
}

static Value m_lcm(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.lcm", kw) < 0)
        return NULL;
    return m_gcd_lcm(args, nargs, true);
}

static Value m_factorial(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.factorial", kw) < 0 || pv_check_nargs("math.factorial", nargs, 1, 1) < 0)
        return NULL;
    Value n = int_arg(args[0]);
    if (!n)
        return NULL;
    if (pv_int_sign(n) < 0)
        return pv_raise(&pv_exc_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (pv_int_to_i64(n, &k) < 0) {
        pv_err_clear();
        return pv_raise(&pv_exc_OverflowError, "factorial() argument should not exceed %lld",
                        (long long)INT64_MAX);
    }
    if (k > 100000000)
        return pv_nomemory();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)k);
    return pv_int_from_mpz(r);
}

static Value m_isqrt(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("math.isqrt", kw) < 0 || pv_check_nargs("math.isqrt", nargs, 1, 1) < 0)
        return NULL;
    Value n = int_arg(args[0]);
    if (!n)
        return NULL;
    if (pv_int_sign(n) < 0)
        return pv_raise(&pv_exc_ValueError, "isqrt() argument must be nonnegative");
    PvMpzTmp t;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, pv_int_mpz(n, &t));
    PV_KEEP(n);
    return pv_int_from_mpz(r);
}

/* C(n, k) (perm: times k!) for ints n >= 0, k >= 0. */
static Value comb_perm(const char *name, Value *args, size_t nargs, Value kw, bool perm)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, perm ? 1 : 2, 2) < 0)
        return NULL;
    Value n = int_arg(args[0]);
    if (!n)
        return NULL;
    if (perm && (nargs == 1 || args[1] == pv_None)) {
        Value a[1] = {n};
        return m_factorial(NULL, a, 1, NULL);
    }
    Value k = int_arg(args[1]);
    if (!k)
        return NULL;
    if (pv_int_sign(n) < 0)
        return pv_raise(&pv_exc_ValueError, "n must be a non-negative integer");
    if (pv_int_sign(k) < 0)
        return pv_raise(&pv_exc_ValueError, "k must be a non-negative integer");
    PvMpzTmp tn, tk;
    mpz_srcptr zn = pv_int_mpz(n, &tn), zk = pv_int_mpz(k, &tk);
    if (mpz_cmp(zk, zn) > 0)
        return pv_small(0);
    mpz_t kk, r;
    mpz_inits(kk, r, NULL);
    mpz_sub(kk, zn, zk);
    if (perm || mpz_cmp(zk, kk) < 0)
        mpz_set(kk, zk); /* min(k, n - k) for comb */
    if (!mpz_fits_ulong_p(kk)) {
        mpz_clears(kk, r, NULL);
        return pv_raise(&pv_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    }
    unsigned long ku = mpz_get_ui(kk);
    if ((double)ku * (double)mpz_sizeinbase(zn, 2) > 8e9) { /* GMP would abort */
        mpz_clears(kk, r, NULL);
        return pv_nomemory();
    }
    mpz_bin_ui(r, zn, ku);
    if (perm) {
        mpz_fac_ui(kk, ku);
        mpz_mul(r, r, kk);
    }
    PV_KEEP(n);
    PV_KEEP(k);
    mpz_clear(kk);
    return pv_int_from_mpz(r);
}

static Value m_comb(Value self, Value *args, size_t nargs, Value kw) { return comb_perm("comb", args, nargs, kw, false); }
static Value m_perm(Value self, Value *args, size_t nargs, Value kw) { return comb_perm("perm", args, nargs, kw, true); }

static Value m_prod(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"", "start", NULL};
    Value iterable, acc = pv_small(1), item;
    if (pv_parse_args("prod", args, nargs, kw, "O|$O", kwlist, &iterable, &acc) < 0)
        return NULL;
    Value it = pv_iter(iterable);
    if (!it)
        return NULL;
    while ((item = pv_next(it))) {
        acc = pv_binop(acc, item, PV_OP_MUL);
        if (!acc)
            return NULL;
    }
    return pv_err_occurred() ? NULL : acc;
}

static const PvMethodDef math_functions[] = {
    {"sqrt", m_sqrt, 0, NULL}, {"exp", m_exp, 0, NULL}, {"exp2", m_exp2, 0, NULL},
    {"expm1", m_expm1, 0, NULL}, {"cbrt", m_cbrt, 0, NULL},
    {"log", m_log, 0, NULL}, {"log2", m_log2, 0, NULL}, {"log10", m_log10, 0, NULL},
    {"log1p", m_log1p, 0, NULL}, {"pow", m_pow, 0, NULL}, {"fabs", m_fabs, 0, NULL},
    {"fmod", m_fmod, 0, NULL}, {"remainder", m_remainder, 0, NULL}, {"modf", m_modf, 0, NULL},
    {"frexp", m_frexp, 0, NULL}, {"ldexp", m_ldexp, 0, NULL},
    {"sin", m_sin, 0, NULL}, {"cos", m_cos, 0, NULL}, {"tan", m_tan, 0, NULL},
    {"asin", m_asin, 0, NULL}, {"acos", m_acos, 0, NULL}, {"atan", m_atan, 0, NULL},
    {"atan2", m_atan2, 0, NULL}, {"sinh", m_sinh, 0, NULL}, {"cosh", m_cosh, 0, NULL},
    {"tanh", m_tanh, 0, NULL}, {"asinh", m_asinh, 0, NULL}, {"acosh", m_acosh, 0, NULL},
    {"atanh", m_atanh, 0, NULL}, {"hypot", m_hypot, 0, NULL}, {"dist", m_dist, 0, NULL},
    {"degrees", m_degrees, 0, NULL}, {"radians", m_radians, 0, NULL},
    {"isclose", m_isclose, 0, NULL}, {"isfinite", m_isfinite, 0, NULL},
    {"isinf", m_isinf, 0, NULL}, {"isnan", m_isnan, 0, NULL}, {"copysign", m_copysign, 0, NULL},
    {"floor", m_floor, 0, NULL}, {"ceil", m_ceil, 0, NULL}, {"trunc", m_trunc, 0, NULL},
    {"gcd", m_gcd, 0, NULL}, {"lcm", m_lcm, 0, NULL}, {"factorial", m_factorial, 0, NULL},
    {"comb", m_comb, 0, NULL}, {"perm", m_perm, 0, NULL}, {"isqrt", m_isqrt, 0, NULL},
    {"prod", m_prod, 0, NULL}, {"fsum", m_fsum, 0, NULL}, {"erf", m_erf, 0, NULL},
    {"erfc", m_erfc, 0, NULL}, {"gamma", m_gamma, 0, NULL}, {"lgamma", m_lgamma, 0, NULL},
    {"nextafter", m_nextafter, 0, NULL}, {"ulp", m_ulp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_math_module_init(void)
{
    Value m = pv_module_new_cstr("math");
    if (!m || pv_module_add_functions(m, math_functions) < 0)
        return NULL;
    static const struct { const char *name; double v; } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", HUGE_VAL}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
        Value f = pv_float_new(consts[i].v);
        if (!f || pv_module_add(m, consts[i].name, f) < 0)
            return NULL;
    }
    return m;
}
