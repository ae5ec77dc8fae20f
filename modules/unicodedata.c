/* unicodedata.c: the unicodedata module over tables generated from
 * CPython's own (unicodedata_db.h, see unicodedata_gen.py): properties,
 * names (with the algorithmic CJK and Hangul names), decompositions,
 * numeric values and the normalization forms NFC, NFD, NFKC and NFKD. */
#include "pv.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "unicodedata_db.h"

/* ---- lookups ---- */

static const UdRec *prop(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return &ud_records[0];
    unsigned blk = ud_index1[cp >> UD_SHIFT];
    return &ud_records[ud_index2[(blk << UD_SHIFT) | (cp & ((1u << UD_SHIFT) - 1))]];
}

/* Index of cp in a sorted code point table, or -1. */
static long find_cp(const uint32_t *t, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo] == cp ? (long)lo : -1;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- names ---- */

enum { S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7, L_COUNT = 19,
       V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT };

static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA",
                                     "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI",
                                     "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                     "SS", "NG", "J", "C", "K", "T", "P", "H"};

/* The name of cp into buf (>= 128 bytes); false if it has none. */
static bool name_of(uint32_t cp, char *buf, size_t cap)
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        unsigned s = cp - S_BASE;
        snprintf(buf, cap, "HANGUL SYLLABLE %s%s%s", jamo_l[s / N_COUNT],
                 jamo_v[(s % N_COUNT) / T_COUNT], jamo_t[s % T_COUNT]);
        return true;
    }
    for (size_t i = 0; i < COUNT(ud_algo); i++)
        if (cp >= ud_algo[i][0] && cp <= ud_algo[i][1]) {
            snprintf(buf, cap, "%s%04X", ud_algo_prefix[ud_algo[i][2]], (unsigned)cp);
            return true;
        }
    long k = find_cp(ud_name_cp, COUNT(ud_name_cp), cp);
    if (k < 0)
        return false;
    size_t n = 0;
    for (uint32_t w = ud_name_off[k];; w++) {
        unsigned word = ud_name_words[w] & 0x7FFF;
        size_t len = ud_word_off[word + 1] - ud_word_off[word];
        if (n + len + 2 > cap)
            return false;
        if (n)
            buf[n++] = ' ';
        memcpy(buf + n, ud_word_text + ud_word_off[word], len);
        n += len;
        if (ud_name_words[w] & 0x8000)
            break;
    }
    buf[n] = 0;
    return true;
}

static long lookup_name(const char *name)
{
    char buf[256];
    if (strncmp(name, "HANGUL SYLLABLE ", 16) == 0) {
        for (uint32_t cp = S_BASE; cp < S_BASE + S_COUNT; cp++)
            if (name_of(cp, buf, sizeof buf) && strcmp(buf, name) == 0)
                return cp;
        return -1;
    }
    for (size_t k = 0; k < COUNT(ud_algo_prefix); k++) {
        size_t pl = strlen(ud_algo_prefix[k]);
        if (strncmp(name, ud_algo_prefix[k], pl) != 0)
            continue;
        const char *hex = name + pl;
        size_t hl = strlen(hex);
        if (hl < 4 || hl > 5 || strspn(hex, "0123456789ABCDEF") != hl)
            return -1;
        uint32_t cp = (uint32_t)strtoul(hex, NULL, 16);
        for (size_t i = 0; i < COUNT(ud_algo); i++)
            if (ud_algo[i][2] == k && cp >= ud_algo[i][0] && cp <= ud_algo[i][1])
                return cp;
        return -1;
    }
    size_t lo = 0, hi = COUNT(ud_name_sorted);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t cp = ud_name_cp[ud_name_sorted[mid]];
        if (!name_of(cp, buf, sizeof buf))
            return -1;
        int c = strcmp(buf, name);
        if (c == 0)
            return cp;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* ---- argument helpers ---- */

static uint32_t utf8_next(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    uint32_t c = *p++;
    if (c >= 0xF0) {
        c = ((c & 7) << 18) | ((p[0] & 0x3F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        p += 3;
    } else if (c >= 0xE0) {
        c = ((c & 15) << 12) | ((p[0] & 0x3F) << 6) | (p[1] & 0x3F);
        p += 2;
    } else if (c >= 0xC0) {
        c = ((c & 31) << 6) | (p[0] & 0x3F);
        p += 1;
    }
    *pp = p;
    return c;
}

/* The one code point of a 1-character str argument. */
static int char_arg(const char *fname, Value *args, size_t nargs, size_t min, size_t max,
                    uint32_t *cp)
{
    if (pv_check_nargs(fname, nargs, min, max) < 0)
        return -1;
    Value s = args[0];
    if (!pv_is_str(s) || pv_str_len(s) != 1) {
        pv_raise(&pv_exc_TypeError, "%s() argument%s must be a unicode character, not %T",
                 fname, max > 1 ? " 1" : "", s);
        return -1;
    }
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    *cp = utf8_next(&p);
    return 0;
}

#define ONE_CHAR(fname, min, max)                                                   \
    uint32_t cp;                                                                    \
    (void)self;                                                                     \
    if (pv_check_no_kwargs(fname, kwnames) < 0 ||                                   \
        char_arg(fname, args, nargs, min, max, &cp) < 0)                            \
        return NULL

/* ---- property functions ---- */

static Value ud_category(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("category", 1, 1);
    return pv_str_from_cstr(ud_categories[prop(cp)->cat]);
}

static Value ud_bidirectional(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("bidirectional", 1, 1);
    return pv_str_from_cstr(ud_bidi[prop(cp)->bidi]);
}

static Value ud_combining(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("combining", 1, 1);
    return pv_small(prop(cp)->combining);
}

static Value ud_east_asian_width(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("east_asian_width", 1, 1);
    return pv_str_from_cstr(ud_eaw[prop(cp)->eaw]);
}

static Value ud_mirrored(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("mirrored", 1, 1);
    return pv_small(prop(cp)->mirrored);
}

static Value ud_decomposition(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("decomposition", 1, 1);
    if (cp >= S_BASE && cp < S_BASE + S_COUNT)
        return pv_str_from_cstr("");  /* CPython: Hangul syllables decompose, but show none */
    long k = find_cp(ud_decomp_cp, COUNT(ud_decomp_cp), cp);
    return pv_str_from_cstr(k < 0 ? "" : ud_decomp[k]);
}

static Value ud_name(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("name", 1, 2);
    char buf[256];
    if (name_of(cp, buf, sizeof buf))
        return pv_str_from_cstr(buf);
    if (nargs > 1)
        return args[1];
    return pv_raise(&pv_exc_ValueError, "no such name");
}

static Value ud_lookup(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("lookup", kwnames) < 0 || pv_check_nargs("lookup", nargs, 1, 1) < 0)
        return NULL;
    Value s = args[0];
    const char *d;
    size_t n;
    if (pv_is_str(s)) {
        d = pv_str_data(s);
        n = pv_str_size(s);
    } else if (pv_isinst(s, &pv_bytes_type)) {
        d = pv_bytes_data(s);
        n = pv_bytes_size(s);
    } else {
        return pv_raise(&pv_exc_TypeError, "lookup() argument must be str, not %T", s);
    }
    if (n > 255)
        return pv_raise(&pv_exc_KeyError, "name too long");
    char buf[256], orig[256];
    memcpy(orig, d, n);
    orig[n] = 0;
    /* names match without case, except the algorithmic ones */
    bool algo = strncmp(orig, "HANGUL SYLLABLE ", 16) == 0;
    for (size_t k = 0; k < COUNT(ud_algo_prefix); k++)
        algo |= strncmp(orig, ud_algo_prefix[k], strlen(ud_algo_prefix[k])) == 0;
    for (size_t i = 0; i < n; i++)
        buf[i] = (!algo && d[i] >= 'a' && d[i] <= 'z') ? (char)(d[i] - 32) : d[i];
    buf[n] = 0;
    if (!algo && (strncmp(buf, "HANGUL SYLLABLE ", 16) == 0 ||
                  strncmp(buf, "CJK UNIFIED IDEOGRAPH-", 22) == 0))
        buf[0] = 0;  /* only the exact spelling finds these */
    long cp = strlen(orig) == n && buf[0] ? lookup_name(buf) : -1;
    if (cp < 0) {
        Value msg = pv_str_printf("undefined character name '%s'", orig);
        Value exc = msg ? pv_exc_new(&pv_exc_KeyError, &msg, 1) : NULL;
        if (exc)
            pv_raise_value(exc);
        return NULL;
    }
    return pv_str_from_codepoint((uint32_t)cp);
}

int pv_uc_decimal(uint32_t cp);

static Value ud_decimal(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("decimal", 1, 2);
    int d = pv_uc_decimal(cp);
    if (d >= 0)
        return pv_small(d);
    if (nargs > 1)
        return args[1];
    return pv_raise(&pv_exc_ValueError, "not a decimal");
}

/* digit: decimals plus the No digits (superscripts, circled ...); the
 * str module's table knows which. */
int pv_uc_digit(uint32_t cp);

static Value ud_digit(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("digit", 1, 2);
    int d = pv_uc_digit(cp);
    if (d >= 0)
        return pv_small(d);
    if (nargs > 1)
        return args[1];
    return pv_raise(&pv_exc_ValueError, "not a digit");
}

static Value ud_numeric_fn(Value self, Value *args, size_t nargs, Value kwnames)
{
    ONE_CHAR("numeric", 1, 2);
    long k = find_cp(ud_numeric_cp, COUNT(ud_numeric_cp), cp);
    if (k >= 0)
        return pv_float_new((double)ud_numeric[k][0] / (double)ud_numeric[k][1]);
    if (nargs > 1)
        return args[1];
    return pv_raise(&pv_exc_ValueError, "not a numeric character");
}

/* ---- normalization ---- */

typedef struct { uint32_t *v; size_t n, cap; } CpBuf;

static bool cp_push(CpBuf *b, uint32_t c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *v = realloc(b->v, cap * sizeof *v);
        if (!v)
            return false;
        b->v = v;
        b->cap = cap;
    }
    b->v[b->n++] = c;
    return true;
}

static bool decompose(CpBuf *b, uint32_t cp, bool compat)
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        unsigned s = cp - S_BASE;
        if (!cp_push(b, L_BASE + s / N_COUNT) || !cp_push(b, V_BASE + (s % N_COUNT) / T_COUNT))
            return false;
        return s % T_COUNT ? cp_push(b, T_BASE + s % T_COUNT) : true;
    }
    long k = find_cp(ud_decomp_cp, COUNT(ud_decomp_cp), cp);
    const char *d = k >= 0 ? ud_decomp[k] : NULL;
    if (!d || (d[0] == '<' && !compat))
        return cp_push(b, cp);
    if (d[0] == '<')
        d = strchr(d, '>') + 1;
    while (*d) {
        char *end;
        unsigned long c = strtoul(d, &end, 16);
        if (end == d)
            break;
        if (!decompose(b, (uint32_t)c, compat))
            return false;
        d = end;
    }
    return true;
}

static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
        b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    uint64_t key = ((uint64_t)a << 21) | b;
    size_t lo = 0, hi = COUNT(ud_comp_key);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ud_comp_key[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < COUNT(ud_comp_key) && ud_comp_key[lo] == key ? ud_comp_val[lo] : 0;
}

static Value normalize(const char *form, Value s)
{
    bool compat, comp;
    if (!strcmp(form, "NFC"))
        compat = false, comp = true;
    else if (!strcmp(form, "NFKC"))
        compat = true, comp = true;
    else if (!strcmp(form, "NFD"))
        compat = false, comp = false;
    else if (!strcmp(form, "NFKD"))
        compat = true, comp = false;
    else
        return pv_raise(&pv_exc_ValueError, "invalid normalization form");
    if (pv_str_len(s) == pv_str_size(s))
        return s;  /* ASCII is in every normal form */
    CpBuf b = {0};
    const unsigned char *p = (const unsigned char *)pv_str_data(s), *e = p + pv_str_size(s);
    while (p < e)
        if (!decompose(&b, utf8_next(&p), compat)) {
            free(b.v);
            return pv_nomemory();
        }
    /* canonical order: stable sort of each run of non-starters */
    for (size_t i = 1; i < b.n; i++) {
        uint32_t c = b.v[i];
        unsigned cc = prop(c)->combining;
        size_t j = i;
        while (cc && j > 0 && prop(b.v[j - 1])->combining > cc) {
            b.v[j] = b.v[j - 1];
            j--;
        }
        b.v[j] = c;
    }
    size_t n = b.n;
    if (comp) {
        long starter = -1;
        bool between = false;
        unsigned last = 0;
        n = 0;
        for (size_t i = 0; i < b.n; i++) {
            uint32_t c = b.v[i];
            unsigned cc = prop(c)->combining;
            if (starter >= 0 && (!between || (last && last < cc))) {
                uint32_t x = compose_pair(b.v[starter], c);
                if (x) {
                    b.v[starter] = x;
                    continue;
                }
            }
            if (cc == 0) {
                starter = (long)n;
                between = false;
            } else {
                between = true;
                last = cc;
            }
            b.v[n++] = c;
        }
    }
    PvBuf out;
    pv_buf_init(&out);
    for (size_t i = 0; i < n; i++) {
        char u[4];
        uint32_t c = b.v[i];
        size_t k;
        if (c < 0x80) {
            u[0] = (char)c;
            k = 1;
        } else if (c < 0x800) {
            u[0] = (char)(0xC0 | (c >> 6));
            u[1] = (char)(0x80 | (c & 0x3F));
            k = 2;
        } else if (c < 0x10000) {
            u[0] = (char)(0xE0 | (c >> 12));
            u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            u[2] = (char)(0x80 | (c & 0x3F));
            k = 3;
        } else {
            u[0] = (char)(0xF0 | (c >> 18));
            u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
            u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
            u[3] = (char)(0x80 | (c & 0x3F));
            k = 4;
        }
        if (pv_buf_append(&out, u, k) < 0) {
            free(b.v);
            pv_buf_free(&out);
            return NULL;
        }
    }
    free(b.v);
    Value r = pv_buf_finish_str(&out);
    return r && pv_str_eq(r, s) ? s : r;
}

static int form_args(const char *fname, Value *args, size_t nargs, Value kwnames,
                     const char **form)
{
    if (pv_check_no_kwargs(fname, kwnames) < 0 || pv_check_nargs(fname, nargs, 2, 2) < 0)
        return -1;
    if (!pv_is_str(args[0])) {
        pv_raise(&pv_exc_TypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
        return -1;
    }
    if (!pv_is_str(args[1])) {
        pv_raise(&pv_exc_TypeError, "%s() argument 2 must be str, not %T", fname, args[1]);
        return -1;
    }
    *form = pv_str_data(args[0]);
    return 0;
}

static Value ud_normalize(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *form;
    if (form_args("normalize", args, nargs, kwnames, &form) < 0)
        return NULL;
    return normalize(form, args[1]);
}

static Value ud_is_normalized(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *form;
    if (form_args("is_normalized", args, nargs, kwnames, &form) < 0)
        return NULL;
    Value r = normalize(form, args[1]);
    return r ? pv_bool(pv_str_eq(r, args[1])) : NULL;
}

static const PvMethodDef ud_functions[] = {
    {"lookup", ud_lookup, 0, "Look up character by name."},
    {"name", ud_name, 0, "Returns the name assigned to the character chr as a string."},
    {"decimal", ud_decimal, 0, "Converts a Unicode character into its equivalent decimal value."},
    {"digit", ud_digit, 0, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", ud_numeric_fn, 0, "Converts a Unicode character into its equivalent numeric value."},
    {"category", ud_category, 0, "Returns the general category assigned to the character chr as string."},
    {"bidirectional", ud_bidirectional, 0, "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", ud_combining, 0, "Returns the canonical combining class assigned to the character chr as integer."},
    {"east_asian_width", ud_east_asian_width, 0, "Returns the east asian width assigned to the character chr as string."},
    {"mirrored", ud_mirrored, 0, "Returns the mirrored property assigned to the character chr as integer."},
    {"decomposition", ud_decomposition, 0, "Returns the character decomposition mapping assigned to the character chr as string."},
    {"normalize", ud_normalize, 0, "Return the normal form 'form' for the Unicode string unistr."},
    {"is_normalized", ud_is_normalized, 0, "Return whether the Unicode string unistr is in the normal form 'form'."},
    {NULL, NULL, 0, NULL},
};

Value pv_unicodedata_module_init(void)
{
    Value m = pv_module_new_cstr("unicodedata");
    if (!m || pv_module_add_functions(m, ud_functions) < 0 ||
        pv_module_add(m, "unidata_version", pv_str_from_cstr(UD_VERSION)) < 0)
        return NULL;
    /* ucd_3_2_0 (idna, stringprep): the same functions over today's data */
    Value old = pv_module_new_cstr("unicodedata.UCD");
    if (!old || pv_module_add_functions(old, ud_functions) < 0 ||
        pv_module_add(old, "unidata_version", pv_str_from_cstr("3.2.0")) < 0 ||
        pv_module_add(m, "ucd_3_2_0", old) < 0)
        return NULL;
    return m;
}
