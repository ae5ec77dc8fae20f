/* float_str.c: float <-> text: shortest round-trip repr laid out as
 * CPython does, float(str) with CPython's grammar, float.hex/fromhex. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num.h"

/* The p-digit decimal closest to d (glibc's printf is exact), or one unit
 * of the last digit above or below it: near powers of two the rounding
 * interval is lopsided, and the shortest string that reads back as d may
 * not be the nearest one. Returns the digit count (0 when no p-digit
 * string round-trips); digits/exp10 receive the winner. */
static int try_digits(double d, int p, char *digits, int *exp10)
{
    char buf[40], cand[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    char dig[24];
    int n = 0;
    const char *q = buf;
    for (; *q && *q != 'e'; q++)
        if (isdigit((unsigned char)*q))
            dig[n++] = *q;
    int e = atoi(q + 1);
    for (int delta = 0; delta < 3; delta++) {
        char t[24];
        int te = e;
        memcpy(t, dig, (size_t)n);
        if (delta) { /* +1, then -1, in the last digit */
            int i = n - 1;
            if (delta == 1) {
                while (i >= 0 && t[i] == '9')
                    t[i--] = '0';
                if (i < 0) {
                    t[0] = '1';
                    te++;
                } else
                    t[i]++;
            } else {
                while (i >= 0 && t[i] == '0')
                    t[i--] = '9';
                if (i < 0 || (i == 0 && t[0] == '1' && n == 1))
                    continue;
                t[i]--;
                if (t[0] == '0') { /* 1000 -> 0999: one fewer digit */
                    memmove(t, t + 1, (size_t)n - 1);
                    t[n - 1] = '9';
                    te--;
                }
            }
        }
        int k = snprintf(cand, sizeof cand, "%c.%.*se%d", t[0], n - 1, t + 1, te);
        (void)k;
        if (strtod(cand, NULL) == d) {
            memcpy(digits, t, (size_t)n);
            while (n > 1 && digits[n - 1] == '0')
                n--;
            digits[n] = 0;
            *exp10 = te;
            return n;
        }
    }
    return 0;
}

/* Shortest round-trip digits, by binary search on the digit count: if
 * some p-digit string reads back as d, so does a (p+1)-digit one. Most
 * doubles need 16 or 17 digits, so those are tried first. */
int pv_float_shortest(double d, char *digits, int *exp10)
{
    char tmp[24];
    int te, n, lo = 1, hi = 15;
    d = fabs(d);
    if (!(n = try_digits(d, 16, digits, exp10)))
        return try_digits(d, 17, digits, exp10);
    if (!try_digits(d, 15, tmp, &te))
        return n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (try_digits(d, mid, tmp, &te))
            hi = mid;
        else
            lo = mid + 1;
    }
    return try_digits(d, lo, digits, exp10);
}

void pv_float_repr_ex(double d, char *buf, bool add_dot0)
{
    if (isnan(d)) {
        strcpy(buf, "nan");
        return;
    }
    char *o = buf;
    if (signbit(d))
        *o++ = '-';
    if (isinf(d)) {
        strcpy(o, "inf");
        return;
    }
    if (d == 0.0) {
        strcpy(o, add_dot0 ? "0.0" : "0");
        return;
    }
    char dig[24];
    int e, n = pv_float_shortest(d, dig, &e);
    if (e < -4 || e >= 16) {
        *o++ = dig[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, dig + 1, (size_t)n - 1);
            o += n - 1;
        }
        sprintf(o, "e%c%02d", e < 0 ? '-' : '+', abs(e));
    } else if (e < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -e - 1; i++)
            *o++ = '0';
        memcpy(o, dig, (size_t)n);
        o[n] = 0;
    } else {
        for (int i = 0; i <= e; i++)
            *o++ = i < n ? dig[i] : '0';
        if (n > e + 1) {
            *o++ = '.';
            memcpy(o, dig + e + 1, (size_t)(n - e - 1));
            o += n - e - 1;
        } else if (add_dot0) {
            *o++ = '.';
            *o++ = '0';
        }
        *o = 0;
    }
}

void pv_float_repr_buf(double d, char *buf) { pv_float_repr_ex(d, buf, true); }

/* ---- float(str) ---- */


/* Digits with single underscores between them; returns the end. */
static const char *scan_digits(const char *p, const char *end, char **w, int *count)
{
    *count = 0;
    while (p < end) {
        if (isdigit((unsigned char)*p)) {
            *(*w)++ = *p++;
            (*count)++;
        } else if (*p == '_' && *count > 0 && p + 1 < end && isdigit((unsigned char)p[1])) {
            p++;
        } else
            break;
    }
    return p;
}

/* The longest float at p: [sign] (inf | infinity | nan | digits [. digits]
 * [e [sign] digits]), underscores allowed between digits. Returns its end,
 * or NULL when there is none. */
const char *pv_float_scan(const char *p, const char *end, double *out)
{
    const char *start = p;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int k = 0; k < 3; k++) {
        size_t n = strlen(words[k]);
        if ((size_t)(end - p) >= n && !strncasecmp(p, words[k], n)) {
            double v = k == 2 ? NAN : HUGE_VAL;
            *out = neg ? -v : v;
            return p + n;
        }
    }
    char *clean = malloc((size_t)(end - start) + 2), *w = clean;
    if (!clean)
        return NULL;
    if (p > start)
        *w++ = *start;
    int a, b = 0, c;
    p = scan_digits(p, end, &w, &a);
    if (p < end && *p == '.') {
        *w++ = *p++;
        p = scan_digits(p, end, &w, &b);
    }
    if (a + b == 0) {
        free(clean);
        return NULL;
    }
    if (p < end && (*p == 'e' || *p == 'E')) { /* taken only with digits */
        const char *q = p + 1;
        char *w2 = w;
        *w2++ = 'e';
        if (q < end && (*q == '+' || *q == '-'))
            *w2++ = *q++;
        q = scan_digits(q, end, &w2, &c);
        if (c) {
            p = q;
            w = w2;
        }
    }
    *w = 0;
    *out = strtod(clean, NULL);
    free(clean);
    return p;
}

static bool parse_ascii(const char *p, const char *end, double *out)
{
    return pv_float_scan(p, end, out) == end && p < end;
}

Value pv_float_from_text(const char *s, size_t len, Value orig)
{
    char *a = NULL;
    const char *p = s;
    size_t n = len;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80 || s[i] == 0) {
            if (orig && !pv_is_str(orig))
                goto bad;
            a = pv_num_ascii_text(s, len, &n);
            if (!a)
                return pv_nomemory();
            if (memchr(s, 0, len))
                a[0] = '?';
            p = a;
            break;
        }
    const char *end = p + n;
    while (p < end && pv_num_is_space((unsigned char)*p))
        p++;
    while (end > p && pv_num_is_space((unsigned char)end[-1]))
        end--;
    double d;
    bool ok = parse_ascii(p, end, &d);
    free(a);
    if (ok)
        return pv_float_new(d);
bad:
    if (!orig && !(orig = pv_str_decode_utf8(s, len, "replace")))
        return NULL;
    return pv_raise(&pv_exc_ValueError, "could not convert string to float: %R", orig);
}

Value pv_float_from_string(const char *s, size_t len) { return pv_float_from_text(s, len, NULL); }

/* ---- hex ---- */

Value pv_float_hex(double x)
{
    char buf[64], *o = buf;
    if (isnan(x) || isinf(x)) {
        pv_float_repr_ex(x, buf, true);
        return pv_str_from_cstr(buf);
    }
    if (signbit(x))
        *o++ = '-';
    if (x == 0.0) {
        strcpy(o, "0x0.0p+0");
        return pv_str_from_cstr(buf);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    o += sprintf(o, "0x%d.", (int)m);
    m -= (int)m;
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        m -= d;
        *o++ = "0123456789abcdef"[d];
    }
    sprintf(o, "p%+d", e);
    return pv_str_from_cstr(buf);
}

static Value hex_invalid(void)
{
    return pv_raise(&pv_exc_ValueError, "invalid hexadecimal floating-point string");
}

Value pv_float_fromhex(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (p < end && pv_num_is_space((unsigned char)*p))
        p++;
    while (end > p && pv_num_is_space((unsigned char)end[-1]))
        end--;
    double d;
    const char *w = p + (p < end && (*p == '+' || *p == '-'));
    bool word = w < end && ((*w | 0x20) == 'i' || (*w | 0x20) == 'n');
    if (word && pv_float_scan(p, end, &d) == end)
        return pv_float_new(d);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    mpz_t m;
    mpz_init(m);
    int64_t exp = 0, ndig = 0;
    bool point = false;
    for (; p < end; p++) {
        if (*p == '.' && !point) {
            point = true;
            continue;
        }
        int v = isdigit((unsigned char)*p) ? *p - '0'
              : isxdigit((unsigned char)*p) ? (*p | 0x20) - 'a' + 10 : -1;
        if (v < 0)
            break;
        mpz_mul_2exp(m, m, 4);
        mpz_add_ui(m, m, (unsigned long)v);
        ndig++;
        if (point)
            exp -= 4;
    }
    if (ndig == 0) {
        mpz_clear(m);
        return hex_invalid();
    }
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        int64_t ev = 0;
        const char *start = p;
        for (; p < end && isdigit((unsigned char)*p); p++)
            if (ev < (int64_t)1 << 40)
                ev = ev * 10 + (*p - '0');
        if (p == start) {
            mpz_clear(m);
            return hex_invalid();
        }
        exp += eneg ? -ev : ev;
    }
    if (p != end) {
        mpz_clear(m);
        return hex_invalid();
    }
    if (mpz_sgn(m) == 0) {
        mpz_clear(m);
        return pv_float_new(neg ? -0.0 : 0.0);
    }
    size_t nb = mpz_sizeinbase(m, 2);
    size_t shift = nb > 60 ? nb - 60 : 0;
    bool sticky = shift && mpz_scan1(m, 0) < shift;
    mpz_tdiv_q_2exp(m, m, shift);
    uint64_t q = mpz_get_ui(m);
    mpz_clear(m);
    int64_t e = exp + (int64_t)shift;
    if (e + 64 > 1100)
        return pv_raise(&pv_exc_OverflowError, "hexadecimal value too large to represent as a float");
    d = e < -1200 ? 0.0 : pv_round_bits(q, e, sticky);
    if (isinf(d))
        return pv_raise(&pv_exc_OverflowError, "hexadecimal value too large to represent as a float");
    return pv_float_new(neg ? -d : d);
}
