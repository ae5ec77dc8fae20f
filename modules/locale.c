/* locale.c: the _locale module over the C library: setlocale, localeconv,
 * nl_langinfo, strcoll, strxfrm, getencoding and the LC_* constants.
 * Like CPython at startup, importing it sets LC_CTYPE from the
 * environment, so locale.getlocale() reports what CPython reports. */
#include "pv.h"
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static Value locale_error;

static Value f_setlocale(Value self, Value *args, size_t nargs, Value kwnames)
{
    int category;
    Value loc = pv_None;
    if (pv_parse_args("setlocale", args, nargs, kwnames, "i|O", NULL, &category, &loc) < 0)
        return NULL;
    const char *r;
    if (loc == pv_None) {
        r = setlocale(category, NULL);
    } else {
        if (!pv_is_str(loc))
            return pv_raise(&pv_exc_TypeError, "setlocale() argument 2 must be str or None, not %s",
                            pv_type_name(pv_type(loc)));
        r = setlocale(category, pv_str_data(loc));
        if (!r)
            return pv_raise((PvType *)locale_error, "unsupported locale setting");
    }
    if (!r)
        return pv_raise((PvType *)locale_error, "locale query failed");
    return pv_str_decode_utf8(r, strlen(r), "surrogateescape");
}

/* "\3\3" -> [3, 3, 0] (the terminator, 0 or CHAR_MAX, is kept); "" -> []. */
static Value grouping(const char *g)
{
    Value l = pv_list_new(0);
    if (!l || !*g)
        return l;
    for (; *g && *g != CHAR_MAX; g++)
        if (pv_list_append(l, pv_small(*g)) < 0)
            return NULL;
    if (pv_list_append(l, pv_small(*g == CHAR_MAX ? CHAR_MAX : 0)) < 0)
        return NULL;
    return l;
}

static Value f_localeconv(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("localeconv", nargs, kwnames) < 0)
        return NULL;
    struct lconv *lc = localeconv();
    Value d = pv_dict_new();
    if (!d)
        return NULL;
#define S(name) \
    if (pv_dict_set_str(d, #name, pv_str_decode_utf8(lc->name, strlen(lc->name), "surrogateescape")) < 0) \
        return NULL;
#define I(name) \
    if (pv_dict_set_str(d, #name, pv_small((unsigned char)lc->name == CHAR_MAX ? CHAR_MAX : lc->name)) < 0) \
        return NULL;
    S(decimal_point) S(thousands_sep) S(int_curr_symbol) S(currency_symbol) S(mon_decimal_point)
    S(mon_thousands_sep) S(positive_sign) S(negative_sign)
    I(int_frac_digits) I(frac_digits) I(p_cs_precedes) I(p_sep_by_space) I(n_cs_precedes)
    I(n_sep_by_space) I(p_sign_posn) I(n_sign_posn)
#undef S
#undef I
    Value g1 = grouping(lc->grouping), g2 = grouping(lc->mon_grouping);
    if (!g1 || !g2 || pv_dict_set_str(d, "grouping", g1) < 0 || pv_dict_set_str(d, "mon_grouping", g2) < 0)
        return NULL;
    return d;
}

static Value f_nl_langinfo(Value self, Value *args, size_t nargs, Value kwnames)
{
    int item;
    if (pv_parse_args("nl_langinfo", args, nargs, kwnames, "i", NULL, &item) < 0)
        return NULL;
    const char *r = nl_langinfo((nl_item)item);
    return pv_str_decode_utf8(r ? r : "", r ? strlen(r) : 0, "surrogateescape");
}

static Value f_getencoding(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("getencoding", nargs, kwnames) < 0)
        return NULL;
    const char *cs = nl_langinfo(CODESET);
    if (!cs || !*cs || strcmp(cs, "ANSI_X3.4-1968") == 0)
        cs = "utf-8"; /* CPython's UTF-8 mode default for the C locale */
    return pv_str_from_cstr(cs);
}

/* wchar_t copies of two str for strcoll/strxfrm (malloc'd). */
static wchar_t *to_wcs(Value s)
{
    size_t n = pv_str_len(s);
    wchar_t *w = malloc((n + 1) * sizeof(wchar_t));
    if (!w)
        return NULL;
    for (size_t i = 0; i < n; i++)
        w[i] = (wchar_t)pv_str_char_at(s, i);
    w[n] = 0;
    return w;
}

static Value f_strcoll(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value a, b;
    if (pv_parse_args("strcoll", args, nargs, kwnames, "UU", NULL, &a, &b) < 0)
        return NULL;
    wchar_t *wa = to_wcs(a), *wb = to_wcs(b);
    if (!wa || !wb) {
        free(wa);
        free(wb);
        return pv_nomemory();
    }
    int r = wcscoll(wa, wb);
    free(wa);
    free(wb);
    return pv_small(r);
}

static Value f_strxfrm(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value a;
    if (pv_parse_args("strxfrm", args, nargs, kwnames, "U", NULL, &a) < 0)
        return NULL;
    wchar_t *wa = to_wcs(a);
    if (!wa)
        return pv_nomemory();
    size_t n = wcsxfrm(NULL, wa, 0);
    wchar_t *out = malloc((n + 1) * sizeof(wchar_t));
    if (!out) {
        free(wa);
        return pv_nomemory();
    }
    wcsxfrm(out, wa, n + 1);
    free(wa);
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        Value c = pv_str_from_codepoint((uint32_t)out[i]);
        if (!c || pv_buf_append_str(&b, c) < 0) {
            free(out);
            pv_buf_free(&b);
            return NULL;
        }
    }
    free(out);
    return pv_buf_finish_str(&b);
}

static const PvMethodDef locale_functions[] = {
    {"setlocale", f_setlocale, 0, NULL},
    {"localeconv", f_localeconv, 0, NULL},
    {"nl_langinfo", f_nl_langinfo, 0, NULL},
    {"getencoding", f_getencoding, 0, NULL},
    {"strcoll", f_strcoll, 0, NULL},
    {"strxfrm", f_strxfrm, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_locale_module_init(void)
{
    static bool started;
    if (!started) {
        started = true;
        setlocale(LC_CTYPE, "");
    }
    if (!locale_error) {
        Value bases = pv_tuple_pack(1, (Value)&pv_exc_Exception);
        Value ns = pv_dict_new();
        if (!bases || !ns || pv_dict_set_str(ns, "__module__", pv_str_from_cstr("locale")) < 0 ||
            !(locale_error = pv_type_new(pv_str_from_cstr("Error"), bases, ns)))
            return NULL;
        pv_gc_add_root(&locale_error);
    }
    Value m = pv_module_new_cstr("_locale");
    if (!m || pv_module_add_functions(m, locale_functions) < 0 || pv_module_add(m, "Error", locale_error) < 0)
        return NULL;
    static const struct { const char *name; int value; } consts[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME},
        {"LC_MONETARY", LC_MONETARY}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},
#ifdef LC_MESSAGES
        {"LC_MESSAGES", LC_MESSAGES},
#endif
        {"CHAR_MAX", CHAR_MAX}, {"CODESET", CODESET}, {"D_T_FMT", D_T_FMT}, {"D_FMT", D_FMT},
        {"T_FMT", T_FMT}, {"T_FMT_AMPM", T_FMT_AMPM}, {"AM_STR", AM_STR}, {"PM_STR", PM_STR},
        {"DAY_1", DAY_1}, {"DAY_2", DAY_2}, {"DAY_3", DAY_3}, {"DAY_4", DAY_4}, {"DAY_5", DAY_5},
        {"DAY_6", DAY_6}, {"DAY_7", DAY_7}, {"ABDAY_1", ABDAY_1}, {"ABDAY_2", ABDAY_2},
        {"ABDAY_3", ABDAY_3}, {"ABDAY_4", ABDAY_4}, {"ABDAY_5", ABDAY_5}, {"ABDAY_6", ABDAY_6},
        {"ABDAY_7", ABDAY_7}, {"MON_1", MON_1}, {"MON_2", MON_2}, {"MON_3", MON_3}, {"MON_4", MON_4},
        {"MON_5", MON_5}, {"MON_6", MON_6}, {"MON_7", MON_7}, {"MON_8", MON_8}, {"MON_9", MON_9},
        {"MON_10", MON_10}, {"MON_11", MON_11}, {"MON_12", MON_12}, {"ABMON_1", ABMON_1},
        {"ABMON_2", ABMON_2}, {"ABMON_3", ABMON_3}, {"ABMON_4", ABMON_4}, {"ABMON_5", ABMON_5},
        {"ABMON_6", ABMON_6}, {"ABMON_7", ABMON_7}, {"ABMON_8", ABMON_8}, {"ABMON_9", ABMON_9},
        {"ABMON_10", ABMON_10}, {"ABMON_11", ABMON_11}, {"ABMON_12", ABMON_12},
        {"RADIXCHAR", RADIXCHAR}, {"THOUSEP", THOUSEP}, {"YESEXPR", YESEXPR}, {"NOEXPR", NOEXPR},
        {"CRNCYSTR", CRNCYSTR}, {"ERA", ERA}, {"ERA_D_T_FMT", ERA_D_T_FMT}, {"ERA_D_FMT", ERA_D_FMT},
        {"ERA_T_FMT", ERA_T_FMT}, {"ALT_DIGITS", ALT_DIGITS},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (pv_module_add_int(m, consts[i].name, consts[i].value) < 0)
            return NULL;
    return m;
}
