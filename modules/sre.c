/* sre.c: the _sre module (the engine under CPython's pure-Python re
 * package): compile(), re.Pattern with its search methods, and the
 * scanner behind finditer. Matching itself is in sre_exec.c. */
#include "sre.h"
#include "str_impl.h"
#include <string.h>

#define P(v) ((SrePattern *)(v))

static PvType scanner_type;

/* ---- subjects ---- */

int pv_sre_check_kw(const char *fname, size_t nargs, Value kwnames, const char *const *kwlist)
{
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0, max = 0;
    while (kwlist[max])
        max++;
    if (nargs + nkw > max) {
        pv_raise(&pv_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, max,
                 max == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nkw; i++) {
        Value k = pv_tuple_items(kwnames)[i];
        size_t j = 0;
        while (kwlist[j] && !pv_str_eq_cstr(k, kwlist[j]))
            j++;
        if (!kwlist[j]) {
            pv_raise(&pv_exc_TypeError, "'%S' is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
    }
    return 0;
}

static const char *const str_kw[] = {"string", "pos", "endpos", NULL};

static int parse_subject(const char *name, Value *args, size_t nargs, Value kwnames,
                         Value *string, ssize_t *pos, ssize_t *endpos)
{
    *pos = 0;
    *endpos = PTRDIFF_MAX;
    if (pv_sre_check_kw(name, nargs, kwnames, str_kw) < 0)
        return -1;
    return pv_parse_args(name, args, nargs, kwnames, "O|nn", str_kw, string, pos, endpos);
}

/* ---- match, fullmatch, search ---- */

static Value do_match(Value self, Value string, ssize_t pos, ssize_t endpos, int how)
{
    SreState st;
    if (pv_sre_state_init(&st, P(self), string, pos, endpos) < 0)
        return NULL;
    int r;
    if (how == 2)
        r = pv_sre_search(&st, P(self), st.pos);
    else
        r = pv_sre_match(&st, P(self), st.pos, how == 1);
    Value m = r > 0 ? pv_sre_match_new(P(self), string, &st) : r == 0 ? pv_None : NULL;
    pv_sre_state_fini(&st);
    return m;
}

#define MATCHER(fname, how)                                                        \
    static Value p_##fname(Value self, Value *args, size_t nargs, Value kwnames)   \
    {                                                                              \
        Value string;                                                              \
        ssize_t pos, endpos;                                                       \
        if (parse_subject(#fname, args, nargs, kwnames, &string, &pos, &endpos) < 0) \
            return NULL;                                                           \
        return do_match(self, string, pos, endpos, how);                           \
    }
MATCHER(match, 0)
MATCHER(fullmatch, 1)
MATCHER(search, 2)

/* ---- findall, split ---- */

Value pv_sre_state_group(SreState *st, Value string, ssize_t i, Value dflt)
{
    ssize_t a, b;
    if (i == 0) {
        a = st->start;
        b = st->ptr;
    } else {
        if (!pv_sre_group_set(st, i))
            return dflt;
        a = st->marks[2 * i - 2];
        b = st->marks[2 * i - 1];
    }
    return pv_sre_slice(string, st->isbytes, a, b);
}

static Value empty_of(SreState *st)
{
    return st->isbytes ? pv_bytes_new("", 0) : pv_str_empty();
}

static Value p_findall(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value string;
    ssize_t pos, endpos;
    if (parse_subject("findall", args, nargs, kwnames, &string, &pos, &endpos) < 0)
        return NULL;
    SreState st;
    if (pv_sre_state_init(&st, P(self), string, pos, endpos) < 0)
        return NULL;
    Value list = pv_list_new(0), empty = empty_of(&st);
    ssize_t from = st.pos, ng = P(self)->groups;
    if (!list || !empty)
        goto error;
    while (from <= st.endpos) {
        int r = pv_sre_search(&st, P(self), from);
        if (r < 0)
            goto error;
        if (r == 0)
            break;
        Value item;
        if (ng <= 1) {
            item = pv_sre_state_group(&st, string, ng, empty);
        } else {
            item = pv_tuple_new((size_t)ng);
            for (ssize_t i = 0; item && i < ng; i++) {
                Value g = pv_sre_state_group(&st, string, i + 1, empty);
                if (!g)
                    item = NULL;
                else
                    pv_tuple_items(item)[i] = g;
            }
        }
        if (!item || pv_list_append(list, item) < 0)
            goto error;
        st.must_advance = st.ptr == st.start;
        from = st.ptr;
    }
    pv_sre_state_fini(&st);
    return list;
error:
    pv_sre_state_fini(&st);
    return NULL;
}

static Value p_split(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"string", "maxsplit", NULL};
    Value string;
    ssize_t maxsplit = 0;
    if (pv_sre_check_kw("split", nargs, kwnames, kw) < 0 ||
        pv_parse_args("split", args, nargs, kwnames, "O|n", kw, &string, &maxsplit) < 0)
        return NULL;
    SreState st;
    if (pv_sre_state_init(&st, P(self), string, 0, PTRDIFF_MAX) < 0)
        return NULL;
    Value list = pv_list_new(0), item;
    ssize_t last = 0, n = 0, from = 0;
    if (!list)
        goto error;
    while (!maxsplit || n < maxsplit) {
        int r = pv_sre_search(&st, P(self), from);
        if (r < 0)
            goto error;
        if (r == 0)
            break;
        if (!(item = pv_sre_slice(string, st.isbytes, last, st.start)) ||
            pv_list_append(list, item) < 0)
            goto error;
        for (ssize_t i = 1; i <= P(self)->groups; i++)
            if (!(item = pv_sre_state_group(&st, string, i, pv_None)) || pv_list_append(list, item) < 0)
                goto error;
        n++;
        st.must_advance = st.ptr == st.start;
        last = from = st.ptr;
    }
    if (!(item = pv_sre_slice(string, st.isbytes, last, st.endpos)) || pv_list_append(list, item) < 0)
        goto error;
    pv_sre_state_fini(&st);
    return list;
error:
    pv_sre_state_fini(&st);
    return NULL;
}

static Value p_sub(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_sre_sub(self, args, nargs, kwnames, false);
}

static Value p_subn(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_sre_sub(self, args, nargs, kwnames, true);
}

/* ---- scanner and finditer ---- */

typedef struct SreScanner {
    PvObj h;
    Value pattern, string;
    ssize_t pos, endpos, start;
    bool must_advance, done;
} SreScanner;
#define SC(v) ((SreScanner *)(v))

static void scanner_mark(Value self)
{
    pv_gc_mark(SC(self)->pattern);
    pv_gc_mark(SC(self)->string);
}

static Value make_scanner(Value self, Value string, ssize_t pos, ssize_t endpos)
{
    SreState st;
    if (pv_sre_state_init(&st, P(self), string, pos, endpos) < 0)
        return NULL;
    pv_sre_state_fini(&st);
    SreScanner *sc = pv_alloc(&scanner_type, sizeof(SreScanner));
    if (!sc)
        return NULL;
    sc->pattern = self;
    sc->string = string;
    sc->pos = st.pos;
    sc->endpos = st.endpos;
    sc->start = st.pos;
    return (Value)sc;
}

static Value scan(Value self, bool search)
{
    SreScanner *sc = SC(self);
    if (sc->done)
        return pv_None;
    SreState st;
    if (pv_sre_state_init(&st, P(sc->pattern), sc->string, sc->pos, sc->endpos) < 0)
        return NULL;
    st.must_advance = sc->must_advance;
    int r = search ? pv_sre_search(&st, P(sc->pattern), sc->start)
                   : pv_sre_match(&st, P(sc->pattern), sc->start, false);
    Value m = pv_None;
    if (r < 0) {
        m = NULL;
    } else if (r == 0) {
        sc->done = true;
    } else {
        m = pv_sre_match_new(P(sc->pattern), sc->string, &st);
        sc->must_advance = st.ptr == st.start;
        sc->start = st.ptr;
    }
    pv_sre_state_fini(&st);
    return m;
}

static Value sc_match(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_arg_none("match", nargs, kwnames) < 0 ? NULL : scan(self, false);
}

static Value sc_search(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_arg_none("search", nargs, kwnames) < 0 ? NULL : scan(self, true);
}

static Value sc_pattern(Value self) { return SC(self)->pattern; }

static const PvMethodDef scanner_methods[] = {
    {"match", sc_match, 0, NULL},
    {"search", sc_search, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef scanner_getsets[] = {
    {"pattern", sc_pattern, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static PvType scanner_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(SreScanner),
    .base = &pv_object_type,
    .methods = scanner_methods,
    .getsets = scanner_getsets,
    .mark = scanner_mark,
};

static Value p_scanner(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value string;
    ssize_t pos, endpos;
    if (parse_subject("scanner", args, nargs, kwnames, &string, &pos, &endpos) < 0)
        return NULL;
    return make_scanner(self, string, pos, endpos);
}

static Value p_finditer(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value string;
    ssize_t pos, endpos;
    if (parse_subject("finditer", args, nargs, kwnames, &string, &pos, &endpos) < 0)
        return NULL;
    Value sc = make_scanner(self, string, pos, endpos);
    Value search = sc ? pv_getattr_str(sc, "search") : NULL;
    return search ? pv_calliter_new(search, pv_None) : NULL;
}

/* ---- Pattern ---- */

static void pattern_mark(Value self)
{
    pv_gc_mark(P(self)->pattern);
    if (P(self)->groupindex) pv_gc_mark(P(self)->groupindex);
    if (P(self)->indexgroup) pv_gc_mark(P(self)->indexgroup);
}

static Value g_pattern(Value self) { return P(self)->pattern; }
static Value g_flags(Value self) { return pv_int_from_i64(P(self)->flags); }
static Value g_groups(Value self) { return pv_small(P(self)->groups); }

static Value g_groupindex(Value self)
{
    Value d = P(self)->groupindex;
    if (!d && !(d = pv_dict_new()))
        return NULL;
    return pv_call1((Value)&pv_mappingproxy_type, d);
}

static Value pattern_repr(Value self)
{
    static const struct { const char *name; int64_t value; } names[] = {
        {"re.TEMPLATE", SRE_FLAG_TEMPLATE}, {"re.IGNORECASE", SRE_FLAG_IGNORECASE},
        {"re.LOCALE", SRE_FLAG_LOCALE}, {"re.MULTILINE", SRE_FLAG_MULTILINE},
        {"re.DOTALL", SRE_FLAG_DOTALL}, {"re.UNICODE", SRE_FLAG_UNICODE},
        {"re.VERBOSE", SRE_FLAG_VERBOSE}, {"re.DEBUG", SRE_FLAG_DEBUG},
        {"re.ASCII", SRE_FLAG_ASCII},
    };
    int64_t flags = P(self)->flags;
    if (pv_is_str(P(self)->pattern) &&
        (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE)
        flags &= ~SRE_FLAG_UNICODE;
    Value r = pv_repr(P(self)->pattern);
    if (!r)
        return NULL;
    if (pv_str_len(r) > 200)
        r = pv_str_sub(r, 0, 200);
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, "re.compile(");
    pv_buf_append_str(&b, r);
    bool first = true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (flags & names[i].value) {
            pv_buf_append_cstr(&b, first ? ", " : "|");
            pv_buf_append_cstr(&b, names[i].name);
            flags &= ~names[i].value;
            first = false;
        }
    }
    if (flags) {
        pv_buf_append_cstr(&b, first ? ", " : "|");
        pv_buf_printf(&b, "0x%llx", (unsigned long long)flags);
    }
    pv_buf_append_cstr(&b, ")");
    return pv_buf_finish_str(&b);
}

static Value pattern_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_is_type(b, &pv_sre_pattern_type))
        return pv_NotImplemented;
    bool eq = a == b;
    if (!eq) {
        SrePattern *x = P(a), *y = P(b);
        eq = x->flags == y->flags && x->isbytes == y->isbytes && x->ncode == y->ncode &&
             memcmp(x->code, y->code, x->ncode * sizeof(SreCode)) == 0;
        if (eq) {
            int r = pv_eq(x->pattern, y->pattern);
            if (r < 0)
                return NULL;
            eq = r;
        }
    }
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static int64_t pattern_hash(Value self)
{
    SrePattern *p = P(self);
    int64_t h = pv_hash(p->pattern);
    if (h == -1)
        return -1;
    h ^= (int64_t)pv_hash_bytes((const char *)p->code, p->ncode * sizeof(SreCode));
    h ^= p->flags ^ p->isbytes ^ (int64_t)p->ncode;
    return h == -1 ? -2 : h;
}

static Value p_copy(Value self, Value *args, size_t nargs, Value kwnames)
{
    return self;
}

static const PvMethodDef pattern_methods[] = {
    {"match", p_match, 0, NULL},
    {"fullmatch", p_fullmatch, 0, NULL},
    {"search", p_search, 0, NULL},
    {"findall", p_findall, 0, NULL},
    {"finditer", p_finditer, 0, NULL},
    {"split", p_split, 0, NULL},
    {"sub", p_sub, 0, NULL},
    {"subn", p_subn, 0, NULL},
    {"scanner", p_scanner, 0, NULL},
    {"__copy__", p_copy, 0, NULL},
    {"__deepcopy__", p_copy, 0, NULL},
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef pattern_getsets[] = {
    {"pattern", g_pattern, NULL, NULL},
    {"flags", g_flags, NULL, NULL},
    {"groups", g_groups, NULL, NULL},
    {"groupindex", g_groupindex, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value no_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    return pv_raise(&pv_exc_TypeError, "cannot create '%s' instances", type->name);
}

PvType pv_sre_pattern_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "re.Pattern",
    .basicsize = sizeof(SrePattern),
    .itemsize = sizeof(SreCode),
    .flags = PV_TPFLAG_WEAKREFABLE,
    .base = &pv_object_type,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
    .mark = pattern_mark,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .new_ = no_new,
};

/* ---- module functions ---- */

static Value f_compile(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"pattern", "flags", "code", "groups", "groupindex",
                                     "indexgroup", NULL};
    Value pattern, code, groupindex, indexgroup;
    int64_t flags;
    ssize_t groups;
    if (pv_parse_args("compile", args, nargs, kwnames, "OLOnOO", kw, &pattern, &flags, &code,
                      &groups, &groupindex, &indexgroup) < 0)
        return NULL;
    if (!pv_is_type(code, &pv_list_type))
        return pv_raise(&pv_exc_TypeError, "compile() argument 'code' must be list, not %T", code);
    if (!pv_isinst(groupindex, &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, "compile() argument 'groupindex' must be dict, not %T",
                        groupindex);
    if (!pv_isinst(indexgroup, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "compile() argument 'indexgroup' must be tuple, not %T",
                        indexgroup);
    size_t n = pv_list_size(code);
    SrePattern *p = (SrePattern *)pv_type_alloc(&pv_sre_pattern_type, n);
    if (!p)
        return NULL;
    p->ncode = n;
    for (size_t i = 0; i < n; i++) {
        uint64_t v;
        Value w = pv_list_items(code)[i];
        if (!pv_is_int(w))
            return pv_raise(&pv_exc_TypeError, "an integer is required");
        if (pv_int_to_u64(w, &v) < 0 || v > 0xFFFFFFFFu) {
            pv_err_clear();
            return pv_raise(&pv_exc_OverflowError, "regular expression code size limit exceeded");
        }
        p->code[i] = (SreCode)v;
    }
    p->pattern = pattern;
    p->flags = flags;
    p->groups = groups;
    if (pattern == pv_None) {
        p->isbytes = -1;
    } else {
        const char *d;
        size_t sz;
        if (pv_is_str(pattern))
            p->isbytes = 0;
        else if (pv_sre_bytes(pattern, &d, &sz))
            p->isbytes = 1;
        else
            return pv_raise(&pv_exc_TypeError, "expected string or bytes-like object, got '%T'",
                            pattern);
    }
    if (pv_dict_size(groupindex) > 0) {
        p->groupindex = groupindex;
        if (pv_tuple_size(indexgroup) > 0)
            p->indexgroup = indexgroup;
    }
    return (Value)p;
}

static int int_arg(const char *name, Value *args, size_t nargs, Value kwnames, uint32_t *out)
{
    if (pv_arg_one(name, nargs, kwnames) < 0)
        return -1;
    ssize_t v;
    if (pv_index_ssize(args[0], &v) < 0)
        return -1;
    *out = (uint32_t)v;
    return 0;
}

static Value f_getcodesize(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_arg_none("getcodesize", nargs, kwnames) < 0 ? NULL : pv_small(sizeof(SreCode));
}

static Value f_ascii_iscased(Value self, Value *args, size_t nargs, Value kwnames)
{
    uint32_t c;
    if (int_arg("ascii_iscased", args, nargs, kwnames, &c) < 0)
        return NULL;
    return pv_bool(c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z'));
}

static Value f_unicode_iscased(Value self, Value *args, size_t nargs, Value kwnames)
{
    uint32_t c;
    if (int_arg("unicode_iscased", args, nargs, kwnames, &c) < 0)
        return NULL;
    return pv_bool(c != pv_sre_lower_uni(c) || c != pv_sre_upper_uni(c));
}

static Value f_ascii_tolower(Value self, Value *args, size_t nargs, Value kwnames)
{
    uint32_t c;
    if (int_arg("ascii_tolower", args, nargs, kwnames, &c) < 0)
        return NULL;
    return pv_small(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static Value f_unicode_tolower(Value self, Value *args, size_t nargs, Value kwnames)
{
    uint32_t c;
    if (int_arg("unicode_tolower", args, nargs, kwnames, &c) < 0)
        return NULL;
    return pv_small(pv_sre_lower_uni(c));
}

static const PvMethodDef sre_functions[] = {
    {"compile", f_compile, 0, NULL},
    {"getcodesize", f_getcodesize, 0, NULL},
    {"ascii_iscased", f_ascii_iscased, 0, NULL},
    {"unicode_iscased", f_unicode_iscased, 0, NULL},
    {"ascii_tolower", f_ascii_tolower, 0, NULL},
    {"unicode_tolower", f_unicode_tolower, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- memoryview(b).cast('I') for re._compiler ----
 * The compiler packs BIGCHARSET blocks with memoryview(b).cast('I');
 * while pyvm's memoryview only casts to byte formats, re._compiler (which
 * is importing us right now) gets this stand-in as its `memoryview`. */

typedef struct { PvObj h; Value bytes; } CodeView;
static PvType codeview_type;

static void codeview_mark(Value self) { pv_gc_mark(((CodeView *)self)->bytes); }

static Value cv_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    const char *d;
    size_t n;
    if (pv_arg_one("memoryview", nargs, kwnames) < 0)
        return NULL;
    if (!pv_sre_bytes(args[0], &d, &n))
        return pv_raise(&pv_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'",
                        args[0]);
    CodeView *cv = pv_alloc(&codeview_type, sizeof(CodeView));
    if (!cv || !(cv->bytes = pv_bytes_new(d, n)))
        return NULL;
    return (Value)cv;
}

static Value cv_cast(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("cast", nargs, kwnames) < 0)
        return NULL;
    if (pv_is_str(args[0]) && pv_str_eq_cstr(args[0], "I"))
        return self;
    Value mv = pv_call1((Value)&pv_memoryview_type, ((CodeView *)self)->bytes);
    return mv ? pv_call_method(mv, "cast", args, 1) : NULL;
}

static Value cv_tolist(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value b = ((CodeView *)self)->bytes;
    size_t n = pv_bytes_size(b) / 4;
    Value l = pv_list_new(n);
    if (!l)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        uint32_t w;
        memcpy(&w, pv_bytes_data(b) + 4 * i, 4);
        pv_list_items(l)[i] = pv_small(w);
    }
    return l;
}

static ssize_t cv_len(Value self) { return (ssize_t)(pv_bytes_size(((CodeView *)self)->bytes) / 4); }
static Value cv_itemsize(Value self) { return pv_small(4); }

static const PvMethodDef codeview_methods[] = {
    {"cast", cv_cast, 0, NULL},
    {"tolist", cv_tolist, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const PvGetSetDef codeview_getsets[] = {
    {"itemsize", cv_itemsize, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};
static PvType codeview_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "_sre._CodeView",
    .basicsize = sizeof(CodeView),
    .base = &pv_object_type,
    .methods = codeview_methods,
    .getsets = codeview_getsets,
    .mark = codeview_mark,
    .new_ = cv_new,
    .len = cv_len,
};

static void install_codeview(void)
{
    Value four = pv_bytes_new("\0\0\0\0", 4);
    Value mv = four ? pv_call1((Value)&pv_memoryview_type, four) : NULL;
    Value arg = pv_str_from_cstr("I");
    if (mv && arg && pv_call_method(mv, "cast", &arg, 1))
        return; /* the real memoryview can do it */
    pv_err_clear();
    Value modules = pv_sys_get("modules");
    Value comp = modules ? pv_dict_get_str(modules, "re._compiler") : NULL;
    if (!comp) {
        pv_err_clear();
        return;
    }
    Value d = pv_getattr_str(comp, "__dict__");
    if (!d || pv_dict_get_str(d, "memoryview") || pv_dict_set_str(d, "memoryview", (Value)&codeview_type) < 0)
        pv_err_clear();
}

Value pv_sre_module_init(void)
{
    PvType *types[] = {&pv_sre_pattern_type, &pv_sre_match_type, &scanner_type, &codeview_type};
    for (size_t i = 0; i < 4; i++) {
        if (!(types[i]->flags & PV_TPFLAG_READY) && pv_type_ready(types[i]) < 0)
            return NULL;
    }
    Value m = pv_module_new_cstr("_sre");
    if (!m || pv_module_add_functions(m, sre_functions) < 0 ||
        pv_module_add_int(m, "MAGIC", SRE_MAGIC) < 0 ||
        pv_module_add_int(m, "CODESIZE", sizeof(SreCode)) < 0 ||
        pv_module_add_int(m, "MAXREPEAT", SRE_MAXREPEAT) < 0 ||
        pv_module_add_int(m, "MAXGROUPS", SRE_MAXGROUPS) < 0 ||
        pv_module_add(m, "copyright", pv_str_from_cstr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")) < 0)
        return NULL;
    install_codeview();
    return m;
}
