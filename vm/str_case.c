/* str_case.c: the case mappings (lower, upper, casefold, swapcase,
 * capitalize, title, with final-sigma handling) and the is*() predicates
 * of str, over the tables of str_unicode.c. */
#include "str_impl.h"

#define D(s) pv_str_data(s)
#define N(s) pv_str_size(s)

/* ---- case ---- */

static bool final_sigma(const char *s, size_t n, size_t i, int l)
{
    /* preceded by a cased letter (skipping case-ignorables) and not
     * followed by one */
    size_t j = i;
    bool before = false;
    while (j > 0) {
        int k;
        uint32_t c = pv_utf8_before(s, j, &k);
        unsigned f = pv_uc_flags(c);
        j -= k;
        if (f & PV_UC_CASE_IGNORABLE) continue;
        before = (f & PV_UC_CASED) != 0;
        break;
    }
    if (!before) return false;
    j = i + l;
    while (j < n) {
        int k;
        uint32_t c = pv_utf8_at(s, j, &k);
        unsigned f = pv_uc_flags(c);
        j += k;
        if (f & PV_UC_CASE_IGNORABLE) continue;
        return !(f & PV_UC_CASED);
    }
    return true;
}

static int append_lower(PvBuf *b, const char *s, size_t n, size_t i, uint32_t c, int l)
{
    uint32_t m[3];
    if (c == 0x3A3) {
        m[0] = final_sigma(s, n, i, l) ? 0x3C2 : 0x3C3;
        return pv_buf_append_cp(b, m[0]);
    }
    int k = pv_uc_lower(c, m);
    for (int j = 0; j < k; j++) if (pv_buf_append_cp(b, m[j]) < 0) return -1;
    return 0;
}

static int append_map(PvBuf *b, int (*fn)(uint32_t, uint32_t *), uint32_t c)
{
    uint32_t m[3];
    int k = fn(c, m);
    for (int j = 0; j < k; j++) if (pv_buf_append_cp(b, m[j]) < 0) return -1;
    return 0;
}

enum { C_LOWER, C_UPPER, C_FOLD, C_SWAP, C_CAP, C_TITLE };

static Value do_case(Value self, int mode)
{
    const char *s = D(self);
    size_t n = N(self);
    PvBuf b;
    pv_buf_init(&b);
    if (pv_str_is_ascii(self)) {
        if (pv_buf_reserve(&b, n) < 0) return NULL;
        bool prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case C_LOWER: case C_FOLD: if (up) c += 32; break;
            case C_UPPER: if (lo) c -= 32; break;
            case C_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
            case C_CAP: if (i == 0) { if (lo) c -= 32; } else if (up) c += 32; break;
            case C_TITLE:
                if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            }
            b.data[b.size++] = c;
        }
        return pv_buf_finish_str(&b);
    }
    bool prev_cased = false;
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t c = pv_utf8_at(s, i, &l);
        unsigned f = pv_uc_flags(c);
        int r = 0;
        switch (mode) {
        case C_LOWER: r = append_lower(&b, s, n, i, c, l); break;
        case C_UPPER: r = append_map(&b, pv_uc_upper, c); break;
        case C_FOLD: r = append_map(&b, pv_uc_fold, c); break;
        case C_SWAP:
            if (f & PV_UC_UPPER) r = append_lower(&b, s, n, i, c, l);
            else if (f & PV_UC_LOWER) r = append_map(&b, pv_uc_upper, c);
            else r = pv_buf_append(&b, s + i, l);
            break;
        case C_CAP:
            r = i == 0 ? append_map(&b, pv_uc_title, c) : append_lower(&b, s, n, i, c, l);
            break;
        case C_TITLE:
            r = prev_cased ? append_lower(&b, s, n, i, c, l) : append_map(&b, pv_uc_title, c);
            prev_cased = (f & PV_UC_CASED) != 0;
            break;
        }
        if (r < 0) { pv_buf_free(&b); return NULL; }
        i += l;
    }
    return pv_buf_finish_str(&b);
}

Value pv_str_m_lower(Value self, Value *a, size_t n, Value kw) { return pv_check_nargs("str.lower", n, 0, 0) < 0 ? NULL : do_case(self, C_LOWER); }
Value pv_str_m_upper(Value self, Value *a, size_t n, Value kw) { return pv_check_nargs("str.upper", n, 0, 0) < 0 ? NULL : do_case(self, C_UPPER); }
Value pv_str_m_casefold(Value self, Value *a, size_t n, Value kw) { return pv_check_nargs("str.casefold", n, 0, 0) < 0 ? NULL : do_case(self, C_FOLD); }
Value pv_str_m_swapcase(Value self, Value *a, size_t n, Value kw) { return pv_check_nargs("str.swapcase", n, 0, 0) < 0 ? NULL : do_case(self, C_SWAP); }
Value pv_str_m_capitalize(Value self, Value *a, size_t n, Value kw) { return pv_check_nargs("str.capitalize", n, 0, 0) < 0 ? NULL : do_case(self, C_CAP); }
Value pv_str_m_title(Value self, Value *a, size_t n, Value kw) { return pv_check_nargs("str.title", n, 0, 0) < 0 ? NULL : do_case(self, C_TITLE); }

/* ---- predicates ---- */

static Value all_flags(Value self, unsigned mask)
{
    const char *s = D(self);
    size_t n = N(self);
    if (n == 0) return pv_False;
    for (size_t i = 0; i < n;) {
        int l;
        if (!(pv_uc_flags(pv_utf8_at(s, i, &l)) & mask)) return pv_False;
        i += l;
    }
    return pv_True;
}
Value pv_str_m_isalpha(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isalpha", n, 0, 0) < 0) return NULL;
    return all_flags(self, PV_UC_ALPHA);
}
Value pv_str_m_isdecimal(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isdecimal", n, 0, 0) < 0) return NULL;
    return all_flags(self, PV_UC_DECIMAL);
}
Value pv_str_m_isdigit(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isdigit", n, 0, 0) < 0) return NULL;
    return all_flags(self, PV_UC_DIGIT);
}
Value pv_str_m_isnumeric(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isnumeric", n, 0, 0) < 0) return NULL;
    return all_flags(self, PV_UC_NUMERIC);
}
Value pv_str_m_isspace(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isspace", n, 0, 0) < 0) return NULL;
    return all_flags(self, PV_UC_SPACE);
}
Value pv_str_m_isalnum(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isalnum", n, 0, 0) < 0) return NULL;
    return all_flags(self, PV_UC_ALPHA | PV_UC_DECIMAL | PV_UC_DIGIT | PV_UC_NUMERIC);
}
Value pv_str_m_isascii(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isascii", n, 0, 0) < 0) return NULL;
    return pv_bool(pv_str_is_ascii(self));
}
Value pv_str_m_isprintable(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isprintable", n, 0, 0) < 0) return NULL;
    if (N(self) == 0) return pv_True;
    return all_flags(self, PV_UC_PRINTABLE);
}
Value pv_str_m_isidentifier(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isidentifier", n, 0, 0) < 0) return NULL;
    const char *s = D(self);
    size_t sz = N(self);
    if (sz == 0) return pv_False;
    int l;
    if (!(pv_uc_flags(pv_utf8_at(s, 0, &l)) & PV_UC_XID_START)) return pv_False;
    for (size_t i = l; i < sz; i += l)
        if (!(pv_uc_flags(pv_utf8_at(s, i, &l)) & PV_UC_XID_CONTINUE)) return pv_False;
    return pv_True;
}
static Value case_pred(Value self, unsigned want, unsigned reject)
{
    const char *s = D(self);
    size_t n = N(self);
    bool cased = false;
    for (size_t i = 0; i < n;) {
        int l;
        unsigned f = pv_uc_flags(pv_utf8_at(s, i, &l));
        if (f & reject) return pv_False;
        if (f & want) cased = true;
        i += l;
    }
    return pv_bool(cased);
}
Value pv_str_m_islower(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.islower", n, 0, 0) < 0) return NULL;
    return case_pred(self, PV_UC_LOWER, PV_UC_UPPER | PV_UC_TITLE);
}
Value pv_str_m_isupper(Value self, Value *a, size_t n, Value kw)
{
    if (pv_check_nargs("str.isupper", n, 0, 0) < 0) return NULL;
    return case_pred(self, PV_UC_UPPER, PV_UC_LOWER | PV_UC_TITLE);
}
Value pv_str_m_istitle(Value self, Value *a, size_t nn, Value kw)
{
    if (pv_check_nargs("str.istitle", nn, 0, 0) < 0) return NULL;
    const char *s = D(self);
    size_t n = N(self);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n;) {
        int l;
        unsigned f = pv_uc_flags(pv_utf8_at(s, i, &l));
        if (f & (PV_UC_UPPER | PV_UC_TITLE)) {
            if (prev) return pv_False;
            prev = cased = true;
        } else if (f & PV_UC_LOWER) {
            if (!prev) return pv_False;
            prev = cased = true;
        } else {
            prev = false;
        }
        i += l;
    }
    return pv_bool(cased);
}
