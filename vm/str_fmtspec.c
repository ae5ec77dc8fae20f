/* str_fmtspec.c: the format-spec mini-language for int, float, complex and
 * str (format(), __format__, f-strings) and str.format / format_map. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "str_fmt.h"

typedef struct Spec {
    uint32_t fill;
    char align;        /* 0 (default) < > = ^ */
    char sign;         /* 0 + - ' ' */
    bool z, alt, zero;
    bool fill_given;
    ssize_t width;     /* -1: none */
    char group;        /* 0 , _ */
    ssize_t prec;      /* -1: none */
    uint32_t type;     /* 0: none */
} Spec;

static Value bad_spec(Value spec, Value v)
{
    return pv_raise(&pv_exc_ValueError, "Invalid format specifier '%S' for object of type '%T'",
                    spec, v);
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int read_num(const unsigned char **pp, const unsigned char *end, ssize_t *out)
{
    const unsigned char *p = *pp;
    ssize_t n = 0;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (n > (SSIZE_MAX - 9) / 10) {
            pv_raise(&pv_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        n = n * 10 + (*p++ - '0');
        digits++;
    }
    *pp = p;
    *out = n;
    return digits;
}

/* default_type: 's' for str, 'd' for int, 0 otherwise (as CPython). */
static int parse_spec(Value spec, Value v, Spec *s, char default_type)
{
    memset(s, 0, sizeof *s);
    s->fill = ' ';
    s->width = s->prec = -1;
    const unsigned char *p = (const unsigned char *)pv_str_data(spec);
    const unsigned char *end = p + pv_str_size(spec);
    int l0 = 0, l1 = 0;
    uint32_t c0 = p < end ? pv_utf8_get(p, &l0) : 0;
    uint32_t c1 = p + l0 < end ? pv_utf8_get(p + l0, &l1) : 0;
    if (p + l0 < end && is_align(c1)) {
        s->fill = c0;
        s->fill_given = true;
        s->align = (char)c1;
        p += l0 + l1;
    } else if (p < end && is_align(c0)) {
        s->align = (char)c0;
        p += l0;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) s->sign = (char)*p++;
    if (p < end && *p == 'z') { s->z = true; p++; }
    if (p < end && *p == '#') { s->alt = true; p++; }
    if (p < end && *p == '0') {
        s->zero = true;
        if (!s->fill_given) { s->fill = '0'; s->fill_given = true; }
        if (!s->align && default_type != 's') s->align = '=';
        p++;
    }
    ssize_t n;
    int d = read_num(&p, end, &n);
    if (d < 0) return -1;
    if (d) s->width = n;
    if (p < end && *p == ',') { s->group = ','; p++; }
    if (p < end && *p == '_') {
        if (s->group) { pv_raise(&pv_exc_ValueError, "Cannot specify both ',' and '_'."); return -1; }
        s->group = '_';
        p++;
    }
    if (p < end && *p == ',') { pv_raise(&pv_exc_ValueError, "Cannot specify both ',' and '_'."); return -1; }
    if (p < end && *p == '.') {
        p++;
        d = read_num(&p, end, &n);
        if (d < 0) return -1;
        if (!d) { pv_raise(&pv_exc_ValueError, "Format specifier missing precision"); return -1; }
        s->prec = n;
    }
    if (p < end) {
        int l;
        s->type = pv_utf8_get(p, &l);
        if (p + l < end) { bad_spec(spec, v); return -1; }
    }
    if (s->group) {
        switch (s->type ? s->type : (uint32_t)default_type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (s->group == '_') break;
            /* fall through */
        default:
            if (!s->type || s->type < 128)
                pv_raise(&pv_exc_ValueError, "Cannot specify '%c' with '%c'.", s->group,
                         (int)(s->type ? s->type : (uint32_t)default_type));
            else
                pv_raise(&pv_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", s->group, (unsigned)s->type);
            return -1;
        }
    }
    return 0;
}

static Value unknown_code(const Spec *s, Value v)
{
    if (s->type < 128)
        return pv_raise(&pv_exc_ValueError, "Unknown format code '%c' for object of type '%T'",
                        (int)s->type, v);
    return pv_raise(&pv_exc_ValueError, "Unknown format code '\\x%x' for object of type '%T'",
                    (unsigned)s->type, v);
}

/* Pad `body` (cps code points) to the spec's width with the given align. */
static int pad_text(PvBuf *out, const Spec *s, char align, const char *body, size_t n, size_t cps)
{
    size_t w = s->width > 0 ? (size_t)s->width : 0;
    size_t pad = w > cps ? w - cps : 0, left = 0;
    if (align == '>') left = pad;
    else if (align == '^') left = pad / 2;
    if (pv_buf_fill(out, s->fill, left) < 0) return -1;
    if (pv_buf_append(out, body, n) < 0) return -1;
    return pv_buf_fill(out, s->fill, pad - left);
}

/* Grouped (and zero-extended to min_width) digits, as CPython does. */
static int group_digits(PvBuf *out, const char *dg, size_t nd, ssize_t min_width, int gsize, char sep)
{
    if (!gsize) {
        if (min_width > (ssize_t)nd && pv_buf_fill(out, '0', min_width - nd) < 0) return -1;
        return pv_buf_append(out, dg, nd);
    }
    /* build reversed, then flip */
    PvBuf r;
    pv_buf_init(&r);
    ssize_t remaining = (ssize_t)nd, mw = min_width;
    size_t pos = nd;
    bool usesep = false;
    for (;;) {
        ssize_t m = remaining > mw ? remaining : mw;
        if (m < 1) m = 1;
        ssize_t l = gsize < m ? gsize : m;
        ssize_t nz = l - remaining > 0 ? l - remaining : 0;
        ssize_t nc = remaining < l ? remaining : l;
        if (nc < 0) nc = 0;
        if (usesep && pv_buf_append(&r, &sep, 1) < 0) goto fail;
        for (ssize_t i = 0; i < nc; i++)
            if (pv_buf_append(&r, &dg[--pos], 1) < 0) goto fail;
        if (pv_buf_fill(&r, '0', nz) < 0) goto fail;
        usesep = true;
        remaining -= nc;
        mw -= gsize;
        if (remaining <= 0 && mw <= 0) break;
        mw -= 1;
    }
    if (pv_buf_reserve(out, r.size) < 0) goto fail;
    for (size_t i = r.size; i > 0; i--) out->data[out->size++] = r.data[i - 1];
    pv_buf_free(&r);
    return 0;
fail:
    pv_buf_free(&r);
    return -1;
}

/* Lay out sign, prefix, digits (grouped), rest per the spec. */
static int emit_number(PvBuf *out, const Spec *s, char signch, const char *prefix,
                       const char *dg, size_t nd, const char *rest, size_t nrest, int gsize)
{
    size_t sl = signch != 0, pl = strlen(prefix);
    char align = s->align ? s->align : '>';
    ssize_t min_width = 0;
    if (s->fill == '0' && align == '=' && s->width > 0)
        min_width = s->width - (ssize_t)(sl + pl + nrest);
    PvBuf g;
    pv_buf_init(&g);
    if (group_digits(&g, dg, nd, min_width, s->group ? gsize : 0, s->group) < 0) return -1;
    size_t total = sl + pl + g.size + nrest;
    size_t w = s->width > 0 ? (size_t)s->width : 0;
    size_t pad = w > total ? w - total : 0, left = 0, mid = 0;
    if (align == '>') left = pad;
    else if (align == '^') left = pad / 2;
    else if (align == '=') mid = pad;
    int r = 0;
    r |= pv_buf_fill(out, s->fill, left);
    if (signch) r |= pv_buf_append(out, &signch, 1);
    r |= pv_buf_append(out, prefix, pl);
    r |= pv_buf_fill(out, s->fill, mid);
    r |= pv_buf_append(out, g.data ? g.data : "", g.size);
    r |= pv_buf_append(out, rest, nrest);
    r |= pv_buf_fill(out, s->fill, pad - left - mid);
    pv_buf_free(&g);
    return r ? -1 : 0;
}

/* ---- floats ---- */

static int fmt_snprintf(PvBuf *b, const char *spec, int prec, double x)
{
    int n = snprintf(NULL, 0, spec, prec, x);
    if (pv_buf_reserve(b, n + 1) < 0) return -1;
    snprintf(b->data + b->size, n + 1, spec, prec, x);
    b->size += n;
    return 0;
}

static void strip_zeros(PvBuf *b, size_t start)
{
    /* remove trailing zeros of the fraction, and a bare '.' */
    char *d = b->data + start;
    size_t n = b->size - start;
    if (!memchr(d, '.', n)) return;
    while (n && d[n - 1] == '0') n--;
    if (n && d[n - 1] == '.') n--;
    b->size = start + n;
}

int pv_format_double(PvBuf *b, double x, char conv, int prec, bool alt, bool unused)
{
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (isnan(x)) return pv_buf_append_cstr(b, upper ? "NAN" : "nan");
    if (isinf(x)) return pv_buf_append_cstr(b, x > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf"));
    size_t start = b->size;
    switch (conv) {
    case 'r': case 'R': {
        /* R: repr without a trailing ".0" (the parts of a complex) */
        char tmp[40];
        pv_float_repr_buf(x, tmp);
        size_t l = strlen(tmp);
        if (conv == 'R' && l > 2 && !strcmp(tmp + l - 2, ".0")) tmp[l - 2] = 0;
        return pv_buf_append_cstr(b, tmp);
    }
    case 'e': case 'E':
        return fmt_snprintf(b, conv == 'e' ? (alt ? "%#.*e" : "%.*e") : (alt ? "%#.*E" : "%.*E"), prec, x);
    case 'f': case 'F':
        return fmt_snprintf(b, alt ? "%#.*f" : "%.*f", prec, x);
    case 'g': case 'G':
        if (prec == 0) prec = 1;
        return fmt_snprintf(b, conv == 'g' ? (alt ? "%#.*g" : "%.*g") : (alt ? "%#.*G" : "%.*G"), prec, x);
    case 'n': {
        /* empty type with a precision: like 'g' but switching to exponent
         * one digit earlier and always showing a fractional part */
        if (prec == 0) prec = 1;
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1 > 40 ? 40 : prec - 1, x);
        int decpt = atoi(strchr(tmp, 'e') + 1) + 1;
        if (decpt <= -4 || decpt > prec - 1) {
            if (fmt_snprintf(b, alt ? "%#.*e" : "%.*e", prec - 1, x) < 0) return -1;
            if (!alt) {
                /* strip zeros in the mantissa */
                char *e = memchr(b->data + start, 'e', b->size - start);
                size_t elen = b->data + b->size - e;
                char ex[16];
                memcpy(ex, e, elen);
                b->size = e - b->data;
                strip_zeros(b, start);
                return pv_buf_append(b, ex, elen);
            }
            return 0;
        }
        if (fmt_snprintf(b, alt ? "%#.*f" : "%.*f", prec - decpt, x) < 0) return -1;
        if (!alt) strip_zeros(b, start);
        if (!memchr(b->data + start, '.', b->size - start)) return pv_buf_append(b, ".0", 2);
        return 0;
    }
    }
    return 0;
}

/* Format x per spec (type already validated), sign/zero/grouping/padding. */
static int format_float_body(PvBuf *out, double x, const Spec *s, char type, bool pct)
{
    PvBuf t;
    pv_buf_init(&t);
    int prec = s->prec < 0 ? 6 : (int)s->prec;
    char conv = type;
    if (type == 0) conv = s->prec < 0 ? 'r' : 'n';
    if (pct) { x *= 100; conv = 'f'; }
    if (pv_format_double(&t, x, conv, prec, s->alt, false) < 0) return -1;
    if (pct && pv_buf_append(&t, "%", 1) < 0) { pv_buf_free(&t); return -1; }
    if (s->alt && (conv == 'r' || conv == 'R') && isfinite(x) && !memchr(t.data, '.', t.size)) {
        /* alternate form: always a decimal point, before any exponent */
        char *e = memchr(t.data, 'e', t.size);
        size_t at = e ? (size_t)(e - t.data) : t.size;
        if (pv_buf_reserve(&t, 1) < 0) return -1;
        memmove(t.data + at + 1, t.data + at, t.size - at);
        t.data[at] = '.';
        t.size++;
    }
    const char *d = t.data;
    size_t n = t.size;
    char signch = 0;
    if (n && d[0] == '-') {
        d++; n--;
        signch = '-';
        if (s->z && isfinite(x)) {
            bool allzero = true;
            for (size_t i = 0; i < n && allzero; i++)
                if (d[i] >= '1' && d[i] <= '9') allzero = false;
            if (allzero) signch = 0;
        }
    }
    if (!signch && s->sign == '+') signch = '+';
    else if (!signch && s->sign == ' ') signch = ' ';
    size_t nd = 0;
    while (nd < n && ((d[nd] >= '0' && d[nd] <= '9') || (d[nd] >= 'a' && d[nd] <= 'z' && !isfinite(x)) ||
                      (d[nd] >= 'A' && d[nd] <= 'Z' && !isfinite(x))))
        nd++;
    Spec ns;
    if (!isfinite(x) && s->group) { ns = *s; ns.group = 0; s = &ns; }
    int r = emit_number(out, s, signch, "", d, nd, d + nd, n - nd, 3);
    pv_buf_free(&t);
    return r;
}

static Value format_float(Value v, double x, Spec *s)
{
    char type = 0;
    switch (s->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        type = (char)s->type;
        break;
    case 'n':
        type = 'g';
        break;
    default:
        return unknown_code(s, v);
    }
    PvBuf out;
    pv_buf_init(&out);
    if (format_float_body(&out, x, s, type == '%' ? 'f' : type, type == '%') < 0) {
        pv_buf_free(&out);
        return NULL;
    }
    return pv_buf_finish_str(&out);
}

/* ---- ints ---- */

static Value format_int(Value v, Spec *s)
{
    int base = 10;
    switch (s->type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x = pv_int_to_double(v);
        if (x == -1.0 && pv_err_occurred()) return NULL;
        return format_float(v, x, s);
    }
    case 0: case 'd': case 'n': break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': break;
    default:
        return unknown_code(s, v);
    }
    if (s->prec >= 0)
        return pv_raise(&pv_exc_ValueError, "Precision not allowed in integer format specifier");
    if (s->z)
        return pv_raise(&pv_exc_ValueError,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    PvBuf out;
    pv_buf_init(&out);
    if (s->type == 'c') {
        if (s->sign)
            return pv_raise(&pv_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (s->alt)
            return pv_raise(&pv_exc_ValueError,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t c;
        if (pv_int_to_i64(v, &c) < 0) {
            pv_err_clear();
            return pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C long");
        }
        if (c < 0 || c > 0x10ffff)
            return pv_raise(&pv_exc_OverflowError, "%%c arg not in range(0x110000)");
        char tmp[4];
        int n = pv_utf8_put(tmp, (uint32_t)c);
        if (pad_text(&out, s, s->align ? s->align : '>', tmp, n, 1) < 0) { pv_buf_free(&out); return NULL; }
        return pv_buf_finish_str(&out);
    }
    PvBuf dg;
    pv_buf_init(&dg);
    bool neg;
    if (pv_int_digits(&dg, v, base, s->type == 'X', &neg) < 0) return NULL;
    char signch = neg ? '-' : s->sign == '+' ? '+' : s->sign == ' ' ? ' ' : 0;
    const char *prefix = "";
    if (s->alt) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (s->type == 'X' ? "0X" : "0x") : "";
    int r = emit_number(&out, s, signch, prefix, dg.data, dg.size, "", 0, base == 10 ? 3 : 4);
    pv_buf_free(&dg);
    if (r < 0) { pv_buf_free(&out); return NULL; }
    return pv_buf_finish_str(&out);
}

/* ---- str ---- */

static Value format_str(Value v, Spec *s)
{
    if (s->type && s->type != 's') return unknown_code(s, v);
    if (s->sign) return pv_raise(&pv_exc_ValueError, "Sign not allowed in string format specifier");
    if (s->z)
        return pv_raise(&pv_exc_ValueError,
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (s->alt)
        return pv_raise(&pv_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (s->align == '=')
        return pv_raise(&pv_exc_ValueError, "'=' alignment not allowed in string format specifier");
    size_t n = pv_str_size(v), cps = pv_str_len(v);
    if (s->prec >= 0 && (size_t)s->prec < cps) {
        n = pv_str_offset(v, s->prec);
        cps = s->prec;
    }
    if ((s->width < 0 || (size_t)s->width <= cps) && n == pv_str_size(v)) return pv_str_exact(v);
    PvBuf out;
    pv_buf_init(&out);
    if (pad_text(&out, s, s->align ? s->align : '<', pv_str_data(v), n, cps) < 0) {
        pv_buf_free(&out);
        return NULL;
    }
    return pv_buf_finish_str(&out);
}

/* ---- complex ---- */

static Value format_complex(Value v, Spec *s)
{
    double re, im;
    Value r = pv_getattr_str(v, "real");
    if (!r || pv_float_as_double(r, &re) < 0) return NULL;
    Value i = pv_getattr_str(v, "imag");
    if (!i || pv_float_as_double(i, &im) < 0) return NULL;
    char type;
    switch (s->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': type = (char)s->type; break;
    case 'n': type = 'g'; break;
    default: return unknown_code(s, v);
    }
    if (s->zero && s->fill == '0' && s->align == '=')
        return pv_raise(&pv_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (s->align == '=')
        return pv_raise(&pv_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    bool parens = type == 0;
    bool skip_re = type == 0 && re == 0.0 && !signbit(re);
    if (type == 0) type = s->prec < 0 ? 'R' : 'g';
    Spec ps = *s;
    ps.width = -1;
    ps.align = 0;
    ps.fill = ' ';
    PvBuf body, part;
    pv_buf_init(&body);
    pv_buf_init(&part);
    int rc = 0;
    if (parens && !skip_re) rc |= pv_buf_append(&body, "(", 1);
    if (!skip_re) rc |= format_float_body(&body, re, &ps, type, false);
    ps.sign = skip_re ? s->sign : '+';
    rc |= format_float_body(&body, im, &ps, type, false);
    rc |= pv_buf_append(&body, "j", 1);
    if (parens && !skip_re) rc |= pv_buf_append(&body, ")", 1);
    if (rc) { pv_buf_free(&body); return NULL; }
    rc = pad_text(&part, s, s->align ? s->align : '>', body.data, body.size,
                  pv_utf8_count(body.data, body.size));
    pv_buf_free(&body);
    if (rc < 0) { pv_buf_free(&part); return NULL; }
    return pv_buf_finish_str(&part);
}

Value pv_format_spec(Value v, Value spec)
{
    if (pv_str_size(spec) == 0) return pv_str(v);
    Spec s;
    char dt = pv_is_str(v) ? 's' : pv_is_int(v) ? 'd' : 0;
    if (parse_spec(spec, v, &s, dt) < 0) return NULL;
    if (pv_is_str(v)) return format_str(v, &s);
    if (pv_is_int(v)) return format_int(v, &s);
    if (pv_isinst(v, &pv_float_type)) return format_float(v, pv_float_val(v), &s);
    if (pv_isinst(v, &pv_complex_type)) return format_complex(v, &s);
    return pv_raise(&pv_exc_TypeError, "unsupported format string passed to %T.__format__", v);
}

/* ---- str.format ---- */

enum { AUTO_INIT, AUTO_ON, AUTO_MANUAL };
typedef struct FmtState {
    Value *args;
    size_t nargs;
    Value kwargs;     /* mapping or NULL */
    int autostate;
    size_t autoidx;
} FmtState;

static int render(PvBuf *out, const char *f, size_t n, FmtState *st, int depth);

/* Resolve "name.attr[key]..." to a value. */
static Value get_field(const char *f, size_t n, FmtState *st)
{
    size_t i = 0;
    while (i < n && f[i] != '.' && f[i] != '[') i++;
    Value obj;
    bool alldig = i > 0;
    for (size_t k = 0; k < i; k++) if (f[k] < '0' || f[k] > '9') alldig = false;
    if (i == 0 || alldig) {
        size_t idx;
        if (i == 0) {
            if (st->autostate == AUTO_MANUAL)
                return pv_raise(&pv_exc_ValueError,
                                "cannot switch from manual field specification to automatic field numbering");
            st->autostate = AUTO_ON;
            idx = st->autoidx++;
        } else {
            if (st->autostate == AUTO_ON)
                return pv_raise(&pv_exc_ValueError,
                                "cannot switch from automatic field numbering to manual field specification");
            st->autostate = AUTO_MANUAL;
            idx = strtoul(f, NULL, 10);
        }
        if (idx >= st->nargs)
            return pv_raise(&pv_exc_IndexError,
                            "Replacement index %zu out of range for positional args tuple", idx);
        obj = st->args[idx];
    } else {
        Value key = pv_str_new(f, i);
        if (!key) return NULL;
        if (!st->kwargs) {
            pv_err_restore(pv_exc_new(&pv_exc_KeyError, &key, 1));
            return NULL;
        }
        obj = pv_getitem(st->kwargs, key);
        if (!obj) return NULL;
    }
    while (i < n) {
        if (f[i] == '.') {
            size_t s = ++i;
            while (i < n && f[i] != '.' && f[i] != '[') i++;
            if (i == s) return pv_raise(&pv_exc_ValueError, "Empty attribute in format string");
            Value name = pv_str_new(f + s, i - s);
            if (!name || !(obj = pv_getattr(obj, name))) return NULL;
        } else if (f[i] == '[') {
            size_t s = ++i;
            while (i < n && f[i] != ']') i++;
            if (i >= n) return pv_raise(&pv_exc_ValueError, "Missing ']' in format string");
            if (i == s) return pv_raise(&pv_exc_ValueError, "Empty attribute in format string");
            bool dig = true;
            for (size_t k = s; k < i; k++) if (f[k] < '0' || f[k] > '9') dig = false;
            Value key = dig ? pv_int_from_string(f + s, i - s, 10) : pv_str_new(f + s, i - s);
            if (!key || !(obj = pv_getitem(obj, key))) return NULL;
            i++;
            if (i < n && f[i] != '.' && f[i] != '[')
                return pv_raise(&pv_exc_ValueError,
                                "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return pv_raise(&pv_exc_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* Format one field: name [conversion] spec, already split. */
static int output_field(PvBuf *out, const char *name, size_t namen, uint32_t conv,
                        const char *spec, size_t specn, bool expand, FmtState *st, int depth)
{
    Value obj = get_field(name, namen, st);
    if (!obj) return -1;
    switch (conv) {
    case 0: break;
    case 'r': obj = pv_repr(obj); break;
    case 's': obj = pv_str(obj); break;
    case 'a': obj = pv_ascii(obj); break;
    default:
        if (conv < 128)
            pv_raise(&pv_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        else
            pv_raise(&pv_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        return -1;
    }
    if (!obj) return -1;
    Value specv;
    if (expand) {
        PvBuf sb;
        pv_buf_init(&sb);
        if (render(&sb, spec, specn, st, depth - 1) < 0) { pv_buf_free(&sb); return -1; }
        specv = pv_buf_finish_str(&sb);
    } else {
        specv = pv_str_new(spec, specn);
    }
    if (!specv) return -1;
    Value r = (pv_type(obj) == &pv_str_type && pv_str_size(specv) == 0) ? obj : pv_format(obj, specv);
    if (!r) return -1;
    return pv_buf_append_str(out, r);
}

/* Parse the field starting after '{' at f[*pos] as CPython does: the name
 * runs to ':', '!' or '}' (brackets skipped), then an optional conversion,
 * then a spec whose braces must balance. */
static int parse_field(PvBuf *out, const char *f, size_t n, size_t *pos, FmtState *st, int depth)
{
    size_t i = *pos, ns = i;
    char c = 0;
    while (i < n) {
        c = f[i++];
        if (c == '{') {
            pv_raise(&pv_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < n && f[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
        c = 0;
    }
    size_t ne = (c == '}' || c == ':' || c == '!') ? i - 1 : i;
    uint32_t conv = 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= n) {
                pv_raise(&pv_exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            int l;
            conv = pv_utf8_get((const unsigned char *)f + i, &l);
            i += l;
            if (i < n) {
                char d = f[i++];
                if (d == '}') {
                    *pos = i;
                    return output_field(out, f + ns, ne - ns, conv, "", 0, false, st, depth);
                }
                if (d != ':') {
                    pv_raise(&pv_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        size_t ss = i;
        int count = 1;
        bool expand = false;
        while (i < n) {
            char d = f[i++];
            if (d == '{') { expand = true; count++; }
            else if (d == '}' && --count == 0) {
                *pos = i;
                return output_field(out, f + ns, ne - ns, conv, f + ss, i - 1 - ss, expand, st, depth);
            }
        }
        pv_raise(&pv_exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        pv_raise(&pv_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    return output_field(out, f + ns, ne - ns, 0, "", 0, false, st, depth);
}

static int render(PvBuf *out, const char *f, size_t n, FmtState *st, int depth)
{
    if (depth <= 0) {
        pv_raise(&pv_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        size_t s = i;
        while (i < n && f[i] != '{' && f[i] != '}') i++;
        if (i > s && pv_buf_append(out, f + s, i - s) < 0) return -1;
        if (i >= n) break;
        if (f[i] == '}') {
            if (i + 1 < n && f[i + 1] == '}') { pv_buf_append(out, "}", 1); i += 2; continue; }
            pv_raise(&pv_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (i + 1 < n && f[i + 1] == '{') { pv_buf_append(out, "{", 1); i += 2; continue; }
        if (i + 1 >= n) {
            pv_raise(&pv_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        i++;
        if (parse_field(out, f, n, &i, st, depth) < 0) return -1;
    }
    return 0;
}

Value pv_str_format_method(Value fmt, Value *args, size_t nargs, Value kwargs)
{
    FmtState st = {args, nargs, kwargs, AUTO_INIT, 0};
    PvBuf b;
    pv_buf_init(&b);
    if (render(&b, pv_str_data(fmt), pv_str_size(fmt), &st, 2) < 0) {
        pv_buf_free(&b);
        return NULL;
    }
    return pv_buf_finish_str(&b);
}
