/* str.c: the str object: storage, the code-point index, interning, hashing,
 * comparison, the protocol slots and the constructor. Methods live in
 * str_methods.c, case/class data in str_unicode.c, codecs in str_codec.c. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "str_impl.h"

/* Non-ASCII strings get, on first random access, a table of the byte
 * offset of every IDX_STEP-th code point: s[i] walks at most IDX_STEP-1
 * code points from the nearest sample. */
#define IDX_SHIFT 5
#define IDX_STEP (1u << IDX_SHIFT)

typedef struct StrIndex { size_t n; size_t off[]; } StrIndex;

extern const PvMethodDef pv_str_methods[];

static Value empty_str;
static Value char_cache[256]; /* one-character strings of Latin-1 */

Value pv_str_alloc_type(PvType *type, size_t size, size_t length, bool ascii)
{
    PvStr *s = type == &pv_str_type ? pv_alloc(type, sizeof(PvStr) + size + 1)
                                    : (PvStr *)pv_type_alloc(type, size + 1);
    if (!s) return NULL;
    s->size = size;
    s->length = length;
    s->hash = -1;
    s->index = NULL;
    s->h.flags = ascii ? PV_STR_ASCII : 0;
    s->data[size] = 0;
    return (Value)s;
}

Value pv_str_alloc(size_t size, size_t length, bool ascii)
{
    return pv_str_alloc_type(&pv_str_type, size, length, ascii);
}

size_t pv_utf8_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

bool pv_utf8_is_ascii(const char *s, size_t n)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < n; i++) acc |= (unsigned char)s[i];
    return (acc & UINT64_C(0x8080808080808080)) == 0;
}

Value pv_str_empty(void)
{
    if (!empty_str) {
        Value e = pv_str_alloc(0, 0, true);
        if (!e) return NULL;
        empty_str = e;
        pv_gc_add_root(&empty_str);
    }
    return empty_str;
}

Value pv_str_new(const char *utf8, size_t size)
{
    if (size == 0) return pv_str_empty();
    if (size == 1 && (unsigned char)utf8[0] < 128)
        return pv_str_from_codepoint((unsigned char)utf8[0]);
    if (size == 2 && ((unsigned char)utf8[0] & 0xFE) == 0xC2) /* U+0080..U+00FF */
        return pv_str_from_codepoint((((unsigned char)utf8[0] & 0x1F) << 6) | (utf8[1] & 0x3F));
    bool ascii = pv_utf8_is_ascii(utf8, size);
    Value s = pv_str_alloc(size, ascii ? size : pv_utf8_count(utf8, size), ascii);
    if (s) memcpy(pv_str_data(s), utf8, size);
    return s;
}

Value pv_str_from_cstr(const char *s)
{
    return pv_str_new(s, strlen(s));
}

Value pv_str_from_codepoint(uint32_t cp)
{
    char buf[4];
    if (cp < 256) {
        if (!char_cache[cp]) {
            int n = pv_utf8_put(buf, cp);
            Value s = pv_str_alloc(n, 1, cp < 128);
            if (!s) return NULL;
            memcpy(pv_str_data(s), buf, n);
            char_cache[cp] = s;
            pv_gc_add_root(&char_cache[cp]);
        }
        return char_cache[cp];
    }
    int n = pv_utf8_put(buf, cp);
    Value s = pv_str_alloc(n, 1, false);
    if (s) memcpy(pv_str_data(s), buf, n);
    return s;
}

bool pv_is_str(Value v)
{
    PvType *t = pv_type(v);
    return t == &pv_str_type || (t->flags & PV_TPFLAG_STR_SUBCLASS);
}

Value pv_str_exact(Value s)
{
    if (pv_type(s) == &pv_str_type) return s;
    return pv_str_new(pv_str_data(s), pv_str_size(s));
}

/* ---- code-point index ---- */

static StrIndex *build_index(PvStr *s)
{
    size_t n = (s->length >> IDX_SHIFT) + 1;
    StrIndex *ix = pv_mem_alloc(sizeof(StrIndex) + n * sizeof(size_t));
    if (!ix) { pv_err_clear(); return NULL; }
    ix->n = n;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0, cp = 0;
    for (size_t k = 0; k < n; k++) {
        ix->off[k] = off;
        for (unsigned j = 0; j < IDX_STEP && off < s->size; j++, cp++)
            off += pv_utf8_seqlen(p[off]);
    }
    s->index = ix;
    return ix;
}

size_t pv_str_offset(Value v, size_t i)
{
    PvStr *s = PV_STR(v);
    if (s->h.flags & PV_STR_ASCII) return i;
    if (i >= s->length) return s->size;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0, k = i;
    if (i >= IDX_STEP) {
        StrIndex *ix = s->index ? s->index : build_index(s);
        if (ix) {
            off = ix->off[i >> IDX_SHIFT];
            k = i & (IDX_STEP - 1);
        }
    }
    while (k--) off += pv_utf8_seqlen(p[off]);
    return off;
}

uint32_t pv_str_char_at(Value s, size_t i)
{
    if (pv_str_is_ascii(s)) return (unsigned char)pv_str_data(s)[i];
    int l;
    return pv_utf8_get((const unsigned char *)pv_str_data(s) + pv_str_offset(s, i), &l);
}

Value pv_str_sub_bytes(Value s, size_t b0, size_t b1)
{
    if (b0 == 0 && b1 == pv_str_size(s) && pv_type(s) == &pv_str_type) return s;
    return pv_str_new(pv_str_data(s) + b0, b1 - b0);
}

Value pv_str_sub(Value s, size_t i, size_t j)
{
    if (j <= i) return pv_str_empty();
    if (pv_str_is_ascii(s)) return pv_str_sub_bytes(s, i, j);
    size_t b0 = pv_str_offset(s, i);
    size_t b1;
    if (j - i < 64) {
        const unsigned char *p = (const unsigned char *)pv_str_data(s);
        b1 = b0;
        for (size_t k = i; k < j; k++) b1 += pv_utf8_seqlen(p[b1]);
    } else {
        b1 = pv_str_offset(s, j);
    }
    if (b0 == 0 && b1 == pv_str_size(s) && pv_type(s) == &pv_str_type) return s;
    bool ascii = (b1 - b0) == (j - i);
    Value r = pv_str_alloc(b1 - b0, j - i, ascii);
    if (r) memcpy(pv_str_data(r), pv_str_data(s) + b0, b1 - b0);
    return r;
}

static void str_finalize(Value v)
{
    StrIndex *ix = PV_STR(v)->index;
    if (ix) {
        pv_mem_free(ix, sizeof(StrIndex) + ix->n * sizeof(size_t));
        PV_STR(v)->index = NULL;
    }
}

/* ---- hashing and equality ---- */

uint64_t pv_hash_bytes(const char *p, size_t n)
{
    if (n == 0) return 0; /* hash('') == hash(b'') == 0, as CPython */
    /* multiply-xorshift over 8-byte words; good spread, fast */
    uint64_t h = UINT64_C(0x9E3779B97F4A7C15) ^ (n * UINT64_C(0xff51afd7ed558ccd));
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * UINT64_C(0xbf58476d1ce4e5b9);
        h ^= h >> 31;
    }
    uint64_t w = 0;
    memcpy(&w, p + i, n - i);
    h = (h ^ w) * UINT64_C(0x94d049bb133111eb);
    h ^= h >> 29;
    h *= UINT64_C(0xbf58476d1ce4e5b9);
    h ^= h >> 32;
    return h;
}

int64_t pv_str_hash(Value v)
{
    PvStr *s = PV_STR(v);
    if (s->hash != -1) return s->hash;
    int64_t h = (int64_t)(pv_hash_bytes(s->data, s->size) >> 1);
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool pv_str_eq(Value a, Value b)
{
    if (a == b) return true;
    PvStr *x = PV_STR(a), *y = PV_STR(b);
    if (x->size != y->size) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool pv_str_eq_cstr(Value a, const char *s)
{
    size_t n = strlen(s);
    return pv_str_size(a) == n && memcmp(pv_str_data(a), s, n) == 0;
}

/* ---- interning: an open-addressing set of str, marked by a static
 * object registered with the GC (interned strings live forever). ---- */

static struct { Value *slots; size_t cap, count; } itab;

static void intern_mark(Value self)
{
    for (size_t i = 0; i < itab.cap; i++)
        if (itab.slots[i]) pv_gc_mark(itab.slots[i]);
}
static PvType intern_table_type = { .name = "intern_table", .mark = intern_mark };
static PvObj intern_table_obj = { .type = &intern_table_type };

static Value *intern_find(const char *s, size_t n, int64_t h)
{
    size_t mask = itab.cap - 1, i = (size_t)h & mask;
    for (;;) {
        Value *slot = &itab.slots[i];
        if (!*slot) return slot;
        if (PV_STR(*slot)->hash == h && pv_str_size(*slot) == n &&
            memcmp(pv_str_data(*slot), s, n) == 0)
            return slot;
        i = (i + 1) & mask;
    }
}

static int intern_grow(void)
{
    size_t ncap = itab.cap ? itab.cap * 2 : 1024;
    Value *ns = calloc(ncap, sizeof(Value));
    if (!ns) { pv_nomemory(); return -1; }
    Value *old = itab.slots;
    size_t ocap = itab.cap;
    if (!old) pv_gc_add_static((Value)&intern_table_obj);
    itab.slots = ns;
    itab.cap = ncap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i]) *intern_find(pv_str_data(old[i]), pv_str_size(old[i]),
                                 PV_STR(old[i])->hash) = old[i];
    free(old);
    return 0;
}

Value pv_str_intern(Value s)
{
    if (PV_STR(s)->h.flags & PV_STR_INTERNED) return s;
    if ((itab.count + 1) * 2 > itab.cap && intern_grow() < 0) return NULL;
    int64_t h = pv_str_hash(s);
    Value *slot = intern_find(pv_str_data(s), pv_str_size(s), h);
    if (*slot) return *slot;
    if (pv_type(s) != &pv_str_type) {
        s = pv_str_new(pv_str_data(s), pv_str_size(s));
        if (!s) return NULL;
        pv_str_hash(s);
        slot = intern_find(pv_str_data(s), pv_str_size(s), h);
    }
    PV_STR(s)->h.flags |= PV_STR_INTERNED;
    *slot = s;
    itab.count++;
    return s;
}

Value pv_intern(const char *cs)
{
    size_t n = strlen(cs);
    if (itab.cap) {
        int64_t h = (int64_t)(pv_hash_bytes(cs, n) >> 1);
        if (h == -1) h = -2;
        Value *slot = intern_find(cs, n, h);
        if (*slot) return *slot;
    }
    Value s = pv_str_new(cs, n);
    if (!s) return NULL;
    return pv_str_intern(s);
}

/* ---- building ---- */

Value pv_str_concat(Value a, Value b)
{
    size_t na = pv_str_size(a), nb = pv_str_size(b);
    if (nb == 0 && pv_type(a) == &pv_str_type) return a;
    if (na == 0 && pv_type(b) == &pv_str_type) return b;
    Value r = pv_str_alloc(na + nb, pv_str_len(a) + pv_str_len(b),
                           pv_str_is_ascii(a) && pv_str_is_ascii(b));
    if (!r) return NULL;
    memcpy(pv_str_data(r), pv_str_data(a), na);
    memcpy(pv_str_data(r) + na, pv_str_data(b), nb);
    return r;
}

Value pv_str_inplace_concat(Value a, Value b)
{
    if (pv_is_small(a) || pv_is_small(b) || a->type != &pv_str_type || b->type != &pv_str_type)
        return pv_NotImplemented;
    PvStr *x = PV_STR(a);
    size_t na = x->size, nb = pv_str_size(b);
    if (nb == 0) return a;
    bool ascii = pv_str_is_ascii(a) && pv_str_is_ascii(b);
    if ((x->h.flags & PV_STR_EXCLUSIVE) && !(x->h.flags & PV_STR_INTERNED) &&
        sizeof(PvStr) + na + nb + 1 <= pv_gc_block_size(a)) {
        memcpy(x->data + na, pv_str_data(b), nb);
        x->size = na + nb;
        x->data[x->size] = 0;
        x->length += pv_str_len(b);
        x->hash = -1;
        if (!ascii) x->h.flags &= ~PV_STR_ASCII;
        str_finalize(a); /* the code-point index is stale */
        return a;
    }
    /* a fresh exclusive string with room to grow geometrically */
    size_t cap = na + nb;
    cap += cap / 2 + 16;
    PvStr *r = pv_alloc(&pv_str_type, sizeof(PvStr) + cap + 1);
    if (!r) return NULL;
    r->size = na + nb;
    r->length = pv_str_len(a) + pv_str_len(b);
    r->hash = -1;
    r->index = NULL;
    r->h.flags = (ascii ? PV_STR_ASCII : 0) | PV_STR_EXCLUSIVE;
    memcpy(r->data, pv_str_data(a), na);
    memcpy(r->data + na, pv_str_data(b), nb);
    r->data[r->size] = 0;
    return (Value)r;
}

Value pv_str_join(Value sep, Value iterable)
{
    Value seq = iterable;
    PvType *t = pv_type(iterable);
    if (t != &pv_list_type && t != &pv_tuple_type) {
        seq = pv_sequence_list(iterable);
        if (!seq) return NULL;
        t = &pv_list_type;
    }
    size_t n = t == &pv_list_type ? pv_list_size(seq) : pv_tuple_size(seq);
    Value *items = t == &pv_list_type ? pv_list_items(seq) : pv_tuple_items(seq);
    if (n == 0) return pv_str_empty();
    if (n == 1 && pv_type(items[0]) == &pv_str_type) return items[0];
    size_t size = 0, length = 0;
    bool ascii = pv_str_is_ascii(sep);
    for (size_t i = 0; i < n; i++) {
        if (!pv_is_str(items[i]))
            return pv_raise(&pv_exc_TypeError,
                            "sequence item %zu: expected str instance, %T found", i, items[i]);
        size += pv_str_size(items[i]);
        length += pv_str_len(items[i]);
        ascii = ascii && pv_str_is_ascii(items[i]);
    }
    size += (n - 1) * pv_str_size(sep);
    length += (n - 1) * pv_str_len(sep);
    Value r = pv_str_alloc(size, length, ascii);
    if (!r) return NULL;
    /* Reload the items through seq: the allocation may have collected, and
     * a pointer into a list's malloc'd items does not keep the list alive. */
    items = t == &pv_list_type ? pv_list_items(seq) : pv_tuple_items(seq);
    char *o = pv_str_data(r);
    size_t ss = pv_str_size(sep);
    /* no Python code ran since the sizes were summed: the items are the same */
    for (size_t i = 0; i < n; i++) {
        if (i && ss) { memcpy(o, pv_str_data(sep), ss); o += ss; }
        memcpy(o, pv_str_data(items[i]), pv_str_size(items[i]));
        o += pv_str_size(items[i]);
    }
    return r;
}

/* ---- repr ---- */

int pv_str_repr_buf(PvBuf *b, Value s, bool ascii_only)
{
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s);
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    if (pv_buf_reserve(b, n + 2) < 0) return -1;
    b->data[b->size++] = quote;
    for (size_t i = 0; i < n;) {
        int l;
        uint32_t c = pv_utf8_get(p + i, &l);
        char tmp[12];
        if (c == (uint32_t)quote || c == '\\') {
            tmp[0] = '\\'; tmp[1] = (char)c;
            if (pv_buf_append(b, tmp, 2) < 0) return -1;
        } else if (c == '\n') {
            if (pv_buf_append(b, "\\n", 2) < 0) return -1;
        } else if (c == '\r') {
            if (pv_buf_append(b, "\\r", 2) < 0) return -1;
        } else if (c == '\t') {
            if (pv_buf_append(b, "\\t", 2) < 0) return -1;
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            if (pv_buf_append(b, tmp, 4) < 0) return -1;
        } else if (c < 0x7f) {
            if (pv_buf_reserve(b, 1) < 0) return -1;
            b->data[b->size++] = (char)c;
        } else if (!ascii_only && (pv_uc_flags(c) & PV_UC_PRINTABLE)) {
            if (pv_buf_append(b, (const char *)p + i, l) < 0) return -1;
        } else {
            int k;
            if (c <= 0xff) k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c <= 0xffff) k = snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else k = snprintf(tmp, sizeof tmp, "\\U%08x", c);
            if (pv_buf_append(b, tmp, k) < 0) return -1;
        }
        i += l;
    }
    if (pv_buf_reserve(b, 1) < 0) return -1;
    b->data[b->size++] = quote;
    return 0;
}

Value pv_str_repr(Value s)
{
    PvBuf b;
    pv_buf_init(&b);
    if (pv_str_repr_buf(&b, s, false) < 0) { pv_buf_free(&b); return NULL; }
    return pv_buf_finish_str(&b);
}

static Value str_str(Value s)
{
    return pv_str_exact(s);
}

static int64_t str_hash(Value s) { return pv_str_hash(s); }

static Value str_richcompare(Value a, Value b, int op)
{
    if (!pv_is_str(a) || !pv_is_str(b)) return pv_NotImplemented;
    if (op == PV_EQ || op == PV_NE) return pv_bool(pv_str_eq(a, b) == (op == PV_EQ));
    size_t na = pv_str_size(a), nb = pv_str_size(b);
    int c = memcmp(pv_str_data(a), pv_str_data(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb;
    bool r;
    switch (op) {
    case PV_LT: r = c < 0; break;
    case PV_LE: r = c <= 0; break;
    case PV_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return pv_bool(r);
}

static ssize_t str_len(Value s) { return (ssize_t)pv_str_len(s); }

static Value str_getitem(Value s, Value key)
{
    size_t len = pv_str_len(s);
    if (pv_is_small(key) || pv_isinst(key, &pv_int_type) ||
        (pv_type(key)->index && pv_type(key) != &pv_slice_type)) {
        ssize_t i;
        if (pv_index_ssize(key, &i) < 0) {
            if (pv_err_matches(&pv_exc_OverflowError)) {
                pv_err_clear();
                return pv_raise(&pv_exc_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return NULL;
        }
        if (i < 0) i += (ssize_t)len;
        if (i < 0 || (size_t)i >= len)
            return pv_raise(&pv_exc_IndexError, "string index out of range");
        if (pv_str_is_ascii(s))
            return pv_str_from_codepoint((unsigned char)pv_str_data(s)[i]);
        size_t off = pv_str_offset(s, i);
        return pv_str_new(pv_str_data(s) + off, pv_utf8_seqlen(pv_str_data(s)[off]));
    }
    if (pv_type(key) == &pv_slice_type) {
        ssize_t start, stop, step, n;
        if (pv_slice_indices(key, (ssize_t)len, &start, &stop, &step, &n) < 0) return NULL;
        if (n <= 0) return pv_str_empty();
        if (step == 1) return pv_str_sub(s, start, stop);
        PvBuf b;
        pv_buf_init(&b);
        bool ascii = pv_str_is_ascii(s);
        const char *d = pv_str_data(s);
        for (ssize_t k = 0, i = start; k < n; k++, i += step) {
            size_t off = ascii ? (size_t)i : pv_str_offset(s, i);
            if (pv_buf_append(&b, d + off, pv_utf8_seqlen(d[off])) < 0) {
                pv_buf_free(&b);
                return NULL;
            }
        }
        return pv_buf_finish_str(&b);
    }
    return pv_raise(&pv_exc_TypeError, "string indices must be integers, not '%T'", key);
}

static int str_contains(Value s, Value sub)
{
    if (!pv_is_str(sub)) {
        pv_raise(&pv_exc_TypeError, "'in <string>' requires string as left operand, not %T", sub);
        return -1;
    }
    return pv_mem_find(pv_str_data(s), pv_str_size(s), pv_str_data(sub), pv_str_size(sub)) >= 0;
}

static Value str_repeat(Value s, Value count)
{
    ssize_t n;
    if (pv_index_ssize(count, &n) < 0) {
        if (pv_err_matches(&pv_exc_OverflowError)) {
            pv_err_clear();
            return pv_raise(&pv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    if (n <= 0 || pv_str_size(s) == 0) return pv_str_empty();
    if (n == 1) return pv_str_exact(s);
    size_t sz = pv_str_size(s);
    if ((size_t)n > (SIZE_MAX / 2) / sz) return pv_nomemory();
    Value r = pv_str_alloc(sz * n, pv_str_len(s) * n, pv_str_is_ascii(s));
    if (!r) return NULL;
    char *o = pv_str_data(r);
    memcpy(o, pv_str_data(s), sz);
    size_t done = sz, total = sz * n;
    while (done < total) {   /* doubling copy */
        size_t c = done < total - done ? done : total - done;
        memcpy(o + done, o, c);
        done += c;
    }
    return r;
}

static bool is_index_like(Value v)
{
    return pv_is_small(v) || pv_isinst(v, &pv_int_type) || pv_type(v)->index;
}

static Value str_add(Value a, Value b)
{
    if (!pv_is_str(a)) return pv_NotImplemented;
    if (!pv_is_str(b))
        return pv_seq_binop_error("str", b, false); /* b.__radd__ may handle it */
    return pv_str_concat(a, b);
}

static Value str_mul(Value a, Value b)
{
    if (pv_is_str(a) && is_index_like(b)) return str_repeat(a, b);
    if (pv_is_str(b) && is_index_like(a)) return str_repeat(b, a);
    return pv_NotImplemented;
}

static Value str_mod(Value a, Value b)
{
    if (!pv_is_str(a)) return pv_NotImplemented;
    return pv_str_mod(a, b);
}

/* ---- iterator ---- */

typedef struct StrIter { PvObj h; Value s; size_t off; } StrIter;

static void striter_mark(Value v) { pv_gc_mark(((StrIter *)v)->s); }
static Value striter_iter(Value v) { return v; }
static Value striter_next(Value v)
{
    StrIter *it = (StrIter *)v;
    if (!it->s) return NULL;
    if (it->off >= pv_str_size(it->s)) { it->s = NULL; return NULL; }
    const char *p = pv_str_data(it->s) + it->off;
    int l = pv_utf8_seqlen((unsigned char)*p);
    it->off += l;
    if (l == 1) return pv_str_from_codepoint((unsigned char)*p);
    return pv_str_new(p, l);
}
static Value striter_length_hint(Value self, Value *args, size_t nargs, Value kw)
{
    StrIter *it = (StrIter *)self;
    if (!it->s) return pv_small(0);
    return pv_small(pv_utf8_count(pv_str_data(it->s) + it->off, pv_str_size(it->s) - it->off));
}
static const PvMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static PvType striter_type = {
    .name = "str_ascii_iterator", .basicsize = sizeof(StrIter),
    .mark = striter_mark, .iter = striter_iter, .iternext = striter_next,
    .methods = striter_methods,
};
/* CPython names the iterator of a non-ASCII str differently */
static PvType ustriter_type = {
    .name = "str_iterator", .basicsize = sizeof(StrIter),
    .mark = striter_mark, .iter = striter_iter, .iternext = striter_next,
    .methods = striter_methods,
};

static Value str_iter(Value s)
{
    PvType *t = pv_str_is_ascii(s) ? &striter_type : &ustriter_type;
    pv_text_ready(t);
    StrIter *it = pv_alloc(t, sizeof(StrIter));
    if (!it) return NULL;
    it->s = s;
    it->off = 0;
    return (Value)it;
}

/* ---- constructor ---- */

static Value str_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    Value obj = NULL, enc = NULL, err = NULL;
    if (pv_parse_args("str", args, nargs, kwnames, "|OOO", kwlist, &obj, &enc, &err) < 0)
        return NULL;
    Value r;
    if (!obj) {
        r = pv_str_empty();
    } else if (enc || err) {
        const char *e = "utf-8", *er = "strict";
        if (enc) {
            if (!pv_is_str(enc))
                return pv_raise(&pv_exc_TypeError, "str() argument 'encoding' must be str, not %T", enc);
            e = pv_str_data(enc);
        }
        if (err) {
            if (!pv_is_str(err))
                return pv_raise(&pv_exc_TypeError, "str() argument 'errors' must be str, not %T", err);
            er = pv_str_data(err);
        }
        const char *d;
        size_t n;
        if (pv_is_str(obj))
            return pv_raise(&pv_exc_TypeError, "decoding str is not supported");
        if (!pv_bytes_like(obj, &d, &n))
            return pv_raise(&pv_exc_TypeError,
                            "decoding to str: need a bytes-like object, %T found", obj);
        r = pv_bytes_decode(d, n, e, er);
    } else {
        r = pv_str(obj);
    }
    if (!r || type == &pv_str_type) return r;
    Value sub = pv_str_alloc_type(type, pv_str_size(r), pv_str_len(r), pv_str_is_ascii(r));
    if (sub) memcpy(pv_str_data(sub), pv_str_data(r), pv_str_size(r));
    return sub;
}

PvType pv_str_type = {
    .name = "str",
    .basicsize = sizeof(PvStr),
    .itemsize = 1,
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_STR_SUBCLASS,
    .methods = pv_str_methods,
    .finalize = str_finalize,
    .repr = pv_str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .binop = {
        [PV_OP_ADD] = str_add,
        [PV_OP_MUL] = str_mul,
        [PV_OP_MOD] = str_mod,
    },
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
};
