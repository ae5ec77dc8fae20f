/* complex.c: the complex type, with CPython's algorithms for division and
 * powers (so results match bit for bit) and its repr and parser. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "num.h"

typedef struct { double r, i; } C;

Value pv_complex_new(double real, double imag)
{
    PvComplex *c = pv_alloc(&pv_complex_type, sizeof(PvComplex));
    if (!c)
        return NULL;
    c->real = real;
    c->imag = imag;
    return (Value)c;
}

static Value cnew(C c) { return pv_complex_new(c.r, c.i); }

static bool is_complex(Value v)
{
    return !pv_is_small(v) && (v->type == &pv_complex_type || pv_type_is_subtype(v->type, &pv_complex_type));
}

int pv_complex_from_value(Value v, double *re, double *im)
{
    if (is_complex(v)) {
        *re = ((PvComplex *)v)->real;
        *im = ((PvComplex *)v)->imag;
        return 0;
    }
    if (pv_is_int(v) || pv_isinst(v, &pv_float_type)) {
        *im = 0.0;
        return pv_float_as_double(v, re);
    }
    return 1;
}

/* ---- arithmetic (CPython's formulas) ---- */

static C c_sum(C a, C b) { return (C){a.r + b.r, a.i + b.i}; }
static C c_diff(C a, C b) { return (C){a.r - b.r, a.i - b.i}; }
static C c_prod(C a, C b) { return (C){a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r}; }

/* Smith's method; *zero set when dividing by 0. */
static C c_quot(C a, C b, bool *zero)
{
    double abr = fabs(b.r), abi = fabs(b.i);
    C r;
    if (abr >= abi) {
        if (abr == 0.0) {
            *zero = true;
            return (C){0, 0};
        }
        double ratio = b.i / b.r, denom = b.r + b.i * ratio;
        r.r = (a.r + a.i * ratio) / denom;
        r.i = (a.i - a.r * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = b.r / b.i, denom = b.r * ratio + b.i;
        r.r = (a.r * ratio + a.i) / denom;
        r.i = (a.i * ratio - a.r) / denom;
    } else {
        r.r = r.i = NAN; /* at least one nan */
    }
    return r;
}

bool pv_complex_div(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    bool zero = false;
    C r = c_quot((C){ar, ai}, (C){br, bi}, &zero);
    *rr = r.r;
    *ri = r.i;
    return !zero;
}

static C c_pow(C a, C b, bool *edom)
{
    if (b.r == 0.0 && b.i == 0.0)
        return (C){1.0, 0.0};
    if (a.r == 0.0 && a.i == 0.0) {
        if (b.i != 0.0 || b.r < 0.0)
            *edom = true;
        return (C){0.0, 0.0};
    }
    double vabs = hypot(a.r, a.i), len = pow(vabs, b.r), at = atan2(a.i, a.r), phase = at * b.r;
    if (b.i != 0.0) {
        len /= exp(at * b.i);
        phase += b.i * log(vabs);
    }
    return (C){len * cos(phase), len * sin(phase)};
}

static C c_powu(C x, long n)
{
    C r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

/* Errors as CPython reports them: the C library's errno from pow, exp,
 * cos... (EDOM -> ZeroDivisionError, ERANGE -> OverflowError), and an
 * infinite part counts as a range error. */
Value pv_complex_pow_d(double ar, double ai, double br, double bi)
{
    C a = {ar, ai}, b = {br, bi}, p;
    bool edom = false;
    errno = 0;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0)
            p = c_powu(a, n);
        else
            p = c_quot((C){1.0, 0.0}, c_powu(a, -n), &edom);
    } else {
        p = c_pow(a, b, &edom);
    }
    int err = edom ? EDOM : errno;
    if (isinf(p.r) || isinf(p.i)) {
        if (err == 0)
            err = ERANGE;
    } else if (err == ERANGE) {
        err = 0;
    }
    if (err == EDOM)
        return pv_raise(&pv_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (err == ERANGE)
        return pv_raise(&pv_exc_OverflowError, "complex exponentiation");
    return cnew(p);
}

static int operands(Value a, Value b, C *x, C *y)
{
    int k = pv_complex_from_value(a, &x->r, &x->i);
    if (k)
        return k > 0 ? 0 : -1;
    k = pv_complex_from_value(b, &y->r, &y->i);
    if (k)
        return k > 0 ? 0 : -1;
    return 1;
}

#define OPERANDS(a, b, x, y)                      \
    C x, y;                                       \
    {                                             \
        int k_ = operands(a, b, &x, &y);          \
        if (k_ <= 0)                              \
            return k_ ? NULL : pv_NotImplemented; \
    }

static Value c_add(Value a, Value b) { OPERANDS(a, b, x, y); return cnew(c_sum(x, y)); }
static Value c_sub(Value a, Value b) { OPERANDS(a, b, x, y); return cnew(c_diff(x, y)); }
static Value c_mul(Value a, Value b) { OPERANDS(a, b, x, y); return cnew(c_prod(x, y)); }
static Value c_div(Value a, Value b)
{
    OPERANDS(a, b, x, y);
    bool zero = false;
    C r = c_quot(x, y, &zero);
    if (zero)
        return pv_raise(&pv_exc_ZeroDivisionError, "complex division by zero");
    return cnew(r);
}
static Value c_powv(Value a, Value b)
{
    OPERANDS(a, b, x, y);
    return pv_complex_pow_d(x.r, x.i, y.r, y.i);
}
static Value c_ternary_pow(Value a, Value b, Value m)
{
    if (m && m != pv_None)
        return pv_raise(&pv_exc_ValueError, "complex modulo");
    return c_powv(a, b);
}

static C CV(Value v) { PvComplex *c = (PvComplex *)v; return (C){c->real, c->imag}; }
static Value c_neg(Value v) { return pv_complex_new(-CV(v).r, -CV(v).i); }
static Value c_pos(Value v) { return v->type == &pv_complex_type ? v : cnew(CV(v)); }
static int c_bool(Value v) { return CV(v).r != 0.0 || CV(v).i != 0.0; }

static Value c_abs(Value v)
{
    C c = CV(v);
    if (isinf(c.r) || isinf(c.i))
        return pv_float_new(HUGE_VAL);
    if (isnan(c.r) || isnan(c.i))
        return pv_float_new(NAN);
    double r = hypot(c.r, c.i);
    if (isinf(r))
        return pv_raise(&pv_exc_OverflowError, "absolute value too large");
    return pv_float_new(r);
}

static Value c_richcompare(Value a, Value b, int op)
{
    if (!is_complex(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    if (op != PV_EQ && op != PV_NE)
        return pv_NotImplemented;
    C x = CV(a);
    bool eq;
    if (pv_is_int(b)) {
        eq = x.i == 0.0 && pv_float_cmp_int(x.r, b, PV_EQ);
    } else if (pv_isinst(b, &pv_float_type)) {
        eq = x.i == 0.0 && x.r == pv_float_val(b);
    } else if (is_complex(b)) {
        eq = x.r == CV(b).r && x.i == CV(b).i;
    } else
        return pv_NotImplemented;
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static int64_t c_hash(Value v)
{
    C c = CV(v);
    uint64_t hr = (uint64_t)pv_float_hash_d(c.r, v), hi = (uint64_t)pv_float_hash_d(c.i, v);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

static void append(char **o, double d, bool sign)
{
    char buf[40];
    pv_float_repr_ex(d, buf, false);
    if (sign && buf[0] != '-')
        *(*o)++ = '+';
    size_t n = strlen(buf);
    memcpy(*o, buf, n);
    *o += n;
}

static Value c_repr(Value v)
{
    C c = CV(v);
    char buf[100], *o = buf;
    if (c.r == 0.0 && !signbit(c.r)) {
        append(&o, c.i, false);
        *o++ = 'j';
    } else {
        *o++ = '(';
        append(&o, c.r, false);
        append(&o, c.i, true);
        *o++ = 'j';
        *o++ = ')';
    }
    return pv_str_new(buf, (size_t)(o - buf));
}

/* ---- complex(str) ---- */


static bool parse_complex(const char *p, const char *end, C *out)
{
    while (p < end && pv_num_is_space((unsigned char)*p))
        p++;
    while (end > p && pv_num_is_space((unsigned char)end[-1]))
        end--;
    if (p < end && *p == '(' && end[-1] == ')') {
        p++;
        end--;
        while (p < end && pv_num_is_space((unsigned char)*p))
            p++;
        while (end > p && pv_num_is_space((unsigned char)end[-1]))
            end--;
    }
    if (p == end)
        return false;
    double x = 0, y = 0;
    const char *q = pv_float_scan(p, end, &x);
    if (!q) { /* "j", "+j", "-j" */
        const char *s = p;
        if (s < end && (*s == '+' || *s == '-'))
            s++;
        if (s + 1 == end && (*s | 0x20) == 'j') {
            *out = (C){0.0, *p == '-' ? -1.0 : 1.0};
            return true;
        }
        return false;
    }
    if (q == end) {
        *out = (C){x, 0.0};
        return true;
    }
    if ((*q | 0x20) == 'j' && q + 1 == end) {
        *out = (C){0.0, x};
        return true;
    }
    if (*q != '+' && *q != '-')
        return false;
    const char *r = pv_float_scan(q, end, &y);
    if (!r) {
        if (q + 2 == end && (q[1] | 0x20) == 'j') {
            *out = (C){x, *q == '-' ? -1.0 : 1.0};
            return true;
        }
        return false;
    }
    if (r + 1 != end || (*r | 0x20) != 'j')
        return false;
    *out = (C){x, y};
    return true;
}

static Value from_string(Value s)
{
    const char *d = pv_str_data(s);
    size_t n = pv_str_size(s);
    char *a = NULL;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80 || !d[i]) {
            a = pv_num_ascii_text(d, n, &n);
            if (!a)
                return pv_nomemory();
            if (memchr(d, 0, pv_str_size(s)))
                a[0] = '?';
            d = a;
            break;
        }
    /* underscores only between digits, then parse without them */
    char *u = memchr(d, '_', n) ? malloc(n + 1) : NULL;
    if (u) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (d[i] != '_') {
                u[k++] = d[i];
                continue;
            }
            if (i == 0 || !isdigit((unsigned char)d[i - 1]) || i + 1 == n || !isdigit((unsigned char)d[i + 1])) {
                free(u);
                free(a);
                return pv_raise(&pv_exc_ValueError, "could not convert string to complex: %R", s);
            }
        }
        d = u;
        n = k;
    }
    C c;
    bool ok = parse_complex(d, d + n, &c);
    free(u);
    free(a);
    if (!ok)
        return pv_raise(&pv_exc_ValueError, "complex() arg is a malformed string");
    return cnew(c);
}

/* ---- complex(real, imag) ---- */

/* A number for complex(): via __complex__, complex, or float(). *is_c
 * tells whether it was complex. 1: not a number. */
static int to_c(Value v, C *c, bool *is_c)
{
    *is_c = false;
    if (is_complex(v)) {
        *c = CV(v);
        *is_c = true;
        return 0;
    }
    Value m = pv_type_lookup_str(pv_type(v), "__complex__");
    if (m) {
        Value r = pv_call1(m, v);
        if (!r)
            return -1;
        if (!is_complex(r)) {
            pv_raise(&pv_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
            return -1;
        }
        *c = CV(r);
        *is_c = true;
        return 0;
    }
    PvType *t = pv_type(v);
    if (!pv_is_int(v) && !pv_isinst(v, &pv_float_type) && !t->to_float && !t->index)
        return 1;
    c->i = 0.0;
    return pv_float_as_double(v, &c->r);
}

static Value c_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"real", "imag", NULL};
    Value vr = NULL, vi = NULL, res;
    for (size_t i = 0; kwnames && i < pv_tuple_size(kwnames); i++)
        if (!pv_str_eq_cstr(pv_tuple_items(kwnames)[i], "real") && !pv_str_eq_cstr(pv_tuple_items(kwnames)[i], "imag"))
            return pv_raise(&pv_exc_TypeError, "%R is an invalid keyword argument for complex()",
                            pv_tuple_items(kwnames)[i]);
    if (pv_parse_args("complex", args, nargs, kwnames, "|OO", kwlist, &vr, &vi) < 0)
        return NULL;
    if (!vr) {
        vr = pv_small(0);
    }
    if (pv_is_str(vr)) {
        if (vi)
            return pv_raise(&pv_exc_TypeError, "complex() can't take second arg if first is a string");
        res = from_string(vr);
        goto done;
    }
    if (vi && pv_is_str(vi))
        return pv_raise(&pv_exc_TypeError, "complex() second arg can't be a string");
    if (type == &pv_complex_type && !vi && pv_type(vr) == &pv_complex_type)
        return vr;
    C cr, ci = {0.0, 0.0};
    bool cr_c, ci_c = false;
    int k = to_c(vr, &cr, &cr_c);
    if (k)
        return k > 0 ? pv_raise(&pv_exc_TypeError, "complex() first argument must be a string or a number, not '%T'", vr) : NULL;
    if (vi) {
        k = to_c(vi, &ci, &ci_c);
        if (k)
            return k > 0 ? pv_raise(&pv_exc_TypeError, "complex() second argument must be a number, not '%T'", vi) : NULL;
    }
    if (ci_c)
        cr.r -= ci.i;
    if (cr_c && vi)
        ci.r += cr.i;
    res = pv_complex_new(cr.r, vi ? ci.r : cr.i);
done:
    if (!res || type == &pv_complex_type)
        return res;
    PvComplex *o = pv_alloc(type, type->basicsize);
    if (!o)
        return NULL;
    o->real = ((PvComplex *)res)->real;
    o->imag = ((PvComplex *)res)->imag;
    return (Value)o;
}

/* ---- methods ---- */

static Value m_conjugate(Value self, Value *args, size_t nargs, Value kw)
{
    return pv_complex_new(CV(self).r, -CV(self).i);
}
static Value m_complex(Value self, Value *args, size_t nargs, Value kw) { return c_pos(self); }
static Value m_getnewargs(Value self, Value *args, size_t nargs, Value kw)
{
    Value a = pv_float_new(CV(self).r), b = a ? pv_float_new(CV(self).i) : NULL;
    return b ? pv_tuple_pack(2, a, b) : NULL;
}
static Value m_format(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (pv_str_size(args[0]) == 0)
        return pv_str(self);
    return pv_format_spec(self, args[0]);
}
static Value m_sizeof(Value self, Value *args, size_t nargs, Value kw) { return pv_small(32); }

static const PvMethodDef c_methods[] = {
    {"conjugate", m_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", m_complex, 0, "Convert this value to exact type complex."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__format__", m_format, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", m_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value g_real(Value self) { return pv_float_new(CV(self).r); }
static Value g_imag(Value self) { return pv_float_new(CV(self).i); }
static const PvGetSetDef c_getsets[] = {
    {"real", g_real, NULL, "the real part of a complex number"},
    {"imag", g_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

PvType pv_complex_type = {
    .name = "complex",
    .basicsize = sizeof(PvComplex),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = c_methods,
    .getsets = c_getsets,
    .repr = c_repr,
    .hash = c_hash,
    .richcompare = c_richcompare,
    .new_ = c_new,
    .binop = {
        [PV_OP_ADD] = c_add, [PV_OP_SUB] = c_sub, [PV_OP_MUL] = c_mul,
        [PV_OP_TRUEDIV] = c_div, [PV_OP_POW] = c_powv,
    },
    .ternary_pow = c_ternary_pow,
    .neg = c_neg,
    .pos = c_pos,
    .abs = c_abs,
    .bool_ = c_bool,
};
