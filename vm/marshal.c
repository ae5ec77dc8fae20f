/* marshal.c: the serializer behind the `marshal` module and the
 * compiled-code cache (codecache.c). Plain data uses CPython's marshal
 * format (version 4 type codes, so CPython's marshal output loads here);
 * code objects use a pyvm record of their own under the type code 'C'
 * (CPython's 'c' record describes CPython bytecode, which we cannot run).
 * The record layout is documented in doc/internals.md ("Compiled-code
 * cache"). Reading never trusts its input: every length, index and type
 * is checked, so truncated or corrupt data raises instead of crashing. */
#include "pv.h"
#include "num.h"
#include "opcode.h"
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#if defined(__has_include)
#if __has_include("pvc_magic.h")
#include "pvc_magic.h"
#endif
#endif
#ifndef PV_PVC_BUILD
#define PV_PVC_BUILD 0u /* no generated header: the build system's is missing */
#endif

/* Bump by hand when the 'C' record layout changes. The build hash
 * (PV_PVC_BUILD, a checksum of the compiler's sources made by the
 * Makefile) catches every change of the bytecode or of the code the
 * compiler emits. */
#define PV_CODE_FORMAT 1u

uint32_t pv_marshal_code_magic(void)
{
    return (PV_PVC_BUILD * 2654435761u) ^ PV_CODE_FORMAT;
}

#define FLAG_REF 0x80
#define MAX_DEPTH 2000

/* The helper functions the compiler puts into the co_consts of code
 * with except* (compile_stmt.c): written as 'E' + index, found again by
 * compiling a small try/except* and taking them from its constants. */
static Value star_helpers; /* tuple (_split, _reraise, _handle) */

static Value get_star_helpers(void)
{
    if (star_helpers)
        return star_helpers;
    static const char src[] = "try:\n    pass\nexcept* Exception:\n    pass\n";
    Value code = pv_compile(src, sizeof src - 1, pv_str_from_cstr("<except*>"), "exec", 0);
    if (!code)
        return NULL;
    Value found[3] = {NULL, NULL, NULL};
    Value consts = ((PvCode *)code)->consts;
    for (size_t i = 0; i < pv_tuple_size(consts); i++) {
        Value f = pv_tuple_items(consts)[i];
        if (!pv_is_type(f, &pv_function_type) && !pv_is_type(f, &pv_cfunction_type))
            continue;
        Value name = pv_getattr_str(f, "__name__");
        if (!name)
            return NULL;
        if (pv_str_eq_cstr(name, "_split"))
            found[0] = f;
        else if (pv_str_eq_cstr(name, "_reraise"))
            found[1] = f;
        else if (pv_str_eq_cstr(name, "_handle"))
            found[2] = f;
    }
    if (!found[0] || !found[1] || !found[2])
        return pv_raise(&pv_exc_SystemError, "marshal: except* helpers not found");
    Value t = pv_tuple_from(found, 3);
    if (t) {
        star_helpers = t;
        pv_gc_add_root(&star_helpers);
    }
    return t;
}

/* ---- writing ---- */

typedef struct W {
    PvBuf *b;
    Value refs;   /* dict: address of a str (as int) -> its ref index */
    int nrefs;
    int depth;
    int version;
    int err;
} W;

static void w_bytes(W *w, const void *p, size_t n)
{
    if (!w->err && pv_buf_append(w->b, p, n) < 0)
        w->err = 1;
}

static void w_byte(W *w, int c)
{
    char ch = (char)c;
    w_bytes(w, &ch, 1);
}

static void w_u32(W *w, uint32_t v)
{
    unsigned char s[4] = {v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24};
    w_bytes(w, s, 4);
}

static void w_double(W *w, double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    w_u32(w, (uint32_t)u);
    w_u32(w, (uint32_t)(u >> 32));
}

/* Unsigned LEB128 and its zigzag form for signed deltas (line table). */
static void w_varint(W *w, uint32_t v)
{
    unsigned char s[5];
    int n = 0;
    do {
        s[n] = v & 0x7f;
        v >>= 7;
        s[n++] |= v ? 0x80 : 0;
    } while (v);
    w_bytes(w, s, (size_t)n);
}

static void w_svarint(W *w, int32_t v)
{
    w_varint(w, ((uint32_t)v << 1) ^ (uint32_t)(v >> 31));
}

static void w_object(W *w, Value v);

static void w_int(W *w, Value v)
{
    if (pv_is_small(v) && pv_small_val(v) >= INT32_MIN && pv_small_val(v) <= INT32_MAX) {
        w_byte(w, 'i');
        w_u32(w, (uint32_t)(int32_t)pv_small_val(v));
        return;
    }
    /* CPython's 'l': count of 15-bit digits (negative for negative ints),
     * least significant digit first, 16 bits each. */
    PvMpzTmp t;
    mpz_srcptr z = pv_int_mpz(v, &t);
    size_t ndig = (mpz_sizeinbase(z, 2) + 14) / 15;
    uint16_t *dig = malloc(ndig * sizeof(uint16_t) + 2);
    if (!dig) {
        w->err = 1;
        return;
    }
    size_t count = 0;
    mpz_export(dig, &count, -1, 2, 0, 1, z);
    w_byte(w, 'l');
    w_u32(w, (uint32_t)(mpz_sgn(z) < 0 ? -(int32_t)count : (int32_t)count));
    for (size_t i = 0; i < count; i++) {
        unsigned char s[2] = {dig[i] & 0xff, dig[i] >> 8};
        w_bytes(w, s, 2);
    }
    free(dig);
}

static void w_str(W *w, Value s)
{
    if (w->version >= 3) {
        Value key = pv_int_from_u64((uintptr_t)s);
        Value idx = key ? pv_dict_get(w->refs, key) : NULL;
        if (idx) {
            w_byte(w, 'r');
            w_u32(w, (uint32_t)pv_small_val(idx));
            return;
        }
        if (!key || pv_dict_set(w->refs, key, pv_small(w->nrefs++)) < 0) {
            w->err = 1;
            return;
        }
    }
    int ref = w->version >= 3 ? FLAG_REF : 0;
    bool interned = s->flags & PV_STR_INTERNED;
    size_t n = pv_str_size(s);
    if ((s->flags & PV_STR_ASCII) && w->version >= 4 && n < 256) {
        w_byte(w, (interned ? 'Z' : 'z') | ref);
        w_byte(w, (int)n);
    } else if ((s->flags & PV_STR_ASCII) && w->version >= 4) {
        w_byte(w, (interned ? 'A' : 'a') | ref);
        w_u32(w, (uint32_t)n);
    } else {
        w_byte(w, (interned && w->version >= 1 ? 't' : 'u') | ref);
        w_u32(w, (uint32_t)n);
    }
    w_bytes(w, pv_str_data(s), n);
}

static void w_seq(W *w, const Value *items, size_t n)
{
    for (size_t i = 0; i < n && !w->err; i++)
        w_object(w, items[i]);
}

/* Positions: per word a mask byte (bit i: field i changed), then the
 * changed fields as zigzag deltas from the previous word's. */
static void w_positions(W *w, const PvPos *pos, size_t n)
{
    int32_t prev[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < n && !w->err; i++) {
        int32_t cur[4] = {pos[i].line, pos[i].end_line, pos[i].col, pos[i].end_col};
        int mask = 0;
        for (int k = 0; k < 4; k++)
            mask |= (cur[k] != prev[k]) << k;
        w_byte(w, mask);
        for (int k = 0; k < 4; k++)
            if (mask & (1 << k))
                w_svarint(w, (int32_t)((uint32_t)cur[k] - (uint32_t)prev[k]));
        memcpy(prev, cur, sizeof prev);
    }
}

/* Set items in the order of their own marshal bytes, as CPython 3.11
 * (bpo-37596): the output does not depend on the table's layout, and a set
 * read back iterates as it does in CPython after loading a .pyc. */
static void w_set_items(W *w, Value set)
{
    Value pairs = pv_list_new(0);
    if (!pairs) {
        w->err = 1;
        return;
    }
    size_t pos = 0;
    Value k;
    while (!w->err && pv_set_next(set, &pos, &k)) {
        PvBuf b;
        pv_buf_init(&b);
        W sub = {.b = &b, .version = w->version, .depth = w->depth};
        if (w->version >= 3 && !(sub.refs = pv_dict_new())) {
            w->err = 1;
            break;
        }
        w_object(&sub, k);
        Value key = sub.err ? NULL : pv_buf_finish_bytes(&b);
        if (sub.err)
            pv_buf_free(&b);
        Value pair = key ? pv_tuple_pack(2, key, k) : NULL;
        if (!pair || pv_list_append(pairs, pair) < 0)
            w->err = 1;
    }
    if (!w->err && pv_list_sort(pairs, NULL, false) < 0)
        w->err = 1;
    for (size_t i = 0; i < pv_list_size(pairs) && !w->err; i++)
        w_object(w, pv_tuple_items(pv_list_items(pairs)[i])[1]);
}

static void w_code(W *w, PvCode *c)
{
    w_byte(w, 'C');
    w_u32(w, pv_marshal_code_magic());
    int32_t f[] = {c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals,
                   c->stacksize, c->blocksize, c->firstlineno, c->flags, (int32_t)c->ncode};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        w_u32(w, (uint32_t)f[i]);
    /* inline cache words hold eval.c's run-time state: written as 0 */
    uint32_t *words = malloc(c->ncode * sizeof(uint32_t) + 4);
    if (!words) {
        w->err = 1;
        return;
    }
    pv_code_clean_words(c->code, c->ncode, words);
    for (size_t i = 0; i < c->ncode; i++)
        w_u32(w, words[i]);
    free(words);
    if (c->pos) {
        w_byte(w, 1);
        w_positions(w, c->pos, c->ncode);
    } else {
        w_byte(w, 0);
    }
    Value objs[] = {c->consts, c->names, c->varnames, c->cellvars, c->freevars,
                    c->filename, c->name, c->qualname, c->docstring};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0] && !w->err; i++) {
        Value o = objs[i];
        if (!o)
            o = i < 5 ? pv_empty_tuple : pv_None;
        w_object(w, o);
    }
    size_t ncell = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    if (c->cell2arg && ncell) {
        w_u32(w, (uint32_t)ncell);
        for (size_t i = 0; i < ncell; i++)
            w_u32(w, (uint32_t)c->cell2arg[i]);
    } else {
        w_u32(w, 0);
    }
}

static void w_object(W *w, Value v)
{
    if (w->err)
        return;
    if (++w->depth > MAX_DEPTH) {
        pv_raise(&pv_exc_ValueError, "object too deeply nested to marshal");
        w->err = 1;
        return;
    }
    PvType *t = pv_type(v);
    if (v == pv_None)
        w_byte(w, 'N');
    else if (v == pv_False)
        w_byte(w, 'F');
    else if (v == pv_True)
        w_byte(w, 'T');
    else if (v == pv_Ellipsis)
        w_byte(w, '.');
    else if (v == (Value)&pv_exc_StopIteration)
        w_byte(w, 'S');
    else if (t == &pv_int_type)
        w_int(w, v);
    else if (t == &pv_float_type) {
        w_byte(w, 'g');
        w_double(w, pv_float_val(v));
    } else if (t == &pv_complex_type) {
        w_byte(w, 'y');
        w_double(w, ((PvComplex *)v)->real);
        w_double(w, ((PvComplex *)v)->imag);
    } else if (t == &pv_str_type)
        w_str(w, v);
    else if (t == &pv_bytes_type) {
        w_byte(w, 's');
        w_u32(w, (uint32_t)pv_bytes_size(v));
        w_bytes(w, pv_bytes_data(v), pv_bytes_size(v));
    } else if (t == &pv_tuple_type) {
        size_t n = pv_tuple_size(v);
        if (n < 256 && w->version >= 4) {
            w_byte(w, ')');
            w_byte(w, (int)n);
        } else {
            w_byte(w, '(');
            w_u32(w, (uint32_t)n);
        }
        w_seq(w, pv_tuple_items(v), n);
    } else if (t == &pv_list_type) {
        w_byte(w, '[');
        w_u32(w, (uint32_t)pv_list_size(v));
        /* items read one by one: the list may change under a __repr__-free
         * walk only through our own writes, which never happen */
        for (size_t i = 0; i < pv_list_size(v) && !w->err; i++)
            w_object(w, pv_list_items(v)[i]);
    } else if (t == &pv_dict_type) {
        w_byte(w, '{');
        size_t pos = 0;
        Value k, x;
        while (!w->err && pv_dict_next(v, &pos, &k, &x)) {
            w_object(w, k);
            w_object(w, x);
        }
        w_byte(w, '0');
    } else if (t == &pv_set_type || t == &pv_frozenset_type) {
        w_byte(w, t == &pv_set_type ? '<' : '>');
        w_u32(w, (uint32_t)pv_set_size(v));
        w_set_items(w, v);
    } else if (t == &pv_code_type) {
        w_code(w, (PvCode *)v);
    } else if (t == &pv_function_type || t == &pv_cfunction_type) {
        Value h = get_star_helpers();
        int k = 0;
        while (h && k < 3 && v != pv_tuple_items(h)[k])
            k++;
        if (h && k < 3) {
            w_byte(w, 'E');
            w_byte(w, k);
        } else {
            if (h)
                pv_raise(&pv_exc_ValueError, "unmarshallable object");
            w->err = 1;
        }
    } else if (t == &pv_bytearray_type || t == &pv_memoryview_type) {
        /* buffers are written as bytes, as CPython does */
        Value b = pv_call1((Value)&pv_bytes_type, v);
        if (!b) {
            w->err = 1;
        } else {
            w_byte(w, 's');
            w_u32(w, (uint32_t)pv_bytes_size(b));
            w_bytes(w, pv_bytes_data(b), pv_bytes_size(b));
        }
    } else {
        pv_raise(&pv_exc_ValueError, "unmarshallable object");
        w->err = 1;
    }
    w->depth--;
}

int pv_marshal_write(Value v, int version, PvBuf *out)
{
    W w = {.b = out, .version = version};
    if (version >= 3 && !(w.refs = pv_dict_new()))
        return -1;
    w_object(&w, v);
    if (w.err) {
        if (!pv_err_occurred())
            pv_nomemory();
        return -1;
    }
    return 0;
}

/* ---- reading ---- */

typedef struct R {
    const unsigned char *p, *end;
    Value refs;   /* list */
    int depth;
} R;

static Value too_short(void)
{
    return pv_raise(&pv_exc_EOFError, "marshal data too short");
}

static Value bad(const char *what)
{
    return pv_raise(&pv_exc_ValueError, "bad marshal data (%s)", what);
}

static const unsigned char *r_take(R *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        too_short();
        return NULL;
    }
    const unsigned char *s = r->p;
    r->p += n;
    return s;
}

static int r_u32(R *r, uint32_t *out)
{
    const unsigned char *s = r_take(r, 4);
    if (!s)
        return -1;
    *out = s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 | (uint32_t)s[3] << 24;
    return 0;
}

static int r_i32(R *r, int32_t *out)
{
    uint32_t u;
    if (r_u32(r, &u) < 0)
        return -1;
    *out = (int32_t)u;
    return 0;
}

/* A length or count: also bounded by the bytes left (each item takes at
 * least `min` bytes), so garbage cannot make us allocate gigabytes. */
static int r_len(R *r, size_t min, size_t *out)
{
    int32_t n;
    if (r_i32(r, &n) < 0)
        return -1;
    if (n < 0) {
        bad("size out of range");
        return -1;
    }
    if ((size_t)n * min > (size_t)(r->end - r->p)) {
        too_short();
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

static int r_double(R *r, double *d)
{
    uint32_t lo, hi;
    if (r_u32(r, &lo) < 0 || r_u32(r, &hi) < 0)
        return -1;
    uint64_t u = lo | (uint64_t)hi << 32;
    memcpy(d, &u, 8);
    return 0;
}

static Value r_object(R *r);

static Value r_str(R *r, size_t n, bool ascii, bool intern)
{
    const unsigned char *s = r_take(r, n);
    if (!s)
        return NULL;
    Value v;
    if (ascii) {
        for (size_t i = 0; i < n; i++)
            if (s[i] >= 0x80)
                return bad("non-ASCII string");
        v = pv_str_new((const char *)s, n);
    } else {
        v = pv_str_decode_utf8((const char *)s, n, "surrogatepass");
    }
    return v && intern ? pv_str_intern(v) : v;
}

static Value r_long(R *r)
{
    int32_t n;
    if (r_i32(r, &n) < 0)
        return NULL;
    if (n < -(INT32_MAX / 2) || n > INT32_MAX / 2)
        return bad("long size out of range");
    size_t cnt = (size_t)(n < 0 ? -n : n);
    const unsigned char *s = r_take(r, cnt * 2);
    if (!s)
        return NULL;
    uint16_t *dig = malloc(cnt * 2 + 2);
    if (!dig)
        return pv_nomemory();
    for (size_t i = 0; i < cnt; i++) {
        dig[i] = (uint16_t)(s[2 * i] | s[2 * i + 1] << 8);
        if (dig[i] >= 0x8000) {
            free(dig);
            return bad("digit out of range in long");
        }
    }
    if (cnt && dig[cnt - 1] == 0) {
        free(dig);
        return bad("unnormalized long data");
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, cnt, -1, 2, 0, 1, dig);
    free(dig);
    if (n < 0)
        mpz_neg(z, z);
    return pv_int_from_mpz(z);
}

/* A tuple of exactly typed str (co_names & co). */
static bool str_tuple(Value t)
{
    if (!pv_is_type(t, &pv_tuple_type))
        return false;
    for (size_t i = 0; i < pv_tuple_size(t); i++)
        if (!pv_is_type(pv_tuple_items(t)[i], &pv_str_type))
            return false;
    return true;
}

/* One zigzag LEB128 delta; NULL at the end of the data or on a bad one. */
static inline const unsigned char *r_delta(const unsigned char *p, const unsigned char *end,
                                           int32_t *v)
{
    uint32_t z = 0;
    for (int shift = 0; shift <= 28; shift += 7) {
        if (p >= end)
            return NULL;
        unsigned char c = *p++;
        z |= (uint32_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            *v = (int32_t)((uint32_t)*v + ((z >> 1) ^ -(z & 1)));
            return p;
        }
    }
    return NULL;
}

/* The hot part of loading cached code: one mask byte per word, mostly 0.
 * The four fields are separate variables so that they stay in registers. */
static int r_positions(R *r, PvPos *pos, size_t n)
{
    int32_t line = 0, end_line = 0, col = 0, end_col = 0;
    const unsigned char *p = r->p, *end = r->end;
    for (size_t i = 0; i < n; i++) {
        if (p >= end)
            goto short_;
        unsigned m = *p++;
        if (m) {
            if (m > 15)
                goto bad_;
            if ((m & 1) && !(p = r_delta(p, end, &line)))
                goto short_;
            if ((m & 2) && !(p = r_delta(p, end, &end_line)))
                goto short_;
            if ((m & 4) && !(p = r_delta(p, end, &col)))
                goto short_;
            if ((m & 8) && !(p = r_delta(p, end, &end_col)))
                goto short_;
        }
        pos[i].line = line;
        pos[i].end_line = end_line;
        pos[i].col = col;
        pos[i].end_col = end_col;
    }
    r->p = p;
    return 0;
short_:
    too_short(); /* a varint too long also ends here: the data is bad either way */
    return -1;
bad_:
    bad("position table");
    return -1;
}

static Value r_code(R *r)
{
    uint32_t magic;
    if (r_u32(r, &magic) < 0)
        return NULL;
    if (magic != pv_marshal_code_magic())
        return bad("code object of another pyvm build");
    int32_t f[9];
    for (int i = 0; i < 9; i++)
        if (r_i32(r, &f[i]) < 0)
            return NULL;
    for (int i = 0; i < 8; i++)
        if (f[i] < 0 && i != 6)
            return bad("code object field out of range");
    if (f[8] <= 0 || f[8] > PV_ARG_MAX || (size_t)f[8] * 4 > (size_t)(r->end - r->p))
        return f[8] <= 0 || f[8] > PV_ARG_MAX ? bad("code size") : too_short();
    PvCode *c = pv_alloc(&pv_code_type, sizeof(PvCode));
    if (!c)
        return NULL;
    size_t n = (size_t)f[8];
    /* one spare word / position, as compile.c allocates them */
    c->code = pv_mem_alloc(n * sizeof(uint32_t) + 4);
    c->pos = pv_mem_alloc(n * sizeof(PvPos) + sizeof(PvPos));
    if (!c->code || !c->pos)
        return NULL;
    c->ncode = n;
    const unsigned char *s = r_take(r, n * 4);
    for (size_t i = 0; i < n; i++, s += 4)
        c->code[i] = s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 | (uint32_t)s[3] << 24;
    const unsigned char *haspos = r_take(r, 1);
    if (!haspos)
        return NULL;
    if (*haspos) {
        if (r_positions(r, c->pos, n) < 0)
            return NULL;
    } else {
        for (size_t i = 0; i < n; i++)
            c->pos[i] = (PvPos){f[6], f[6], -1, -1};
    }
    Value objs[9];
    for (int i = 0; i < 9; i++)
        if (!(objs[i] = r_object(r)))
            return NULL;
    c->consts = objs[0];
    c->names = objs[1];
    c->varnames = objs[2];
    c->cellvars = objs[3];
    c->freevars = objs[4];
    c->filename = objs[5];
    c->name = objs[6];
    c->qualname = objs[7];
    c->docstring = objs[8];
    c->argcount = f[0];
    c->posonlyargcount = f[1];
    c->kwonlyargcount = f[2];
    c->nlocals = f[3];
    c->stacksize = f[4];
    c->blocksize = f[5];
    c->firstlineno = f[6];
    c->flags = f[7];
    if (!pv_is_type(c->consts, &pv_tuple_type) || !str_tuple(c->names) ||
        !str_tuple(c->varnames) || !str_tuple(c->cellvars) || !str_tuple(c->freevars) ||
        !pv_is_type(c->filename, &pv_str_type) || !pv_is_type(c->name, &pv_str_type) ||
        !pv_is_type(c->qualname, &pv_str_type) ||
        (c->docstring != pv_None && !pv_is_type(c->docstring, &pv_str_type)) ||
        !pv_code_valid((Value)c))
        return bad("inconsistent code object");
    size_t ncell;
    if (r_len(r, 4, &ncell) < 0)
        return NULL;
    if (ncell) {
        if (ncell != pv_tuple_size(c->cellvars))
            return bad("inconsistent code object");
        c->cell2arg = pv_mem_alloc(ncell * sizeof(int32_t));
        if (!c->cell2arg)
            return NULL;
        for (size_t i = 0; i < ncell; i++)
            if (r_i32(r, &c->cell2arg[i]) < 0)
                return NULL;
            else if (c->cell2arg[i] < -1 || c->cell2arg[i] >= c->nlocals)
                return bad("inconsistent code object");
    }
    return (Value)c;
}

static Value r_items(R *r, size_t n, Value t)
{
    for (size_t i = 0; i < n; i++) {
        Value x = r_object(r);
        if (!x)
            return NULL;
        pv_tuple_items(t)[i] = x;
    }
    return t;
}

static Value r_object2(R *r, int code, ssize_t refidx)
{
    const unsigned char *s;
    size_t n;
    switch (code) {
    case 'N': return pv_None;
    case 'F': return pv_False;
    case 'T': return pv_True;
    case '.': return pv_Ellipsis;
    case 'S': return (Value)&pv_exc_StopIteration;
    case 'i': {
        int32_t v;
        return r_i32(r, &v) < 0 ? NULL : pv_small(v);
    }
    case 'I': {
        uint32_t lo, hi;
        if (r_u32(r, &lo) < 0 || r_u32(r, &hi) < 0)
            return NULL;
        return pv_int_from_i64((int64_t)(lo | (uint64_t)hi << 32));
    }
    case 'l': return r_long(r);
    case 'g': {
        double d;
        return r_double(r, &d) < 0 ? NULL : pv_float_new(d);
    }
    case 'y': {
        double re, im;
        return r_double(r, &re) < 0 || r_double(r, &im) < 0 ? NULL : pv_complex_new(re, im);
    }
    case 'f': case 'x': {
        /* old text floats: length byte + repr */
        double d[2];
        for (int k = 0; k < (code == 'x' ? 2 : 1); k++) {
            const unsigned char *ln = r_take(r, 1);
            if (!ln || !(s = r_take(r, *ln)))
                return NULL;
            Value fv = pv_float_from_string((const char *)s, *ln);
            if (!fv)
                return NULL;
            d[k] = pv_float_val(fv);
        }
        return code == 'f' ? pv_float_new(d[0]) : pv_complex_new(d[0], d[1]);
    }
    case 'u': case 't':
        if (r_len(r, 1, &n) < 0)
            return NULL;
        return r_str(r, n, false, code == 't');
    case 'a': case 'A':
        if (r_len(r, 1, &n) < 0)
            return NULL;
        return r_str(r, n, true, code == 'A');
    case 'z': case 'Z':
        if (!(s = r_take(r, 1)))
            return NULL;
        return r_str(r, *s, true, code == 'Z');
    case 's':
        if (r_len(r, 1, &n) < 0 || !(s = r_take(r, n)))
            return NULL;
        return pv_bytes_new((const char *)s, n);
    case ')': case '(': {
        if (code == ')') {
            if (!(s = r_take(r, 1)))
                return NULL;
            n = *s;
        } else if (r_len(r, 1, &n) < 0) {
            return NULL;
        }
        Value t = n ? pv_tuple_new(n) : pv_empty_tuple;
        if (!t)
            return NULL;
        /* a ref to the tuple itself is None until it is complete, as
         * CPython's reader */
        if (refidx >= 0)
            pv_list_items(r->refs)[refidx] = t;
        return r_items(r, n, t);
    }
    case '[': {
        if (r_len(r, 1, &n) < 0)
            return NULL;
        Value l = pv_list_new(0);
        if (!l)
            return NULL;
        if (refidx >= 0)
            pv_list_items(r->refs)[refidx] = l;
        for (size_t i = 0; i < n; i++) {
            Value x = r_object(r);
            if (!x || pv_list_append(l, x) < 0)
                return NULL;
        }
        return l;
    }
    case '{': {
        Value d = pv_dict_new();
        if (!d)
            return NULL;
        if (refidx >= 0)
            pv_list_items(r->refs)[refidx] = d;
        for (;;) {
            if (r->p >= r->end)
                return too_short();
            if (*r->p == '0') {
                r->p++;
                return d;
            }
            Value k = r_object(r);
            Value x = k ? r_object(r) : NULL;
            if (!x || pv_dict_set(d, k, x) < 0)
                return NULL;
        }
    }
    case '<': case '>': {
        if (r_len(r, 1, &n) < 0)
            return NULL;
        /* items added in the file's order, to the frozenset itself (a
         * copy would iterate in another order), as CPython's reader */
        Value st = code == '<' ? pv_set_new(NULL) : pv_frozenset_new(NULL);
        if (!st)
            return NULL;
        if (refidx >= 0 && code == '<')
            pv_list_items(r->refs)[refidx] = st;
        for (size_t i = 0; i < n; i++) {
            Value x = r_object(r);
            if (!x || pv_set_add(st, x) < 0)
                return NULL;
        }
        return st;
    }
    case 'C': return r_code(r);
    case 'E': {
        Value h = get_star_helpers();
        if (!h || !(s = r_take(r, 1)))
            return NULL;
        return *s < 3 ? pv_tuple_items(h)[*s] : bad("except* helper");
    }
    case 'r': {
        uint32_t i;
        if (r_u32(r, &i) < 0)
            return NULL;
        if (i >= pv_list_size(r->refs))
            return bad("invalid reference");
        Value v = pv_list_items(r->refs)[i];
        return v != pv_NotImplemented ? v : bad("invalid reference");
    }
    case 'c':
        return bad("CPython code object");
    default:
        return bad("unknown type code");
    }
}

static Value r_object(R *r)
{
    if (r->p >= r->end)
        return pv_raise(&pv_exc_EOFError, "EOF read where object expected");
    if (++r->depth > MAX_DEPTH) {
        r->depth--;
        return bad("recursion limit exceeded");
    }
    int c = *r->p++;
    ssize_t refidx = -1;
    if (c & FLAG_REF) {
        refidx = (ssize_t)pv_list_size(r->refs);
        if (pv_list_append(r->refs, pv_NotImplemented) < 0) /* not yet complete */
            return NULL;
    }
    Value v = r_object2(r, c & ~FLAG_REF, refidx);
    if (v && refidx >= 0)
        pv_list_items(r->refs)[refidx] = v;
    r->depth--;
    return v;
}

Value pv_marshal_read(const char *data, size_t size, size_t *used)
{
    R r = {(const unsigned char *)data, (const unsigned char *)data + size, NULL, 0};
    if (!(r.refs = pv_list_new(0)))
        return NULL;
    Value v = r_object(&r);
    if (v && used)
        *used = (size_t)(r.p - (const unsigned char *)data);
    return v;
}
