/* hashes.c: the message digests hashlib needs, as CPython's _md5, _sha1,
 * _sha256 (sha224, sha256) and _sha512 (sha384, sha512) modules. One hash
 * object type; each algorithm is a small table (block size, digest size,
 * init, compress). Written from the FIPS 180-4 / RFC 1321 descriptions. */
#include "pv.h"
#include "str_impl.h"
#include <string.h>

typedef struct Algo {
    const char *name;
    unsigned block, digest;  /* bytes */
    bool big_endian, wide;   /* wide: 64-bit words (SHA-512 family) */
    void (*init)(uint64_t *h);
    void (*compress)(uint64_t *h, const uint8_t *block);
} Algo;

typedef struct {
    PvObj h;
    const Algo *algo;
    uint64_t state[8];
    uint8_t buf[128];
    size_t buflen;
    uint64_t total;          /* bytes hashed so far */
} PvHash;

static PvType hash_type;

#define ROR32(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
#define ROL32(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint32_t le32(const uint8_t *p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }
static uint64_t be64(const uint8_t *p) { return (uint64_t)be32(p) << 32 | be32(p + 4); }

/* ---- MD5 ---- */
static void md5_init(uint64_t *h)
{
    h[0] = 0x67452301; h[1] = 0xefcdab89; h[2] = 0x98badcfe; h[3] = 0x10325476;
}

static void md5_compress(uint64_t *h, const uint8_t *blk)
{
    static const uint32_t K[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
    static const int R[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                              5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                              4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                              6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    uint32_t M[16];
    for (int i = 0; i < 16; i++)
        M[i] = le32(blk + 4 * i);
    uint32_t a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
        else { f = c ^ (b | ~d); g = (7 * i) & 15; }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + ROL32(a + f + K[i] + M[g], R[i]);
        a = t;
    }
    h[0] = (uint32_t)(h[0] + a); h[1] = (uint32_t)(h[1] + b);
    h[2] = (uint32_t)(h[2] + c); h[3] = (uint32_t)(h[3] + d);
}

/* ---- SHA-1 ---- */
static void sha1_init(uint64_t *h)
{
    h[0] = 0x67452301; h[1] = 0xEFCDAB89; h[2] = 0x98BADCFE; h[3] = 0x10325476; h[4] = 0xC3D2E1F0;
}

static void sha1_compress(uint64_t *h, const uint8_t *blk)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = be32(blk + 4 * i);
    for (int i = 16; i < 80; i++)
        w[i] = ROL32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3], e = (uint32_t)h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
        else { f = b ^ c ^ d; k = 0xCA62C1D6; }
        uint32_t t = ROL32(a, 5) + f + e + k + w[i];
        e = d; d = c; c = ROL32(b, 30); b = a; a = t;
    }
    h[0] = (uint32_t)(h[0] + a); h[1] = (uint32_t)(h[1] + b); h[2] = (uint32_t)(h[2] + c);
    h[3] = (uint32_t)(h[3] + d); h[4] = (uint32_t)(h[4] + e);
}

/* ---- SHA-224 / SHA-256 ---- */
static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void sha256_init(uint64_t *h)
{
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    for (int i = 0; i < 8; i++)
        h[i] = iv[i];
}

static void sha224_init(uint64_t *h)
{
    static const uint32_t iv[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                   0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    for (int i = 0; i < 8; i++)
        h[i] = iv[i];
}

static void sha256_compress(uint64_t *h, const uint8_t *blk)
{
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = be32(blk + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR32(w[i - 15], 7) ^ ROR32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR32(w[i - 2], 17) ^ ROR32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    for (int i = 0; i < 8; i++)
        v[i] = (uint32_t)h[i];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROR32(v[4], 6) ^ ROR32(v[4], 11) ^ ROR32(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + K256[i] + w[i];
        uint32_t S0 = ROR32(v[0], 2) ^ ROR32(v[0], 13) ^ ROR32(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint32_t t2 = S0 + maj;
        v[7] = v[6]; v[6] = v[5]; v[5] = v[4]; v[4] = v[3] + t1;
        v[3] = v[2]; v[2] = v[1]; v[1] = v[0]; v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++)
        h[i] = (uint32_t)(h[i] + v[i]);
}

/* ---- SHA-384 / SHA-512 ---- */
static const uint64_t K512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

static void sha512_init(uint64_t *h)
{
    static const uint64_t iv[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    memcpy(h, iv, sizeof iv);
}

static void sha384_init(uint64_t *h)
{
    static const uint64_t iv[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                   0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                   0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    memcpy(h, iv, sizeof iv);
}

static void sha512_compress(uint64_t *h, const uint8_t *blk)
{
    uint64_t w[80], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = be64(blk + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROR64(v[4], 14) ^ ROR64(v[4], 18) ^ ROR64(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + S1 + ch + K512[i] + w[i];
        uint64_t S0 = ROR64(v[0], 28) ^ ROR64(v[0], 34) ^ ROR64(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint64_t t2 = S0 + maj;
        v[7] = v[6]; v[6] = v[5]; v[5] = v[4]; v[4] = v[3] + t1;
        v[3] = v[2]; v[2] = v[1]; v[1] = v[0]; v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++)
        h[i] += v[i];
}

static const Algo algo_md5 = {"md5", 64, 16, false, false, md5_init, md5_compress};
static const Algo algo_sha1 = {"sha1", 64, 20, true, false, sha1_init, sha1_compress};
static const Algo algo_sha224 = {"sha224", 64, 28, true, false, sha224_init, sha256_compress};
static const Algo algo_sha256 = {"sha256", 64, 32, true, false, sha256_init, sha256_compress};
static const Algo algo_sha384 = {"sha384", 128, 48, true, true, sha384_init, sha512_compress};
static const Algo algo_sha512 = {"sha512", 128, 64, true, true, sha512_init, sha512_compress};

static void hash_feed(PvHash *hs, const uint8_t *p, size_t n)
{
    const Algo *a = hs->algo;
    hs->total += n;
    while (n) {
        size_t take = a->block - hs->buflen;
        if (take > n)
            take = n;
        memcpy(hs->buf + hs->buflen, p, take);
        hs->buflen += take;
        p += take;
        n -= take;
        if (hs->buflen == a->block) {
            a->compress(hs->state, hs->buf);
            hs->buflen = 0;
        }
    }
}

static void hash_final(const PvHash *src, uint8_t *out)
{
    PvHash h = *src;
    const Algo *a = h.algo;
    uint64_t bits = h.total * 8;
    size_t lenbytes = a->wide ? 16u : 8u;
    uint8_t pad[256] = {0x80};
    size_t padlen = (h.buflen < a->block - lenbytes ? a->block : 2 * a->block) - h.buflen - lenbytes;
    uint8_t len[16] = {0};
    for (size_t i = 0; i < 8; i++)
        len[a->big_endian ? lenbytes - 1 - i : i] = (uint8_t)(bits >> (8 * i));
    hash_feed(&h, pad, padlen);
    hash_feed(&h, len, lenbytes);
    unsigned wbytes = a->wide ? 8 : 4;
    for (unsigned i = 0; i < a->digest; i++) {
        uint64_t w = h.state[i / wbytes];
        unsigned k = i % wbytes;
        out[i] = (uint8_t)(a->big_endian ? w >> (8 * (wbytes - 1 - k)) : w >> (8 * k));
    }
}

static int feed_value(PvHash *h, Value data)
{
    const char *d;
    size_t n;
    if (pv_is_str(data)) {
        pv_raise(&pv_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    void *ap;
    if (pv_array_buffer(data, &ap, &n, NULL)) {
        hash_feed(h, ap, n);
        return 0;
    }
    if (!pv_bytes_like(data, &d, &n)) {
        pv_raise(&pv_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    hash_feed(h, (const uint8_t *)d, n);
    return 0;
}

static Value hash_make(const Algo *a, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"string", "usedforsecurity", NULL};
    Value data = NULL;
    bool sec = true;
    if (pv_parse_args(a->name, args, nargs, kwnames, "|O$p", kwlist, &data, &sec) < 0)
        return NULL;
    PvHash *h = pv_alloc(&hash_type, sizeof(PvHash));
    if (!h)
        return NULL;
    h->algo = a;
    a->init(h->state);
    if (data && feed_value(h, data) < 0)
        return NULL;
    return (Value)h;
}

#define CTOR(n) \
    static Value f_##n(Value self, Value *args, size_t nargs, Value kw) { return hash_make(&algo_##n, args, nargs, kw); }
CTOR(md5)
CTOR(sha1)
CTOR(sha224)
CTOR(sha256)
CTOR(sha384)
CTOR(sha512)

#define H(v) ((PvHash *)(v))

static Value m_update(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("update", nargs, kwnames) < 0 || feed_value(H(self), args[0]) < 0)
        return NULL;
    return pv_None;
}

static Value m_digest(Value self, Value *args, size_t nargs, Value kwnames)
{
    uint8_t out[64];
    if (pv_arg_none("digest", nargs, kwnames) < 0)
        return NULL;
    hash_final(H(self), out);
    return pv_bytes_new((const char *)out, H(self)->algo->digest);
}

static Value m_hexdigest(Value self, Value *args, size_t nargs, Value kwnames)
{
    uint8_t out[64];
    char hex[129];
    if (pv_arg_none("hexdigest", nargs, kwnames) < 0)
        return NULL;
    hash_final(H(self), out);
    unsigned n = H(self)->algo->digest;
    for (unsigned i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return pv_str_new(hex, 2 * n);
}

static Value m_copy(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("copy", nargs, kwnames) < 0)
        return NULL;
    PvHash *h = pv_alloc(&hash_type, sizeof(PvHash));
    if (!h)
        return NULL;
    PvObj hdr = h->h;
    *h = *H(self);
    h->h = hdr;
    return (Value)h;
}

static Value g_name(Value self) { return pv_str_from_cstr(H(self)->algo->name); }
static Value g_digest_size(Value self) { return pv_small(H(self)->algo->digest); }
static Value g_block_size(Value self) { return pv_small(H(self)->algo->block); }

static Value hash_repr(Value self)
{
    return pv_str_printf("<%s _hashlib.HASH object @ %p>", H(self)->algo->name, (void *)self);
}

static const PvMethodDef hash_methods[] = {
    {"update", m_update, 0, NULL},
    {"digest", m_digest, 0, NULL},
    {"hexdigest", m_hexdigest, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef hash_getsets[] = {
    {"name", g_name, NULL, NULL},
    {"digest_size", g_digest_size, NULL, NULL},
    {"block_size", g_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType hash_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "HASH",
    .basicsize = sizeof(PvHash),
    .base = &pv_object_type,
    .methods = hash_methods,
    .getsets = hash_getsets,
    .repr = hash_repr,
};

static Value make_module(const char *name, const PvMethodDef *fns)
{
    if (!(hash_type.flags & PV_TPFLAG_READY)) {
        if (pv_type_ready(&hash_type) < 0)
            return NULL;
        hash_type.module = pv_intern("_hashlib");
    }
    Value m = pv_module_new_cstr(name);
    if (!m || pv_module_add_functions(m, fns) < 0)
        return NULL;
    return m;
}

static const PvMethodDef md5_fns[] = {{"md5", f_md5, 0, NULL}, {NULL, NULL, 0, NULL}};
static const PvMethodDef sha1_fns[] = {{"sha1", f_sha1, 0, NULL}, {NULL, NULL, 0, NULL}};
static const PvMethodDef sha256_fns[] = {{"sha224", f_sha224, 0, NULL}, {"sha256", f_sha256, 0, NULL},
                                         {NULL, NULL, 0, NULL}};
static const PvMethodDef sha512_fns[] = {{"sha384", f_sha384, 0, NULL}, {"sha512", f_sha512, 0, NULL},
                                         {NULL, NULL, 0, NULL}};

Value pv_md5_module_init(void) { return make_module("_md5", md5_fns); }
Value pv_sha1_module_init(void) { return make_module("_sha1", sha1_fns); }
Value pv_sha256_module_init(void) { return make_module("_sha256", sha256_fns); }
Value pv_sha512_module_init(void) { return make_module("_sha512", sha512_fns); }
