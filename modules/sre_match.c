/* sre_match.c: re.Match objects. A match keeps the subject, the pattern
 * and the spans of every group (-1 for groups that did not take part);
 * group texts are sliced from the subject on demand. */
#include "sre.h"
#include "str_impl.h"
#include <string.h>

typedef struct SreMatch {
    PvObj h;
    Value string;
    Value pattern;
    Value regs;          /* cached tuple or NULL */
    ssize_t pos, endpos, lastindex;
    ssize_t ngroups;     /* groups + 1 */
    ssize_t mark[];      /* 2 per group, group 0 first */
} SreMatch;

#define M(v) ((SreMatch *)(v))
#define PAT(m) ((SrePattern *)M(m)->pattern)

Value pv_sre_slice(Value string, int isbytes, ssize_t a, ssize_t b)
{
    if (!isbytes)
        return pv_str_sub(string, (size_t)a, (size_t)b);
    const char *d;
    size_t n;
    if (!pv_sre_bytes(string, &d, &n))
        return pv_raise(&pv_exc_TypeError, "expected string or bytes-like object, got '%T'", string);
    if ((size_t)b > n) b = (ssize_t)n;   /* the buffer shrank meanwhile */
    if (a > b) a = b;
    if (pv_type(string) == &pv_bytes_type && a == 0 && (size_t)b == n)
        return string;
    return pv_bytes_new(d + a, (size_t)(b - a));
}

static void match_mark(Value self)
{
    pv_gc_mark(M(self)->string);
    pv_gc_mark(M(self)->pattern);
    if (M(self)->regs) pv_gc_mark(M(self)->regs);
}

Value pv_sre_match_new(SrePattern *p, Value string, SreState *st)
{
    ssize_t ng = p->groups + 1;
    SreMatch *m = (SreMatch *)pv_type_alloc(&pv_sre_match_type, (size_t)(2 * ng));
    if (!m)
        return NULL;
    m->string = string;
    m->pattern = (Value)p;
    m->pos = st->pos;
    m->endpos = st->endpos;
    m->ngroups = ng;
    m->mark[0] = st->start;
    m->mark[1] = st->ptr;
    for (ssize_t g = 1; g < ng; g++) {
        ssize_t a = st->marks[2 * g - 2], b = st->marks[2 * g - 1];
        if (pv_sre_group_set(st, g)) {
            if (a > b)
                return pv_raise(&pv_exc_SystemError, "The span of capturing group is wrong,"
                                " please report a bug for the re module.");
            m->mark[2 * g] = a;
            m->mark[2 * g + 1] = b;
        } else {
            m->mark[2 * g] = m->mark[2 * g + 1] = -1;
        }
    }
    m->lastindex = st->lastindex;
    return (Value)m;
}

static int is_bytes_subject(Value m) { return !pv_is_str(M(m)->string); }

Value pv_sre_match_group(Value m, ssize_t i, Value dflt)
{
    ssize_t a = M(m)->mark[2 * i], b = M(m)->mark[2 * i + 1];
    if (a < 0)
        return dflt;
    return pv_sre_slice(M(m)->string, is_bytes_subject(m), a, b);
}

ssize_t pv_sre_match_span(Value m, ssize_t i, bool end)
{
    return M(m)->mark[2 * i + (end ? 1 : 0)];
}

/* A group given as an int or a name: its number, or -1 with IndexError. */
static ssize_t group_index(Value m, Value g)
{
    ssize_t i = -1;
    if (pv_is_int(g) || (!pv_is_str(g) && pv_type_lookup(pv_type(g), pv_id___index__))) {
        Value v = pv_index(g);
        if (!v)
            return -1;
        if (pv_int_to_ssize(v, &i) < 0) {
            pv_err_clear();
            i = -1;
        }
    } else {
        Value gi = PAT(m)->groupindex;
        if (gi) {
            Value v = pv_dict_get(gi, g);
            if (!v && pv_err_occurred())
                return -1;
            if (v && pv_is_int(v) && pv_int_to_ssize(v, &i) < 0)
                return -1;
        }
    }
    if (i < 0 || i >= M(m)->ngroups) {
        pv_raise(&pv_exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static Value m_group(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames))
        return pv_raise(&pv_exc_TypeError, "Match.group() takes no keyword arguments");
    if (nargs == 0)
        return pv_sre_match_group(self, 0, pv_None);
    if (nargs == 1) {
        ssize_t i = group_index(self, args[0]);
        return i < 0 ? NULL : pv_sre_match_group(self, i, pv_None);
    }
    Value t = pv_tuple_new(nargs);
    if (!t)
        return NULL;
    for (size_t k = 0; k < nargs; k++) {
        ssize_t i = group_index(self, args[k]);
        if (i < 0)
            return NULL;
        Value v = pv_sre_match_group(self, i, pv_None);
        if (!v)
            return NULL;
        pv_tuple_items(t)[k] = v;
    }
    return t;
}

static Value m_getitem(Value self, Value key)
{
    ssize_t i = group_index(self, key);
    return i < 0 ? NULL : pv_sre_match_group(self, i, pv_None);
}

static const char *const default_kw[] = {"default", NULL};

static Value m_groups(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value dflt = pv_None;
    if (pv_sre_check_kw("groups", nargs, kwnames, default_kw) < 0 ||
        pv_parse_args("groups", args, nargs, kwnames, "|O", default_kw, &dflt) < 0)
        return NULL;
    ssize_t n = M(self)->ngroups - 1;
    Value t = pv_tuple_new((size_t)n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value v = pv_sre_match_group(self, i + 1, dflt);
        if (!v)
            return NULL;
        pv_tuple_items(t)[i] = v;
    }
    return t;
}

static Value m_groupdict(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value dflt = pv_None;
    if (pv_sre_check_kw("groupdict", nargs, kwnames, default_kw) < 0 ||
        pv_parse_args("groupdict", args, nargs, kwnames, "|O", default_kw, &dflt) < 0)
        return NULL;
    Value d = pv_dict_new();
    Value gi = PAT(self)->groupindex;
    if (!d || !gi)
        return d;
    size_t pos = 0;
    Value k, v;
    while (pv_dict_next(gi, &pos, &k, &v)) {
        ssize_t i = group_index(self, k);
        if (i < 0)
            return NULL;
        Value s = pv_sre_match_group(self, i, dflt);
        if (!s || pv_dict_set(d, k, s) < 0)
            return NULL;
    }
    return d;
}

static ssize_t opt_group(Value self, const char *name, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames)) {
        pv_raise(&pv_exc_TypeError, "Match.%s() takes no keyword arguments", name);
        return -1;
    }
    if (pv_check_nargs(name, nargs, 0, 1) < 0)
        return -1;
    return nargs ? group_index(self, args[0]) : 0;
}

static Value m_start(Value self, Value *args, size_t nargs, Value kwnames)
{
    ssize_t i = opt_group(self, "start", args, nargs, kwnames);
    return i < 0 ? NULL : pv_small(M(self)->mark[2 * i]);
}

static Value m_end(Value self, Value *args, size_t nargs, Value kwnames)
{
    ssize_t i = opt_group(self, "end", args, nargs, kwnames);
    return i < 0 ? NULL : pv_small(M(self)->mark[2 * i + 1]);
}

static Value span_tuple(Value self, ssize_t i)
{
    return pv_tuple_pack(2, pv_small(M(self)->mark[2 * i]), pv_small(M(self)->mark[2 * i + 1]));
}

static Value m_span(Value self, Value *args, size_t nargs, Value kwnames)
{
    ssize_t i = opt_group(self, "span", args, nargs, kwnames);
    return i < 0 ? NULL : span_tuple(self, i);
}

static Value m_expand(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"template", NULL};
    Value tmpl;
    if (pv_sre_check_kw("expand", nargs, kwnames, kw) < 0 ||
        pv_parse_args("expand", args, nargs, kwnames, "O", kw, &tmpl) < 0)
        return NULL;
    Value re = pv_import_cstr("re");
    Value f = re ? pv_getattr_str(re, "_expand") : NULL;
    if (!f)
        return NULL;
    Value a[3] = {M(self)->pattern, self, tmpl};
    return pv_call(f, a, 3, NULL);
}

static Value m_copy(Value self, Value *args, size_t nargs, Value kwnames)
{
    return self;
}

static Value m_repr(Value self)
{
    Value g = pv_sre_match_group(self, 0, pv_None);
    Value r = g ? pv_repr(g) : NULL;
    if (!r)
        return NULL;
    if (pv_str_len(r) > 50)
        r = pv_str_sub(r, 0, 50);
    return pv_str_printf("<re.Match object; span=(%zd, %zd), match=%S>", M(self)->mark[0],
                         M(self)->mark[1], r);
}

static Value g_regs(Value self)
{
    if (M(self)->regs)
        return M(self)->regs;
    ssize_t n = M(self)->ngroups;
    Value t = pv_tuple_new((size_t)n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        Value s = span_tuple(self, i);
        if (!s)
            return NULL;
        pv_tuple_items(t)[i] = s;
    }
    M(self)->regs = t;
    return t;
}

static Value g_lastindex(Value self)
{
    return M(self)->lastindex >= 0 ? pv_small(M(self)->lastindex) : pv_None;
}

static Value g_lastgroup(Value self)
{
    Value ig = PAT(self)->indexgroup;
    ssize_t li = M(self)->lastindex;
    if (ig && li >= 0 && (size_t)li < pv_tuple_size(ig))
        return pv_tuple_items(ig)[li];
    return pv_None;
}

static Value g_re(Value self) { return M(self)->pattern; }
static Value g_string(Value self) { return M(self)->string; }
static Value g_pos(Value self) { return pv_small(M(self)->pos); }
static Value g_endpos(Value self) { return pv_small(M(self)->endpos); }

static Value match_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    return pv_raise(&pv_exc_TypeError, "cannot create 're.Match' instances");
}

static const PvMethodDef match_methods[] = {
    {"group", m_group, 0, NULL},
    {"groups", m_groups, 0, NULL},
    {"groupdict", m_groupdict, 0, NULL},
    {"start", m_start, 0, NULL},
    {"end", m_end, 0, NULL},
    {"span", m_span, 0, NULL},
    {"expand", m_expand, 0, NULL},
    {"__copy__", m_copy, 0, NULL},
    {"__deepcopy__", m_copy, 0, NULL},
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef match_getsets[] = {
    {"regs", g_regs, NULL, NULL},
    {"lastindex", g_lastindex, NULL, NULL},
    {"lastgroup", g_lastgroup, NULL, NULL},
    {"re", g_re, NULL, NULL},
    {"string", g_string, NULL, NULL},
    {"pos", g_pos, NULL, NULL},
    {"endpos", g_endpos, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_sre_match_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "re.Match",
    .basicsize = sizeof(SreMatch),
    .itemsize = sizeof(ssize_t),
    .base = &pv_object_type,
    .methods = match_methods,
    .getsets = match_getsets,
    .mark = match_mark,
    .repr = m_repr,
    .getitem = m_getitem,
    .new_ = match_new,
};
