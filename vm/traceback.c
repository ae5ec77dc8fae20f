/* traceback.c: traceback objects and printing exceptions exactly as
 * CPython 3.11 does (source lines, 3.11 caret lines, chained exceptions,
 * SyntaxError layout, repeated-line folding). */
#include "eval.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* TEMP fallback for pv_caret_anchors (owner: front end, parse.c): a small
 * scanner instead of the parser. It finds the lowest-precedence binary
 * operator at bracket depth 0, or a trailing subscript; anything with a
 * comparison, boolean operator, conditional, lambda, comma, walrus or
 * assignment at depth 0 gets no anchors (not a BinOp/Subscript). */
static bool is_operand_end(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == ')' || c == ']' || c == '}' || c == '\'' || c == '"' ||
           (unsigned char)c >= 0x80;
}

static bool word_at(const char *s, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    if (i + n > len || memcmp(s + i, w, n) != 0)
        return false;
    bool before = i == 0 || !(is_operand_end(s[i - 1]) && s[i - 1] != ')' && s[i - 1] != ']' &&
                              s[i - 1] != '}' && s[i - 1] != '\'' && s[i - 1] != '"');
    bool after = i + n == len || !((s[i + n] >= 'a' && s[i + n] <= 'z') ||
                                   (s[i + n] >= 'A' && s[i + n] <= 'Z') || s[i + n] == '_' ||
                                   (s[i + n] >= '0' && s[i + n] <= '9'));
    return before && after;
}

__attribute__((weak)) int pv_caret_anchors(const char *s, size_t len, int *left_end,
                                           int *right_start)
{
    int depth = 0, best_prec = 99;
    long best = -1, best_end = -1;
    long last_open = -1; /* '[' at depth 0 that opened the last top-level bracket */
    char prevsig = 0;    /* last non-space char at depth 0 (operand detection) */
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\'' || c == '"') {
            /* skip a string literal (triple quotes too) */
            bool triple = i + 2 < len && s[i + 1] == c && s[i + 2] == c;
            size_t j = i + (triple ? 3 : 1);
            while (j < len) {
                if (s[j] == '\\') { j += 2; continue; }
                if (s[j] == c && (!triple || (j + 2 < len && s[j + 1] == c && s[j + 2] == c)))
                    break;
                j++;
            }
            i = j + (triple ? 2 : 0);
            prevsig = c;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0 && c == '[')
                last_open = (long)i;
            else if (depth == 0)
                last_open = -1;
            depth++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth == 0)
                prevsig = c;
            continue;
        }
        if (depth > 0)
            continue;
        if (c == ' ' || c == '\t')
            continue;
        /* not a plain BinOp / Subscript */
        if (c == ',' || c == ':' || c == '<' || c == '>' || c == '=' || c == '!' || c == ';') {
            bool shift = (c == '<' || c == '>') && i + 1 < len && s[i + 1] == c;
            if (!shift)
                return 0;
        }
        if (word_at(s, len, i, "and") || word_at(s, len, i, "or") || word_at(s, len, i, "not") ||
            word_at(s, len, i, "in") || word_at(s, len, i, "is") || word_at(s, len, i, "if") ||
            word_at(s, len, i, "else") || word_at(s, len, i, "lambda") ||
            word_at(s, len, i, "await") || word_at(s, len, i, "yield"))
            return 0;
        int prec = 0;
        size_t oplen = 1;
        bool binary = prevsig && is_operand_end(prevsig);
        if (c == '|') prec = 1;
        else if (c == '^') prec = 2;
        else if (c == '&') prec = 3;
        else if ((c == '<' || c == '>') && i + 1 < len && s[i + 1] == c) { prec = 4; oplen = 2; }
        else if (c == '+' || c == '-') prec = 5;
        else if (c == '*' && i + 1 < len && s[i + 1] == '*') { prec = 7; oplen = 2; }
        else if (c == '*' || c == '/' || c == '%' || c == '@') {
            prec = 6;
            if (c == '/' && i + 1 < len && s[i + 1] == '/')
                oplen = 2;
        }
        if (prec && binary) {
            /* rightmost of the lowest precedence, except ** (right-assoc) */
            if (prec < best_prec || (prec == best_prec && prec != 7)) {
                best_prec = prec;
                best = (long)i;
                best_end = (long)(i + oplen);
            }
            prevsig = 0;
            i += oplen - 1;
            continue;
        }
        if (prec) { /* unary */
            prevsig = 0;
            continue;
        }
        prevsig = c;
    }
    if (best >= 0) {
        *left_end = (int)best;
        *right_start = (int)best_end;
        return 1;
    }
    /* a subscript: the expression ends with a top-level [...] */
    size_t e = len;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e > 0 && s[e - 1] == ']' && last_open > 0) {
        *left_end = (int)last_open;
        *right_start = (int)e;
        return 1;
    }
    return 0;
}

#define TB(v) ((PvTraceback *)(v))
#define TB_RECURSIVE_CUTOFF 3

static bool fmt_with_tb = true; /* sys._format_exception(tb=False) */

int pv_traceback_here(Value exc, PvFrame *f)
{
    if (!exc || !pv_is_exc(exc))
        return 0;
    PvCode *c = (PvCode *)f->code;
    PvTraceback *tb = pv_alloc(&pv_traceback_type, sizeof(PvTraceback));
    if (!tb)
        return -1;
    tb->lasti = (int)(f->ip - c->code) - 1;
    if (tb->lasti < 0)
        tb->lasti = 0;
    tb->code = f->code;
    tb->lineno = pv_code_addr2line(f->code, tb->lasti);
    tb->frame = pv_frame_object(f);
    tb->next = ((PvExc *)exc)->traceback;
    ((PvExc *)exc)->traceback = (Value)tb;
    return 0;
}

static void tb_mark(Value self)
{
    PvTraceback *tb = TB(self);
    if (tb->next)
        pv_gc_mark(tb->next);
    pv_gc_mark(tb->code);
    if (tb->frame)
        pv_gc_mark(tb->frame);
}

static Value g_next(Value s) { return TB(s)->next ? TB(s)->next : pv_None; }
static int s_next(Value s, Value v)
{
    if (!v)
        return pv_raise(&pv_exc_TypeError, "can't delete tb_next attribute"), -1;
    if (v != pv_None && !pv_is_type(v, &pv_traceback_type))
        return pv_raise(&pv_exc_TypeError, "expected traceback object or None, got '%T'", v), -1;
    for (Value c = v; c && c != pv_None; c = TB(c)->next)
        if (c == s)
            return pv_raise(&pv_exc_ValueError, "traceback loop detected"), -1;
    TB(s)->next = v == pv_None ? NULL : v;
    return 0;
}
static Value g_frame(Value s) { return TB(s)->frame ? TB(s)->frame : pv_None; }
static Value g_lasti(Value s) { return pv_small(TB(s)->lasti * 2); }
static Value g_lineno(Value s) { return pv_small(TB(s)->lineno); }

static const PvGetSetDef tb_getsets[] = {
    {"tb_next", g_next, s_next, NULL},
    {"tb_frame", g_frame, NULL, NULL},
    {"tb_lasti", g_lasti, NULL, NULL},
    {"tb_lineno", g_lineno, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_traceback_type = {
    .name = "traceback",
    .basicsize = sizeof(PvTraceback),
    .mark = tb_mark,
    .getsets = tb_getsets,
};

/* ---- printing ---- */

/* Line `lineno` (1-based) of a file without its line end, malloc'd. */
static char *source_line(const char *filename, int lineno)
{
    if (!filename || filename[0] == '<')
        return NULL;
    FILE *fp = fopen(filename, "r");
    if (!fp)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    int i = 0;
    while ((n = getline(&line, &cap, fp)) >= 0) {
        if (++i == lineno)
            break;
    }
    fclose(fp);
    if (n < 0 || i != lineno) {
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' ||
                     line[n - 1] == '\t' || line[n - 1] == '\f'))
        line[--n] = 0;
    return line;
}

/* Character index of byte offset `b` in UTF-8 `s`. */
static int char_offset(const char *s, int b)
{
    int n = 0;
    for (int i = 0; i < b && s[i]; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            n++;
    return n;
}

static void display_line(PvBuf *out, PvTraceback *tb)
{
    PvCode *c = (PvCode *)tb->code;
    const char *fname = pv_str_data(c->filename);
    pv_buf_append_cstr(out, "  File \"");
    pv_buf_append_str(out, c->filename);
    pv_buf_printf(out, "\", line %d, in ", tb->lineno);
    pv_buf_append_str(out, c->name);
    pv_buf_append_cstr(out, "\n");
    char *line = source_line(fname, tb->lineno);
    if (!line)
        return;
    int lead = 0;
    while (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f')
        lead++;
    if (!line[lead]) {
        free(line);
        return;
    }
    pv_buf_append_cstr(out, "    ");
    pv_buf_append_cstr(out, line + lead);
    pv_buf_append_cstr(out, "\n");
    /* 3.11 caret line */
    PvPos *pos = c->pos && tb->lasti >= 0 && (size_t)tb->lasti < c->ncode ? &c->pos[tb->lasti] : NULL;
    if (!pos || pos->line != tb->lineno || pos->line <= 0 || pos->end_line < pos->line ||
        pos->col < 0 || pos->end_col < 0) {
        free(line);
        return;
    }
    int linelen_b = (int)strlen(line);
    int start_b = pos->col, end_b = pos->end_col;
    if (start_b > linelen_b) {
        free(line);
        return;
    }
    int start = char_offset(line, start_b);
    int end;
    int left = -1, right = -1;
    int llen = char_offset(line, linelen_b);
    if (pos->end_line == pos->line) {
        if (end_b > linelen_b)
            end_b = linelen_b;
        end = char_offset(line, end_b);
        int le, rs;
        if (end_b > start_b &&
            pv_caret_anchors(line + start_b, (size_t)(end_b - start_b), &le, &rs) == 1 &&
            le >= 0 && rs >= le && rs <= end_b - start_b) {
            left = char_offset(line, start_b + le);
            right = char_offset(line, start_b + rs);
        }
    } else {
        end = llen;
    }
    int stripped_len = llen - char_offset(line, lead);
    if (end - start == stripped_len && left < 0) {
        free(line);
        return;
    }
    int lead_c = char_offset(line, lead);
    pv_buf_append_cstr(out, "    ");
    for (int off = lead_c; off < start; off++)
        pv_buf_append_cstr(out, " ");
    for (int off = start; off < end; off++) {
        if (left >= 0 && off >= left && off < right)
            pv_buf_append_cstr(out, "^");
        else
            pv_buf_append_cstr(out, left >= 0 ? "~" : "^");
    }
    pv_buf_append_cstr(out, "\n");
    free(line);
}

static long tb_limit(void)
{
    extern Value pv_sys_get(const char *name);
    Value v = pv_sys_get("tracebacklimit");
    int64_t n;
    if (v && pv_is_int(v) && pv_int_to_i64(v, &n) == 0)
        return n;
    pv_err_clear();
    return 1000;
}

static void print_tb(PvBuf *out, Value tbv)
{
    long limit = tb_limit();
    if (limit <= 0)
        return;
    long depth = 0;
    for (Value t = tbv; t; t = TB(t)->next)
        depth++;
    while (tbv && depth > limit) {
        depth--;
        tbv = TB(tbv)->next;
    }
    pv_buf_append_cstr(out, "Traceback (most recent call last):\n");
    Value last_file = NULL, last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (Value t = tbv; t; t = TB(t)->next) {
        PvTraceback *tb = TB(t);
        PvCode *c = (PvCode *)tb->code;
        if (!last_file || !pv_str_eq(c->filename, last_file) || tb->lineno != last_line ||
            !last_name || !pv_str_eq(c->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                long r = cnt - TB_RECURSIVE_CUTOFF;
                pv_buf_printf(out, "  [Previous line repeated %ld more time%s]\n", r,
                              r > 1 ? "s" : "");
            }
            last_file = c->filename;
            last_line = tb->lineno;
            last_name = c->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            display_line(out, tb);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        long r = cnt - TB_RECURSIVE_CUTOFF;
        pv_buf_printf(out, "  [Previous line repeated %ld more time%s]\n", r, r > 1 ? "s" : "");
    }
}

static void append_value_str(PvBuf *out, Value v, const char *fail)
{
    Value s = pv_str(v);
    if (!s || !pv_is_str(s)) {
        pv_err_clear();
        pv_buf_append_cstr(out, fail);
        return;
    }
    pv_buf_append_str(out, s);
}

static int64_t int_attr(Value v, int64_t dflt)
{
    int64_t n;
    if (v && pv_is_int(v) && pv_int_to_i64(v, &n) == 0)
        return n;
    pv_err_clear();
    return dflt;
}

/* As CPython 3.11's print_error_text (pythonrun.c). */
static void print_error_text(PvBuf *out, int64_t offset, int64_t end_offset, const char *text,
                             bool single)
{
    int64_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    if (single)
        reps = 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        int64_t inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    pv_buf_append_cstr(out, "    ");
    pv_buf_append_cstr(out, text);
    if (text[len] != '\n')
        pv_buf_append_cstr(out, "\n");
    if (offset < 0)
        return;
    pv_buf_append_cstr(out, "    ");
    while (--offset >= 0)
        pv_buf_append_cstr(out, " ");
    for (int64_t i = 0; i < reps; i++)
        pv_buf_append_cstr(out, "^");
    pv_buf_append_cstr(out, "\n");
}

static void print_syntax_error(PvBuf *out, Value exc, const char *stype)
{
    Value msg = pv_getattr_str(exc, "msg");
    pv_err_clear();
    Value filename = pv_getattr_str(exc, "filename");
    pv_err_clear();
    Value lineno = pv_getattr_str(exc, "lineno");
    pv_err_clear();
    Value text = pv_getattr_str(exc, "text");
    pv_err_clear();
    int64_t ln = int_attr(lineno, -1);
    int64_t offset = int_attr(pv_getattr_opt(exc, pv_intern("offset")), -1);
    int64_t end_lineno = int_attr(pv_getattr_opt(exc, pv_intern("end_lineno")), ln);
    int64_t end_offset = int_attr(pv_getattr_opt(exc, pv_intern("end_offset")), -1);
    pv_err_clear();
    bool have_loc = lineno && lineno != pv_None && ln >= 0;
    if (have_loc) {
        pv_buf_append_cstr(out, "  File \"");
        if (filename && pv_is_str(filename))
            pv_buf_append_str(out, filename);
        else
            pv_buf_append_cstr(out, "<string>");
        pv_buf_printf(out, "\", line %lld\n", (long long)ln);
        if (text && pv_is_str(text)) {
            int64_t line_size = (int64_t)pv_str_size(text);
            if (end_lineno > ln)
                end_offset = line_size;
            if (end_offset > line_size + 1)
                end_offset = line_size + 1;
            print_error_text(out, offset, end_offset, pv_str_data(text),
                             pv_isinst(exc, &pv_exc_IndentationError));
        }
    }
    pv_buf_append_cstr(out, stype);
    Value m = msg && msg != pv_None ? pv_str(msg) : NULL;
    pv_err_clear();
    if (!m || pv_str_size(m) > 0) {
        pv_buf_append_cstr(out, ": ");
        if (m)
            pv_buf_append_str(out, m);
        else
            pv_buf_append_cstr(out, "<no detail available>");
    }
    if (!have_loc && filename && pv_is_str(filename)) {
        pv_buf_append_cstr(out, " (");
        pv_buf_append_str(out, filename);
        pv_buf_append_cstr(out, ")");
    }
    pv_buf_append_cstr(out, "\n");
}

static void print_exc_only(PvBuf *out, Value exc);

static void print_one(PvBuf *out, Value exc)
{
    if (!pv_is_exc(exc)) {
        pv_buf_append_cstr(out, "TypeError: print_exception(): Exception expected for value, ");
        pv_buf_append_cstr(out, pv_type_name(pv_type(exc)));
        pv_buf_append_cstr(out, " found\n");
        return;
    }
    PvExc *e = (PvExc *)exc;
    if (e->traceback && fmt_with_tb)
        print_tb(out, e->traceback);
    print_exc_only(out, exc);
}

/* The exception line(s) and notes, without the traceback. */
static void print_exc_only(PvBuf *out, Value exc)
{
    PvType *tp = pv_type(exc);
    /* "module.Qualname" unless the module is builtins or __main__ */
    PvBuf name;
    pv_buf_init(&name);
    Value mod = tp->module;
    if ((tp->flags & PV_TPFLAG_HEAPTYPE)) {
        Value m = pv_type_lookup_str(tp, "__module__");
        if (m && pv_is_str(m))
            mod = m;
    }
    if (mod && pv_is_str(mod) && !pv_str_eq_cstr(mod, "builtins") &&
        !pv_str_eq_cstr(mod, "__main__")) {
        pv_buf_append_str(&name, mod);
        pv_buf_append_cstr(&name, ".");
    }
    if (tp->qualname && pv_is_str(tp->qualname))
        pv_buf_append_str(&name, tp->qualname);
    else
        pv_buf_append_cstr(&name, pv_type_name(tp));
    pv_buf_append(&name, "", 1);
    if (pv_isinst(exc, &pv_exc_SyntaxError)) {
        print_syntax_error(out, exc, name.data);
    } else {
        pv_buf_append_cstr(out, name.data);
        Value s = pv_str(exc);
        if (!s || !pv_is_str(s)) {
            pv_err_clear();
            pv_buf_append_cstr(out, ": <exception str() failed>");
        } else if (pv_str_size(s) > 0) {
            pv_buf_append_cstr(out, ": ");
            pv_buf_append_str(out, s);
        }
        Value hint = pv_attr_suggestion(exc);
        if (!hint)
            hint = pv_name_suggestion(exc);
        if (hint) {
            pv_buf_append_cstr(out, ". Did you mean: '");
            pv_buf_append_str(out, hint);
            pv_buf_append_cstr(out, "'?");
        }
        pv_buf_append_cstr(out, "\n");
    }
    pv_buf_free(&name);
    /* __notes__ */
    Value notes = pv_getattr_opt(exc, pv_intern("__notes__"));
    pv_err_clear();
    if (notes && notes != pv_None) {
        if (pv_isinst(notes, &pv_list_type) || pv_isinst(notes, &pv_tuple_type)) {
            Value t = pv_sequence_tuple(notes);
            for (size_t i = 0; t && i < pv_tuple_size(t); i++) {
                Value n = pv_tuple_items(t)[i];
                if (pv_is_str(n))
                    pv_buf_append_str(out, n);
                else
                    append_value_str(out, n, "<note str() failed>");
                pv_buf_append_cstr(out, "\n");
            }
            pv_err_clear();
        } else {
            Value r = pv_repr(notes);
            if (r) {
                pv_buf_append_str(out, r);
                pv_buf_append_cstr(out, "\n");
            }
            pv_err_clear();
        }
    }
}

/* Exception groups print nested, with "| " margins (3.11's
 * print_exception_group / TracebackException.format). */
typedef struct GroupCtx {
    int depth;         /* exception_group_depth */
    bool need_close;
    Value seen;
} GroupCtx;
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void indent(PvBuf *out, GroupCtx *c)
{
    for (int i = 0; i < 2 * c->depth; i++)
        pv_buf_append_cstr(out, " ");
}

/* Append text with every line prefixed by the current indent and margin. */
static void emit(PvBuf *out, GroupCtx *c, const char *text, size_t n, char margin)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && text[j] != '\n')
            j++;
        if (j < n)
            j++;
        indent(out, c);
        if (c->depth) {
            char m[3] = {margin, ' ', 0};
            pv_buf_append_cstr(out, m);
        }
        pv_buf_append(out, text + i, j - i);
        i = j;
    }
}

static void emit_cstr(PvBuf *out, GroupCtx *c, const char *s)
{
    emit(out, c, s, strlen(s), '|');
}

static bool seen_has(GroupCtx *c, Value v)
{
    return pv_set_contains(c->seen, pv_small((intptr_t)v >> 3)) == 1;
}

static void format_exc(PvBuf *out, GroupCtx *c, Value exc, bool chain, int rec);

/* One exception of a chain, group-aware. */
static void format_single(PvBuf *out, GroupCtx *c, Value exc, bool chain, int rec)
{
    bool group = pv_is_exc(exc) && pv_isinst(exc, &pv_exc_BaseExceptionGroup) &&
                 ((PvExc *)exc)->f[1] && pv_isinst(((PvExc *)exc)->f[1], &pv_tuple_type);
    PvBuf tmp;
    if (!group) {
        pv_buf_init(&tmp);
        print_one(&tmp, exc);
        emit(out, c, tmp.data ? tmp.data : "", tmp.size, '|');
        pv_buf_free(&tmp);
        return;
    }
    if (c->depth > MAX_GROUP_DEPTH) {
        emit_cstr(out, c, "... (max_group_depth is 10)\n");
        return;
    }
    bool toplevel = c->depth == 0;
    if (toplevel)
        c->depth++;
    PvExc *e = (PvExc *)exc;
    if (e->traceback && fmt_with_tb) {
        pv_buf_init(&tmp);
        print_tb(&tmp, e->traceback);
        /* print_tb starts with "Traceback (most recent call last):" */
        const char *body = tmp.data ? strchr(tmp.data, '\n') : NULL;
        const char *head = "Exception Group Traceback (most recent call last):\n";
        emit(out, c, head, strlen(head), toplevel ? '+' : '|');
        if (body)
            emit(out, c, body + 1, tmp.size - (size_t)(body + 1 - tmp.data), '|');
        pv_buf_free(&tmp);
    }
    pv_buf_init(&tmp);
    print_exc_only(&tmp, exc);
    emit(out, c, tmp.data ? tmp.data : "", tmp.size, '|');
    pv_buf_free(&tmp);
    Value excs = e->f[1];
    size_t num = pv_tuple_size(excs);
    size_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            c->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        indent(out, c);
        pv_buf_append_cstr(out, i == 0 ? "+-" : "  ");
        if (truncated)
            pv_buf_append_cstr(out, "+---------------- ... ----------------\n");
        else
            pv_buf_printf(out, "+---------------- %zu ----------------\n", i + 1);
        c->depth++;
        if (!truncated) {
            format_exc(out, c, pv_tuple_items(excs)[i], chain, rec + 1);
        } else {
            size_t remaining = num - MAX_GROUP_WIDTH;
            char msg[80];
            snprintf(msg, sizeof msg, "and %zu more exception%s\n", remaining,
                     remaining > 1 ? "s" : "");
            emit_cstr(out, c, msg);
        }
        if (last && c->need_close) {
            indent(out, c);
            pv_buf_append_cstr(out, "+------------------------------------\n");
            c->need_close = false;
        }
        c->depth--;
    }
    if (toplevel)
        c->depth = 0;
}

/* exc with its __cause__/__context__ chain, oldest first. */
static void format_exc(PvBuf *out, GroupCtx *c, Value exc, bool chain, int rec)
{
    pv_set_add(c->seen, pv_small((intptr_t)exc >> 3));
    if (chain && pv_is_exc(exc) && rec < 100) {
        PvExc *e = (PvExc *)exc;
        if (e->cause && !seen_has(c, e->cause)) {
            format_exc(out, c, e->cause, chain, rec + 1);
            emit_cstr(out, c, "\nThe above exception was the direct cause of the "
                              "following exception:\n\n");
        } else if (!e->suppress_context && e->context && !seen_has(c, e->context)) {
            format_exc(out, c, e->context, chain, rec + 1);
            emit_cstr(out, c, "\nDuring handling of the above exception, another "
                              "exception occurred:\n\n");
        }
    }
    format_single(out, c, exc, chain, rec);
}

static void print_chain(PvBuf *out, Value exc, Value seen, int depth)
{
    GroupCtx c = {0, false, seen};
    format_exc(out, &c, exc, true, depth);
}

/* sys._format_exception(exc, chain=True, tb=True): the text behind
 * Lib/traceback.py. */
Value pv_sys_format_exception(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value exc;
    bool chain = true, tb = true;
    static const char *const kw[] = {"", "chain", "tb", NULL};
    if (pv_parse_args("_format_exception", args, nargs, kwnames, "O|pp", kw, &exc, &chain,
                      &tb) < 0)
        return NULL;
    PvBuf out;
    pv_buf_init(&out);
    fmt_with_tb = tb;
    if (chain) {
        Value seen = pv_set_new(NULL);
        if (!seen) {
            fmt_with_tb = true;
            pv_buf_free(&out);
            return NULL;
        }
        print_chain(&out, exc, seen, 0);
    } else if (!tb) {
        print_exc_only(&out, exc); /* format_exception_only */
    } else {
        Value seen = pv_set_new(NULL);
        GroupCtx c = {0, false, seen};
        if (seen)
            format_exc(&out, &c, exc, false, 0);
    }
    fmt_with_tb = true;
    pv_err_clear();
    return pv_buf_finish_str(&out);
}

/* Format exc with its chain into a str (used by printing and by modules
 * that want the text). */
Value pv_format_exception(Value exc)
{
    PvBuf out;
    pv_buf_init(&out);
    Value saved = pv_err_fetch();
    Value seen = pv_set_new(NULL);
    if (seen)
        print_chain(&out, exc, seen, 0);
    pv_err_clear();
    pv_err_restore(saved);
    return pv_buf_finish_str(&out);
}

void pv_err_print_exc(Value exc)
{
    extern Value pv_sys_get(const char *name);
    Value s = pv_format_exception(exc);
    pv_err_clear();
    if (!s)
        return;
    Value err = pv_sys_get("stderr");
    if (err && err != pv_None) {
        if (pv_file_write_value(err, s) >= 0) {
            Value fl = pv_getattr_opt(err, pv_intern("flush"));
            if (fl)
                pv_call0(fl);
            pv_err_clear();
            return;
        }
        pv_err_clear();
    }
    fflush(stdout);
    fwrite(pv_str_data(s), 1, pv_str_size(s), stderr);
    fflush(stderr);
}

void pv_err_print(void)
{
    Value exc = pv_err_fetch();
    if (exc)
        pv_err_print_exc(exc);
}
