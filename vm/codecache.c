/* codecache.c: the compiled-code cache. Importing DIR/NAME.py keeps the
 * module's code object in DIR/__pycache__/NAME.pyvm-311.pvc (marshal.c's
 * format behind a header), valid while the source's mtime and size are
 * those recorded in the header; a cache file that is stale, from another
 * pyvm build, truncated or corrupt is ignored and rewritten. Writing is
 * atomic (temporary file + rename) and silently skipped when it fails
 * (read-only directory) or when sys.dont_write_bytecode is true. Layout
 * and reasons: doc/internals.md, "Compiled-code cache". */
#include "pv.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TAG ".pyvm-311"
#define HEADER 56
static const char file_magic[8] = {'\x89', 'P', 'V', 'C', '\r', '\n', '\x1a', '\n'};

#if defined(__APPLE__)
#define MTIME_NS(st) ((st).st_mtimespec.tv_nsec)
#else
#define MTIME_NS(st) ((st).st_mtim.tv_nsec)
#endif

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* A fast 64-bit checksum of the payload (8 bytes per step): it detects
 * damaged files, it is not a cryptographic hash. */
static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15u ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdu;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3u;
    return h ^ (h >> 32);
}

/* The header: file magic, build magic (marshal.c), flags (0), source
 * mtime seconds and nanoseconds, source size, payload size, checksum. */
static void make_header(unsigned char *h, const struct stat *st, size_t plen, uint64_t sum)
{
    memcpy(h, file_magic, 8);
    uint32_t m = pv_marshal_code_magic();
    for (int i = 0; i < 4; i++)
        h[8 + i] = (unsigned char)(m >> (8 * i));
    memset(h + 12, 0, 4);
    put64(h + 16, (uint64_t)st->st_mtime);
    put64(h + 24, (uint64_t)MTIME_NS(*st));
    put64(h + 32, (uint64_t)st->st_size);
    put64(h + 40, plen);
    put64(h + 48, sum);
}

/* DIR/__pycache__/NAME.pyvm-311.pvc for DIR/NAME.py (other suffixes are
 * kept: NAME.pe -> NAME.pe.pyvm-311.pvc). Sets *dirlen to the length of
 * the __pycache__ directory's path. malloc'd. */
static char *cache_path(const char *src, size_t *dirlen)
{
    const char *slash = strrchr(src, '/');
    size_t dl = slash ? (size_t)(slash - src + 1) : 0;
    const char *base = src + dl;
    size_t bl = strlen(base);
    if (bl > 3 && strcmp(base + bl - 3, ".py") == 0)
        bl -= 3;
    size_t n = dl + sizeof "__pycache__/" + bl + sizeof TAG ".pvc";
    char *p = malloc(n);
    if (!p)
        return NULL;
    snprintf(p, n, "%.*s__pycache__/%.*s" TAG ".pvc", (int)dl, src, (int)bl, base);
    *dirlen = dl + sizeof "__pycache__" - 1;
    return p;
}

static char *read_all(int fd, size_t *size)
{
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
        return NULL;
    size_t n = (size_t)st.st_size;
    char *buf = malloc(n + 1);
    if (!buf)
        return NULL;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    if (got != n) {
        free(buf);
        return NULL;
    }
    *size = n;
    return buf;
}

/* PYVM_CODECACHE_LOG=1: say on stderr what the cache does (tests). */
static void note(const char *what, const char *path)
{
    static int on = -1;
    if (on < 0) {
        const char *e = getenv("PYVM_CODECACHE_LOG");
        on = e && *e && strcmp(e, "0") != 0;
    }
    if (on)
        fprintf(stderr, "codecache: %s %s\n", what, path);
}

/* The module was found under another path than when it was cached (a
 * moved tree, another sys.path entry): co_filename follows, as CPython. */
static void set_filename(Value code, Value old, Value file)
{
    PvCode *c = (PvCode *)code;
    if (c->filename != old && !pv_str_eq(c->filename, old))
        return;
    c->filename = file;
    for (size_t i = 0; i < pv_tuple_size(c->consts); i++)
        if (pv_is_type(pv_tuple_items(c->consts)[i], &pv_code_type))
            set_filename(pv_tuple_items(c->consts)[i], old, file);
}

/* The cached code of `file`, or NULL (never with an exception set). */
static Value cache_load(Value file, const char *path, const struct stat *src)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    size_t size;
    char *buf = read_all(fd, &size);
    close(fd);
    if (!buf)
        return NULL;
    if (size < HEADER) {
        note("bad", path);
        free(buf);
        return NULL;
    }
    const unsigned char *h = (const unsigned char *)buf;
    unsigned char want[HEADER];
    size_t plen = size - HEADER;
    make_header(want, src, plen, 0);
    Value code = NULL;
    /* everything but the checksum must match what we would write now */
    if (memcmp(h, want, 16) != 0 || memcmp(h + 40, want + 40, 8) != 0) {
        note("bad", path);
    } else if (memcmp(h + 16, want + 16, 24) != 0) {
        note("stale", path);
    } else if (get64(h + 48) != checksum(h + HEADER, plen)) {
        note("bad", path);
    } else {
        size_t used = 0;
        code = pv_marshal_read(buf + HEADER, plen, &used);
        if (code && (used != plen || !pv_is_type(code, &pv_code_type)))
            code = NULL;
        else if (code && !pv_str_eq(((PvCode *)code)->filename, file))
            set_filename(code, ((PvCode *)code)->filename, file);
        note(code ? "loaded" : "bad", path);
    }
    free(buf);
    pv_err_clear();
    return code;
}

static bool write_all(int fd, const void *p, size_t n)
{
    const char *s = p;
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        s += w;
        n -= (size_t)w;
    }
    return true;
}

static void cache_store(Value code, const char *path, size_t dirlen, const struct stat *src)
{
    PvBuf b;
    pv_buf_init(&b);
    unsigned char h[HEADER] = {0};
    if (pv_buf_append(&b, (const char *)h, HEADER) < 0 || pv_marshal_write(code, 4, &b) < 0) {
        pv_buf_free(&b);
        pv_err_clear(); /* e.g. an except* helper in co_consts: not cacheable */
        return;
    }
    size_t plen = b.size - HEADER;
    make_header(h, src, plen, checksum((unsigned char *)b.data + HEADER, plen));
    memcpy(b.data, h, HEADER);
    char *dir = strndup(path, dirlen);
    size_t tn = strlen(path) + 32;
    char *tmp = malloc(tn);
    if (dir && tmp) {
        if (mkdir(dir, 0777) < 0 && errno != EEXIST)
            goto out;
        snprintf(tmp, tn, "%s.%ld.tmp", path, (long)getpid());
        /* mode of the source without execute bits, as CPython */
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, (src->st_mode & 0666) | 0600);
        if (fd < 0)
            goto out;
        bool ok = write_all(fd, b.data, b.size);
        ok = close(fd) == 0 && ok;
        if (!ok || rename(tmp, path) < 0)
            unlink(tmp);
        else
            note("wrote", path);
    }
out:
    free(dir);
    free(tmp);
    pv_buf_free(&b);
}

static bool dont_write(void)
{
    Value v = pv_sys_get("dont_write_bytecode");
    if (!v)
        return false;
    int t = pv_truthy(v);
    pv_err_clear();
    return t != 0;
}

static char *read_source(const char *path, size_t *size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    PvBuf b;
    pv_buf_init(&b);
    char tmp[16384];
    ssize_t n;
    while ((n = read(fd, tmp, sizeof tmp)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 || pv_buf_append(&b, tmp, (size_t)n) < 0) {
            int e = n < 0 ? errno : ENOMEM;
            close(fd);
            pv_buf_free(&b);
            errno = e;
            return NULL;
        }
    }
    close(fd);
    if (pv_buf_append(&b, "", 1) < 0) {
        pv_buf_free(&b);
        errno = ENOMEM;
        return NULL;
    }
    *size = b.size - 1;
    return b.data;
}

Value pv_codecache_path(Value file)
{
    size_t dirlen;
    char *p = cache_path(pv_str_data(file), &dirlen);
    if (!p)
        return pv_nomemory();
    Value r = pv_str_decode_utf8(p, strlen(p), "surrogateescape");
    free(p);
    return r;
}

Value pv_codecache_code(Value file)
{
    const char *fn = pv_str_data(file);
    size_t fl = pv_str_size(file);
    int flags = fl > 3 && strcmp(fn + fl - 3, ".pe") == 0 ? PV_COMPILE_PE : 0;
    struct stat st;
    bool cacheable = stat(fn, &st) == 0 && S_ISREG(st.st_mode) && !getenv("PYVM_NO_CODECACHE");
    size_t dirlen = 0;
    char *cpath = cacheable ? cache_path(fn, &dirlen) : NULL;
    if (cpath) {
        Value code = cache_load(file, cpath, &st);
        if (code) {
            free(cpath);
            return code;
        }
    }
    size_t size;
    char *src = read_source(fn, &size);
    if (!src) {
        free(cpath);
        return pv_raise_errno_filename(errno, file);
    }
    Value code = pv_compile(src, size, file, "exec", flags);
    free(src);
    if (code && cpath && !dont_write())
        cache_store(code, cpath, dirlen, &st);
    free(cpath);
    return code;
}
