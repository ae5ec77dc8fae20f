/* Unit tests of object internals (dict, str, int, float) through the C API
 * of pv.h, linked with the whole VM core (libpyvmcore). */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pv.h"

static char *argv0[] = {"check_core", NULL};

/* The start-up sequence of vm/main.c (the types main.c readies itself
 * are not needed here). */
static void core_init(void)
{
    pv_gc_init(__builtin_frame_address(0));
    pv_object_init();
    pv_types_init();
    pv_exceptions_init();
    pv_builtins_init();
    pv_exceptions_add_builtins(pv_builtins_dict);
    pv_sys_init(1, argv0);
}

/* A deterministic generator, so failures reproduce. */
static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint64_t rng(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static Value strf(const char *fmt, long n)
{
    char buf[64];
    snprintf(buf, sizeof buf, fmt, n);
    return pv_str_from_cstr(buf);
}

/* ------------------------------------------------------------- dict */

START_TEST(test_dict_int_keys)
{
    const long N = 20000;
    Value d = pv_dict_new();
    ck_assert_ptr_nonnull(d);
    for (long i = 0; i < N; i++)
        ck_assert_int_eq(pv_dict_set(d, pv_small(i), pv_small(2 * i)), 0);
    ck_assert_int_eq(pv_dict_size(d), N);
    for (long i = 0; i < N; i++) {
        Value v = pv_dict_get(d, pv_small(i));
        ck_assert_ptr_nonnull(v);
        ck_assert_int_eq(pv_small_val(v), 2 * i);
    }
    ck_assert_ptr_null(pv_dict_get(d, pv_small(N)));
    ck_assert_ptr_null(pv_err_occurred());
    for (long i = 0; i < N; i += 2)
        ck_assert_int_eq(pv_dict_del(d, pv_small(i)), 0);
    ck_assert_int_eq(pv_dict_size(d), N / 2);
    for (long i = 0; i < N; i++)
        ck_assert((pv_dict_get(d, pv_small(i)) != NULL) == (i % 2 == 1));
    /* deleting a missing key raises KeyError */
    ck_assert_int_eq(pv_dict_del(d, pv_small(0)), -1);
    ck_assert(pv_err_matches(&pv_exc_KeyError));
    pv_err_clear();
    /* iteration keeps insertion order, deleted entries skipped */
    size_t pos = 0;
    Value k, v;
    long expect = 1, count = 0;
    while (pv_dict_next(d, &pos, &k, &v)) {
        ck_assert_int_eq(pv_small_val(k), expect);
        ck_assert_int_eq(pv_small_val(v), 2 * expect);
        expect += 2;
        count++;
    }
    ck_assert_int_eq(count, N / 2);
    /* re-insert after deletion goes to the end */
    ck_assert_int_eq(pv_dict_set(d, pv_small(0), pv_small(-1)), 0);
    pos = 0;
    Value last = NULL;
    while (pv_dict_next(d, &pos, &k, &v))
        last = k;
    ck_assert_int_eq(pv_small_val(last), 0);
}
END_TEST

START_TEST(test_dict_str_keys_churn)
{
    Value d = pv_dict_new();
    const long N = 5000;
    /* insert/delete churn: the table must not fill with tombstones */
    for (long round = 0; round < 20; round++) {
        for (long i = 0; i < N; i++)
            ck_assert_int_eq(pv_dict_set(d, strf("key%ld", i + round * N), pv_small(i)), 0);
        for (long i = 0; i < N; i++)
            ck_assert_int_eq(pv_dict_del(d, strf("key%ld", i + round * N)), 0);
        ck_assert_int_eq(pv_dict_size(d), 0);
    }
    for (long i = 0; i < N; i++)
        pv_dict_set(d, strf("k%ld", i), pv_small(i));
    pv_gc_collect(); /* the dict and its keys survive a collection */
    for (long i = 0; i < N; i++) {
        Value v = pv_dict_get(d, strf("k%ld", i));
        ck_assert_ptr_nonnull(v);
        ck_assert_int_eq(pv_small_val(v), i);
    }
    ck_assert_ptr_nonnull(pv_dict_get_str(d, "k42"));
    /* overwrite keeps the size */
    pv_dict_set_str(d, "k42", pv_None);
    ck_assert_int_eq(pv_dict_size(d), N);
    ck_assert_ptr_eq(pv_dict_get_str(d, "k42"), pv_None);
}
END_TEST

/* -------------------------------------------------------------- str */

START_TEST(test_str_utf8_lengths)
{
    Value a = pv_str_from_cstr("hello");
    ck_assert_uint_eq(pv_str_len(a), 5);
    ck_assert_uint_eq(pv_str_size(a), 5);
    ck_assert(((PvObj *)a)->flags & PV_STR_ASCII);
    const char *u = "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"; /* hé llo € 😀 */
    Value b = pv_str_new(u, strlen(u));
    ck_assert_uint_eq(pv_str_size(b), strlen(u));
    ck_assert_uint_eq(pv_str_len(b), 9);
    ck_assert(!(((PvObj *)b)->flags & PV_STR_ASCII));
    ck_assert_uint_eq(pv_str_char_at(b, 1), 0xe9);
    ck_assert_uint_eq(pv_str_char_at(b, 6), 0x20ac);
    ck_assert_uint_eq(pv_str_char_at(b, 8), 0x1f600);
    ck_assert_str_eq(pv_str_data(b), u);
    Value e = pv_str_from_codepoint(0x1f600);
    ck_assert_uint_eq(pv_str_len(e), 1);
    ck_assert_uint_eq(pv_str_size(e), 4);
    Value c = pv_str_concat(a, b);
    ck_assert_uint_eq(pv_str_len(c), 14);
    ck_assert_uint_eq(pv_str_size(c), 5 + strlen(u));
    ck_assert(pv_str_eq(pv_str_concat(pv_str_from_cstr("ab"), pv_str_from_cstr("c")),
                        pv_str_from_cstr("abc")));
    ck_assert(pv_str_eq_cstr(a, "hello"));
    ck_assert_int_eq(pv_str_hash(a), pv_str_hash(pv_str_new("hello", 5)));
    /* a long non-ASCII string: indexing far in uses the lazy index */
    PvBuf buf;
    pv_buf_init(&buf);
    for (int i = 0; i < 10000; i++)
        pv_buf_append(&buf, i % 3 ? "x" : "\xc3\xa9", i % 3 ? 1 : 2);
    Value big = pv_buf_finish_str(&buf);
    ck_assert_uint_eq(pv_str_len(big), 10000);
    for (int i = 0; i < 10000; i += 997)
        ck_assert_uint_eq(pv_str_char_at(big, i), i % 3 ? 'x' : 0xe9);
    /* validating decoder */
    ck_assert_ptr_null(pv_str_decode_utf8("\xff", 1, "strict"));
    ck_assert(pv_err_matches(&pv_exc_UnicodeDecodeError));
    pv_err_clear();
}
END_TEST

START_TEST(test_str_interning)
{
    Value a = pv_intern("some_identifier");
    Value b = pv_intern("some_identifier");
    ck_assert_ptr_eq(a, b);
    pv_gc_collect();
    ck_assert_ptr_eq(pv_intern("some_identifier"), a);
    Value c = pv_str_intern(pv_str_from_cstr("some_identifier"));
    ck_assert_ptr_eq(c, a);
}
END_TEST

/* -------------------------------------------------------------- int */

static void check_int_roundtrip(const char *digits)
{
    Value v = pv_int_from_string(digits, strlen(digits), 10);
    ck_assert_msg(v != NULL, "parse failed: %s", digits);
    Value s = pv_int_to_str(v, 10);
    ck_assert_ptr_nonnull(s);
    /* canonical form: no leading zeros, no "-0" */
    const char *p = digits;
    bool neg = *p == '-';
    if (neg)
        p++;
    while (*p == '0' && p[1])
        p++;
    char expect[2100];
    snprintf(expect, sizeof expect, "%s%s", neg && strcmp(p, "0") ? "-" : "", p);
    ck_assert_str_eq(pv_str_data(s), expect);
}

START_TEST(test_int_string_roundtrip)
{
    check_int_roundtrip("0");
    check_int_roundtrip("-0");
    check_int_roundtrip("4611686018427387903");  /* PV_SMALL_MAX */
    check_int_roundtrip("4611686018427387904");  /* one more: big */
    check_int_roundtrip("-4611686018427387904"); /* PV_SMALL_MIN */
    check_int_roundtrip("-4611686018427387905");
    check_int_roundtrip("9223372036854775807");
    check_int_roundtrip("18446744073709551616");
    check_int_roundtrip("000123");
    char digits[2050];
    for (int round = 0; round < 300; round++) {
        int n = 1 + (int)(rng() % (round < 200 ? 40 : 2000));
        int k = 0;
        if (rng() & 1)
            digits[k++] = '-';
        for (int i = 0; i < n; i++)
            digits[k++] = (char)('0' + rng() % 10);
        digits[k] = 0;
        check_int_roundtrip(digits);
    }
    /* small-int invariant: values that fit are small ints */
    Value v = pv_int_from_string("12345", 5, 10);
    ck_assert(pv_is_small(v));
    ck_assert_int_eq(pv_small_val(v), 12345);
    v = pv_int_from_string("-4611686018427387904", 20, 10);
    ck_assert(pv_is_small(v));
    /* other bases and the 0x prefixes of pv_int_to_str */
    v = pv_int_from_string("ff", 2, 16);
    ck_assert_int_eq(pv_small_val(v), 255);
    ck_assert_str_eq(pv_str_data(pv_int_to_str(v, 16)), "0xff");
    ck_assert_str_eq(pv_str_data(pv_int_to_str(pv_small(-5), 2)), "-0b101");
    ck_assert_str_eq(pv_str_data(pv_int_to_str(pv_small(8), 8)), "0o10");
    v = pv_int_from_string("0x1_0000_0000_0000_0000", 23, 0);
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(pv_str_data(pv_int_to_str(v, 10)), "18446744073709551616");
    /* errors */
    ck_assert_ptr_null(pv_int_from_string("12a", 3, 10));
    ck_assert(pv_err_matches(&pv_exc_ValueError));
    pv_err_clear();
    /* 64-bit conversions */
    int64_t out;
    ck_assert_int_eq(pv_int_to_i64(pv_int_from_i64(INT64_MIN), &out), 0);
    ck_assert(out == INT64_MIN);
    ck_assert_int_eq(pv_int_to_i64(pv_int_from_string("9223372036854775808", 19, 10), &out), -1);
    ck_assert(pv_err_matches(&pv_exc_OverflowError));
    pv_err_clear();
    uint64_t uout;
    ck_assert_int_eq(pv_int_to_u64(pv_int_from_u64(UINT64_MAX), &uout), 0);
    ck_assert(uout == UINT64_MAX);
}
END_TEST

/* ------------------------------------------------------------ float */

START_TEST(test_float_repr_roundtrip)
{
    static const struct { double d; const char *repr; } known[] = {
        {0.1, "0.1"}, {1.0, "1.0"}, {-0.0, "-0.0"}, {1e16, "1e+16"},
        {1e-5, "1e-05"}, {123456789012345678.0, "1.2345678901234568e+17"},
        {0.30000000000000004, "0.30000000000000004"}, {1e22, "1e+22"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {12345.678, "12345.678"}, {1e15, "1000000000000000.0"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        pv_float_repr_buf(known[i].d, buf);
        ck_assert_str_eq(buf, known[i].repr);
    }
    pv_float_repr_buf(INFINITY, buf);
    ck_assert_str_eq(buf, "inf");
    pv_float_repr_buf(-INFINITY, buf);
    ck_assert_str_eq(buf, "-inf");
    pv_float_repr_buf(NAN, buf);
    ck_assert_str_eq(buf, "nan");
    for (int i = 0; i < 200000; i++) {
        uint64_t bits = rng();
        double d;
        memcpy(&d, &bits, sizeof d);
        if (!isfinite(d))
            continue;
        pv_float_repr_buf(d, buf);
        double back = strtod(buf, NULL);
        ck_assert_msg(memcmp(&back, &d, sizeof d) == 0, "%s does not round-trip", buf);
        /* shortest: as many significant digits as the shortest %.*e that
         * round-trips */
        char digs[64];
        int n = 0;
        for (const char *p = buf; *p && *p != 'e'; p++)
            if (*p >= '0' && *p <= '9' && (n || *p != '0'))
                digs[n++] = *p;
        while (n > 1 && digs[n - 1] == '0')
            n--;
        int k = 1;
        for (; k < 17; k++) {
            char t[64];
            snprintf(t, sizeof t, "%.*e", k - 1, d);
            if (strtod(t, NULL) == d)
                break;
        }
        ck_assert_msg(n == k, "%s is not the shortest repr (%d digits suffice)", buf, k);
    }
}
END_TEST

int main(void)
{
    core_init();
    Suite *s = suite_create("core");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_dict_int_keys);
    tcase_add_test(tc, test_dict_str_keys_churn);
    tcase_add_test(tc, test_str_utf8_lengths);
    tcase_add_test(tc, test_str_interning);
    tcase_add_test(tc, test_int_string_roundtrip);
    tcase_add_test(tc, test_float_repr_roundtrip);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
