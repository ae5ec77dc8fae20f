/* cjit.c: ffi._compile(source, flags) for DLL.CJIT: compiles C source
 * into a shared library with the system compiler (posix_spawn, no shell;
 * mkstemp temporaries) and caches it under a name made of the SHA-256 of
 * the compiler, flags and source. Returns the library's path. */
#include "ffi.h"
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* ---- SHA-256 (FIPS 180-4) ---- */

typedef struct Sha { uint32_t h[8]; uint64_t len; unsigned char buf[64]; size_t n; } Sha;

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha_block(Sha *s, const unsigned char *p)
{
    uint32_t w[64], a[8];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(a, s->h, sizeof a);
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROR(a[4], 6) ^ ROR(a[4], 11) ^ ROR(a[4], 25);
        uint32_t ch = (a[4] & a[5]) ^ (~a[4] & a[6]);
        uint32_t t1 = a[7] + S1 + ch + K[i] + w[i];
        uint32_t S0 = ROR(a[0], 2) ^ ROR(a[0], 13) ^ ROR(a[0], 22);
        uint32_t mj = (a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]);
        memmove(a + 1, a, 7 * sizeof(uint32_t));
        a[4] += t1;
        a[0] = t1 + S0 + mj;
    }
    for (int i = 0; i < 8; i++)
        s->h[i] += a[i];
}

static void sha_init(Sha *s)
{
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(s->h, h0, sizeof h0);
    s->len = 0;
    s->n = 0;
}

static void sha_update(Sha *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    s->len += n;
    while (n--) {
        s->buf[s->n++] = *p++;
        if (s->n == 64) {
            sha_block(s, s->buf);
            s->n = 0;
        }
    }
}

static void sha_hex(Sha *s, char out[65])
{
    uint64_t bits = s->len * 8;
    unsigned char pad = 0x80;
    sha_update(s, &pad, 1);
    pad = 0;
    while (s->n != 56)
        sha_update(s, &pad, 1);
    unsigned char l[8];
    for (int i = 0; i < 8; i++)
        l[i] = (unsigned char)(bits >> (56 - 8 * i));
    sha_update(s, l, 8);
    for (int i = 0; i < 8; i++)
        snprintf(out + 8 * i, 9, "%08x", s->h[i]);
}

/* ---- compile ---- */

static int cache_dir(char *out, size_t n)
{
    const char *x = getenv("PYVM_CJIT_CACHE");
    if (x && *x)
        snprintf(out, n, "%s", x);
    else if ((x = getenv("XDG_CACHE_HOME")) && *x)
        snprintf(out, n, "%s/pyvm-cjit", x);
    else if ((x = getenv("HOME")) && *x)
        snprintf(out, n, "%s/.cache/pyvm-cjit", x);
    else
        snprintf(out, n, "/tmp/pyvm-cjit-%d", (int)getuid());
    /* mkdir -p */
    for (char *p = out + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(out, 0700);
            *p = '/';
        }
    if (mkdir(out, 0700) < 0 && errno != EEXIST)
        return -1;
    return 0;
}

Value pv_ffi_compile_fn(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value src, flags = pv_empty_tuple;
    const char *cc = NULL;
    if (pv_parse_args("_compile", args, nargs, kwnames, "U|Os", NULL, &src, &flags, &cc) < 0)
        return NULL;
    if (!cc)
        cc = getenv("CC") && *getenv("CC") ? getenv("CC") : "cc";
    Value ft = pv_sequence_tuple(flags);
    if (!ft)
        return NULL;
    size_t nf = pv_tuple_size(ft);
    if (nf > 200)
        return pv_raise(&pv_exc_ValueError, "_compile: too many flags");
    Sha s;
    sha_init(&s);
    sha_update(&s, cc, strlen(cc) + 1);
    for (size_t i = 0; i < nf; i++) {
        Value f = pv_tuple_items(ft)[i];
        if (!pv_is_str(f))
            return pv_raise(&pv_exc_TypeError, "_compile: flags must be str");
        sha_update(&s, pv_str_data(f), pv_str_size(f) + 1);
    }
    sha_update(&s, pv_str_data(src), pv_str_size(src));
    char hex[65], dir[900], so[1100], csrc[1100], tmpso[1100];
    sha_hex(&s, hex);
    if (cache_dir(dir, sizeof dir) < 0)
        return pv_raise_errno(errno);
    snprintf(so, sizeof so, "%s/%s.so", dir, hex);
    if (access(so, R_OK) == 0)
        return pv_str_from_cstr(so);
    snprintf(csrc, sizeof csrc, "%s/src-XXXXXX.c", dir);
    int fd = mkstemps(csrc, 2);
    if (fd < 0)
        return pv_raise_errno(errno);
    size_t left = pv_str_size(src);
    const char *p = pv_str_data(src);
    while (left) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            int e = errno;
            close(fd);
            unlink(csrc);
            return pv_raise_errno(e);
        }
        p += w;
        left -= (size_t)w;
    }
    close(fd);
    snprintf(tmpso, sizeof tmpso, "%s/lib-XXXXXX.so", dir);
    fd = mkstemps(tmpso, 3);
    if (fd < 0) {
        int e = errno;
        unlink(csrc);
        return pv_raise_errno(e);
    }
    close(fd);
    const char *argv[220];
    size_t k = 0;
    argv[k++] = cc;
    argv[k++] = "-shared";
    argv[k++] = "-fPIC";
    argv[k++] = "-O2";
    argv[k++] = "-o";
    argv[k++] = tmpso;
    argv[k++] = csrc;
    for (size_t i = 0; i < nf; i++)
        argv[k++] = pv_str_data(pv_tuple_items(ft)[i]);
    argv[k] = NULL;
    pid_t pid;
    int rc = posix_spawnp(&pid, cc, NULL, NULL, (char *const *)argv, environ);
    if (rc != 0) {
        unlink(csrc);
        unlink(tmpso);
        return pv_raise(&pv_exc_OSError, "CJIT: cannot run %s: %s", cc, strerror(rc));
    }
    int st = 0;
    int depth = pv_gil_release_all();
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    pv_gil_restore(depth);
    unlink(csrc);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        unlink(tmpso);
        return pv_raise(&pv_exc_OSError, "CJIT: %s failed (status %d)", cc,
                        WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    }
    if (rename(tmpso, so) < 0) {
        int e = errno;
        unlink(tmpso);
        return pv_raise_errno(e);
    }
    return pv_str_from_cstr(so);
}
