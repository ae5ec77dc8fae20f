/* sre_sub.c: Pattern.sub and Pattern.subn. The result is built in one
 * buffer: the subject's text between matches, then for each match the
 * callable's result, the literal, or the template from re._subx expanded
 * here (its (groups, literals) pair). */
#include "sre.h"
#include "str_impl.h"
#include <string.h>

#define P(v) ((SrePattern *)(v))

/* Append item (the n-th piece of the result) to out, checking its type as
 * str.join / bytes.join would. */
static int append_piece(PvBuf *out, SreState *st, Value item, size_t n)
{
    if (!st->isbytes) {
        if (!pv_is_str(item)) {
            pv_raise(&pv_exc_TypeError, "sequence item %zu: expected str instance, %T found", n, item);
            return -1;
        }
        return pv_buf_append(out, pv_str_data(item), pv_str_size(item));
    }
    const char *d;
    size_t sz;
    if (!pv_sre_bytes(item, &d, &sz)) {
        pv_raise(&pv_exc_TypeError, "sequence item %zu: expected a bytes-like object, %T found",
                 n, item);
        return -1;
    }
    return pv_buf_append(out, d, sz);
}

/* Append the subject's characters [a, b). */
static int append_subject(PvBuf *out, SreState *st, Value string, ssize_t a, ssize_t b)
{
    if (a >= b)
        return 0;
    if (!st->isbytes) {
        size_t b0 = pv_str_offset(string, (size_t)a), b1 = pv_str_offset(string, (size_t)b);
        return pv_buf_append(out, pv_str_data(string) + b0, b1 - b0);
    }
    const char *d;
    size_t sz;
    if (!pv_sre_bytes(string, &d, &sz))
        return 0;
    if ((size_t)b > sz) b = (ssize_t)sz;
    return a < b ? pv_buf_append(out, d + a, (size_t)(b - a)) : 0;
}

Value pv_sre_sub(Value self, Value *args, size_t nargs, Value kwnames, bool subn)
{
    static const char *const kw[] = {"repl", "string", "count", NULL};
    Value repl, string;
    ssize_t count = 0;
    if (pv_sre_check_kw(subn ? "subn" : "sub", nargs, kwnames, kw) < 0 ||
        pv_parse_args(subn ? "subn" : "sub", args, nargs, kwnames, "OO|n", kw, &repl, &string,
                      &count) < 0)
        return NULL;
    /* a callable, a template parsed by re._compile_repl into (groups,
     * literals) where literals[index] stands for group `group`, or a
     * literal replacement */
    Value filter = NULL, tmpl = NULL;
    Value literal = NULL;
    if (pv_type(repl)->call && !pv_is_str(repl) && !pv_isinst(repl, &pv_bytes_type)) {
        filter = repl;
    } else {
        const char *d;
        size_t sz;
        bool has_bs = true;
        if (pv_is_str(repl))
            has_bs = memchr(pv_str_data(repl), '\\', pv_str_size(repl)) != NULL;
        else if (pv_sre_bytes(repl, &d, &sz))
            has_bs = memchr(d, '\\', sz) != NULL;
        if (!has_bs) {
            literal = repl;
        } else {
            /* as CPython: re._subx gives the literal or a filter; the
             * filter's default argument is the parsed template, which
             * is expanded here without calling back into Python */
            Value re = pv_import_cstr("re");
            Value f = re ? pv_getattr_str(re, "_subx") : NULL;
            Value r = f ? pv_call2(f, self, repl) : NULL;
            if (!r)
                return NULL;
            if (pv_type(r)->call) {
                Value defs = pv_getattr_opt(r, pv_intern_cached("__defaults__"));
                if (!defs && pv_err_occurred())
                    return NULL;
                Value t = defs && pv_is_type(defs, &pv_tuple_type) && pv_tuple_size(defs) == 1
                              ? pv_tuple_items(defs)[0] : NULL;
                if (t && pv_is_type(t, &pv_tuple_type) && pv_tuple_size(t) == 2 &&
                    pv_is_type(pv_tuple_items(t)[0], &pv_list_type) &&
                    pv_is_type(pv_tuple_items(t)[1], &pv_list_type))
                    tmpl = t;
                else
                    filter = r;
            } else {
                literal = r;
            }
        }
    }
    SreState st;
    if (pv_sre_state_init(&st, P(self), string, 0, PTRDIFF_MAX) < 0)
        return NULL;
    PvBuf out;
    pv_buf_init(&out);
    ssize_t n = 0, i = 0, from = 0;
    size_t npiece = 0;
    while (!count || n < count) {
        int r = pv_sre_search(&st, P(self), from);
        if (r < 0)
            goto error;
        if (r == 0)
            break;
        ssize_t b = st.start, e = st.ptr;
        if (i < b) {
            if (append_subject(&out, &st, string, i, b) < 0)
                goto error;
            npiece++;
        }
        if (filter) {
            Value m = pv_sre_match_new(P(self), string, &st);
            Value item = m ? pv_call1(filter, m) : NULL;
            if (!item)
                goto error;
            if (item != pv_None && append_piece(&out, &st, item, npiece++) < 0)
                goto error;
            if (st.isbytes) {
                /* the callable may have resized a bytearray subject */
                const char *d;
                size_t sz;
                if (pv_sre_bytes(string, &d, &sz)) {
                    st.data = d;
                    if ((ssize_t)sz < st.endpos) st.endpos = st.length = (ssize_t)sz;
                }
            }
        } else if (tmpl) {
            Value groups = pv_tuple_items(tmpl)[0], lits = pv_tuple_items(tmpl)[1];
            size_t nl = pv_list_size(lits), ng = pv_list_size(groups), gi = 0;
            for (size_t k = 0; k < nl; k++) {
                Value piece = pv_list_items(lits)[k];
                if (piece == pv_None) {
                    ssize_t group = -1;
                    for (; gi < ng; gi++) {
                        Value pair = pv_list_items(groups)[gi];
                        ssize_t index;
                        if (pv_int_to_ssize(pv_tuple_items(pair)[0], &index) < 0)
                            goto error;
                        if ((size_t)index == k) {
                            if (pv_int_to_ssize(pv_tuple_items(pair)[1], &group) < 0)
                                goto error;
                            break;
                        }
                    }
                    if (group < 0 || group > P(self)->groups) {
                        pv_raise(&pv_exc_IndexError, "no such group");
                        goto error;
                    }
                    Value g = pv_sre_state_group(&st, string, group, NULL);
                    if (!g) {
                        if (pv_err_occurred())
                            goto error;
                        continue;
                    }
                    piece = g;
                }
                if (append_piece(&out, &st, piece, npiece) < 0)
                    goto error;
            }
            npiece++;
        } else if (literal != pv_None) {
            if (append_piece(&out, &st, literal, npiece++) < 0)
                goto error;
        }
        i = e;
        n++;
        st.must_advance = st.ptr == st.start;
        from = st.ptr;
    }
    if (i < st.endpos && append_subject(&out, &st, string, i, st.endpos) < 0)
        goto error;
    Value result;
    if (!st.isbytes && n == 0 && pv_type(string) == &pv_str_type) {
        pv_buf_free(&out);
        result = string;
    } else {
        result = st.isbytes ? pv_buf_finish_bytes(&out) : pv_buf_finish_str(&out);
    }
    pv_sre_state_fini(&st);
    if (!result)
        return NULL;
    return subn ? pv_tuple_pack(2, result, pv_small(n)) : result;
error:
    pv_buf_free(&out);
    pv_sre_state_fini(&st);
    return NULL;
}
