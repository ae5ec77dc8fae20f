/* str_fmt.h: private helpers shared by strformat.c and str_fmtspec.c. */
#ifndef PV_STR_FMT_H
#define PV_STR_FMT_H

#include "str_impl.h"

enum { FMT_LEFT = 1, FMT_PLUS = 2, FMT_SPACE = 4, FMT_ALT = 8, FMT_ZERO = 16 };

int pv_buf_vprintf(PvBuf *b, const char *fmt, va_list ap);
int pv_int_digits(PvBuf *b, Value v, int base, bool upper, bool *neg);
/* Format x with conv (e E f F g G, or 'r' for repr, or 'n' for the
 * empty-type rule "like g, at least one digit after the point") into b,
 * including a '-' sign; inf/nan as CPython. */
int pv_format_double(PvBuf *b, double x, char conv, int prec, bool alt, bool upper_special);
int pv_fmt_pad_number(PvBuf *b, const char *s, size_t n, int flags, int width, bool zero_ok);

#endif
