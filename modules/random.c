/* random.c: the _random module: Random, a Mersenne Twister (MT19937)
 * seeded exactly as CPython's, so that random.seed(n) gives CPython's
 * numbers. random.py builds everything else on random() and getrandbits(). */
#include "pv.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { N = 624, M = 397 };

typedef struct {
    PvObj h;
    int index;
    uint32_t mt[N];
} PvRandom;

static PvType random_type;
#define R(v) ((PvRandom *)(v))

static void init_genrand(PvRandom *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = N;
}

static void init_by_array(PvRandom *r, const uint32_t *key, size_t len)
{
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= N) {
            r->mt[0] = r->mt[N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= N) {
            r->mt[0] = r->mt[N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000u;
}

static uint32_t genrand(PvRandom *r)
{
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    uint32_t y;
    if (r->index >= N) {
        int k;
        for (k = 0; k < N - M; k++) {
            y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
            r->mt[k] = r->mt[k + M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < N - 1; k++) {
            y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
            r->mt[k] = r->mt[k + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (r->mt[N - 1] & 0x80000000u) | (r->mt[0] & 0x7fffffffu);
        r->mt[N - 1] = r->mt[M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static void seed_entropy(PvRandom *r)
{
    uint32_t key[64];
    if (getentropy(key, sizeof key) < 0) {
        int64_t t = pv_clock_wall_ns() ^ (int64_t)getpid() << 32;
        key[0] = (uint32_t)t;
        key[1] = (uint32_t)(t >> 32);
        init_by_array(r, key, 2);
        return;
    }
    init_by_array(r, key, 64);
}

/* seed(n): the 32-bit words of abs(n), least significant first. */
static int seed_value(PvRandom *r, Value arg)
{
    if (!arg || arg == pv_None) {
        seed_entropy(r);
        return 0;
    }
    Value n;
    if (pv_is_int(arg)) {
        n = arg;
    } else {
        int64_t h = pv_hash(arg);
        if (h == -1 && pv_err_occurred())
            return -1;
        n = pv_int_from_i64(h);
    }
    PvMpzTmp t;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, pv_int_mpz(n, &t));
    size_t words = (mpz_sizeinbase(a, 2) + 31) / 32;
    if (words == 0)
        words = 1;
    uint32_t *key = malloc(words * sizeof(uint32_t));
    if (!key) {
        mpz_clear(a);
        pv_nomemory();
        return -1;
    }
    memset(key, 0, words * sizeof(uint32_t));
    size_t got = 0;
    mpz_export(key, &got, -1, sizeof(uint32_t), 0, 0, a);
    mpz_clear(a);
    init_by_array(r, key, words);
    free(key);
    return 0;
}

static Value random_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (type == &random_type && kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "Random() takes no keyword arguments");
    if (nargs > 1)
        return pv_raise(&pv_exc_TypeError, "Random() expected at most 1 argument, got %zu", nargs);
    PvRandom *r = (PvRandom *)pv_type_alloc(type, 0);
    if (!r)
        return NULL;
    if (seed_value(r, nargs ? args[0] : NULL) < 0)
        return NULL;
    return (Value)r;
}

static Value m_seed(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("seed", kwnames) < 0 || pv_check_nargs("seed", nargs, 0, 1) < 0)
        return NULL;
    if (seed_value(R(self), nargs ? args[0] : NULL) < 0)
        return NULL;
    return pv_None;
}

static Value m_random(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("random", nargs, kwnames) < 0)
        return NULL;
    uint32_t a = genrand(R(self)) >> 5, b = genrand(R(self)) >> 6;
    return pv_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value m_getrandbits(Value self, Value *args, size_t nargs, Value kwnames)
{
    ssize_t k;
    if (pv_arg_one("getrandbits", nargs, kwnames) < 0 || pv_ssize_arg(args[0], &k) < 0)
        return NULL;
    if (k < 0)
        return pv_raise(&pv_exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return pv_small(0);
    if (k <= 32)
        return pv_small(genrand(R(self)) >> (32 - k));
    size_t words = ((size_t)k + 31) / 32;
    uint32_t *w = malloc(words * sizeof(uint32_t));
    if (!w)
        return pv_nomemory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(R(self));
        if (k < 32)
            x >>= 32 - k;
        w[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
    return pv_int_from_mpz(z);
}

static Value m_getstate(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("getstate", nargs, kwnames) < 0)
        return NULL;
    Value t = pv_tuple_new(N + 1);
    if (!t)
        return NULL;
    for (int i = 0; i < N; i++)
        pv_tuple_items(t)[i] = pv_small(R(self)->mt[i]);
    pv_tuple_items(t)[N] = pv_small(R(self)->index);
    return t;
}

static Value m_setstate(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("setstate", nargs, kwnames) < 0)
        return NULL;
    Value st = args[0];
    if (!pv_isinst(st, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "state vector must be a tuple");
    if (pv_tuple_size(st) != N + 1)
        return pv_raise(&pv_exc_ValueError, "state vector is the wrong size");
    uint32_t mt[N];
    for (int i = 0; i < N; i++) {
        uint64_t u;
        if (pv_int_to_u64(pv_tuple_items(st)[i], &u) < 0)
            return NULL;
        mt[i] = (uint32_t)u;
    }
    int64_t idx;
    if (pv_int_to_i64(pv_tuple_items(st)[N], &idx) < 0)
        return NULL;
    if (idx < 0 || idx > N)
        return pv_raise(&pv_exc_ValueError, "invalid state");
    memcpy(R(self)->mt, mt, sizeof mt);
    R(self)->index = (int)idx;
    return pv_None;
}

static const PvMethodDef random_methods[] = {
    {"seed", m_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"random", m_random, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", m_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", m_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", m_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {NULL, NULL, 0, NULL},
};

static PvType random_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "Random",
    .basicsize = sizeof(PvRandom),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = random_methods,
    .new_ = random_new,
};

Value pv_random_module_init(void)
{
    if (!(random_type.flags & PV_TPFLAG_READY)) {
        if (pv_type_ready(&random_type) < 0)
            return NULL;
        random_type.module = pv_intern("_random");
    }
    Value m = pv_module_new_cstr("_random");
    if (!m || pv_module_add(m, "Random", (Value)&random_type) < 0)
        return NULL;
    return m;
}
