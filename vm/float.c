/* float.c: the float type: boxed doubles with CPython's semantics for
 * %, //, divmod and ** (including the complex result of a negative base
 * with a fractional exponent), exact comparisons with ints, and hashes
 * that agree with int's. Text conversions live in float_str.c. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include "num.h"

#define HASH_MOD ((uint64_t)0x1FFFFFFFFFFFFFFF) /* 2**61 - 1 */
#define HASH_BITS 61

Value pv_float_new(double d)
{
    PvFloat *f = pv_alloc(&pv_float_type, sizeof(PvFloat));
    if (!f)
        return NULL;
    f->value = d;
    return (Value)f;
}

static bool is_float(Value v)
{
    return !pv_is_small(v) && (v->type == &pv_float_type || pv_type_is_subtype(v->type, &pv_float_type));
}

int pv_float_as_double(Value v, double *out)
{
    if (is_float(v)) {
        *out = pv_float_val(v);
        return 0;
    }
    if (pv_is_int(v)) {
        double d = pv_int_to_double(v);
        if (d == -1.0 && pv_err_occurred())
            return -1;
        *out = d;
        return 0;
    }
    PvType *t = pv_type(v);
    if (t->to_float) {
        Value r = t->to_float(v);
        if (!r)
            return -1;
        if (!is_float(r)) {
            pv_raise(&pv_exc_TypeError, "%s.__float__ returned non-float (type %T)", t->name, r);
            return -1;
        }
        *out = pv_float_val(r);
        return 0;
    }
    if (t->index) {
        Value i = pv_index(v);
        if (!i)
            return -1;
        return pv_float_as_double(i, out);
    }
    pv_raise(&pv_exc_TypeError, "must be real number, not %T", v);
    return -1;
}

/* One operand as a double: 1; 0 when it is not a float or an int
 * (NotImplemented); -1 on error (int too large). Exact floats and small
 * ints first: they are nearly all operands. */
static inline int operand(Value v, double *out)
{
    if (pv_is_small(v)) {
        *out = (double)pv_small_val(v); /* rounds to nearest, as int -> float must */
        return 1;
    }
    if (v->type == &pv_float_type) {
        *out = pv_float_val(v);
        return 1;
    }
    if (!is_float(v) && !pv_is_int(v))
        return 0;
    return pv_float_as_double(v, out) < 0 ? -1 : 1;
}

/* Both operands as doubles: 1; 0 when the pair is not ours; -1 on error. */
static inline int operands(Value a, Value b, double *x, double *y)
{
    int k = operand(a, x);
    if (k <= 0)
        return k;
    return operand(b, y);
}

#define OPERANDS(a, b, x, y)                 \
    double x, y;                              \
    {                                         \
        int k_ = operands(a, b, &x, &y);     \
        if (k_ <= 0)                          \
            return k_ ? NULL : pv_NotImplemented; \
    }

static Value f_add(Value a, Value b) { OPERANDS(a, b, x, y); return pv_float_new(x + y); }
static Value f_sub(Value a, Value b) { OPERANDS(a, b, x, y); return pv_float_new(x - y); }
static Value f_mul(Value a, Value b) { OPERANDS(a, b, x, y); return pv_float_new(x * y); }

static Value f_div(Value a, Value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return pv_raise(&pv_exc_ZeroDivisionError, "float division by zero");
    return pv_float_new(x / y);
}

static double float_mod(double x, double y)
{
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static void float_divmod(double x, double y, double *fd, double *md)
{
    double m = fmod(x, y), div = (x - m) / y, floordiv;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *fd = floordiv;
    *md = m;
}

static Value f_mod(Value a, Value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return pv_raise(&pv_exc_ZeroDivisionError, "float modulo");
    return pv_float_new(float_mod(x, y));
}

static Value f_floordiv(Value a, Value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return pv_raise(&pv_exc_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod(x, y, &q, &m);
    return pv_float_new(q);
}

Value pv_float_divmod_d(double x, double y)
{
    if (y == 0.0)
        return pv_raise(&pv_exc_ZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod(x, y, &q, &m);
    Value vq = pv_float_new(q), vm = vq ? pv_float_new(m) : NULL;
    return vm ? pv_tuple_pack(2, vq, vm) : NULL;
}

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

static Value range_error(void)
{
    Value args[2] = {pv_small(ERANGE), pv_str_from_cstr("Numerical result out of range")};
    if (!args[1])
        return NULL;
    Value e = pv_exc_new(&pv_exc_OverflowError, args, 2);
    return e ? pv_raise_value(e) : NULL;
}

Value pv_float_pow_d(double iv, double iw)
{
    if (iw == 0.0)
        return pv_float_new(1.0);
    if (isnan(iv))
        return pv_float_new(iv);
    if (isnan(iw))
        return pv_float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return pv_float_new(1.0);
        return pv_float_new((iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return pv_float_new(odd ? iv : fabs(iv));
        return pv_float_new(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return pv_raise(&pv_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return pv_float_new(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return pv_complex_pow_d(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return pv_float_new(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r))
        return range_error();
    return pv_float_new(negate ? -r : r);
}

static Value f_pow(Value a, Value b)
{
    OPERANDS(a, b, x, y);
    return pv_float_pow_d(x, y);
}

static Value f_ternary_pow(Value a, Value b, Value m)
{
    if (!m || m == pv_None)
        return f_pow(a, b);
    return pv_raise(&pv_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

static Value f_neg(Value v) { return pv_float_new(-pv_float_val(v)); }
static Value f_pos(Value v) { return v->type == &pv_float_type ? v : pv_float_new(pv_float_val(v)); }
static Value f_abs(Value v) { return pv_float_new(fabs(pv_float_val(v))); }
static int f_bool(Value v) { return pv_float_val(v) != 0.0; }
static Value f_to_int(Value v) { return pv_int_from_double(pv_float_val(v)); }

/* ---- comparison ---- */

static bool cmp_result(int c, int op)
{
    switch (op) {
    case PV_LT: return c < 0;
    case PV_LE: return c <= 0;
    case PV_EQ: return c == 0;
    case PV_NE: return c != 0;
    case PV_GT: return c > 0;
    default: return c >= 0;
    }
}

int pv_float_cmp_int(double d, Value i, int op)
{
    if (isnan(d))
        return op == PV_NE;
    int c;
    if (isinf(d)) {
        c = d > 0 ? 1 : -1;
    } else if (pv_is_small(i) && pv_small_val(i) <= ((int64_t)1 << 53) &&
               pv_small_val(i) >= -((int64_t)1 << 53)) {
        double y = (double)pv_small_val(i);
        c = (d > y) - (d < y);
    } else {
        double fl = floor(d);
        mpz_t zf;
        mpz_init_set_d(zf, fl);
        PvMpzTmp t;
        c = mpz_cmp(zf, pv_int_mpz(i, &t));
        PV_KEEP(i);
        mpz_clear(zf);
        c = (c > 0) - (c < 0);
        if (c == 0 && d > fl)
            c = 1;
    }
    return cmp_result(c, op);
}

static const int swapped[6] = {PV_GT, PV_GE, PV_EQ, PV_NE, PV_LT, PV_LE};

static Value f_richcompare(Value a, Value b, int op)
{
    if (!is_float(a)) { /* called reflected with the float second */
        Value t = a;
        a = b;
        b = t;
        op = swapped[op];
    }
    double x = pv_float_val(a);
    if (is_float(b)) {
        double y = pv_float_val(b);
        bool r;
        switch (op) {
        case PV_LT: r = x < y; break;
        case PV_LE: r = x <= y; break;
        case PV_EQ: r = x == y; break;
        case PV_NE: r = x != y; break;
        case PV_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return pv_bool(r);
    }
    if (pv_is_int(b))
        return pv_bool(pv_float_cmp_int(x, b, op));
    return pv_NotImplemented;
}

/* ---- hash: the value's residue mod 2**61-1, consistent with int ---- */

int64_t pv_float_hash_d(double v, Value obj)
{
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (isnan(v)) {
        uint64_t y = (uint64_t)(uintptr_t)obj;
        int64_t h = (int64_t)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t f_hash(Value v) { return pv_float_hash_d(pv_float_val(v), v); }

static Value f_repr(Value v)
{
    char buf[40];
    pv_float_repr_buf(pv_float_val(v), buf);
    return pv_str_from_cstr(buf);
}

/* ---- float(x) ---- */

static Value f_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("float", kwnames) < 0 || pv_check_nargs("float", nargs, 0, 1) < 0)
        return NULL;
    Value r;
    if (nargs == 0) {
        r = pv_float_new(0.0);
    } else {
        Value x = args[0];
        PvType *t = pv_type(x);
        if (t == &pv_float_type)
            r = x;
        else if (pv_is_str(x) && !t->to_float)
            r = pv_float_from_text(pv_str_data(x), pv_str_size(x), x);
        else if (pv_isinst(x, &pv_bytes_type) && !t->to_float)
            r = pv_float_from_text(pv_bytes_data(x), pv_bytes_size(x), x);
        else if (pv_isinst(x, &pv_bytearray_type) || pv_isinst(x, &pv_memoryview_type)) {
            Value bx = pv_call1((Value)&pv_bytes_type, x);
            r = bx ? pv_float_from_text(pv_bytes_data(bx), pv_bytes_size(bx), x) : NULL;
        } else
            r = pv_number_float(x);
    }
    if (!r || type == &pv_float_type)
        return r;
    PvFloat *f = pv_alloc(type, type->basicsize);
    if (!f)
        return NULL;
    f->value = pv_float_val(r);
    return (Value)f;
}

PvType pv_float_type = {
    .name = "float",
    .basicsize = sizeof(PvFloat),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = pv_float_methods,
    .getsets = pv_float_getsets,
    .repr = f_repr,
    .hash = f_hash,
    .richcompare = f_richcompare,
    .new_ = f_new,
    .binop = {
        [PV_OP_ADD] = f_add, [PV_OP_SUB] = f_sub, [PV_OP_MUL] = f_mul,
        [PV_OP_TRUEDIV] = f_div, [PV_OP_FLOORDIV] = f_floordiv, [PV_OP_MOD] = f_mod,
        [PV_OP_POW] = f_pow,
    },
    .ternary_pow = f_ternary_pow,
    .neg = f_neg,
    .pos = f_pos,
    .abs = f_abs,
    .bool_ = f_bool,
    .to_int = f_to_int,
    .to_float = f_pos,
};
