/* int.c: the int and bool types: tagged small ints with overflow-checked
 * fast paths, GMP big ints (PvInt) otherwise. Results of exact type int
 * that fit in 63 bits are always small ints (pv_int_from_mpz normalises).
 * Conversions to and from text live in int_conv.c, methods in int_meth.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "num.h"

#define HASH_MOD ((uint64_t)0x1FFFFFFFFFFFFFFF) /* 2**61 - 1 */
/* Results above this many bits raise MemoryError up front: GMP cannot
 * report a failed allocation, it would abort. */
#define MAX_BITS ((double)((uint64_t)1 << 33))

/* ---- GMP memory goes through pv_mem_* so the GC sees the pressure ---- */

static void *gmp_alloc(size_t n)
{
    void *p = pv_mem_alloc(n);
    if (!p) {
        fputs("pyvm: out of memory in GMP\n", stderr);
        abort();
    }
    return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = pv_mem_realloc(p, old, n);
    if (!q) {
        fputs("pyvm: out of memory in GMP\n", stderr);
        abort();
    }
    return q;
}
static void gmp_free(void *p, size_t n) { pv_mem_free(p, n); }

/* ---- bool singletons (object.c): their mpz point at static limbs ---- */

static mp_limb_t one_limb = 1, zero_limb = 0;

/* Runs before main: no mpz may be allocated with another allocator, and
 * True/False must be usable from the start. */
__attribute__((constructor)) static void gmp_setup(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    pv_true_obj.z->_mp_alloc = 1;
    pv_true_obj.z->_mp_size = 1;
    pv_true_obj.z->_mp_d = &one_limb;
    pv_false_obj.z->_mp_alloc = 1;
    pv_false_obj.z->_mp_size = 0;
    pv_false_obj.z->_mp_d = &zero_limb;
}

void pv_int_init(void) { gmp_setup(); }

/* ---- access ---- */

bool pv_is_int(Value v)
{
    if (pv_is_small(v))
        return true;
    PvType *t = v->type;
    return t == &pv_int_type || t == &pv_bool_type || (t->flags & PV_TPFLAG_INT_SUBCLASS) ||
           pv_type_is_subtype(t, &pv_int_type);
}

mpz_srcptr pv_int_mpz(Value v, PvMpzTmp *t)
{
    if (!pv_is_small(v))
        return ((PvInt *)v)->z;
    int64_t n = pv_small_val(v);
    t->limb = n < 0 ? -(uint64_t)n : (uint64_t)n;
    return mpz_roinit_n(t->tmp, &t->limb, n < 0 ? -1 : n > 0);
}

static PvInt *new_big(PvType *type)
{
    return pv_alloc(type, type == &pv_int_type ? sizeof(PvInt) : type->basicsize);
}

Value pv_int_from_mpz(mpz_ptr r)
{
    if (mpz_fits_slong_p(r)) {
        long n = mpz_get_si(r);
        if (pv_fits_small(n)) {
            mpz_clear(r);
            return pv_small(n);
        }
    }
    PvInt *o = new_big(&pv_int_type);
    if (!o) {
        mpz_clear(r);
        return NULL;
    }
    o->z[0] = r[0]; /* the object takes the limbs */
    return (Value)o;
}

Value pv_int_from_i64(int64_t n)
{
    if (pv_fits_small(n))
        return pv_small(n);
    mpz_t r;
    mpz_init_set_si(r, n);
    return pv_int_from_mpz(r);
}

Value pv_int_from_u64(uint64_t n)
{
    if (n <= (uint64_t)PV_SMALL_MAX)
        return pv_small((int64_t)n);
    mpz_t r;
    mpz_init_set_ui(r, n);
    return pv_int_from_mpz(r);
}

Value pv_int_exact(Value v)
{
    if (pv_is_small(v) || v->type == &pv_int_type)
        return v;
    mpz_t r;
    mpz_init_set(r, ((PvInt *)v)->z);
    PV_KEEP(v);
    return pv_int_from_mpz(r);
}

Value pv_int_new_of_type(PvType *type, Value exact)
{
    if (type == &pv_int_type)
        return exact;
    PvInt *o = new_big(type);
    if (!o)
        return NULL;
    PvMpzTmp t;
    mpz_init_set(o->z, pv_int_mpz(exact, &t));
    PV_KEEP(exact);
    return (Value)o;
}

int pv_int_to_i64(Value v, int64_t *out)
{
    if (pv_is_small(v)) {
        *out = pv_small_val(v);
        return 0;
    }
    mpz_srcptr z = ((PvInt *)v)->z;
    if (!mpz_fits_slong_p(z)) {
        pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

int pv_int_to_u64(Value v, uint64_t *out)
{
    if (pv_int_sign(v) < 0) {
        pv_raise(&pv_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (pv_is_small(v)) {
        *out = (uint64_t)pv_small_val(v);
        return 0;
    }
    mpz_srcptr z = ((PvInt *)v)->z;
    if (!mpz_fits_ulong_p(z)) {
        pv_raise(&pv_exc_OverflowError, "int too big to convert");
        return -1;
    }
    *out = mpz_get_ui(z);
    return 0;
}

int pv_int_to_ssize(Value v, ssize_t *out)
{
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0) {
        pv_err_clear();
        pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (ssize_t)n;
    return 0;
}

int pv_int_sign(Value v)
{
    if (pv_is_small(v)) {
        int64_t n = pv_small_val(v);
        return (n > 0) - (n < 0);
    }
    return mpz_sgn(((PvInt *)v)->z);
}

size_t pv_int_bit_length(Value v)
{
    if (pv_is_small(v)) {
        int64_t n = pv_small_val(v);
        uint64_t u = n < 0 ? -(uint64_t)n : (uint64_t)n;
        return u ? 64 - __builtin_clzll(u) : 0;
    }
    mpz_srcptr z = ((PvInt *)v)->z;
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* ---- conversion to double, correctly rounded ---- */

double pv_round_bits(uint64_t q, int64_t e, bool sticky)
{
    if (q == 0)
        return 0.0;
    int nb = 64 - __builtin_clzll(q);
    int64_t k = nb + e - 53; /* exponent of the last kept bit */
    if (k < -1074)
        k = -1074;
    int64_t drop = k - e;
    if (drop >= 64)
        return 0.0; /* q * 2**e < half the smallest subnormal */
    if (drop > 0) {
        uint64_t half = (uint64_t)1 << (drop - 1);
        uint64_t rem = q & ((half << 1) - 1);
        q >>= drop;
        if (rem > half || (rem == half && (sticky || (q & 1))))
            q++;
    } else {
        k = e; /* exact */
    }
    if (k > 2000)
        return HUGE_VAL;
    return ldexp((double)q, (int)k);
}

/* |z| >> shift with a sticky flag for the bits shifted out. */
static uint64_t top_bits(mpz_srcptr z, size_t shift, bool *sticky)
{
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    mpz_abs(t, t);
    uint64_t q = mpz_get_ui(t);
    mpz_clear(t);
    *sticky = shift > 0 && mpz_scan1(z, 0) < shift;
    return q;
}

static double mpz_to_double(mpz_srcptr z, bool *overflow)
{
    *overflow = false;
    int s = mpz_sgn(z);
    if (s == 0)
        return 0.0;
    size_t nb = mpz_sizeinbase(z, 2);
    if (nb > 1024) {
        *overflow = true;
        return 0;
    }
    size_t shift = nb > 60 ? nb - 60 : 0;
    bool sticky;
    uint64_t q = top_bits(z, shift, &sticky);
    double d = pv_round_bits(q, (int64_t)shift, sticky);
    if (isinf(d)) {
        *overflow = true;
        return 0;
    }
    return s < 0 ? -d : d;
}

double pv_int_to_double(Value v)
{
    if (pv_is_small(v))
        return (double)pv_small_val(v);
    bool ovf;
    double d = mpz_to_double(((PvInt *)v)->z, &ovf);
    PV_KEEP(v);
    if (ovf) {
        pv_raise(&pv_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

double pv_mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool *overflow)
{
    *overflow = false;
    int sa = mpz_sgn(a), sb = mpz_sgn(b);
    if (sa == 0)
        return sb < 0 ? -0.0 : 0.0;
    int64_t ea = (int64_t)mpz_sizeinbase(a, 2), eb = (int64_t)mpz_sizeinbase(b, 2);
    int64_t est = ea - eb; /* |a/b| lies in [2**(est-1), 2**(est+1)) */
    if (est > 1025) {
        *overflow = true;
        return 0;
    }
    if (est < -1200)
        return (sa != sb) ? -0.0 : 0.0;
    int64_t lsb = est - 58; /* quotient gets 57..59 bits: plenty of guard bits */
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, a);
    mpz_abs(d, b);
    if (lsb < 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)-lsb);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)lsb);
    mpz_tdiv_qr(q, r, n, d);
    bool sticky = mpz_sgn(r) != 0;
    uint64_t qq = mpz_get_ui(q);
    mpz_clears(n, d, q, r, NULL);
    double x = pv_round_bits(qq, lsb, sticky);
    if (isinf(x)) {
        *overflow = true;
        return 0;
    }
    return (sa != sb) ? -x : x;
}

/* ---- arithmetic ---- */

#define MPZ2(a, b)                                                   \
    PvMpzTmp ta_, tb_;                                               \
    mpz_srcptr za = pv_int_mpz(a, &ta_), zb = pv_int_mpz(b, &tb_); \
    mpz_t r;                                                         \
    mpz_init(r)

static Value int_truediv(Value a, Value b)
{
    if (pv_is_small(a) && pv_is_small(b)) {
        int64_t x = pv_small_val(a), y = pv_small_val(b);
        if (y == 0)
            return pv_raise(&pv_exc_ZeroDivisionError, "division by zero");
        const int64_t lim = (int64_t)1 << 53;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return pv_float_new((double)x / (double)y);
    }
    if (pv_int_sign(b) == 0)
        return pv_raise(&pv_exc_ZeroDivisionError, "division by zero");
    PvMpzTmp ta, tb;
    bool ovf;
    double d = pv_mpz_ratio_to_double(pv_int_mpz(a, &ta), pv_int_mpz(b, &tb), &ovf);
    PV_KEEP(a);
    PV_KEEP(b);
    if (ovf)
        return pv_raise(&pv_exc_OverflowError, "integer division result too large for a float");
    return pv_float_new(d);
}

static Value int_pow2(Value a, Value b)
{
    b = pv_int_exact(b); /* bools and subclasses: small when they fit */
    if (!b)
        return NULL;
    int sb = pv_int_sign(b);
    if (sb < 0) {
        double x = pv_int_to_double(a), y;
        if (x == -1.0 && pv_err_occurred())
            return NULL;
        y = pv_int_to_double(b);
        if (y == -1.0 && pv_err_occurred())
            return NULL;
        return pv_float_pow_d(x, y);
    }
    if (pv_is_small(a) && pv_is_small(b)) {
        int64_t base = pv_small_val(a), e = pv_small_val(b), res = 1;
        bool ovf = false;
        while (e > 0) {
            if (e & 1)
                ovf |= __builtin_mul_overflow(res, base, &res);
            e >>= 1;
            if (e)
                ovf |= __builtin_mul_overflow(base, base, &base);
            if (ovf)
                break;
        }
        if (!ovf)
            return pv_int_from_i64(res);
    }
    PvMpzTmp ta;
    mpz_srcptr za = pv_int_mpz(a, &ta);
    if (mpz_cmpabs_ui(za, 1) <= 0) { /* 0, 1, -1: any exponent */
        if (mpz_sgn(za) >= 0)
            return sb == 0 ? pv_small(1) : pv_int_exact(a);
        bool odd = pv_is_small(b) ? (pv_small_val(b) & 1) : mpz_odd_p(((PvInt *)b)->z);
        return pv_small(odd ? -1 : 1);
    }
    uint64_t e;
    if (!pv_is_small(b) || (e = (uint64_t)pv_small_val(b)) > ((uint64_t)1 << 40) ||
        (double)e * (double)mpz_sizeinbase(za, 2) > MAX_BITS)
        return pv_nomemory();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)e);
    PV_KEEP(a);
    return pv_int_from_mpz(r);
}

static Value int_lshift(Value a, Value b)
{
    b = pv_int_exact(b); /* bools and subclasses: small when they fit */
    if (!b)
        return NULL;
    if (pv_int_sign(b) < 0)
        return pv_raise(&pv_exc_ValueError, "negative shift count");
    if (pv_int_sign(a) == 0)
        return pv_small(0);
    if (!pv_is_small(b) || (double)pv_small_val(b) + (double)pv_int_bit_length(a) > MAX_BITS)
        return pv_nomemory();
    int64_t n = pv_small_val(b);
    if (pv_is_small(a) && n < 63) {
        int64_t r;
        if (!__builtin_mul_overflow(pv_small_val(a), (int64_t)1 << n, &r))
            return pv_int_from_i64(r);
    }
    PvMpzTmp ta;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, pv_int_mpz(a, &ta), (mp_bitcnt_t)n);
    PV_KEEP(a);
    return pv_int_from_mpz(r);
}

static Value int_rshift(Value a, Value b)
{
    b = pv_int_exact(b); /* bools and subclasses: small when they fit */
    if (!b)
        return NULL;
    if (pv_int_sign(b) < 0)
        return pv_raise(&pv_exc_ValueError, "negative shift count");
    if (!pv_is_small(b) || (uint64_t)pv_small_val(b) >= pv_int_bit_length(a) + 1)
        return pv_small(pv_int_sign(a) < 0 ? -1 : 0);
    int64_t n = pv_small_val(b);
    if (pv_is_small(a))
        return pv_small(pv_small_val(a) >> (n > 63 ? 63 : n));
    PvMpzTmp ta;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, pv_int_mpz(a, &ta), (mp_bitcnt_t)n);
    PV_KEEP(a);
    return pv_int_from_mpz(r);
}

/* The operation `op` on two ints (any PvInt-based values). */
Value pv_int_binop(Value a, Value b, int op)
{
    if (pv_is_small(a) && pv_is_small(b)) {
        int64_t x = pv_small_val(a), y = pv_small_val(b), r;
        switch (op) {
        case PV_OP_ADD: return pv_int_from_i64(x + y);
        case PV_OP_SUB: return pv_int_from_i64(x - y);
        case PV_OP_MUL:
            if (!__builtin_mul_overflow(x, y, &r))
                return pv_int_from_i64(r);
            break;
        case PV_OP_FLOORDIV:
            if (y == 0)
                return pv_raise(&pv_exc_ZeroDivisionError, "integer division or modulo by zero");
            r = x / y;
            if ((x % y) != 0 && ((x < 0) != (y < 0)))
                r--;
            return pv_int_from_i64(r);
        case PV_OP_MOD:
            if (y == 0)
                return pv_raise(&pv_exc_ZeroDivisionError, "integer modulo by zero");
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            return pv_small(r);
        case PV_OP_AND: return pv_small(x & y);
        case PV_OP_OR: return pv_small(x | y);
        case PV_OP_XOR: return pv_small(x ^ y);
        default: break;
        }
    }
    switch (op) {
    case PV_OP_TRUEDIV: return int_truediv(a, b);
    case PV_OP_POW: return int_pow2(a, b);
    case PV_OP_LSHIFT: return int_lshift(a, b);
    case PV_OP_RSHIFT: return int_rshift(a, b);
    case PV_OP_FLOORDIV:
    case PV_OP_MOD:
        if (pv_int_sign(b) == 0)
            return pv_raise(&pv_exc_ZeroDivisionError, op == PV_OP_MOD ? "integer modulo by zero"
                                                                     : "integer division or modulo by zero");
        break;
    case PV_OP_MATMUL: return pv_NotImplemented;
    }
    if (op == PV_OP_MUL && (double)pv_int_bit_length(a) + (double)pv_int_bit_length(b) > MAX_BITS)
        return pv_nomemory();
    MPZ2(a, b);
    switch (op) {
    case PV_OP_ADD: mpz_add(r, za, zb); break;
    case PV_OP_SUB: mpz_sub(r, za, zb); break;
    case PV_OP_MUL: mpz_mul(r, za, zb); break;
    case PV_OP_FLOORDIV: mpz_fdiv_q(r, za, zb); break;
    case PV_OP_MOD: mpz_fdiv_r(r, za, zb); break;
    case PV_OP_AND: mpz_and(r, za, zb); break;
    case PV_OP_OR: mpz_ior(r, za, zb); break;
    case PV_OP_XOR: mpz_xor(r, za, zb); break;
    }
    PV_KEEP(a);
    PV_KEEP(b);
    return pv_int_from_mpz(r);
}

Value pv_int_divmod(Value a, Value b)
{
    if (pv_int_sign(b) == 0)
        return pv_raise(&pv_exc_ZeroDivisionError, "integer division or modulo by zero");
    Value q, m;
    if (pv_is_small(a) && pv_is_small(b)) {
        q = pv_int_binop(a, b, PV_OP_FLOORDIV);
        m = q ? pv_int_binop(a, b, PV_OP_MOD) : NULL;
    } else {
        PvMpzTmp ta, tb;
        mpz_t qq, rr;
        mpz_inits(qq, rr, NULL);
        mpz_fdiv_qr(qq, rr, pv_int_mpz(a, &ta), pv_int_mpz(b, &tb));
        PV_KEEP(a);
        PV_KEEP(b);
        q = pv_int_from_mpz(qq);
        m = pv_int_from_mpz(rr);
    }
    if (!q || !m)
        return NULL;
    return pv_tuple_pack(2, q, m);
}

Value pv_int_pow3(Value a, Value b, Value m)
{
    int sm = pv_int_sign(m);
    if (sm == 0)
        return pv_raise(&pv_exc_ValueError, "pow() 3rd argument cannot be 0");
    PvMpzTmp ta, tb, tm;
    mpz_srcptr za = pv_int_mpz(a, &ta), zb = pv_int_mpz(b, &tb), zm = pv_int_mpz(m, &tm);
    mpz_t r, mod, base;
    mpz_inits(r, mod, base, NULL);
    mpz_abs(mod, zm);
    mpz_mod(base, za, mod);
    if (mpz_sgn(zb) < 0) {
        if (!mpz_invert(base, base, mod) && mpz_cmp_ui(mod, 1) != 0) {
            mpz_clears(r, mod, base, NULL);
            return pv_raise(&pv_exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, zb);
        mpz_powm(r, base, e, mod);
        mpz_clear(e);
    } else {
        mpz_powm(r, base, zb, mod);
    }
    if (mpz_cmp_ui(mod, 1) == 0)
        mpz_set_ui(r, 0);
    if (sm < 0 && mpz_sgn(r) != 0)
        mpz_add(r, r, zm); /* result takes the sign of the modulus */
    PV_KEEP(a);
    PV_KEEP(b);
    PV_KEEP(m);
    mpz_clears(mod, base, NULL);
    return pv_int_from_mpz(r);
}

int pv_int_cmp(Value a, Value b)
{
    if (pv_is_small(a) && pv_is_small(b)) {
        int64_t x = pv_small_val(a), y = pv_small_val(b);
        return (x > y) - (x < y);
    }
    PvMpzTmp ta, tb;
    int c = mpz_cmp(pv_int_mpz(a, &ta), pv_int_mpz(b, &tb));
    PV_KEEP(a);
    PV_KEEP(b);
    return (c > 0) - (c < 0);
}

int64_t pv_int_hash(Value v)
{
    int64_t h;
    if (pv_is_small(v)) {
        int64_t n = pv_small_val(v);
        uint64_t u = n < 0 ? -(uint64_t)n : (uint64_t)n;
        h = (int64_t)(u % HASH_MOD);
        if (n < 0)
            h = -h;
    } else {
        mpz_srcptr z = ((PvInt *)v)->z;
        h = (int64_t)mpz_tdiv_ui(z, HASH_MOD);
        if (mpz_sgn(z) < 0)
            h = -h;
    }
    return h == -1 ? -2 : h;
}

Value pv_int_neg(Value v)
{
    if (pv_is_small(v))
        return pv_int_from_i64(-pv_small_val(v));
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, ((PvInt *)v)->z);
    PV_KEEP(v);
    return pv_int_from_mpz(r);
}

/* ---- slots ---- */

#define BINOP(name, op)                                      \
    static Value name(Value a, Value b)                     \
    {                                                        \
        if (!pv_is_int(a) || !pv_is_int(b))                 \
            return pv_NotImplemented;                        \
        return pv_int_binop(a, b, op);                       \
    }
BINOP(int_add, PV_OP_ADD)
BINOP(int_sub, PV_OP_SUB)
BINOP(int_mul, PV_OP_MUL)
BINOP(int_div, PV_OP_TRUEDIV)
BINOP(int_floordiv, PV_OP_FLOORDIV)
BINOP(int_mod, PV_OP_MOD)
BINOP(int_pow, PV_OP_POW)
BINOP(int_lsh, PV_OP_LSHIFT)
BINOP(int_rsh, PV_OP_RSHIFT)
BINOP(int_and, PV_OP_AND)
BINOP(int_or, PV_OP_OR)
BINOP(int_xor, PV_OP_XOR)

static Value int_ternary_pow(Value a, Value b, Value m)
{
    if (!m || m == pv_None)
        return int_pow(a, b);
    if (!pv_is_int(a) || !pv_is_int(b) || !pv_is_int(m))
        return pv_NotImplemented;
    return pv_int_pow3(a, b, m);
}

static Value int_pos(Value v) { return pv_int_exact(v); }
static Value int_invert(Value v)
{
    if (pv_is_small(v))
        return pv_int_from_i64(~pv_small_val(v));
    mpz_t r;
    mpz_init(r);
    mpz_com(r, ((PvInt *)v)->z);
    PV_KEEP(v);
    return pv_int_from_mpz(r);
}
static Value int_abs(Value v) { return pv_int_sign(v) < 0 ? pv_int_neg(v) : pv_int_exact(v); }
static int int_bool(Value v) { return pv_int_sign(v) != 0; }
static Value int_to_float(Value v)
{
    double d = pv_int_to_double(v);
    if (d == -1.0 && pv_err_occurred())
        return NULL;
    return pv_float_new(d);
}

static Value int_richcompare(Value a, Value b, int op)
{
    if (!pv_is_int(a) || !pv_is_int(b))
        return pv_NotImplemented;
    int c = pv_int_cmp(a, b);
    bool r;
    switch (op) {
    case PV_LT: r = c < 0; break;
    case PV_LE: r = c <= 0; break;
    case PV_EQ: r = c == 0; break;
    case PV_NE: r = c != 0; break;
    case PV_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return pv_bool(r);
}

static void int_finalize(Value v)
{
    PvInt *o = (PvInt *)v;
    if (o->z->_mp_d && o->z->_mp_alloc && v != pv_True && v != pv_False)
        mpz_clear(o->z);
    o->z->_mp_d = NULL;
}

static Value int_repr(Value v) { return pv_int_to_str(v, 10); }

/* bool: & | ^ of two bools stay bools; everything else is int arithmetic */
#define BOOLOP(name, op, cop)                                            \
    static Value name(Value a, Value b)                                 \
    {                                                                    \
        if (pv_is_type(a, &pv_bool_type) && pv_is_type(b, &pv_bool_type)) \
            return pv_bool((a == pv_True) cop (b == pv_True));           \
        return int_##op(a, b);                                           \
    }
BOOLOP(bool_and, and, &)
BOOLOP(bool_or, or, |)
BOOLOP(bool_xor, xor, ^)

static Value bool_repr(Value v) { return pv_str_from_cstr(v == pv_True ? "True" : "False"); }

static Value bool_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("bool", kwnames) < 0 || pv_check_nargs("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return pv_False;
    int t = pv_truthy(args[0]);
    return t < 0 ? NULL : pv_bool(t);
}

PvType pv_int_type = {
    .name = "int",
    .basicsize = sizeof(PvInt),
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_INT_SUBCLASS,
    .base = &pv_object_type,
    .methods = pv_int_methods,
    .getsets = pv_int_getsets,
    .finalize = int_finalize,
    .repr = int_repr,
    .hash = pv_int_hash,
    .richcompare = int_richcompare,
    .new_ = pv_int_type_new,
    .binop = {
        [PV_OP_ADD] = int_add, [PV_OP_SUB] = int_sub, [PV_OP_MUL] = int_mul,
        [PV_OP_TRUEDIV] = int_div, [PV_OP_FLOORDIV] = int_floordiv, [PV_OP_MOD] = int_mod,
        [PV_OP_POW] = int_pow, [PV_OP_LSHIFT] = int_lsh, [PV_OP_RSHIFT] = int_rsh,
        [PV_OP_AND] = int_and, [PV_OP_OR] = int_or, [PV_OP_XOR] = int_xor,
    },
    .ternary_pow = int_ternary_pow,
    .neg = pv_int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .bool_ = int_bool,
    .to_int = int_pos,
    .to_float = int_to_float,
    .index = int_pos,
};

PvType pv_bool_type = {
    .name = "bool",
    .basicsize = sizeof(PvInt),
    .flags = PV_TPFLAG_INT_SUBCLASS,
    .base = &pv_int_type,
    .finalize = int_finalize,
    .repr = bool_repr,
    .hash = pv_int_hash,
    .richcompare = int_richcompare,
    .new_ = bool_new,
    /* every slot spelled out: bool must not depend on how slots inherit */
    .binop = {
        [PV_OP_ADD] = int_add, [PV_OP_SUB] = int_sub, [PV_OP_MUL] = int_mul,
        [PV_OP_TRUEDIV] = int_div, [PV_OP_FLOORDIV] = int_floordiv, [PV_OP_MOD] = int_mod,
        [PV_OP_POW] = int_pow, [PV_OP_LSHIFT] = int_lsh, [PV_OP_RSHIFT] = int_rsh,
        [PV_OP_AND] = bool_and, [PV_OP_OR] = bool_or, [PV_OP_XOR] = bool_xor,
    },
    .ternary_pow = int_ternary_pow,
    .neg = pv_int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .bool_ = int_bool,
    .to_int = int_pos,
    .to_float = int_to_float,
    .index = int_pos,
};
