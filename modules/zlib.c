/* zlib.c: the zlib module over libz, as CPython's: one-shot compress and
 * decompress, streaming Compress/Decompress objects, crc32/adler32. The
 * z_stream lives inside the GC object (never moved); libz's own state is
 * freed by the type's finalize. Output grows in a malloc'd buffer and
 * becomes bytes at the end. */
#include "pv.h"
#include "str_impl.h" /* pv_bytes_like */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define DEF_BUF_SIZE 16384
#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

static Value zlib_error; /* zlib.error */

typedef struct ZObj {
    PvObj h;
    z_stream zs;
    bool inited;     /* deflateInit/inflateInit done, End not yet */
    bool eof;
    Value unused_data, unconsumed_tail, zdict;
} ZObj;

static PvType compress_type, decompress_type;

static Value zerror(int err, z_stream *zs, const char *what)
{
    const char *msg = zs ? zs->msg : NULL;
    if (err == Z_VERSION_ERROR)
        msg = "library version mismatch";
    if (!msg) {
        switch (err) {
        case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: msg = "invalid input data"; break;
        }
    }
    Value s = msg ? pv_str_printf("Error %d while %s: %s", err, what, msg)
                  : pv_str_printf("Error %d while %s", err, what);
    Value e = s ? pv_call1(zlib_error, s) : NULL;
    return e ? pv_raise_value(e) : NULL;
}

static int data_arg(Value v, const char **d, size_t *n)
{
    void *p;
    if (pv_array_buffer(v, &p, n, NULL)) {
        *d = p;
        return 0;
    }
    if (pv_bytes_like(v, d, n))
        return 0;
    pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
             pv_type_name(pv_type(v)));
    return -1;
}

/* A growing output buffer. */
typedef struct Out {
    char *p;
    size_t len, cap;
} Out;

/* Make room: point zs->next_out at free space (at most `limit` total
 * bytes when limit > 0). Returns 0, or -1 when the limit is reached. */
static int out_room(Out *o, z_stream *zs, size_t limit)
{
    o->len = (size_t)((char *)zs->next_out - o->p);
    if (o->len == o->cap) {
        if (limit && o->cap >= limit)
            return -1;
        size_t nc = o->cap ? o->cap * 2 : DEF_BUF_SIZE;
        if (limit && nc > limit)
            nc = limit;
        char *np = realloc(o->p, nc);
        if (!np)
            return -2;
        o->p = np;
        o->cap = nc;
    }
    zs->next_out = (Bytef *)o->p + o->len;
    size_t room = o->cap - o->len;
    zs->avail_out = room > UINT32_MAX ? UINT32_MAX : (uInt)room;
    return 0;
}

static int out_init(Out *o, z_stream *zs, size_t first)
{
    o->p = malloc(first ? first : 1);
    o->cap = first ? first : 1;
    o->len = 0;
    if (!o->p)
        return -1;
    zs->next_out = (Bytef *)o->p;
    zs->avail_out = (uInt)o->cap;
    return 0;
}

static Value out_finish(Out *o, z_stream *zs)
{
    o->len = (size_t)((char *)zs->next_out - o->p);
    Value b = pv_bytes_new(o->p, o->len);
    free(o->p);
    return b;
}

/* ---- one-shot functions ---- */

FN(z_compress)
{
    (void)self;
    static const char *const kw[] = {"", "level", "wbits", NULL};
    Value data;
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    const char *d;
    size_t n;
    if (pv_parse_args("compress", args, nargs, kwnames, "O|ii", kw, &data, &level, &wbits) < 0 ||
        data_arg(data, &d, &n) < 0)
        return NULL;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR)
        return pv_raise(&pv_exc_MemoryError, "Out of memory while compressing data");
    if (err != Z_OK)
        return err == Z_STREAM_ERROR ? pv_raise_value(pv_call1(zlib_error,
                                           pv_str_from_cstr("Bad compression level")))
                                     : zerror(err, &zs, "compressing data");
    Out o;
    if (out_init(&o, &zs, deflateBound(&zs, n) + 16) < 0) {
        deflateEnd(&zs);
        return pv_nomemory();
    }
    zs.next_in = (Bytef *)d;
    zs.avail_in = (uInt)n;
    do {
        if (out_room(&o, &zs, 0) < 0) {
            free(o.p);
            deflateEnd(&zs);
            return pv_nomemory();
        }
        err = deflate(&zs, Z_FINISH);
    } while (err == Z_OK || (err == Z_BUF_ERROR && zs.avail_out == 0));
    if (err != Z_STREAM_END) {
        free(o.p);
        Value r = zerror(err, &zs, "compressing data");
        deflateEnd(&zs);
        return r;
    }
    deflateEnd(&zs);
    return out_finish(&o, &zs);
}

FN(z_decompress)
{
    (void)self;
    static const char *const kw[] = {"", "wbits", "bufsize", NULL};
    Value data;
    int wbits = MAX_WBITS;
    int64_t bufsize = DEF_BUF_SIZE;
    const char *d;
    size_t n;
    if (pv_parse_args("decompress", args, nargs, kwnames, "O|iL", kw, &data, &wbits, &bufsize) < 0 ||
        data_arg(data, &d, &n) < 0)
        return NULL;
    if (bufsize < 0)
        return pv_raise(&pv_exc_ValueError, "bufsize must be non-negative");
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    zs.next_in = (Bytef *)d;
    zs.avail_in = (uInt)n;
    int err = inflateInit2(&zs, wbits);
    if (err == Z_MEM_ERROR)
        return pv_raise(&pv_exc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK)
        return zerror(err, &zs, "preparing to decompress data");
    Out o;
    if (out_init(&o, &zs, bufsize ? (size_t)bufsize : 1) < 0) {
        inflateEnd(&zs);
        return pv_nomemory();
    }
    do {
        if (out_room(&o, &zs, 0) < 0) {
            free(o.p);
            inflateEnd(&zs);
            return pv_nomemory();
        }
        err = inflate(&zs, Z_NO_FLUSH);
    } while (err == Z_OK || (err == Z_BUF_ERROR && zs.avail_out == 0 && zs.avail_in > 0));
    if (err != Z_STREAM_END) {
        free(o.p);
        Value r = zerror(err == Z_OK ? Z_BUF_ERROR : err, &zs, "decompressing data");
        inflateEnd(&zs);
        return r;
    }
    inflateEnd(&zs);
    return out_finish(&o, &zs);
}

static Value checksum(const char *fname, Value *args, size_t nargs, Value kwnames, bool crc)
{
    static const char *const kw[] = {"", "", NULL};
    Value data, start = NULL;
    const char *d;
    size_t n;
    if (pv_parse_args(fname, args, nargs, kwnames, "O|O", kw, &data, &start) < 0 ||
        data_arg(data, &d, &n) < 0)
        return NULL;
    uint64_t v = crc ? 0 : 1;
    if (start) {
        Value m = pv_binop(start, pv_int_from_u64(0xffffffffu), PV_OP_AND);
        if (!m || pv_int_to_u64(m, &v) < 0)
            return NULL;
    }
    uLong r = (uLong)v;
    while (n) {
        uInt chunk = n > 0x40000000 ? 0x40000000 : (uInt)n;
        r = crc ? crc32(r, (const Bytef *)d, chunk) : adler32(r, (const Bytef *)d, chunk);
        d += chunk;
        n -= chunk;
    }
    return pv_int_from_u64(r & 0xffffffffu);
}

FN(z_crc32) { (void)self; return checksum("crc32", args, nargs, kwnames, true); }
FN(z_adler32) { (void)self; return checksum("adler32", args, nargs, kwnames, false); }

/* ---- stream objects ---- */

static void zobj_mark(Value self)
{
    ZObj *z = (ZObj *)self;
    pv_gc_mark(z->unused_data);
    pv_gc_mark(z->unconsumed_tail);
    pv_gc_mark(z->zdict);
}

static void zobj_finalize(Value self)
{
    ZObj *z = (ZObj *)self;
    if (z->inited) {
        if (pv_type(self) == &compress_type)
            deflateEnd(&z->zs);
        else
            inflateEnd(&z->zs);
        z->inited = false;
    }
}

static ZObj *zobj_new(PvType *t)
{
    ZObj *z = pv_alloc(t, sizeof(ZObj));
    if (!z)
        return NULL;
    z->unused_data = z->unconsumed_tail = pv_bytes_new("", 0);
    z->zdict = NULL;
    return z;
}

FN(z_compressobj)
{
    (void)self;
    static const char *const kw[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict",
                                     NULL};
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, mem = 8,
        strategy = Z_DEFAULT_STRATEGY;
    Value zdict = pv_None;
    if (pv_parse_args("compressobj", args, nargs, kwnames, "|iiiiiO", kw, &level, &method, &wbits,
                      &mem, &strategy, &zdict) < 0)
        return NULL;
    const char *zd = NULL;
    size_t zn = 0;
    if (zdict != pv_None && data_arg(zdict, &zd, &zn) < 0)
        return NULL;
    ZObj *z = zobj_new(&compress_type);
    if (!z)
        return NULL;
    int err = deflateInit2(&z->zs, level, method, wbits, mem, strategy);
    if (err == Z_MEM_ERROR)
        return pv_raise(&pv_exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR)
        return pv_raise(&pv_exc_ValueError, "Invalid initialization option");
    if (err != Z_OK)
        return zerror(err, &z->zs, "creating compression object");
    z->inited = true;
    if (zd && (err = deflateSetDictionary(&z->zs, (const Bytef *)zd, (uInt)zn)) != Z_OK)
        return pv_raise(&pv_exc_ValueError, "Invalid dictionary");
    return (Value)z;
}

FN(z_decompressobj)
{
    (void)self;
    static const char *const kw[] = {"wbits", "zdict", NULL};
    int wbits = MAX_WBITS;
    Value zdict = NULL;
    if (pv_parse_args("decompressobj", args, nargs, kwnames, "|iO", kw, &wbits, &zdict) < 0)
        return NULL;
    const char *zd = NULL;
    size_t zn = 0;
    if (zdict && data_arg(zdict, &zd, &zn) < 0)
        return pv_raise(&pv_exc_TypeError, "zdict argument must support the buffer protocol");
    ZObj *z = zobj_new(&decompress_type);
    if (!z)
        return NULL;
    z->zdict = zdict;
    int err = inflateInit2(&z->zs, wbits);
    if (err == Z_MEM_ERROR)
        return pv_raise(&pv_exc_MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR)
        return pv_raise(&pv_exc_ValueError, "Invalid initialization option");
    if (err != Z_OK)
        return zerror(err, &z->zs, "creating decompression object");
    z->inited = true;
    if (zd && wbits < 0 &&
        (err = inflateSetDictionary(&z->zs, (const Bytef *)zd, (uInt)zn)) != Z_OK)
        return zerror(err, &z->zs, "setting zdict");
    return (Value)z;
}

/* deflate the input with `mode` until it is consumed (and, for a flush,
 * until zlib has nothing more to give). */
static Value deflate_all(ZObj *z, const char *d, size_t n, int mode)
{
    if (!z->inited)
        return zerror(Z_STREAM_ERROR, NULL, mode == Z_NO_FLUSH ? "compressing data"
                                                               : "flushing");
    Out o;
    if (out_init(&o, &z->zs, DEF_BUF_SIZE) < 0)
        return pv_nomemory();
    z->zs.next_in = (Bytef *)d;
    z->zs.avail_in = (uInt)n;
    int err;
    do {
        if (out_room(&o, &z->zs, 0) < 0) {
            free(o.p);
            return pv_nomemory();
        }
        err = deflate(&z->zs, mode);
        if (err == Z_STREAM_ERROR) {
            free(o.p);
            return zerror(err, &z->zs, mode == Z_NO_FLUSH ? "compressing data" : "flushing");
        }
    } while (z->zs.avail_out == 0 || (mode == Z_NO_FLUSH && z->zs.avail_in > 0));
    if (mode == Z_FINISH && err == Z_STREAM_END) {
        deflateEnd(&z->zs);
        z->inited = false;
    }
    return out_finish(&o, &z->zs);
}

FN(comp_compress)
{
    static const char *const kw[] = {"", NULL};
    Value data;
    const char *d;
    size_t n;
    if (pv_parse_args("compress", args, nargs, kwnames, "O", kw, &data) < 0 ||
        data_arg(data, &d, &n) < 0)
        return NULL;
    return deflate_all((ZObj *)self, d, n, Z_NO_FLUSH);
}

FN(comp_flush)
{
    static const char *const kw[] = {"", NULL};
    int mode = Z_FINISH;
    if (pv_parse_args("flush", args, nargs, kwnames, "|i", kw, &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)
        return pv_bytes_new("", 0);
    return deflate_all((ZObj *)self, "", 0, mode);
}

static Value zobj_copy(Value self, bool comp)
{
    ZObj *z = (ZObj *)self;
    if (!z->inited)
        return pv_raise(&pv_exc_ValueError, "Inconsistent stream state");
    ZObj *c = zobj_new(pv_type(self));
    if (!c)
        return NULL;
    int err = comp ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    if (err == Z_MEM_ERROR)
        return pv_raise(&pv_exc_MemoryError, "Can't allocate memory for %s object",
                        comp ? "compression" : "decompression");
    if (err != Z_OK)
        return zerror(err, &z->zs, "copying compression object");
    c->inited = true;
    c->eof = z->eof;
    c->unused_data = z->unused_data;
    c->unconsumed_tail = z->unconsumed_tail;
    c->zdict = z->zdict;
    return (Value)c;
}

FN(comp_copy) { (void)args, (void)nargs, (void)kwnames; return zobj_copy(self, true); }
FN(decomp_copy) { (void)args, (void)nargs, (void)kwnames; return zobj_copy(self, false); }

/* After inflating: leftover input after the end of the stream goes to
 * unused_data; input held back by max_length to unconsumed_tail. */
static int save_unconsumed(ZObj *z, int err)
{
    if (err == Z_STREAM_END && z->zs.avail_in > 0) {
        size_t old = pv_bytes_size(z->unused_data), add = z->zs.avail_in;
        char *buf = malloc(old + add + 1);
        if (!buf) {
            pv_nomemory();
            return -1;
        }
        memcpy(buf, pv_bytes_data(z->unused_data), old);
        memcpy(buf + old, z->zs.next_in, add);
        Value u = pv_bytes_new(buf, old + add);
        free(buf);
        if (!u)
            return -1;
        z->unused_data = u;
        z->zs.avail_in = 0;
    }
    if (z->zs.avail_in > 0 || pv_bytes_size(z->unconsumed_tail) > 0) {
        Value t = pv_bytes_new((const char *)z->zs.next_in, z->zs.avail_in);
        if (!t)
            return -1;
        z->unconsumed_tail = t;
    }
    return 0;
}

/* inflate d[0:n] with `flush`, at most max_length bytes out (0: all) */
static Value inflate_some(ZObj *z, const char *d, size_t n, size_t max_length, int flush)
{
    if (!z->inited)
        return zerror(Z_STREAM_ERROR, NULL, "decompressing data");
    Out o;
    size_t first = max_length && max_length < DEF_BUF_SIZE ? max_length : DEF_BUF_SIZE;
    if (out_init(&o, &z->zs, first) < 0)
        return pv_nomemory();
    z->zs.next_in = (Bytef *)d;
    z->zs.avail_in = (uInt)n;
    int err = Z_OK;
    for (;;) {
        int r = out_room(&o, &z->zs, max_length);
        if (r == -2) {
            free(o.p);
            return pv_nomemory();
        }
        if (r == -1)
            break; /* max_length reached */
        err = inflate(&z->zs, flush);
        if (err == Z_NEED_DICT && z->zdict) {
            const char *zd;
            size_t zn;
            if (data_arg(z->zdict, &zd, &zn) < 0) {
                free(o.p);
                return NULL;
            }
            err = inflateSetDictionary(&z->zs, (const Bytef *)zd, (uInt)zn);
            if (err != Z_OK) {
                free(o.p);
                return zerror(err, &z->zs, "decompressing data");
            }
            continue;
        }
        if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
            free(o.p);
            save_unconsumed(z, err);
            return zerror(err, &z->zs, "decompressing data");
        }
        if (err == Z_STREAM_END || z->zs.avail_out != 0)
            break;
    }
    if (save_unconsumed(z, err) < 0) {
        free(o.p);
        return NULL;
    }
    if (err == Z_STREAM_END) {
        z->eof = true;
        if (flush == Z_FINISH) {
            inflateEnd(&z->zs);
            z->inited = false;
        }
    }
    return out_finish(&o, &z->zs);
}

FN(decomp_decompress)
{
    static const char *const kw[] = {"", "max_length", NULL};
    Value data;
    int64_t max_length = 0;
    const char *d;
    size_t n;
    if (pv_parse_args("decompress", args, nargs, kwnames, "O|L", kw, &data, &max_length) < 0 ||
        data_arg(data, &d, &n) < 0)
        return NULL;
    if (max_length < 0)
        return pv_raise(&pv_exc_ValueError, "max_length must be non-negative");
    return inflate_some((ZObj *)self, d, n, (size_t)max_length, Z_SYNC_FLUSH);
}

FN(decomp_flush)
{
    static const char *const kw[] = {"", NULL};
    int64_t length = DEF_BUF_SIZE;
    if (pv_parse_args("flush", args, nargs, kwnames, "|L", kw, &length) < 0)
        return NULL;
    if (length <= 0)
        return pv_raise(&pv_exc_ValueError, "length must be greater than zero");
    ZObj *z = (ZObj *)self;
    if (!z->inited)
        return pv_bytes_new("", 0);
    Value tail = z->unconsumed_tail;
    return inflate_some(z, pv_bytes_data(tail), pv_bytes_size(tail), 0, Z_FINISH);
}

static Value get_unused(Value self) { return ((ZObj *)self)->unused_data; }
static Value get_tail(Value self) { return ((ZObj *)self)->unconsumed_tail; }
static Value get_eof(Value self) { return pv_bool(((ZObj *)self)->eof); }

static const PvMethodDef comp_methods[] = {
    {"compress", comp_compress, 0, NULL},
    {"flush", comp_flush, 0, NULL},
    {"copy", comp_copy, 0, NULL},
    {"__copy__", comp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvMethodDef decomp_methods[] = {
    {"decompress", decomp_decompress, 0, NULL},
    {"flush", decomp_flush, 0, NULL},
    {"copy", decomp_copy, 0, NULL},
    {"__copy__", decomp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef decomp_getsets[] = {
    {"unused_data", get_unused, NULL, NULL},
    {"unconsumed_tail", get_tail, NULL, NULL},
    {"eof", get_eof, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType compress_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "Compress",
    .basicsize = sizeof(ZObj),
    .base = &pv_object_type,
    .methods = comp_methods,
    .mark = zobj_mark,
    .finalize = zobj_finalize,
};

static PvType decompress_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "Decompress",
    .basicsize = sizeof(ZObj),
    .base = &pv_object_type,
    .methods = decomp_methods,
    .getsets = decomp_getsets,
    .mark = zobj_mark,
    .finalize = zobj_finalize,
};

static const PvMethodDef zlib_functions[] = {
    {"compress", z_compress, 0, NULL},
    {"decompress", z_decompress, 0, NULL},
    {"compressobj", z_compressobj, 0, NULL},
    {"decompressobj", z_decompressobj, 0, NULL},
    {"crc32", z_crc32, 0, NULL},
    {"adler32", z_adler32, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define C(x) {#x, x}
static const struct { const char *name; int v; } zconsts[] = {
    C(MAX_WBITS), {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE},
    C(Z_NO_COMPRESSION), C(Z_BEST_SPEED), C(Z_BEST_COMPRESSION), C(Z_DEFAULT_COMPRESSION),
    C(Z_FILTERED), C(Z_HUFFMAN_ONLY), C(Z_RLE), C(Z_FIXED), C(Z_DEFAULT_STRATEGY),
    C(Z_NO_FLUSH), C(Z_PARTIAL_FLUSH), C(Z_SYNC_FLUSH), C(Z_FULL_FLUSH), C(Z_FINISH),
    C(Z_BLOCK), C(Z_TREES),
    {NULL, 0},
};

Value pv_zlib_module_init(void)
{
    if (!(compress_type.flags & PV_TPFLAG_READY)) {
        if (pv_type_ready(&compress_type) < 0 || pv_type_ready(&decompress_type) < 0)
            return NULL;
        compress_type.module = decompress_type.module = pv_intern("zlib");
        pv_gc_add_root(&zlib_error);
    }
    Value m = pv_module_new_cstr("zlib");
    if (!m || pv_module_add_functions(m, zlib_functions) < 0)
        return NULL;
    for (int i = 0; zconsts[i].name; i++)
        if (pv_module_add_int(m, zconsts[i].name, zconsts[i].v) < 0)
            return NULL;
    if (!zlib_error) {
        Value base[1] = {(Value)&pv_exc_Exception};
        Value a[3] = {pv_str_from_cstr("error"), pv_tuple_from(base, 1), pv_dict_new()};
        if (!a[1] || !a[2] || pv_dict_set_str(a[2], "__module__", pv_str_from_cstr("zlib")) < 0)
            return NULL;
        zlib_error = pv_call((Value)&pv_type_type, a, 3, NULL);
        if (!zlib_error)
            return NULL;
    }
    if (pv_module_add(m, "error", zlib_error) < 0 ||
        pv_module_add(m, "ZLIB_VERSION", pv_str_from_cstr(ZLIB_VERSION)) < 0 ||
        pv_module_add(m, "ZLIB_RUNTIME_VERSION", pv_str_from_cstr(zlibVersion())) < 0)
        return NULL;
    return m;
}
