/* math_gamma.c: gamma and lgamma computed as CPython computes them (the
 * Lanczos approximation with g = 6.024680040776729583740234375 and N = 13,
 * the coefficient set Boost uses), so results agree to the last bit;
 * the C library's tgamma/lgamma differ by a few ulps. Errors are
 * reported through *err: 0 none, 1 domain, 2 range. */
#include <math.h>
#include "num.h"

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* denominator: the coefficients of x(x+1)...(x+11) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double logpi = 1.144729885849400174143427351353058711647;

/* The rational function of the approximation; Horner in x for small x,
 * in 1/x for large x, to avoid overflow. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at integers and half-integers. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break; /* keeps +0.0 at y == 1 */
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

double pv_math_tgamma(double x, int *err)
{
    *err = 0;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        *err = 1;
        return NAN;
    }
    if (x == 0.0) {
        *err = 1;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = 1;
            return NAN;
        }
        if (x <= 23.0) { /* (x-1)! exactly */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r))
            *err = 2;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        *err = 2;
        return HUGE_VAL;
    }
    double y = ax + lanczos_g_minus_half, z, r;
    /* z: the rounding error of y, scaled, as a first-order correction */
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -M_PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r))
        *err = 2;
    return r;
}

double pv_math_lgamma(double x, int *err)
{
    *err = 0;
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = 1;
            return HUGE_VAL;
        }
        return 0.0; /* lgamma(1) = lgamma(2) = 0 */
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) /* reflection */
        r = logpi - log(fabs(sinpi(ax))) - log(ax) - r;
    if (isinf(r))
        *err = 2;
    return r;
}
