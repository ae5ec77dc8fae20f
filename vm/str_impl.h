/* str_impl.h: private helpers shared by the text files (str*.c, bytes*.c,
 * strformat.c, fileobj.c, memoryview.c). Not part of the VM's API. */
#ifndef PV_STR_IMPL_H
#define PV_STR_IMPL_H

#include "pv.h"

/* ---- UTF-8 ---- */

/* Decode the code point at p (storage is trusted UTF-8); *len gets its
 * byte length. */
static inline uint32_t pv_utf8_get(const unsigned char *p, int *len)
{
    unsigned c = p[0];
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) {
        *len = 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *len = 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}
static inline int pv_utf8_seqlen(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}
/* Encode cp into out (>= 4 bytes); returns the byte count. */
static inline int pv_utf8_put(char *out, uint32_t cp)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = cp; return 1; }
    if (cp < 0x800) { o[0] = 0xC0 | (cp >> 6); o[1] = 0x80 | (cp & 0x3F); return 2; }
    if (cp < 0x10000) {
        o[0] = 0xE0 | (cp >> 12); o[1] = 0x80 | ((cp >> 6) & 0x3F);
        o[2] = 0x80 | (cp & 0x3F); return 3;
    }
    o[0] = 0xF0 | (cp >> 18); o[1] = 0x80 | ((cp >> 12) & 0x3F);
    o[2] = 0x80 | ((cp >> 6) & 0x3F); o[3] = 0x80 | (cp & 0x3F); return 4;
}
static inline size_t pv_utf8_cplen(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* ---- str internals (str.c) ---- */

#define PV_STR(v) ((PvStr *)(v))
static inline bool pv_str_is_ascii(Value s) { return (PV_STR(s)->h.flags & PV_STR_ASCII) != 0; }
/* A new uninitialised str of `size` bytes and `length` code points
 * (exact str type); fill data then it is ready (NUL is set). */
Value pv_str_alloc(size_t size, size_t length, bool ascii);
/* Same for a str subclass instance (type may be &pv_str_type). */
Value pv_str_alloc_type(PvType *type, size_t size, size_t length, bool ascii);
/* Byte offset of code point i (i <= length). */
size_t pv_str_offset(Value s, size_t i);
/* Substring by code-point range [i, j). */
Value pv_str_sub(Value s, size_t i, size_t j);
/* Substring by byte range (must be on code-point boundaries). */
Value pv_str_sub_bytes(Value s, size_t b0, size_t b1);
/* The str argument check: TypeError "<what> must be str, not X". */
Value pv_str_empty(void);
uint64_t pv_hash_bytes(const char *p, size_t n);
/* Code-point count of UTF-8 text. */
size_t pv_utf8_count(const char *s, size_t n);
bool pv_utf8_is_ascii(const char *s, size_t n);
/* Exact-type str result from a possible subclass instance. */
Value pv_str_exact(Value s);
/* repr of a str (CPython's quoting), appended to b. */
int pv_str_repr_buf(PvBuf *b, Value s, bool ascii_only);
Value pv_str_repr(Value s);
/* Normalise a slice index as CPython's find/count do. */
int pv_old_nargs(const char *name, size_t nargs, size_t min, size_t max);
void pv_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len);
/* Parse optional start/end arguments (None allowed) as find/count. */
int pv_parse_slice_args(Value *args, size_t nargs, size_t first, ssize_t *start,
                        ssize_t *end);
/* Memory search helpers (bytes-level). */
ssize_t pv_mem_find(const char *h, size_t hn, const char *n, size_t nn);
ssize_t pv_mem_rfind(const char *h, size_t hn, const char *n, size_t nn);
size_t pv_mem_count(const char *h, size_t hn, const char *n, size_t nn, size_t max);

/* Code point at byte i / ending at byte i (exclusive); *l its length. */
static inline uint32_t pv_utf8_at(const char *s, size_t i, int *l)
{
    return pv_utf8_get((const unsigned char *)s + i, l);
}
static inline uint32_t pv_utf8_before(const char *s, size_t i, int *l)
{
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
    *l = (int)(i - j);
    int ll;
    return pv_utf8_get((const unsigned char *)s + j, &ll);
}
/* str methods in str_case.c (the table is in str_methods.c) */
#define PV_STR_METH(name) Value pv_str_m_##name(Value self, Value *args, size_t nargs, Value kw)
PV_STR_METH(lower); PV_STR_METH(upper); PV_STR_METH(casefold); PV_STR_METH(swapcase);
PV_STR_METH(capitalize); PV_STR_METH(title); PV_STR_METH(isalpha); PV_STR_METH(isdecimal);
PV_STR_METH(isdigit); PV_STR_METH(isnumeric); PV_STR_METH(isspace); PV_STR_METH(isalnum);
PV_STR_METH(isascii); PV_STR_METH(isprintable); PV_STR_METH(isidentifier); PV_STR_METH(islower);
PV_STR_METH(isupper); PV_STR_METH(istitle);

/* ---- Unicode database (str_unicode.c) ---- */
enum {
    PV_UC_ALPHA = 1, PV_UC_DECIMAL = 2, PV_UC_DIGIT = 4, PV_UC_NUMERIC = 8,
    PV_UC_SPACE = 16, PV_UC_LOWER = 32, PV_UC_UPPER = 64, PV_UC_TITLE = 128,
    PV_UC_PRINTABLE = 256, PV_UC_XID_START = 512, PV_UC_XID_CONTINUE = 1024,
    PV_UC_CASED = 2048, PV_UC_CASE_IGNORABLE = 4096, PV_UC_LINEBREAK = 8192,
};
unsigned pv_uc_flags(uint32_t cp);
/* Full case mappings: write up to 3 code points to out, return count. */
int pv_uc_lower(uint32_t cp, uint32_t *out);
int pv_uc_upper(uint32_t cp, uint32_t *out);
int pv_uc_title(uint32_t cp, uint32_t *out);
int pv_uc_fold(uint32_t cp, uint32_t *out);
int pv_uc_decimal(uint32_t cp);   /* -1 if none */
int pv_uc_digit(uint32_t cp);
static inline bool pv_uc_isspace(uint32_t cp)
{
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return (pv_uc_flags(cp) & PV_UC_SPACE) != 0;
}

/* ---- codecs (str_codec.c) ---- */
/* Normalised codec name: "utf-8", "ascii", "latin-1", "utf-16", ...; NULL
 * with LookupError raised for unknown ones. */
const char *pv_codec_norm(const char *name);
Value pv_str_encode(Value s, const char *encoding, const char *errors);
Value pv_bytes_decode(const char *data, size_t n, const char *encoding,
                      const char *errors);

/* ---- bytes (bytes.c) ---- */
typedef struct PvByteArray {
    PvObj h;
    size_t size, cap;
    char *data;        /* pv_mem_alloc'd, NUL after size; NULL when cap 0 */
    size_t exports;    /* live memoryviews: resizing is refused */
} PvByteArray;
/* Borrow the bytes of a bytes-like object (bytes, bytearray, memoryview);
 * false without exception if v is not bytes-like. */
bool pv_bytes_like(Value v, const char **data, size_t *size);
Value pv_bytearray_new(const char *data, size_t size);
int pv_bytearray_resize(Value ba, size_t size);
int pv_bytearray_check_resizable(Value ba);  /* BufferError while exported */
extern PvType pv_memoryview_type;
Value pv_bytes_repr_data(const char *data, size_t n, const char *prefix);
Value pv_bytes_mod(Value fmt, Value args, bool is_bytearray);

/* ---- formatting (strformat.c) ---- */
Value pv_str_format_method(Value fmt, Value *args, size_t nargs, Value kwargs);
/* Arguments helper: the str value of a method argument or TypeError. */
int pv_buf_append_cp(PvBuf *b, uint32_t cp);
int pv_buf_fill(PvBuf *b, uint32_t cp, size_t n); /* n copies of cp */
int pv_buf_reserve(PvBuf *b, size_t extra);

/* Make sure an internal type is ready (idempotent). */
static inline void pv_text_ready(PvType *t)
{
    if (!(t->flags & PV_TPFLAG_READY)) pv_type_ready(t);
}

#endif
