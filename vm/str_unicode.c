/* str_unicode.c: per-code-point Unicode properties and case mappings, from
 * tables generated out of CPython (str_unidata.h, see str_unidata_gen.py). */
#include "str_impl.h"
#include "str_unidata.h"

enum { SP_LOWER = 1 << 16, SP_UPPER = 1 << 17, SP_TITLE = 1 << 18, SP_FOLD = 1 << 19 };

static const UniRec *rec(uint32_t cp)
{
    if (cp > 0x10FFFF) return &uni_records[0];
    unsigned blk = uni_index1[cp >> UNI_SHIFT];
    return &uni_records[uni_index2[(blk << UNI_SHIFT) | (cp & ((1u << UNI_SHIFT) - 1))]];
}

unsigned pv_uc_flags(uint32_t cp) { return rec(cp)->flags & 0xFFFF; }

static int map(uint32_t cp, int32_t v, bool special, uint32_t *out)
{
    if (!special) { out[0] = (uint32_t)((int32_t)cp + v); return 1; }
    const uint32_t *s = uni_special[v];
    for (uint32_t i = 0; i < s[0]; i++) out[i] = s[i + 1];
    return (int)s[0];
}

int pv_uc_lower(uint32_t cp, uint32_t *out)
{
    const UniRec *r = rec(cp);
    return map(cp, r->lower, r->flags & SP_LOWER, out);
}
int pv_uc_upper(uint32_t cp, uint32_t *out)
{
    const UniRec *r = rec(cp);
    return map(cp, r->upper, r->flags & SP_UPPER, out);
}
int pv_uc_title(uint32_t cp, uint32_t *out)
{
    const UniRec *r = rec(cp);
    return map(cp, r->title, r->flags & SP_TITLE, out);
}
int pv_uc_fold(uint32_t cp, uint32_t *out)
{
    const UniRec *r = rec(cp);
    return map(cp, r->fold, r->flags & SP_FOLD, out);
}
int pv_uc_decimal(uint32_t cp) { return rec(cp)->decimal; }
int pv_uc_digit(uint32_t cp) { return rec(cp)->digit; }

/* For int()/float()/complex() of str: Unicode decimal digits become ASCII
 * digits and Unicode spaces ' ' (other non-ASCII characters become '?',
 * which no number parser accepts), as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII. Returns s itself if ASCII. */
Value pv_str_to_ascii_number(Value s)
{
    if (pv_str_is_ascii(s)) return s;
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s), len = pv_str_len(s);
    Value r = pv_str_alloc(len, len, true);
    if (!r) return NULL;
    char *o = pv_str_data(r);
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t c = pv_utf8_get(p + i, &l);
        i += l;
        if (c < 128) { *o++ = (char)c; continue; }
        if (pv_uc_isspace(c)) { *o++ = ' '; continue; }
        int d = pv_uc_decimal(c);
        *o++ = d >= 0 ? (char)('0' + d) : '?';
    }
    return r;
}
