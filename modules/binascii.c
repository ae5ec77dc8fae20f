/* binascii.c: the binascii module basics base64, hexlify and the
 * checksums need: hexlify/b2a_hex (with sep), unhexlify/a2b_hex,
 * b2a_base64/a2b_base64, b2a_uu/a2b_uu, crc32, crc_hqx, and the Error/Incomplete
 * exceptions. a2b_* functions accept ASCII str as CPython's do. */
#include "pv.h"
#include "str_impl.h"
#include <stdlib.h>
#include <string.h>

static Value binascii_error, binascii_incomplete;

/* The bytes of a bytes-like argument (or ASCII str when allow_str). */
static int get_data(Value v, const char **d, size_t *n, bool allow_str)
{
    void *p;
    if (pv_array_buffer(v, &p, n, NULL)) {
        *d = p;
        return 0;
    }
    if (pv_bytes_like(v, d, n))
        return 0;
    if (allow_str && pv_is_str(v)) {
        if (!(((PvStr *)v)->h.flags & PV_STR_ASCII)) {
            pv_raise(&pv_exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *d = pv_str_data(v);
        *n = pv_str_size(v);
        return 0;
    }
    if (allow_str)
        pv_raise(&pv_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                 pv_type_name(pv_type(v)));
    else
        pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%s'", pv_type_name(pv_type(v)));
    return -1;
}

static Value hexlify(Value *args, size_t nargs, Value kwnames, const char *fname)
{
    static const char *const kwlist[] = {"data", "sep", "bytes_per_sep", NULL};
    Value data, sep = NULL;
    ssize_t per = 1;
    const char *d, *s = NULL;
    size_t n, sn = 0;
    if (pv_parse_args(fname, args, nargs, kwnames, "O|On", kwlist, &data, &sep, &per) < 0 ||
        get_data(data, &d, &n, false) < 0)
        return NULL;
    if (sep && sep != pv_None) {
        if (pv_is_str(sep)) {
            s = pv_str_data(sep);
            sn = pv_str_size(sep);
        } else if (!pv_bytes_like(sep, &s, &sn)) {
            return pv_raise(&pv_exc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1 || (unsigned char)s[0] > 127)
            return pv_raise(&pv_exc_ValueError, "sep must be length 1.");
    }
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    size_t nseps = (s && group && n) ? (n - 1) / group : 0;
    size_t outn = 2 * n + nseps;
    char *out = malloc(outn + 1);
    if (!out)
        return pv_nomemory();
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s && group && i) {
            /* per > 0 groups from the right, per < 0 from the left */
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary)
                out[o++] = s[0];
        }
        out[o++] = "0123456789abcdef"[(unsigned char)d[i] >> 4];
        out[o++] = "0123456789abcdef"[(unsigned char)d[i] & 15];
    }
    Value r = pv_bytes_new(out, o);
    free(out);
    return r;
}

static Value f_hexlify(Value self, Value *args, size_t nargs, Value kw) { return hexlify(args, nargs, kw, "hexlify"); }
static Value f_b2a_hex(Value self, Value *args, size_t nargs, Value kw) { return hexlify(args, nargs, kw, "b2a_hex"); }

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value unhexlify(Value *args, size_t nargs, Value kwnames, const char *fname)
{
    static const char *const kwlist[] = {"hexstr", NULL};
    Value data;
    const char *d;
    size_t n;
    if (pv_parse_args(fname, args, nargs, kwnames, "O", kwlist, &data) < 0 || get_data(data, &d, &n, true) < 0)
        return NULL;
    if (n % 2)
        return pv_raise((PvType *)binascii_error, "Odd-length string");
    char *out = malloc(n / 2 + 1);
    if (!out)
        return pv_nomemory();
    for (size_t i = 0; i < n; i += 2) {
        int hi = hexval(d[i]), lo = hexval(d[i + 1]);
        if (hi < 0 || lo < 0) {
            free(out);
            return pv_raise((PvType *)binascii_error, "Non-hexadecimal digit found");
        }
        out[i / 2] = (char)(hi << 4 | lo);
    }
    Value r = pv_bytes_new(out, n / 2);
    free(out);
    return r;
}

static Value f_unhexlify(Value self, Value *args, size_t nargs, Value kw) { return unhexlify(args, nargs, kw, "unhexlify"); }
static Value f_a2b_hex(Value self, Value *args, size_t nargs, Value kw) { return unhexlify(args, nargs, kw, "a2b_hex"); }

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Value f_b2a_base64(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"data", "newline", NULL};
    Value data;
    bool newline = true;
    const char *d;
    size_t n;
    if (pv_parse_args("b2a_base64", args, nargs, kwnames, "O|$p", kwlist, &data, &newline) < 0 ||
        get_data(data, &d, &n, false) < 0)
        return NULL;
    char *out = malloc((n + 2) / 3 * 4 + 2);
    if (!out)
        return pv_nomemory();
    size_t o = 0, i = 0;
    const unsigned char *u = (const unsigned char *)d;
    for (; i + 2 < n; i += 3) {
        out[o++] = b64chars[u[i] >> 2];
        out[o++] = b64chars[(u[i] & 3) << 4 | u[i + 1] >> 4];
        out[o++] = b64chars[(u[i + 1] & 15) << 2 | u[i + 2] >> 6];
        out[o++] = b64chars[u[i + 2] & 63];
    }
    if (n - i == 1) {
        out[o++] = b64chars[u[i] >> 2];
        out[o++] = b64chars[(u[i] & 3) << 4];
        out[o++] = '=';
        out[o++] = '=';
    } else if (n - i == 2) {
        out[o++] = b64chars[u[i] >> 2];
        out[o++] = b64chars[(u[i] & 3) << 4 | u[i + 1] >> 4];
        out[o++] = b64chars[(u[i + 1] & 15) << 2];
        out[o++] = '=';
    }
    if (newline)
        out[o++] = '\n';
    Value r = pv_bytes_new(out, o);
    free(out);
    return r;
}

static int b64val(unsigned char c)
{
    const char *p = c ? strchr(b64chars, c) : NULL;
    return p ? (int)(p - b64chars) : -1;
}

static Value f_a2b_base64(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"data", "strict_mode", NULL};
    Value data;
    bool strict = false;
    const char *d;
    size_t n;
    if (pv_parse_args("a2b_base64", args, nargs, kwnames, "O|$p", kwlist, &data, &strict) < 0 ||
        get_data(data, &d, &n, true) < 0)
        return NULL;
    char *out = malloc(n / 4 * 3 + 3);
    if (!out)
        return pv_nomemory();
    size_t o = 0, ndata = 0;
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool padding = false;
    const char *err = NULL;
    if (strict && n && d[0] == '=') {
        err = "Leading padding not allowed";
        goto fail;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '=') {
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    err = "Excess data after padding";
                    goto fail;
                }
                quad = 0;
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) {
                err = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding) {
            err = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        ndata++;
        switch (quad) {
        case 0: left = (unsigned)v; break;
        case 1: out[o++] = (char)(left << 2 | (unsigned)v >> 4); left = (unsigned)v & 15; break;
        case 2: out[o++] = (char)(left << 4 | (unsigned)v >> 2); left = (unsigned)v & 3; break;
        case 3: out[o++] = (char)(left << 6 | (unsigned)v); break;
        }
        quad = (quad + 1) & 3;
    }
    if (quad) {
        free(out);
        if (quad == 1)
            return pv_raise((PvType *)binascii_error,
                            "Invalid base64-encoded string: number of data characters (%zu) "
                            "cannot be 1 more than a multiple of 4", ndata);
        return pv_raise((PvType *)binascii_error, "Incorrect padding");
    }
done:;
    Value r = pv_bytes_new(out, o);
    free(out);
    return r;
fail:
    free(out);
    return pv_raise((PvType *)binascii_error, "%s", err);
}

static uint32_t crc_table[256];

static Value f_crc32(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value data, start = pv_small(0);
    const char *d;
    size_t n;
    if (pv_parse_args("crc32", args, nargs, kwnames, "O|O", NULL, &data, &start) < 0 ||
        get_data(data, &d, &n, false) < 0)
        return NULL;
    if (!crc_table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            crc_table[i] = c;
        }
    Value s = pv_binop(start, pv_int_from_u64(0xffffffffu), PV_OP_AND);
    uint64_t crc;
    if (!s || pv_int_to_u64(s, &crc) < 0)
        return NULL;
    uint32_t c = ~(uint32_t)crc;
    for (size_t i = 0; i < n; i++)
        c = crc_table[(c ^ (unsigned char)d[i]) & 255] ^ (c >> 8);
    return pv_int_from_u64(~c);
}

static Value f_crc_hqx(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value data;
    int64_t crc;
    const char *d;
    size_t n;
    if (pv_parse_args("crc_hqx", args, nargs, kwnames, "OL", NULL, &data, &crc) < 0 ||
        get_data(data, &d, &n, false) < 0)
        return NULL;
    uint32_t c = (uint32_t)crc & 0xffff;
    for (size_t i = 0; i < n; i++) {
        c ^= (uint32_t)(unsigned char)d[i] << 8;
        for (int k = 0; k < 8; k++)
            c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
        c &= 0xffff;
    }
    return pv_small(c);
}

/* b2a_uu(data, *, backtick=False): one uuencoded line of at most 45 bytes. */
static Value f_b2a_uu(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"", "backtick", NULL};
    Value data;
    bool backtick = false;
    const char *d;
    size_t n;
    if (pv_parse_args("b2a_uu", args, nargs, kwnames, "O|$p", kwlist, &data, &backtick) < 0 ||
        get_data(data, &d, &n, false) < 0)
        return NULL;
    if (n > 45)
        return pv_raise((PvType *)binascii_error, "At most 45 bytes at once");
    char out[2 + 60 + 1];
    size_t o = 0;
    out[o++] = backtick && !n ? '`' : (char)(' ' + n);
    for (size_t i = 0; i < n; i += 3) {
        uint32_t w = 0;
        for (size_t k = 0; k < 3; k++)
            w = w << 8 | (i + k < n ? (unsigned char)d[i + k] : 0);
        for (int k = 18; k >= 0; k -= 6) {
            unsigned c = (w >> k) & 0x3f;
            out[o++] = backtick && !c ? '`' : (char)(' ' + c);
        }
    }
    out[o++] = '\n';
    return pv_bytes_new(out, o);
}

/* a2b_uu(data): the bytes of one uuencoded line (CPython's leniency:
 * missing characters count as spaces; trailing spaces and '`' are fine). */
static Value f_a2b_uu(Value self, Value *args, size_t nargs, Value kwnames)
{
    const char *d;
    size_t n;
    if (pv_arg_one("a2b_uu", nargs, kwnames) < 0 || get_data(args[0], &d, &n, true) < 0)
        return NULL;
    size_t len = (size_t)(((n ? (unsigned char)d[0] : 0) - ' ') & 077), i = n ? 1 : 0, o = 0;
    char out[64];
    uint32_t acc = 0;
    int bits = 0;
    while (o < len) {
        unsigned c = i < n ? (unsigned char)d[i] : '\n';
        i++;
        if (c == '\n' || c == '\r')
            c = 0;
        else if (c < ' ' || c > ' ' + 64)
            return pv_raise((PvType *)binascii_error, "Illegal char");
        else
            c = (c - ' ') & 077;
        acc = acc << 6 | c;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (char)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
            return pv_raise((PvType *)binascii_error, "Trailing garbage");
    }
    return pv_bytes_new(out, o);
}

static const PvMethodDef binascii_functions[] = {
    {"b2a_uu", f_b2a_uu, 0, NULL},
    {"a2b_uu", f_a2b_uu, 0, NULL},
    {"hexlify", f_hexlify, 0, NULL},
    {"b2a_hex", f_b2a_hex, 0, NULL},
    {"unhexlify", f_unhexlify, 0, NULL},
    {"a2b_hex", f_a2b_hex, 0, NULL},
    {"b2a_base64", f_b2a_base64, 0, NULL},
    {"a2b_base64", f_a2b_base64, 0, NULL},
    {"crc32", f_crc32, 0, NULL},
    {"crc_hqx", f_crc_hqx, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value new_exc(const char *name, PvType *base)
{
    Value bases = pv_tuple_pack(1, (Value)base);
    Value ns = pv_dict_new();
    if (!bases || !ns || pv_dict_set_str(ns, "__module__", pv_str_from_cstr("binascii")) < 0)
        return NULL;
    return pv_type_new(pv_str_from_cstr(name), bases, ns);
}

Value pv_binascii_module_init(void)
{
    if (!binascii_error) {
        if (!(binascii_error = new_exc("Error", &pv_exc_ValueError)))
            return NULL;
        pv_gc_add_root(&binascii_error);
        if (!(binascii_incomplete = new_exc("Incomplete", &pv_exc_Exception)))
            return NULL;
        pv_gc_add_root(&binascii_incomplete);
    }
    Value m = pv_module_new_cstr("binascii");
    if (!m || pv_module_add_functions(m, binascii_functions) < 0 ||
        pv_module_add(m, "Error", binascii_error) < 0 || pv_module_add(m, "Incomplete", binascii_incomplete) < 0)
        return NULL;
    return m;
}
