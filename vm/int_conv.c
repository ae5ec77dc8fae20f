/* int_conv.c: int <-> text and float conversions, int(...) construction,
 * round(int, n), and the limit on decimal conversions (CVE-2020-10735). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "num.h"

int pv_int_max_str_digits = 4300;

int pv_int_set_max_str_digits(int64_t n)
{
    if (n != 0 && n < 640) {
        pv_raise(&pv_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    pv_int_max_str_digits = n > INT32_MAX ? INT32_MAX : (int)n;
    return 0;
}

static Value limit_error(size_t digits)
{
    if (digits)
        return pv_raise(&pv_exc_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has "
                        "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                        pv_int_max_str_digits, digits);
    return pv_raise(&pv_exc_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    pv_int_max_str_digits);
}

/* ---- int -> str ---- */

int pv_int_check_str_digits(size_t ndigits)
{
    if (pv_int_max_str_digits > 0 && ndigits > (size_t)pv_int_max_str_digits) {
        limit_error(0);
        return -1;
    }
    return 0;
}

Value pv_int_to_str(Value v, int base)
{
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    char small[80];
    if (pv_is_small(v) && base == 10) {
        int n = snprintf(small, sizeof small, "%lld", (long long)pv_small_val(v));
        return pv_str_new(small, (size_t)n);
    }
    PvMpzTmp t;
    mpz_srcptr z = pv_int_mpz(v, &t);
    size_t est = mpz_sizeinbase(z, base);
    if (base == 10 && pv_int_max_str_digits > 0 && est > (size_t)pv_int_max_str_digits + 1)
        return limit_error(0);
    size_t cap = est + 4;
    char *buf = cap <= sizeof small - 2 ? small + 2 : malloc(cap + 2);
    if (!buf)
        return pv_nomemory();
    mpz_get_str(buf + 2, base, z);
    PV_KEEP(v);
    char *s = buf + 2;
    bool neg = *s == '-';
    size_t ndig = strlen(s) - neg;
    if (base == 10 && pv_int_max_str_digits > 0 && ndig > (size_t)pv_int_max_str_digits) {
        if (buf != small + 2)
            free(buf);
        return limit_error(0);
    }
    /* lay out [-]prefix digits in place: the 2 bytes before s are free */
    size_t plen = strlen(prefix);
    char *start = s + neg - plen;
    memcpy(start, prefix, plen);
    if (neg)
        *--start = '-';
    Value r = pv_str_new(start, ndig + plen + neg);
    if (buf != small + 2)
        free(buf);
    return r;
}

/* ---- text -> int ---- */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}


/* Zero code points of the Unicode decimal digit runs (category Nd) that
 * int() and float() accept besides ASCII. */
static const uint32_t digit_zeros[] = { /* Unicode 14, as CPython 3.11 */
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
    0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50,
    0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t c)
{
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Non-ASCII text: map Unicode spaces to ' ' and decimal digits to ASCII, as
 * CPython does before parsing numbers. Other characters become '?', which
 * no parser accepts. Returns a malloc'd NUL-terminated buffer. */
char *pv_num_ascii_text(const char *s, size_t len, size_t *outlen)
{
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[n++] = (char)c;
            i++;
            continue;
        }
        int k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        uint32_t cp = k == 1 ? c : c & (0x3f >> (k - 1));
        for (int j = 1; j < k && i + j < len; j++)
            cp = cp << 6 | ((unsigned char)s[i + j] & 0x3f);
        i += k;
        char m = '?';
        if (unicode_space(cp))
            m = ' ';
        for (size_t z = 0; z < sizeof digit_zeros / sizeof *digit_zeros; z++)
            if (cp >= digit_zeros[z] && cp < digit_zeros[z] + 10)
                m = (char)('0' + (cp - digit_zeros[z]));
        out[n++] = m;
    }
    out[n] = 0;
    *outlen = n;
    return out;
}

static Value invalid_literal(const char *s, size_t len, int base, Value orig)
{
    if (!orig) {
        orig = pv_str_decode_utf8(s, len, "replace");
        if (!orig)
            return NULL;
    }
    Value r = pv_repr(orig);
    if (!r)
        return NULL;
    if (pv_str_len(r) > 200) { /* CPython shows %.200R */
        size_t cut = 0, cps = 0;
        const char *d = pv_str_data(r);
        while (cps < 200) {
            cut++;
            while (((unsigned char)d[cut] & 0xc0) == 0x80)
                cut++;
            cps++;
        }
        r = pv_str_new(d, cut);
        if (!r)
            return NULL;
    }
    return pv_raise(&pv_exc_ValueError, "invalid literal for int() with base %d: %S", base, r);
}

static Value parse_ascii(const char *s, size_t len, int base, Value orig, const char *os, size_t olen)
{
    int obase = base;
    const char *p = s, *end = s + len;
    while (p < end && pv_num_is_space((unsigned char)*p))
        p++;
    while (end > p && pv_num_is_space((unsigned char)end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    bool prefixed = false;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        if ((c == 'x' && (base == 16 || base == 0)) || (c == 'o' && (base == 8 || base == 0)) ||
            (c == 'b' && (base == 2 || base == 0))) {
            base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            p += 2;
            prefixed = true;
            if (p < end && *p == '_')
                p++;
        }
    }
    bool base0_decimal = base == 0;
    if (base == 0)
        base = 10;
    /* digits with single underscores between them */
    size_t ndig = 0;
    bool nonzero = false;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 == end || q[1] == '_' || q[-1] == '_')
                goto bad;
            continue;
        }
        int d = digit_value((unsigned char)*q);
        if (d >= base)
            goto bad;
        if (d)
            nonzero = true;
        ndig++;
    }
    if (ndig == 0 || (prefixed && p < end && *p == '_'))
        goto bad;
    if (base0_decimal && !prefixed && *p == '0' && nonzero)
        goto bad; /* "010" is not a literal */
    if ((base & (base - 1)) != 0 && pv_int_max_str_digits > 0 && ndig > (size_t)pv_int_max_str_digits)
        return limit_error(ndig);
    if (ndig <= 18 && base <= 10) {
        int64_t n = 0;
        for (const char *q = p; q < end; q++)
            if (*q != '_')
                n = n * base + digit_value((unsigned char)*q);
        return pv_small(neg ? -n : n);
    }
    char *digits = malloc(ndig + 1), *w = digits;
    if (!digits)
        return pv_nomemory();
    for (const char *q = p; q < end; q++)
        if (*q != '_')
            *w++ = *q;
    *w = 0;
    mpz_t r;
    mpz_init(r);
    mpz_set_str(r, digits, base);
    free(digits);
    if (neg)
        mpz_neg(r, r);
    return pv_int_from_mpz(r);
bad:
    return invalid_literal(os, olen, obase, orig);
}

Value pv_int_from_text(const char *s, size_t len, int base, Value orig)
{
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80 || s[i] == 0) {
            if (orig && !pv_is_str(orig))
                return invalid_literal(s, len, base, orig);
            size_t n;
            char *a = pv_num_ascii_text(s, len, &n);
            if (!a)
                return pv_nomemory();
            if (memchr(s, 0, len))
                a[0] = '?';
            Value r = parse_ascii(a, n, base, orig, s, len);
            free(a);
            return r;
        }
    }
    return parse_ascii(s, len, base, orig, s, len);
}

Value pv_int_from_string(const char *s, size_t len, int base)
{
    return pv_int_from_text(s, len, base, NULL);
}

/* ---- float -> int ---- */

Value pv_int_from_double(double d)
{
    if (isnan(d))
        return pv_raise(&pv_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return pv_raise(&pv_exc_OverflowError, "cannot convert float infinity to integer");
    if (d > -4e18 && d < 4e18)
        return pv_small((int64_t)d);
    mpz_t r;
    mpz_init_set_d(r, d);
    return pv_int_from_mpz(r);
}

/* ---- int(x, base) ---- */

static bool text_of(Value x, const char **s, size_t *len)
{
    if (pv_is_str(x)) {
        *s = pv_str_data(x);
        *len = pv_str_size(x);
        return true;
    }
    if (pv_isinst(x, &pv_bytes_type)) {
        *s = pv_bytes_data(x);
        *len = pv_bytes_size(x);
        return true;
    }
    return false;
}

Value pv_int_type_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"", "base", NULL};
    Value x = NULL, vbase = NULL, r;
    for (size_t i = 0; kwnames && i < pv_tuple_size(kwnames); i++)
        if (!pv_str_eq_cstr(pv_tuple_items(kwnames)[i], "base"))
            return pv_raise(&pv_exc_TypeError, "%R is an invalid keyword argument for int()",
                            pv_tuple_items(kwnames)[i]);
    if (pv_parse_args("int", args, nargs, kwnames, "|OO", kwlist, &x, &vbase) < 0)
        return NULL;
    const char *s;
    size_t len;
    if (!x) {
        if (vbase)
            return pv_raise(&pv_exc_TypeError, "int() missing string argument");
        r = pv_small(0);
    } else if (vbase) {
        Value b = pv_index(vbase);
        if (!b)
            return NULL;
        int64_t base;
        if (pv_int_to_i64(b, &base) < 0 || (base != 0 && (base < 2 || base > 36))) {
            pv_err_clear();
            return pv_raise(&pv_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        if (!text_of(x, &s, &len)) {
            if (pv_isinst(x, &pv_bytearray_type)) { /* parsed as bytes, reported as bytes */
                Value bx = pv_call1((Value)&pv_bytes_type, x);
                if (!bx)
                    return NULL;
                r = pv_int_from_text(pv_bytes_data(bx), pv_bytes_size(bx), (int)base, bx);
                goto done;
            }
            return pv_raise(&pv_exc_TypeError, "int() can't convert non-string with explicit base");
        }
        r = pv_int_from_text(s, len, (int)base, x);
    } else if (pv_is_small(x) || x->type == &pv_int_type) {
        r = x;
    } else if (pv_isinst(x, &pv_float_type) && !pv_type_lookup_str(pv_type(x), "__int__")) {
        r = pv_int_from_double(pv_float_val(x));
    } else if (text_of(x, &s, &len) && !pv_type(x)->to_int && !pv_type(x)->index) {
        r = pv_int_from_text(s, len, 10, x);
    } else if (pv_isinst(x, &pv_bytearray_type) || pv_isinst(x, &pv_memoryview_type)) {
        Value bx = pv_call1((Value)&pv_bytes_type, x);
        r = bx ? pv_int_from_text(pv_bytes_data(bx), pv_bytes_size(bx), 10, bx) : NULL;
    } else {
        r = pv_number_int(x);
    }
done:
    if (!r || type == &pv_int_type)
        return r;
    return pv_int_new_of_type(type, r);
}

/* ---- round(int, ndigits) ---- */

Value pv_int_round(Value v, Value ndigits)
{
    if (!ndigits || ndigits == pv_None)
        return pv_int_exact(v);
    Value nd = pv_index(ndigits);
    if (!nd)
        return NULL;
    if (pv_int_sign(nd) >= 0)
        return pv_int_exact(v);
    PvMpzTmp tv;
    mpz_srcptr z = pv_int_mpz(v, &tv);
    int64_t n;
    if (pv_int_to_i64(nd, &n) < 0 || -n > (int64_t)mpz_sizeinbase(z, 10) + 1) {
        pv_err_clear();
        return pv_small(0);
    }
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    PV_KEEP(v);
    mpz_clears(p, r, NULL);
    return pv_int_from_mpz(q);
}
