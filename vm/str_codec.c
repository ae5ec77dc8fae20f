/* str_codec.c: the built-in codecs (utf-8, ascii, latin-1, utf-16,
 * utf-32) with the standard error handlers, as str.encode / bytes.decode. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "str_impl.h"

enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_BACKSLASH, ERR_SURROGATEESCAPE,
       ERR_XMLCHARREF, ERR_SURROGATEPASS, ERR_NAMEREPLACE, ERR_UNKNOWN };

static int err_mode(const char *e)
{
    if (!e || !strcmp(e, "strict")) return ERR_STRICT;
    if (!strcmp(e, "replace")) return ERR_REPLACE;
    if (!strcmp(e, "ignore")) return ERR_IGNORE;
    if (!strcmp(e, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(e, "surrogateescape")) return ERR_SURROGATEESCAPE;
    if (!strcmp(e, "xmlcharrefreplace")) return ERR_XMLCHARREF;
    if (!strcmp(e, "surrogatepass")) return ERR_SURROGATEPASS;
    if (!strcmp(e, "namereplace")) return ERR_NAMEREPLACE;
    return ERR_UNKNOWN;
}

static Value unknown_handler(const char *e)
{
    return pv_raise(&pv_exc_LookupError, "unknown error handler name '%s'", e);
}

const char *pv_codec_norm(const char *name)
{
    char n[32];
    size_t i = 0;
    for (; name[i] && i < sizeof n - 1; i++) {
        char c = (char)tolower((unsigned char)name[i]);
        n[i] = (c == '_' || c == ' ') ? '-' : c;
    }
    n[i] = 0;
    if (!name[i]) {
        static const struct { const char *alias, *name; } tab[] = {
            {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"u8", "utf-8"}, {"utf", "utf-8"},
            {"cp65001", "utf-8"}, {"utf-8-sig", "utf-8-sig"}, {"utf8-sig", "utf-8-sig"},
            {"ascii", "ascii"}, {"us-ascii", "ascii"}, {"646", "ascii"}, {"us", "ascii"},
            {"latin-1", "latin-1"}, {"latin1", "latin-1"}, {"latin", "latin-1"},
            {"iso-8859-1", "latin-1"}, {"iso8859-1", "latin-1"}, {"8859", "latin-1"},
            {"cp819", "latin-1"}, {"l1", "latin-1"}, {"iso-ir-100", "latin-1"},
            {"utf-16", "utf-16"}, {"utf16", "utf-16"}, {"utf-16-le", "utf-16-le"},
            {"utf-16le", "utf-16-le"}, {"utf-16-be", "utf-16-be"}, {"utf-16be", "utf-16-be"},
            {"utf-32", "utf-32"}, {"utf32", "utf-32"}, {"utf-32-le", "utf-32-le"},
            {"utf-32le", "utf-32-le"}, {"utf-32-be", "utf-32-be"}, {"utf-32be", "utf-32-be"},
            {"cp1252", "cp1252"}, {"windows-1252", "cp1252"},
            {"unicode-escape", "unicode_escape"}, {"unicodeescape", "unicode_escape"},
            {"raw-unicode-escape", "raw_unicode_escape"}, {"rawunicodeescape", "raw_unicode_escape"},
        };
        for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
            if (!strcmp(n, tab[k].alias)) return tab[k].name;
    }
    pv_raise(&pv_exc_LookupError, "unknown encoding: %s", name);
    return NULL;
}

static Value decode_error(const char *enc, const char *data, size_t n, size_t start, size_t end,
                          const char *reason)
{
    Value a[5];
    a[0] = pv_str_from_cstr(enc);
    a[1] = pv_bytes_new(data, n);
    a[2] = pv_int_from_u64(start);
    a[3] = pv_int_from_u64(end);
    a[4] = pv_str_from_cstr(reason);
    for (int i = 0; i < 5; i++) if (!a[i]) return NULL;
    Value e = pv_exc_new(&pv_exc_UnicodeDecodeError, a, 5);
    if (!e) return NULL;
    return pv_raise_value(e);
}

static Value encode_error(const char *enc, Value s, size_t start, size_t end, const char *reason)
{
    Value a[5];
    a[0] = pv_str_from_cstr(enc);
    a[1] = s;
    a[2] = pv_int_from_u64(start);
    a[3] = pv_int_from_u64(end);
    a[4] = pv_str_from_cstr(reason);
    for (int i = 0; i < 5; i++) if (!a[i]) return NULL;
    Value e = pv_exc_new(&pv_exc_UnicodeEncodeError, a, 5);
    if (!e) return NULL;
    return pv_raise_value(e);
}

/* Apply a decode error handler to bytes [s, e) into out. */
static int decode_handle(PvBuf *out, int mode, const unsigned char *d, size_t s, size_t e)
{
    char tmp[8];
    switch (mode) {
    case ERR_REPLACE: return pv_buf_append_cp(out, 0xFFFD);
    case ERR_IGNORE: return 0;
    case ERR_SURROGATEESCAPE:
        for (size_t i = s; i < e; i++) {
            if (d[i] < 128) return 1; /* cannot escape ASCII: strict */
            if (pv_buf_append_cp(out, 0xDC00 + d[i]) < 0) return -1;
        }
        return 0;
    case ERR_BACKSLASH:
        for (size_t i = s; i < e; i++) {
            snprintf(tmp, sizeof tmp, "\\x%02x", d[i]);
            if (pv_buf_append(out, tmp, 4) < 0) return -1;
        }
        return 0;
    }
    return 1; /* strict */
}

/* UTF-8 validation with CPython's error ranges. Returns the byte length of
 * the valid sequence at p (1..4), or 0 with *bad set to the length of the
 * invalid prefix and *reason. */
static int utf8_check(const unsigned char *p, size_t avail, bool allow_surr, size_t *bad,
                      const char **reason)
{
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED && !allow_surr) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k < n; k++) {
        if ((size_t)k >= avail) {
            *bad = k;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned x = p[k];
        unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (x < l || x > h) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

static Value decode_utf8(const char *data, size_t n, const char *errors, const char *encname)
{
    const unsigned char *d = (const unsigned char *)data;
    int mode = err_mode(errors);
    /* fast path: valid without surrogates */
    size_t i = 0;
    bool ascii = true;
    while (i < n) {
        if (d[i] < 0x80) { i++; continue; }
        ascii = false;
        size_t bad;
        const char *reason;
        int l = utf8_check(d + i, n - i, false, &bad, &reason);
        if (!l) break;
        i += l;
    }
    if (i == n) {
        Value s = pv_str_alloc(n, ascii ? n : pv_utf8_count(data, n), ascii);
        if (s) memcpy(pv_str_data(s), data, n);
        return s;
    }
    PvBuf out;
    pv_buf_init(&out);
    if (pv_buf_append(&out, data, i) < 0) return NULL;
    while (i < n) {
        size_t bad = 0;
        const char *reason = NULL;
        int l = utf8_check(d + i, n - i, mode == ERR_SURROGATEPASS, &bad, &reason);
        if (l) {
            if (pv_buf_append(&out, data + i, l) < 0) return NULL;
            i += l;
            continue;
        }
        if (mode == ERR_UNKNOWN) { pv_buf_free(&out); return unknown_handler(errors); }
        int r = decode_handle(&out, mode, d, i, i + bad);
        if (r < 0) { pv_buf_free(&out); return NULL; }
        if (r > 0) {
            pv_buf_free(&out);
            return decode_error(encname, data, n, i, i + bad, reason);
        }
        i += bad;
    }
    return pv_buf_finish_str(&out);
}

Value pv_str_decode_utf8(const char *s, size_t size, const char *errors)
{
    return decode_utf8(s, size, errors, "utf-8");
}

/* Single-byte codecs: ASCII, Latin-1 and cp1252 (Latin-1 with 0x80-0x9f
 * remapped; 0 marks an undefined byte). */
typedef struct Charmap {
    const char *name;       /* in error messages */
    int limit;              /* 128 or 256 */
    const uint16_t *hi;     /* 0x80..0x9f, or NULL */
    const char *reason;
} Charmap;

static const uint16_t cp1252_hi[32] = {
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0,
    0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
    0x153, 0, 0x17e, 0x178,
};
static const Charmap cm_ascii = {"ascii", 128, NULL, "ordinal not in range(128)"};
static const Charmap cm_latin1 = {"latin-1", 256, NULL, "ordinal not in range(256)"};
static const Charmap cm_cp1252 = {"charmap", 256, cp1252_hi, "character maps to <undefined>"};

static int32_t cm_decode(const Charmap *m, unsigned char b)
{
    if (b < 128) return b;
    if (m->limit == 128) return -1;
    if (m->hi && b < 0xa0) return m->hi[b - 0x80] ? m->hi[b - 0x80] : -1;
    return b;
}

static int cm_encode(const Charmap *m, uint32_t c)
{
    if (c < 128) return (int)c;
    if (m->limit == 128) return -1;
    if (c < 256 && (!m->hi || c >= 0xa0)) return (int)c;
    if (m->hi)
        for (int k = 0; k < 32; k++)
            if (m->hi[k] == c) return 0x80 + k;
    return -1;
}

static Value decode_charmap(const char *data, size_t n, const char *errors, const Charmap *m)
{
    const unsigned char *d = (const unsigned char *)data;
    if (pv_utf8_is_ascii(data, n)) return pv_str_new(data, n);
    int mode = err_mode(errors);
    PvBuf out;
    pv_buf_init(&out);
    for (size_t i = 0; i < n; i++) {
        int32_t cp = cm_decode(m, d[i]);
        if (cp >= 0) {
            if (pv_buf_append_cp(&out, (uint32_t)cp) < 0) return NULL;
            continue;
        }
        if (mode == ERR_UNKNOWN) { pv_buf_free(&out); return unknown_handler(errors); }
        int r = decode_handle(&out, mode, d, i, i + 1);
        if (r < 0) { pv_buf_free(&out); return NULL; }
        if (r > 0) {
            pv_buf_free(&out);
            return decode_error(m->name, data, n, i, i + 1, m->reason);
        }
    }
    return pv_buf_finish_str(&out);
}

/* UTF-16/32 decoding; bom: 0 none (endianness from le), 1 detect. */
static Value decode_utf16_32(const char *data, size_t n, const char *errors, int width, int le,
                             bool detect, const char *encname)
{
    const unsigned char *d = (const unsigned char *)data;
    int mode = err_mode(errors);
    size_t i = 0;
    if (detect) {
        le = 1;
        if (width == 2 && n >= 2) {
            if (d[0] == 0xFF && d[1] == 0xFE) i = 2;
            else if (d[0] == 0xFE && d[1] == 0xFF) { le = 0; i = 2; }
        } else if (width == 4 && n >= 4) {
            if (d[0] == 0xFF && d[1] == 0xFE && !d[2] && !d[3]) i = 4;
            else if (!d[0] && !d[1] && d[2] == 0xFE && d[3] == 0xFF) { le = 0; i = 4; }
        }
    }
    PvBuf out;
    pv_buf_init(&out);
    while (i < n) {
        const char *reason = NULL;
        size_t s = i, e;
        uint32_t cp = 0;
        if (n - i < (size_t)width) {
            reason = "truncated data";
            e = n;
        } else if (width == 2) {
            cp = le ? d[i] | d[i + 1] << 8 : d[i] << 8 | d[i + 1];
            i += 2;
            e = i;
            if (cp >= 0xD800 && cp < 0xDC00) {
                if (n - i < 2) { reason = "unexpected end of data"; e = n; }
                else {
                    uint32_t lo = le ? d[i] | d[i + 1] << 8 : d[i] << 8 | d[i + 1];
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i += 2;
                    } else {
                        reason = "illegal UTF-16 surrogate";
                    }
                }
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                reason = "illegal encoding";
            }
        } else {
            cp = le ? (uint32_t)d[i] | d[i + 1] << 8 | d[i + 2] << 16 | (uint32_t)d[i + 3] << 24
                    : (uint32_t)d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3];
            i += 4;
            e = i;
            if (cp > 0x10FFFF) reason = "code point not in range(0x110000)";
            else if (cp >= 0xD800 && cp < 0xE000) reason = "code point in surrogate code point range(0xd800, 0xe000)";
        }
        if (!reason) {
            if (pv_buf_append_cp(&out, cp) < 0) return NULL;
            continue;
        }
        if (mode == ERR_UNKNOWN) { pv_buf_free(&out); return unknown_handler(errors); }
        int r = decode_handle(&out, mode, d, s, e);
        if (r < 0) { pv_buf_free(&out); return NULL; }
        if (r > 0) {
            pv_buf_free(&out);
            if (detect) /* the error names the byte order actually used */
                encname = width == 2 ? (le ? "utf-16-le" : "utf-16-be") : (le ? "utf-32-le" : "utf-32-be");
            return decode_error(encname, data, n, s, e, reason);
        }
        i = e;
    }
    return pv_buf_finish_str(&out);
}

/* unicode_escape (raw: only \u and \U) decoding; other bytes are latin-1. */
static Value decode_escape(const char *data, size_t n, const char *errors, bool raw)
{
    const unsigned char *d = (const unsigned char *)data;
    const char *encname = raw ? "rawunicodeescape" : "unicodeescape";
    int mode = err_mode(errors);
    PvBuf out;
    pv_buf_init(&out);
    for (size_t i = 0; i < n;) {
        if (d[i] != '\\' || (raw && (i + 1 >= n || (d[i + 1] != 'u' && d[i + 1] != 'U')))) {
            if (pv_buf_append_cp(&out, d[i]) < 0) goto fail;
            i++;
            continue;
        }
        size_t s = i;
        if (i + 1 >= n) {
            if (mode == ERR_IGNORE) break;
            if (mode == ERR_REPLACE) {
                if (pv_buf_append_cp(&out, 0xFFFD) < 0) goto fail;
                break;
            }
            pv_buf_free(&out);
            return decode_error(encname, data, n, s, n, "\\ at end of string");
        }
        unsigned char c = d[i + 1];
        i += 2;
        uint32_t cp = 0;
        int digits = 0;
        const char *what = NULL;
        switch (c) {
        case '\n': if (raw) goto unknown; continue;
        case '\\': if (raw) goto unknown; cp = '\\'; break;
        case '\'': if (raw) goto unknown; cp = '\''; break;
        case '"': if (raw) goto unknown; cp = '"'; break;
        case 'a': if (raw) goto unknown; cp = 7; break;
        case 'b': if (raw) goto unknown; cp = 8; break;
        case 'f': if (raw) goto unknown; cp = 12; break;
        case 'n': if (raw) goto unknown; cp = 10; break;
        case 'r': if (raw) goto unknown; cp = 13; break;
        case 't': if (raw) goto unknown; cp = 9; break;
        case 'v': if (raw) goto unknown; cp = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            if (raw) goto unknown;
            cp = c - '0';
            for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) cp = cp * 8 + (d[i++] - '0');
            break;
        case 'x': if (raw) goto unknown; digits = 2; what = "truncated \\xXX escape"; break;
        case 'u': digits = 4; what = "truncated \\uXXXX escape"; break;
        case 'U': digits = 8; what = "truncated \\UXXXXXXXX escape"; break;
        default:
        unknown: /* unknown escapes stay as they are */
            if (pv_buf_append(&out, "\\", 1) < 0 || pv_buf_append_cp(&out, c) < 0) goto fail;
            continue;
        }
        if (digits) {
            int k = 0;
            for (; k < digits && i < n; k++, i++) {
                int v = d[i] >= '0' && d[i] <= '9' ? d[i] - '0' : d[i] >= 'a' && d[i] <= 'f' ? d[i] - 'a' + 10
                      : d[i] >= 'A' && d[i] <= 'F' ? d[i] - 'A' + 10 : -1;
                if (v < 0) break;
                cp = cp * 16 + v;
            }
            if (k < digits || cp > 0x10FFFF) {
                if (mode == ERR_IGNORE) continue;
                if (mode == ERR_REPLACE) {
                    if (pv_buf_append_cp(&out, 0xFFFD) < 0) goto fail;
                    continue;
                }
                pv_buf_free(&out);
                return decode_error(encname, data, n, s, i, k < digits ? what : "illegal Unicode character");
            }
        }
        if (pv_buf_append_cp(&out, cp) < 0) goto fail;
    }
    return pv_buf_finish_str(&out);
fail:
    pv_buf_free(&out);
    return NULL;
}

/* Codecs not built in (cp437, koi8-r, ...): CPython's encodings package
 * through codecs.decode/encode (LookupError as before when unknown). */
static Value registry_codec(Value data, const char *encoding, const char *errors, bool dec)
{
    if (!pv_err_matches(&pv_exc_LookupError)) return NULL;
    pv_err_clear();
    Value codecs = pv_import_cstr("codecs");
    Value fn = codecs ? pv_getattr(codecs, pv_intern(dec ? "decode" : "encode")) : NULL;
    Value a[3] = {data, pv_str_from_cstr(encoding), pv_str_from_cstr(errors ? errors : "strict")};
    return fn && a[0] && a[1] && a[2] ? pv_call(fn, a, 3, NULL) : NULL;
}

Value pv_bytes_decode(const char *data, size_t n, const char *encoding, const char *errors)
{
    const char *enc = pv_codec_norm(encoding ? encoding : "utf-8");
    if (!enc) return registry_codec(pv_bytes_new(data, n), encoding, errors, true);
    if (!strcmp(enc, "utf-8")) return decode_utf8(data, n, errors, "utf-8");
    if (!strcmp(enc, "utf-8-sig")) {
        if (n >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) { data += 3; n -= 3; }
        return decode_utf8(data, n, errors, "utf-8");
    }
    if (!strcmp(enc, "ascii")) return decode_charmap(data, n, errors, &cm_ascii);
    if (!strcmp(enc, "latin-1")) return decode_charmap(data, n, errors, &cm_latin1);
    if (!strcmp(enc, "cp1252")) return decode_charmap(data, n, errors, &cm_cp1252);
    if (!strcmp(enc, "unicode_escape")) return decode_escape(data, n, errors, false);
    if (!strcmp(enc, "raw_unicode_escape")) return decode_escape(data, n, errors, true);
    if (!strcmp(enc, "utf-16")) return decode_utf16_32(data, n, errors, 2, 1, true, "utf-16");
    if (!strcmp(enc, "utf-16-le")) return decode_utf16_32(data, n, errors, 2, 1, false, "utf-16-le");
    if (!strcmp(enc, "utf-16-be")) return decode_utf16_32(data, n, errors, 2, 0, false, "utf-16-be");
    if (!strcmp(enc, "utf-32")) return decode_utf16_32(data, n, errors, 4, 1, true, "utf-32");
    if (!strcmp(enc, "utf-32-le")) return decode_utf16_32(data, n, errors, 4, 1, false, "utf-32-le");
    return decode_utf16_32(data, n, errors, 4, 0, false, "utf-32-be");
}

/* ---- encoding ---- */

/* Handle unencodable code points [s, e) (indices), cps given; returns
 * 1 for strict. */
static int encode_handle(PvBuf *out, int mode, const uint32_t *cps, size_t cnt, int limit)
{
    char tmp[16];
    for (size_t k = 0; k < cnt; k++) {
        uint32_t c = cps[k];
        int n;
        switch (mode) {
        case ERR_REPLACE: if (pv_buf_append(out, "?", 1) < 0) return -1; break;
        case ERR_IGNORE: break;
        case ERR_BACKSLASH:
            n = c <= 0xff ? snprintf(tmp, sizeof tmp, "\\x%02x", c)
              : c <= 0xffff ? snprintf(tmp, sizeof tmp, "\\u%04x", c) : snprintf(tmp, sizeof tmp, "\\U%08x", c);
            if (pv_buf_append(out, tmp, n) < 0) return -1;
            break;
        case ERR_XMLCHARREF:
            n = snprintf(tmp, sizeof tmp, "&#%u;", c);
            if (pv_buf_append(out, tmp, n) < 0) return -1;
            break;
        case ERR_SURROGATEESCAPE:
            if (c < 0xDC80 || c > 0xDCFF || (limit == 128 && c < 0xDD00 && c - 0xDC00 < 128)) return 1;
            tmp[0] = (char)(c - 0xDC00);
            if (pv_buf_append(out, tmp, 1) < 0) return -1;
            break;
        default:
            return 1;
        }
    }
    return 0;
}

static Value encode_charmap(Value s, const char *errors, const Charmap *m)
{
    if (pv_str_is_ascii(s)) return pv_bytes_new(pv_str_data(s), pv_str_size(s));
    int mode = err_mode(errors);
    PvBuf out;
    pv_buf_init(&out);
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s), idx = 0;
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t c = pv_utf8_get(p + i, &l);
        int b = cm_encode(m, c);
        if (b >= 0) {
            char ch = (char)b;
            if (pv_buf_append(&out, &ch, 1) < 0) return NULL;
            i += l;
            idx++;
            continue;
        }
        /* collect the run of unencodable characters */
        uint32_t run[64];
        size_t cnt = 0, start = idx;
        while (i < n && cnt < 64) {
            c = pv_utf8_get(p + i, &l);
            if (cm_encode(m, c) >= 0) break;
            run[cnt++] = c;
            i += l;
            idx++;
        }
        if (mode == ERR_UNKNOWN) { pv_buf_free(&out); return unknown_handler(errors); }
        int r = encode_handle(&out, mode, run, cnt, m->limit);
        if (r < 0) { pv_buf_free(&out); return NULL; }
        if (r > 0) {
            pv_buf_free(&out);
            /* strict reports the whole run */
            size_t end = idx;
            while (i < n) {
                c = pv_utf8_get(p + i, &l);
                if (cm_encode(m, c) >= 0) break;
                i += l;
                end++;
            }
            return encode_error(m->name, s, start, end, m->reason);
        }
    }
    return pv_buf_finish_bytes(&out);
}

static bool is_surrogate_seq(const unsigned char *p) { return p[0] == 0xED && p[1] >= 0xA0; }

static Value encode_utf8(Value s, const char *errors)
{
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s);
    bool has_surr = false;
    for (const unsigned char *q = p; (q = memchr(q, 0xED, n - (q - p))); q++)
        if (is_surrogate_seq(q)) { has_surr = true; break; }
    if (!has_surr) return pv_bytes_new((const char *)p, n);
    int mode = err_mode(errors);
    PvBuf out;
    pv_buf_init(&out);
    size_t idx = 0;
    for (size_t i = 0; i < n;) {
        int l = pv_utf8_seqlen(p[i]);
        if (!(l == 3 && is_surrogate_seq(p + i)) || mode == ERR_SURROGATEPASS) {
            if (pv_buf_append(&out, (const char *)p + i, l) < 0) return NULL;
            i += l;
            idx++;
            continue;
        }
        uint32_t run[64];
        size_t cnt = 0, start = idx;
        while (i < n && cnt < 64 && is_surrogate_seq(p + i)) {
            int ll;
            run[cnt++] = pv_utf8_get(p + i, &ll);
            i += 3;
            idx++;
        }
        if (mode == ERR_UNKNOWN) { pv_buf_free(&out); return unknown_handler(errors); }
        int r = encode_handle(&out, mode, run, cnt, 256);
        if (r < 0) { pv_buf_free(&out); return NULL; }
        if (r > 0) {
            pv_buf_free(&out);
            size_t end = idx;
            while (i < n && is_surrogate_seq(p + i)) { i += 3; end++; }
            return encode_error("utf-8", s, start, end, "surrogates not allowed");
        }
    }
    return pv_buf_finish_bytes(&out);
}

static Value encode_utf16_32(Value s, const char *errors, int width, int le, bool bom, const char *encname)
{
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s), idx = 0;
    int mode = err_mode(errors);
    PvBuf out;
    pv_buf_init(&out);
    unsigned char u[8];
#define PUT(x) do { uint32_t v_ = (x);                                              \
        if (width == 2) { u[0] = le ? v_ & 0xff : v_ >> 8; u[1] = le ? v_ >> 8 : v_ & 0xff; } \
        else for (int k_ = 0; k_ < 4; k_++) u[k_] = (v_ >> (le ? 8 * k_ : 24 - 8 * k_)) & 0xff; \
        if (pv_buf_append(&out, (char *)u, width) < 0) return NULL; } while (0)
    if (bom) PUT(0xFEFF);
    for (size_t i = 0; i < n; idx++) {
        int l;
        uint32_t c = pv_utf8_get(p + i, &l);
        i += l;
        if (c >= 0xD800 && c < 0xE000 && mode != ERR_SURROGATEPASS) {
            if (mode == ERR_UNKNOWN) { pv_buf_free(&out); return unknown_handler(errors); }
            if (mode == ERR_STRICT || mode == ERR_SURROGATEESCAPE) {
                pv_buf_free(&out);
                return encode_error(encname, s, idx, idx + 1, "surrogates not allowed");
            }
            PvBuf tmp;
            pv_buf_init(&tmp);
            if (encode_handle(&tmp, mode, &c, 1, 256) != 0) { pv_buf_free(&tmp); pv_buf_free(&out); return NULL; }
            for (size_t k = 0; k < tmp.size; k++) PUT((unsigned char)tmp.data[k]);
            pv_buf_free(&tmp);
            continue;
        }
        if (width == 2 && c >= 0x10000) {
            PUT(0xD800 + ((c - 0x10000) >> 10));
            PUT(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            PUT(c);
        }
    }
#undef PUT
    return pv_buf_finish_bytes(&out);
}

/* unicode_escape: repr-like escapes without quoting; raw: only code
 * points above 0xff are escaped. */
static Value encode_escape(Value s, bool raw)
{
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s);
    PvBuf out;
    pv_buf_init(&out);
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t c = pv_utf8_get(p + i, &l);
        i += l;
        char tmp[12];
        int k;
        if (raw && c < 0x100) { tmp[0] = (char)c; k = 1; }
        else if (c >= 0x10000) k = snprintf(tmp, sizeof tmp, "\\U%08x", c);
        else if (c >= 0x100) k = snprintf(tmp, sizeof tmp, "\\u%04x", c);
        else if (c == '\\') { memcpy(tmp, "\\\\", 2); k = 2; }
        else if (c == '\t') { memcpy(tmp, "\\t", 2); k = 2; }
        else if (c == '\n') { memcpy(tmp, "\\n", 2); k = 2; }
        else if (c == '\r') { memcpy(tmp, "\\r", 2); k = 2; }
        else if (c < 0x20 || c >= 0x7f) k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else { tmp[0] = (char)c; k = 1; }
        if (pv_buf_append(&out, tmp, k) < 0) { pv_buf_free(&out); return NULL; }
    }
    return pv_buf_finish_bytes(&out);
}

Value pv_str_encode(Value s, const char *encoding, const char *errors)
{
    const char *enc = pv_codec_norm(encoding ? encoding : "utf-8");
    if (!enc) return registry_codec(s, encoding, errors, false);
    if (!strcmp(enc, "utf-8")) return encode_utf8(s, errors);
    if (!strcmp(enc, "utf-8-sig")) {
        Value b = encode_utf8(s, errors);
        if (!b) return NULL;
        PvBuf out;
        pv_buf_init(&out);
        if (pv_buf_append(&out, "\xEF\xBB\xBF", 3) < 0 ||
            pv_buf_append(&out, pv_bytes_data(b), pv_bytes_size(b)) < 0) { pv_buf_free(&out); return NULL; }
        return pv_buf_finish_bytes(&out);
    }
    if (!strcmp(enc, "ascii")) return encode_charmap(s, errors, &cm_ascii);
    if (!strcmp(enc, "latin-1")) return encode_charmap(s, errors, &cm_latin1);
    if (!strcmp(enc, "cp1252")) return encode_charmap(s, errors, &cm_cp1252);
    if (!strcmp(enc, "unicode_escape")) return encode_escape(s, false);
    if (!strcmp(enc, "raw_unicode_escape")) return encode_escape(s, true);
    if (!strcmp(enc, "utf-16")) return encode_utf16_32(s, errors, 2, 1, true, "utf-16");
    if (!strcmp(enc, "utf-16-le")) return encode_utf16_32(s, errors, 2, 1, false, "utf-16-le");
    if (!strcmp(enc, "utf-16-be")) return encode_utf16_32(s, errors, 2, 0, false, "utf-16-be");
    if (!strcmp(enc, "utf-32")) return encode_utf16_32(s, errors, 4, 1, true, "utf-32");
    if (!strcmp(enc, "utf-32-le")) return encode_utf16_32(s, errors, 4, 1, false, "utf-32-le");
    return encode_utf16_32(s, errors, 4, 0, false, "utf-32-be");
}
