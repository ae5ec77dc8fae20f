/* num.h: helpers shared by the number files (int*.c, float*.c, complex.c,
 * numbuiltins.c, modules/math.c, modules/cmath.c). Not part of pv.h
 * because nobody else needs them. */
#ifndef PV_NUM_H
#define PV_NUM_H

#include "pv.h"

/* Keep a Value visibly alive until this point: a GMP routine may hold only
 * a pointer to the limbs while it allocates (and the GC may run). */
#define PV_KEEP(v) __asm__ volatile("" : : "g"(v) : "memory")

/* int.c */
Value pv_int_exact(Value v);               /* any int value -> exact int */
Value pv_int_new_of_type(PvType *type, Value exact); /* int subclass instance */
int pv_int_cmp(Value a, Value b);          /* both ints: -1, 0, 1 */
int64_t pv_int_hash(Value v);
Value pv_int_binop(Value a, Value b, int op); /* both ints, op PV_OP_* */
Value pv_int_divmod(Value a, Value b);     /* both ints: (q, r) tuple */
Value pv_int_pow3(Value a, Value b, Value m);
Value pv_int_neg(Value v);
size_t pv_int_bit_length(Value v);
/* Correctly rounded a / b (b > 0 or < 0, not 0) as a double. Sets
 * *overflow when the result is too large for a double. */
double pv_mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool *overflow);
/* Round a non-negative q * 2**e (sticky: nonzero bits below q) to the
 * nearest double, ties to even. May return inf. */
double pv_round_bits(uint64_t q, int64_t e, bool sticky);

/* int_meth.c, float_meth.c: the types' method and attribute tables */
extern const PvMethodDef pv_int_methods[], pv_float_methods[];
extern const PvGetSetDef pv_int_getsets[], pv_float_getsets[];

/* int_conv.c */
Value pv_int_type_new(PvType *type, Value *args, size_t nargs, Value kwnames); /* int(...) */
Value pv_int_from_text(const char *s, size_t len, int base, Value orig);
Value pv_int_round(Value v, Value ndigits);
/* Non-ASCII number text: Unicode spaces -> ' ', decimal digits -> ASCII,
 * anything else -> '?'. malloc'd, NUL-terminated. */
char *pv_num_ascii_text(const char *s, size_t len, size_t *outlen);
/* The whitespace int() and float() strip (ASCII view). */
static inline bool pv_num_is_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* float.c */
Value pv_float_pow_d(double a, double b);   /* float ** float, CPython rules */
Value pv_float_divmod_d(double a, double b);
int pv_float_cmp_int(double d, Value i, int op); /* exact comparison */
int64_t pv_float_hash_d(double d, Value obj);
Value pv_float_round_d(double x, int64_t ndigits);
Value pv_float_floor_int(double d, int mode); /* mode: 0 trunc, 1 floor, 2 ceil, 3 round-half-even */
Value pv_float_from_text(const char *s, size_t len, Value orig); /* orig: for the error message */
/* The longest float literal at p (underscores between digits allowed): its end, or NULL. */
const char *pv_float_scan(const char *p, const char *end, double *out);
Value pv_float_hex(double x);                        /* float.hex() */
Value pv_float_fromhex(const char *s, size_t len);   /* float.fromhex() */
/* repr of a double; add_dot0: "1.0" rather than "1" (complex parts omit it) */
void pv_float_repr_ex(double d, char *buf, bool add_dot0);

/* modules/math_gamma.c: err set to 0, 1 (domain) or 2 (range) */
double pv_math_tgamma(double x, int *err);
double pv_math_lgamma(double x, int *err);

/* complex.c */
Value pv_complex_new(double real, double imag);
Value pv_complex_pow_d(double ar, double ai, double br, double bi);
/* CPython's complex division; false when dividing by zero */
bool pv_complex_div(double ar, double ai, double br, double bi, double *rr, double *ri);
int pv_complex_from_value(Value v, double *re, double *im); /* 0 ok, 1 not a number, -1 error */

#endif
