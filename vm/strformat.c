/* strformat.c: the PvBuf string builder, pv_str_printf (the C-side
 * formatter behind pv_raise) and printf-style `str % args` / `bytes % args`.
 * The format-spec mini-language and str.format are in str_fmtspec.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "str_impl.h"
#include "str_fmt.h"

/* ---- PvBuf ---- */

void pv_buf_init(PvBuf *b)
{
    b->data = NULL;
    b->size = b->cap = 0;
}

int pv_buf_reserve(PvBuf *b, size_t extra)
{
    if (b->size + extra + 1 <= b->cap) return 0;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->size + extra + 1) ncap *= 2;
    char *nd = realloc(b->data, ncap);
    if (!nd) { pv_nomemory(); return -1; }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

int pv_buf_append(PvBuf *b, const char *s, size_t n)
{
    if (pv_buf_reserve(b, n) < 0) return -1;
    memcpy(b->data + b->size, s, n);
    b->size += n;
    return 0;
}

int pv_buf_append_cstr(PvBuf *b, const char *s)
{
    return pv_buf_append(b, s, strlen(s));
}

int pv_buf_append_str(PvBuf *b, Value s)
{
    return pv_buf_append(b, pv_str_data(s), pv_str_size(s));
}

int pv_buf_append_cp(PvBuf *b, uint32_t cp)
{
    if (pv_buf_reserve(b, 4) < 0) return -1;
    b->size += pv_utf8_put(b->data + b->size, cp);
    return 0;
}

int pv_buf_fill(PvBuf *b, uint32_t cp, size_t n)
{
    if (cp < 128) {
        if (pv_buf_reserve(b, n) < 0) return -1;
        memset(b->data + b->size, (int)cp, n);
        b->size += n;
        return 0;
    }
    while (n--) if (pv_buf_append_cp(b, cp) < 0) return -1;
    return 0;
}

void pv_buf_free(PvBuf *b)
{
    free(b->data);
    pv_buf_init(b);
}

Value pv_buf_finish_str(PvBuf *b)
{
    Value s = pv_str_new(b->data ? b->data : "", b->size);
    pv_buf_free(b);
    return s;
}

Value pv_buf_finish_bytes(PvBuf *b)
{
    Value s = pv_bytes_new(b->data ? b->data : "", b->size);
    pv_buf_free(b);
    return s;
}

/* ---- pv_str_printf ---- */

/* Append v's text truncated to prec code points (prec < 0: all). */
static int append_trunc(PvBuf *b, const char *s, size_t n, long prec)
{
    if (prec >= 0) {
        size_t i = 0;
        for (long k = 0; k < prec && i < n; k++) i += pv_utf8_seqlen((unsigned char)s[i]);
        if (i < n) n = i;
    }
    return pv_buf_append(b, s, n);
}

int pv_buf_vprintf(PvBuf *b, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        if (!q) return pv_buf_append_cstr(b, p);
        if (q > p && pv_buf_append(b, p, q - p) < 0) return -1;
        p = q + 1;
        if (*p == '%') { if (pv_buf_append(b, "%", 1) < 0) return -1; p++; continue; }
        /* flags, width, precision, length */
        char spec[32];
        size_t sl = 0;
        spec[sl++] = '%';
        bool left = false;
        while (*p == '-' || *p == '0' || *p == '+' || *p == ' ' || *p == '#') {
            if (*p == '-') left = true;
            if (sl < 20) spec[sl++] = *p;
            p++;
        }
        int width = -1;
        long prec = -1;
        if (*p == '*') { width = va_arg(ap, int); p++; }
        else if (*p >= '0' && *p <= '9') width = (int)strtol(p, (char **)&p, 10);
        if (*p == '.') {
            p++;
            if (*p == '*') { prec = va_arg(ap, int); p++; }
            else prec = strtol(p, (char **)&p, 10);
        }
        int lng = 0; /* 1 l, 2 ll, 3 z, 4 h */
        if (*p == 'l') { lng = 1; p++; if (*p == 'l') { lng = 2; p++; } }
        else if (*p == 'z') { lng = 3; p++; }
        else if (*p == 'h') { lng = 4; p++; }
        char conv = *p ? *p++ : 0;
        char tmp[128];
        int n = 0;
        size_t start = b->size;
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            if (width >= 0) sl += snprintf(spec + sl, sizeof spec - sl, "%d", width);
            if (prec >= 0) sl += snprintf(spec + sl, sizeof spec - sl, ".%ld", prec);
            bool sgn = conv == 'd' || conv == 'i';
            if (lng == 1 || lng == 2 || lng == 3) { spec[sl++] = 'l'; spec[sl++] = 'l'; }
            spec[sl++] = conv;
            spec[sl] = 0;
            if (sgn) {
                long long v = lng == 1 ? va_arg(ap, long) : lng == 2 ? va_arg(ap, long long)
                            : lng == 3 ? (long long)va_arg(ap, ssize_t) : va_arg(ap, int);
                n = snprintf(tmp, sizeof tmp, spec, v);
            } else {
                unsigned long long v = lng == 1 ? va_arg(ap, unsigned long)
                                     : lng == 2 ? va_arg(ap, unsigned long long)
                                     : lng == 3 ? va_arg(ap, size_t) : va_arg(ap, unsigned);
                n = snprintf(tmp, sizeof tmp, spec, v);
            }
            if (pv_buf_append(b, tmp, n) < 0) return -1;
            continue;
        }
        case 'f': case 'g': case 'e': {
            if (width >= 0) sl += snprintf(spec + sl, sizeof spec - sl, "%d", width);
            if (prec >= 0) sl += snprintf(spec + sl, sizeof spec - sl, ".%ld", prec);
            spec[sl++] = conv;
            spec[sl] = 0;
            n = snprintf(tmp, sizeof tmp, spec, va_arg(ap, double));
            if (pv_buf_append(b, tmp, n) < 0) return -1;
            continue;
        }
        case 'p':
            n = snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            if (pv_buf_append(b, tmp, n) < 0) return -1;
            continue;
        case 'c': {
            int c = va_arg(ap, int);
            if (pv_buf_append_cp(b, (uint32_t)c) < 0) return -1;
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            if (append_trunc(b, s, strlen(s), prec) < 0) return -1;
            break;
        }
        case 'R': case 'S': case 'A': case 'U': case 'T': case 'N': {
            Value v = va_arg(ap, Value);
            Value s;
            if (conv == 'T' || conv == 'N') {
                PvType *t = conv == 'T' ? pv_type(v) : (PvType *)v;
                const char *nm = pv_type_name(t);
                if (append_trunc(b, nm, strlen(nm), prec) < 0) return -1;
                break;
            }
            s = conv == 'R' ? pv_repr(v) : conv == 'A' ? pv_ascii(v) : pv_str(v);
            if (!s) return -1;
            if (append_trunc(b, pv_str_data(s), pv_str_size(s), prec) < 0) return -1;
            break;
        }
        default:
            /* unknown: copy literally */
            if (pv_buf_append(b, q, p - q) < 0) return -1;
            continue;
        }
        /* width padding for the text conversions (in code points) */
        if (width > 0) {
            size_t cps = pv_utf8_count(b->data + start, b->size - start);
            if ((size_t)width > cps) {
                size_t pad = width - cps;
                if (pv_buf_reserve(b, pad) < 0) return -1;
                if (!left) memmove(b->data + start + pad, b->data + start, b->size - start);
                memset(left ? b->data + b->size : b->data + start, ' ', pad);
                b->size += pad;
            }
        }
    }
    return 0;
}

int pv_buf_printf(PvBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = pv_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return r;
}

Value pv_str_vprintf(const char *fmt, va_list ap)
{
    PvBuf b;
    pv_buf_init(&b);
    if (pv_buf_vprintf(&b, fmt, ap) < 0) { pv_buf_free(&b); return NULL; }
    return pv_buf_finish_str(&b);
}

Value pv_str_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value r = pv_str_vprintf(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- integer digits, shared with the format-spec code ---- */

/* Append the digits of |v| in base (2, 8, 10, 16) to b; *neg gets the
 * sign. v must be an int (or bool / int subclass). */
int pv_int_digits(PvBuf *b, Value v, int base, bool upper, bool *neg)
{
    if (pv_is_small(v)) {
        int64_t n = pv_small_val(v);
        uint64_t u = n < 0 ? -(uint64_t)n : (uint64_t)n;
        *neg = n < 0;
        char tmp[72];
        int i = sizeof tmp;
        const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        do { tmp[--i] = dig[u % base]; u /= base; } while (u);
        return pv_buf_append(b, tmp + i, sizeof tmp - i);
    }
    PvInt *iv = (PvInt *)v;
    *neg = mpz_sgn(iv->z) < 0;
    size_t need = mpz_sizeinbase(iv->z, base) + 2;
    if (pv_buf_reserve(b, need) < 0) return -1;
    char *o = b->data + b->size;
    mpz_get_str(o, upper ? -base : base, iv->z);
    size_t l = strlen(o);
    if (*o == '-') { memmove(o, o + 1, l); l--; }
    if (base == 10 && pv_int_check_str_digits(l) < 0) return -1; /* the 4300-digit limit */
    b->size += l;
    return 0;
}

/* ---- printf-style formatting: str % args and bytes % args ---- */

typedef struct PctArgs {
    Value args;       /* the right operand */
    Value *items;     /* tuple items, or &args for a single value */
    size_t n, next;
    Value dict;       /* mapping for %(key)s, or NULL */
    bool bytes;       /* formatting bytes */
} PctArgs;

static Value next_arg(PctArgs *a)
{
    if (a->next >= a->n)
        return pv_raise(&pv_exc_TypeError, "not enough arguments for format string");
    return a->items[a->next++];
}

static int pad_out(PvBuf *b, const char *s, size_t n, size_t cps, int width, bool left)
{
    size_t pad = width > 0 && (size_t)width > cps ? width - cps : 0;
    if (!left && pad && pv_buf_fill(b, ' ', pad) < 0) return -1;
    if (pv_buf_append(b, s, n) < 0) return -1;
    if (left && pad && pv_buf_fill(b, ' ', pad) < 0) return -1;
    return 0;
}

/* Number conversions of % formatting: d i u x X o. */
static int pct_int(PvBuf *b, Value v, char conv, int flags, int width, int prec)
{
    Value iv = NULL;
    if (pv_is_int(v)) {
        iv = v;
    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (pv_isinst(v, &pv_float_type)) {
            iv = pv_int_from_double(pv_float_val(v));
        } else if (pv_type(v)->index || pv_type(v)->to_int) {
            iv = pv_number_int(v);
        } else {
            pv_raise(&pv_exc_TypeError, "%%%c format: a real number is required, not %T", conv, v);
            return -1;
        }
    } else {
        if (!pv_type(v)->index) {
            pv_raise(&pv_exc_TypeError, "%%%c format: an integer is required, not %T", conv, v);
            return -1;
        }
        iv = pv_index(v);
    }
    if (!iv) return -1;
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    PvBuf d;
    pv_buf_init(&d);
    bool neg;
    if (pv_int_digits(&d, iv, base, conv == 'X', &neg) < 0) { pv_buf_free(&d); return -1; }
    char pre[4];
    int pl = 0;
    if (neg) pre[pl++] = '-';
    else if (flags & FMT_PLUS) pre[pl++] = '+';
    else if (flags & FMT_SPACE) pre[pl++] = ' ';
    if ((flags & FMT_ALT) && base != 10) { pre[pl++] = '0'; pre[pl++] = conv; }
    size_t zeros = prec > 0 && (size_t)prec > d.size ? prec - d.size : 0;
    size_t len = pl + zeros + d.size;
    if ((flags & FMT_ZERO) && !(flags & FMT_LEFT) && width > 0 && (size_t)width > len) {
        zeros += width - len;
        len = width;
    }
    int r = 0;
    if (!(flags & FMT_LEFT) && width > 0 && (size_t)width > len) r |= pv_buf_fill(b, ' ', width - len);
    r |= pv_buf_append(b, pre, pl);
    r |= pv_buf_fill(b, '0', zeros);
    r |= pv_buf_append(b, d.data ? d.data : "", d.size);
    if ((flags & FMT_LEFT) && width > 0 && (size_t)width > len) r |= pv_buf_fill(b, ' ', width - len);
    pv_buf_free(&d);
    return r ? -1 : 0;
}

/* Float conversions e E f F g G. */
static int pct_float(PvBuf *b, Value v, char conv, int flags, int width, int prec)
{
    double x;
    if (pv_isinst(v, &pv_float_type)) x = pv_float_val(v);
    else if (pv_float_as_double(v, &x) < 0) {
        if (pv_err_matches(&pv_exc_TypeError)) {
            pv_err_clear();
            pv_raise(&pv_exc_TypeError, "must be real number, not %T", v);
        }
        return -1;
    }
    PvBuf t;
    pv_buf_init(&t);
    if (pv_format_double(&t, x, conv, prec < 0 ? 6 : prec, flags & FMT_ALT, false) < 0) return -1;
    int r = pv_fmt_pad_number(b, t.data, t.size, flags, width, isfinite(x));
    pv_buf_free(&t);
    return r;
}

/* Pad a formatted number (sign + digits) for %: handles + space 0 -. */
int pv_fmt_pad_number(PvBuf *b, const char *s, size_t n, int flags, int width, bool zero_ok)
{
    char sign = 0;
    if (n && s[0] == '-') { sign = '-'; s++; n--; }
    else if (flags & FMT_PLUS) sign = '+';
    else if (flags & FMT_SPACE) sign = ' ';
    size_t len = n + (sign != 0);
    size_t pad = width > 0 && (size_t)width > len ? width - len : 0;
    int r = 0;
    if ((flags & FMT_LEFT)) {
        if (sign) r |= pv_buf_append(b, &sign, 1);
        r |= pv_buf_append(b, s, n);
        r |= pv_buf_fill(b, ' ', pad);
    } else if ((flags & FMT_ZERO) && zero_ok) {
        if (sign) r |= pv_buf_append(b, &sign, 1);
        r |= pv_buf_fill(b, '0', pad);
        r |= pv_buf_append(b, s, n);
    } else {
        r |= pv_buf_fill(b, ' ', pad);
        if (sign) r |= pv_buf_append(b, &sign, 1);
        r |= pv_buf_append(b, s, n);
    }
    return r ? -1 : 0;
}

static int get_star(PctArgs *a, int *out)
{
    Value v = next_arg(a);
    if (!v) return -1;
    if (!pv_is_int(v)) {
        pv_raise(&pv_exc_TypeError, "* wants int");
        return -1;
    }
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0 || n > INT32_MAX || n < INT32_MIN) {
        pv_err_clear();
        pv_raise(&pv_exc_ValueError, "width too big");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* The text of %s/%r/%a (str) or %s/%b/%r/%a (bytes) for v. */
static Value pct_text(Value v, char conv, bool bytes)
{
    if (!bytes) {
        if (conv == 's') return pv_str(v);
        if (conv == 'r') return pv_repr(v);
        return pv_ascii(v);
    }
    if (conv == 'r' || conv == 'a') {
        Value s = pv_ascii(v);
        if (!s) return NULL;
        return pv_bytes_new(pv_str_data(s), pv_str_size(s));
    }
    const char *d;
    size_t n;
    if (pv_bytes_like(v, &d, &n)) return pv_bytes_new(d, n);
    Value m = pv_type_lookup_str(pv_type(v), "__bytes__");
    if (m) {
        Value r = pv_call_method(v, "__bytes__", NULL, 0);
        if (r && !pv_isinst(r, &pv_bytes_type))
            return pv_raise(&pv_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    return pv_raise(&pv_exc_TypeError,
                    "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
}

static Value percent_format(const char *f, size_t fn, Value args, bool bytes)
{
    PctArgs a = {.args = args, .bytes = bytes};
    PvType *at = pv_type(args);
    if (at == &pv_tuple_type || (at->flags & PV_TPFLAG_TUPLE_SUBCLASS)) {
        a.items = pv_tuple_items(args);
        a.n = pv_tuple_size(args);
    } else {
        a.items = &a.args;
        a.n = 1;
        if (at->getitem && !pv_is_str(args) && !pv_isinst(args, &pv_bytes_type) &&
            !pv_isinst(args, &pv_bytearray_type))
            a.dict = args;
    }
    PvBuf b;
    pv_buf_init(&b);
    const char *end = f + fn;
    const char *p = f;
    bool used_dict = false;
    while (p < end) {
        const char *q = memchr(p, '%', end - p);
        if (!q) { if (pv_buf_append(&b, p, end - p) < 0) goto fail; break; }
        if (q > p && pv_buf_append(&b, p, q - p) < 0) goto fail;
        p = q + 1;
        if (p >= end) { pv_raise(&pv_exc_ValueError, "incomplete format"); goto fail; }
        Value v = NULL;
        if (*p == '(') {
            if (!a.dict) { pv_raise(&pv_exc_TypeError, "format requires a mapping"); goto fail; }
            int depth = 1;
            const char *k = ++p;
            while (p < end && depth) { if (*p == '(') depth++; else if (*p == ')') depth--; p++; }
            if (depth) { pv_raise(&pv_exc_ValueError, "incomplete format key"); goto fail; }
            Value key = bytes ? pv_bytes_new(k, p - 1 - k) : pv_str_new(k, p - 1 - k);
            if (!key) goto fail;
            v = pv_getitem(a.dict, key);
            if (!v) goto fail;
            used_dict = true;
        }
        int flags = 0, width = -1, prec = -1;
        for (; p < end; p++) {
            if (*p == '-') flags |= FMT_LEFT;
            else if (*p == '+') flags |= FMT_PLUS;
            else if (*p == ' ') flags |= FMT_SPACE;
            else if (*p == '#') flags |= FMT_ALT;
            else if (*p == '0') flags |= FMT_ZERO;
            else break;
        }
        if (p < end && *p == '*') {
            if (get_star(&a, &width) < 0) goto fail;
            if (width < 0) { flags |= FMT_LEFT; width = -width; }
            p++;
        } else {
            while (p < end && *p >= '0' && *p <= '9') width = (width < 0 ? 0 : width) * 10 + (*p++ - '0');
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                if (get_star(&a, &prec) < 0) goto fail;
                if (prec < 0) prec = 0;
                p++;
            }
            else while (p < end && *p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) { pv_raise(&pv_exc_ValueError, "incomplete format"); goto fail; }
        char conv = *p++;
        if (conv == '%') { if (pv_buf_append(&b, "%", 1) < 0) goto fail; continue; }
        if (!v && !(v = next_arg(&a))) goto fail;
        switch (conv) {
        case 's': case 'r': case 'a': case 'b':
            if (conv == 'b' && !bytes) goto unsupported;
            {
                Value t = pct_text(v, conv == 'b' ? 's' : conv, bytes);
                if (!t) goto fail;
                const char *d = bytes ? pv_bytes_data(t) : pv_str_data(t);
                size_t n = bytes ? pv_bytes_size(t) : pv_str_size(t);
                size_t cps = bytes ? n : pv_str_len(t);
                if (prec >= 0 && (size_t)prec < cps) {
                    n = bytes ? (size_t)prec : pv_str_offset(t, prec);
                    cps = prec;
                }
                if (pad_out(&b, d, n, cps, width, flags & FMT_LEFT) < 0) goto fail;
            }
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (pct_int(&b, v, conv, flags, width, prec) < 0) goto fail;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (pct_float(&b, v, conv, flags, width, prec) < 0) goto fail;
            break;
        case 'c': {
            char tmp[4];
            size_t n;
            if (bytes) {
                const char *d;
                size_t dn;
                if (pv_bytes_like(v, &d, &dn) && dn == 1) { tmp[0] = d[0]; n = 1; }
                else if (pv_is_int(v)) {
                    int64_t c;
                    if (pv_int_to_i64(v, &c) < 0 || c < 0 || c > 255) {
                        pv_err_clear();
                        pv_raise(&pv_exc_OverflowError, "%%c arg not in range(256)");
                        goto fail;
                    }
                    tmp[0] = (char)c; n = 1;
                } else {
                    pv_raise(&pv_exc_TypeError, "%%c requires an integer in range(256) or a single byte");
                    goto fail;
                }
                if (pad_out(&b, tmp, n, n, width, flags & FMT_LEFT) < 0) goto fail;
                break;
            }
            uint32_t c;
            if (pv_is_str(v)) {
                if (pv_str_len(v) != 1) { pv_raise(&pv_exc_TypeError, "%%c requires int or char"); goto fail; }
                c = pv_str_char_at(v, 0);
            } else if (pv_is_int(v)) {
                int64_t i;
                if (pv_int_to_i64(v, &i) < 0 || i < 0 || i > 0x10ffff) {
                    pv_err_clear();
                    pv_raise(&pv_exc_OverflowError, "%%c arg not in range(0x110000)");
                    goto fail;
                }
                c = (uint32_t)i;
            } else {
                pv_raise(&pv_exc_TypeError, "%%c requires int or char");
                goto fail;
            }
            n = pv_utf8_put(tmp, c);
            if (pad_out(&b, tmp, n, 1, width, flags & FMT_LEFT) < 0) goto fail;
            break;
        }
        default:
        unsupported:
            if ((unsigned char)conv >= 0x80 && !bytes) {
                int l;
                uint32_t c = pv_utf8_get((const unsigned char *)p - 1, &l);
                pv_raise(&pv_exc_ValueError, "unsupported format character '?' (0x%x) at index %zd",
                         (unsigned)c, (ssize_t)pv_utf8_count(f, p - 1 - f));
            } else {
                pv_raise(&pv_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                         conv >= 32 && conv < 127 ? conv : '?', (unsigned)(unsigned char)conv,
                         bytes ? (ssize_t)(p - 1 - f) : (ssize_t)pv_utf8_count(f, p - 1 - f));
            }
            goto fail;
        }
    }
    if (a.next < a.n && !used_dict && !a.dict) {
        pv_raise(&pv_exc_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                          : "not all arguments converted during string formatting");
        goto fail;
    }
    return bytes ? pv_buf_finish_bytes(&b) : pv_buf_finish_str(&b);
fail:
    pv_buf_free(&b);
    return NULL;
}

Value pv_str_mod(Value fmt, Value args)
{
    return percent_format(pv_str_data(fmt), pv_str_size(fmt), args, false);
}

Value pv_bytes_mod(Value fmt, Value args, bool is_bytearray)
{
    const char *d;
    size_t n;
    pv_bytes_like(fmt, &d, &n);
    Value r = percent_format(d, n, args, true);
    if (r && is_bytearray) r = pv_bytearray_new(pv_bytes_data(r), pv_bytes_size(r));
    return r;
}
