/* parse_str.c: number and string literals: escapes, prefixes, implicit
 * concatenation and f-strings (3.11 rules: an f-string is one token, its
 * expressions are tokenized again from the source bytes, so positions
 * inside them are real source positions). */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

PvNode *p_number(Parser *P, PvToken *t)
{
    char buf[128];
    char *s = t->len < sizeof buf ? buf : malloc(t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            s[n++] = t->start[i];
    s[n] = 0;
    Value v;
    if (t->kw == NUM_INT) {
        v = pv_int_from_string(t->start, t->len, 0);
    } else if (t->kw == NUM_FLOAT) {
        v = pv_float_from_string(s, n);
    } else {
        Value im = pv_float_from_string(s, n - 1);
        Value args[2] = {pv_float_new(0.0), im};
        v = im && args[0] ? pv_call((Value)&pv_complex_type, args, 2, NULL) : NULL;
    }
    if (s != buf)
        free(s);
    if (!v)
        p_fail(P);
    PvNode *node = pv_node_new(P->ast, E_CONST, t->line, t->col, t->end_line, t->end_col);
    node->ci = pv_ast_const(P->ast, v);
    if (node->ci < 0)
        p_fail(P);
    return node;
}

/* ---- escapes ---- */

typedef struct StrCtx {
    Parser *P;
    PvToken *last;        /* errors are reported after the last token */
} StrCtx;

static _Noreturn void str_error(StrCtx *S, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    PvToken *t = S->last;
    p_error_range(S->P, t->end_line, t->end_col, t->end_line, t->end_col, "%s", msg);
}

static void put_utf8(PvBuf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    pv_buf_append(b, u, n);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode the body s[0, n) of a literal into b (UTF-8 for str, raw for bytes). */
static void decode(StrCtx *S, const char *s, size_t n, bool raw, bool bytes, PvBuf *b)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (bytes && c >= 0x80)
            p_error_range(S->P, S->last->line, S->last->col, S->last->end_line, S->last->end_col,
                          "bytes can only contain ASCII literal characters");
        if (c == '\r') { /* newlines in triple-quoted strings become \n */
            pv_buf_append(b, "\n", 1);
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
            continue;
        }
        if (c != '\\' || raw) {
            if (raw && c == '\\' && i + 1 < n) { /* \' keeps both chars */
                pv_buf_append(b, s + i, 2);
                i++;
                continue;
            }
            pv_buf_append(b, s + i, 1);
            continue;
        }
        size_t start = i;
        if (++i >= n)
            break;
        c = (unsigned char)s[i];
        switch (c) {
        case '\n': break;
        case '\r': if (i + 1 < n && s[i + 1] == '\n') i++; break;
        case '\\': pv_buf_append(b, "\\", 1); break;
        case '\'': pv_buf_append(b, "'", 1); break;
        case '"': pv_buf_append(b, "\"", 1); break;
        case 'a': pv_buf_append(b, "\a", 1); break;
        case 'b': pv_buf_append(b, "\b", 1); break;
        case 'f': pv_buf_append(b, "\f", 1); break;
        case 'n': pv_buf_append(b, "\n", 1); break;
        case 'r': pv_buf_append(b, "\r", 1); break;
        case 't': pv_buf_append(b, "\t", 1); break;
        case 'v': pv_buf_append(b, "\v", 1); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = 0;
            int k = 0;
            while (k < 3 && i < n && s[i] >= '0' && s[i] <= '7') {
                v = v * 8 + (uint32_t)(s[i] - '0');
                i++;
                k++;
            }
            i--;
            if (bytes) {
                char ch = (char)(v & 0xff);
                pv_buf_append(b, &ch, 1);
            } else {
                put_utf8(b, v);
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') {
                pv_buf_append(b, s + start, 2);
                break;
            }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i + 1 + (size_t)k < n ? hexval((unsigned char)s[i + 1 + (size_t)k]) : -1;
                if (h < 0) {
                    if (bytes)
                        str_error(S, "(value error) invalid \\x escape at position %zu", start);
                    str_error(S, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position %zu-%zu: truncated \\%s escape", start,
                              start + 1 + (size_t)k,
                              c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                v = v * 16 + (uint32_t)h;
            }
            i += (size_t)digits;
            if (bytes) {
                char ch = (char)v;
                pv_buf_append(b, &ch, 1);
            } else if (v > 0x10ffff) {
                str_error(S, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                             "position %zu-%zu: illegal Unicode character", start, i);
            } else {
                put_utf8(b, v);
            }
            break;
        }
        case 'N': {
            if (bytes) {
                pv_buf_append(b, s + start, 2);
                break;
            }
            const char *close = i + 1 < n && s[i + 1] == '{' ? memchr(s + i + 2, '}', n - i - 2) : NULL;
            if (!close)
                str_error(S, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                             "position %zu-%zu: malformed \\N character escape", start,
                          i + 1 < n && s[i + 1] == '{' ? n - 1 : start + 1);
            size_t len = (size_t)(close - (s + i + 2));
            char up[128];
            long cp = -1;
            if (len < sizeof up) {
                for (size_t k = 0; k < len; k++)
                    up[k] = (char)((s[i + 2 + k] >= 'a' && s[i + 2 + k] <= 'z') ? s[i + 2 + k] - 32 : s[i + 2 + k]);
                up[len] = 0;
                cp = pv_unicode_lookup(up, len);
                if (cp < 0 && len > 22 && memcmp(up, "CJK UNIFIED IDEOGRAPH-", 22) == 0)
                    cp = strtol(up + 22, NULL, 16);
            }
            bool found = cp >= 0;
            if (found)
                put_utf8(b, (uint32_t)cp);
            size_t end = (size_t)(close - s);
            if (!found)
                str_error(S, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                             "position %zu-%zu: unknown Unicode character name", start, end);
            i = end;
            break;
        }
        default:
            /* invalid escapes stay as they are (a DeprecationWarning in CPython) */
            pv_buf_append(b, s + start, 2);
            break;
        }
    }
}

/* ---- f-strings ---- */

typedef struct FCtx {
    StrCtx *S;
    PvToken *tok;
    bool raw;
    PvNodeList *parts;
    PvBuf lit;
} FCtx;

static void flush_lit(FCtx *F)
{
    if (F->lit.size == 0)
        return;
    Value v = pv_str_new(F->lit.data, F->lit.size);
    F->lit.size = 0;
    Parser *P = F->S->P;
    if (!v)
        p_fail(P);
    PvToken *t = F->tok;
    PvNode *n = pv_node_new(P->ast, E_CONST, t->line, t->col, t->end_line, t->end_col);
    n->op = 1;
    n->ci = pv_ast_const(P->ast, v);
    if (n->ci < 0)
        p_fail(P);
    pv_list_push(P->ast, F->parts, n);
}

/* Line and line start of byte p inside the token t. */
static void locate(PvToken *t, const char *p, int *line, const char **line_start)
{
    int l = t->line;
    const char *ls = t->start - t->col;
    for (const char *q = t->start; q < p; q++)
        if (*q == '\n') {
            l++;
            ls = q + 1;
        }
    *line = l;
    *line_start = ls;
}

static PvNode *parse_fexpr(FCtx *F, const char *s, const char *e)
{
    Parser *P = F->S->P;
    int line;
    const char *ls;
    locate(F->tok, s, &line, &ls);
    PvLexer lx;
    pv_lex_init_sub(&lx, P->ast->src, s, e, line, ls);
    Parser sub = {0};
    sub.ast = P->ast;
    sub.outer = P;
    sub.in_fstring = true;
    sub.mangle_cls = P->mangle_cls;
    sub.fexpr_s = s;
    sub.fexpr_e = e;
    sub.fexpr_line = line;
    sub.fexpr_col = (int)(s - ls);
    sub.fdepth = P->fdepth + 1;
    int cap = 32;
    sub.toks = pv_ast_alloc(P->ast, (size_t)cap * sizeof *sub.toks);
    for (;;) {
        if (sub.ntoks == cap) {
            PvToken *nt = pv_ast_alloc(P->ast, (size_t)cap * 2 * sizeof *nt);
            memcpy(nt, sub.toks, (size_t)cap * sizeof *nt);
            sub.toks = nt;
            cap *= 2;
        }
        PvToken *t = &sub.toks[sub.ntoks++];
        int ty = pv_lex_next(&lx, t);
        if (ty == T_ERROR) {
            char *m = pv_ast_alloc(P->ast, strlen(t->msg) + 1);
            strcpy(m, t->msg);
            t->msg = m;
        }
        if (ty == T_ENDMARKER || ty == T_ERROR)
            break;
    }
    if (sub.toks[0].type == T_ERROR || sub.toks[0].type == T_ENDMARKER)
        p_invalid(&sub);
    PvNode *n;
    PvToken *first = tk(&sub);
    if (at_kw(&sub, KW_YIELD))
        n = p_yield_expr(&sub);
    else
        n = p_star_expressions(&sub);
    p_check_comma(&sub, n, first);
    if (!at(&sub, T_ENDMARKER))
        p_invalid(&sub);
    return n;
}

static const char *fparse(FCtx *F, const char *p, const char *end, int depth, bool spec);

/* A replacement field; p is just after '{'. Returns the position after '}'. */
static const char *field(FCtx *F, const char *p, const char *end, int depth)
{
    StrCtx *S = F->S;
    Parser *P = S->P;
    if (depth >= 2)
        str_error(S, "f-string: expressions nested too deeply");
    const char *s = p;
    char stack[200];
    int nest = 0;
    char quote = 0;
    bool triple = false;
    while (p < end) {
        char c = *p;
        if (c == '\\')
            str_error(S, "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote && (!triple || (p + 2 < end && p[1] == quote && p[2] == quote))) {
                p += triple ? 3 : 1;
                quote = 0;
                continue;
            }
            p++;
            continue;
        }
        if (c == '#')
            str_error(S, "f-string expression part cannot include '#'");
        if (c == '\'' || c == '"') {
            quote = c;
            triple = p + 2 < end && p[1] == c && p[2] == c;
            p += triple ? 3 : 1;
            continue;
        } else if (c == '(' || c == '[' || c == '{') {
            if (nest >= (int)sizeof stack)
                str_error(S, "f-string: too many nested parenthesis");
            stack[nest++] = c;
        } else if (c == ')' || c == ']' || c == '}') {
            if (nest == 0) {
                if (c == '}')
                    break;
                str_error(S, "f-string: unmatched '%c'", c);
            }
            char open = stack[--nest];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
                str_error(S, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                          c, open);
        } else if (nest == 0) {
            if (c == '!' && (p + 1 >= end || p[1] != '='))
                break;
            if (c == ':')
                break;
            if (c == '=' && p + 1 < end && p[1] != '=' && p > s && p[-1] != '=' && p[-1] != '!' &&
                p[-1] != '<' && p[-1] != '>')
                break;
            if (c == '=' && p == s)
                break;
        }
        p++;
    }
    if (quote)
        str_error(S, "f-string: unterminated string");
    if (nest > 0 && p >= end)
        str_error(S, "f-string: expecting '}'");
    {
        const char *q = s;
        while (q < p && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f'))
            q++;
        if (q == p && p < end && (*p == '!' || *p == ':' || *p == '='))
            str_error(S, "f-string: expression required before '%c'", *p);
    }
    if (p >= end)
        str_error(S, "f-string: expecting '}'");
    const char *q = s;
    while (q < p && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f'))
        q++;
    if (q == p)
        str_error(S, "f-string: empty expression not allowed");
    PvNode *expr = parse_fexpr(F, s, p);
    PvNode *fv = pv_node_new(P->ast, E_FORMATTED, expr->line, expr->col, expr->end_line, expr->end_col);
    fv->a = expr;
    fv->op = -1;
    bool selfdoc = false;
    if (*p == '=') {
        p++;
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        pv_buf_append(&F->lit, s, (size_t)(p - s));
        selfdoc = true;
    }
    if (p < end && *p == '!') {
        p++;
        if (p >= end)
            str_error(S, "f-string: expecting '}'");
        if (*p != 's' && *p != 'r' && *p != 'a')
            str_error(S, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        fv->op = *p++;
    }
    if (p < end && *p == ':') {
        p++;
        PvNodeList parts = {0};
        FCtx sf = {S, F->tok, F->raw, &parts, {0}};
        pv_buf_init(&sf.lit);
        p = fparse(&sf, p, end, depth + 1, true);
        flush_lit(&sf);
        pv_buf_free(&sf.lit);
        PvNode *js = pv_node_new(P->ast, E_JOINEDSTR, fv->line, fv->col, fv->end_line, fv->end_col);
        js->l1 = parts;
        fv->b = js;
    }
    if (p >= end || *p != '}')
        str_error(S, "f-string: expecting '}'");
    if (selfdoc && fv->op == -1 && !fv->b)
        fv->op = 'r';
    flush_lit(F);
    pv_list_push(P->ast, F->parts, fv);
    return p + 1;
}

/* Literal text and fields up to end (or, in a format spec, up to the
 * closing '}', which is not consumed). */
static const char *fparse(FCtx *F, const char *p, const char *end, int depth, bool spec)
{
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}') {
            if (*q == '\\' && !F->raw && q + 2 < end && q[1] == 'N' && q[2] == '{') {
                const char *c = memchr(q, '}', (size_t)(end - q));
                q = c ? c + 1 : end;
                continue;
            }
            q++;
        }
        if (q > p)
            decode(F->S, p, (size_t)(q - p), F->raw, false, &F->lit);
        p = q;
        if (p >= end)
            break;
        if (*p == '{') {
            if (!spec && p + 1 < end && p[1] == '{') {
                pv_buf_append(&F->lit, "{", 1);
                p += 2;
                continue;
            }
            p = field(F, p + 1, end, depth);
        } else {
            if (spec)
                return p;
            if (p + 1 < end && p[1] == '}') {
                pv_buf_append(&F->lit, "}", 1);
                p += 2;
                continue;
            }
            str_error(F->S, "f-string: single '}' is not allowed");
        }
    }
    return p;
}

/* ---- string tokens ---- */

PvNode *p_strings(Parser *P)
{
    PvToken *first = tk(P);
    int last = P->pos;
    bool any_f = false, any_bytes = false, any_str = false;
    while (P->toks[last].type == T_STRING) {
        PvToken *t = &P->toks[last];
        for (const char *c = t->start; *c != '\'' && *c != '"'; c++) {
            if ((*c | 0x20) == 'f')
                any_f = true;
            if ((*c | 0x20) == 'b')
                any_bytes = true;
        }
        bool b = false;
        for (const char *c = t->start; *c != '\'' && *c != '"'; c++)
            b |= (*c | 0x20) == 'b';
        if (!b)
            any_str = true;
        last++;
    }
    StrCtx S = {P, &P->toks[last - 1]};
    if (any_bytes && any_str)
        str_error(&S, "cannot mix bytes and nonbytes literals");
    PvNodeList parts = {0};
    FCtx F = {&S, first, false, &parts, {0}};
    pv_buf_init(&F.lit);
    for (int i = P->pos; i < last; i++) {
        PvToken *t = &P->toks[i];
        const char *c = t->start;
        bool raw = false, fs = false;
        for (; *c != '\'' && *c != '"'; c++) {
            raw |= (*c | 0x20) == 'r';
            fs |= (*c | 0x20) == 'f';
        }
        size_t q = (c[0] == c[1] && c[1] == c[2] && (size_t)(t->start + t->len - c) >= 6) ? 3 : 1;
        const char *body = c + q, *bend = t->start + t->len - q;
        if (fs) {
            F.tok = t;
            F.raw = raw;
            fparse(&F, body, bend, 0, false);
        } else {
            decode(&S, body, (size_t)(bend - body), raw, any_bytes, &F.lit);
        }
    }
    P->pos = last - 1;
    p_next(P);
    PvNode *n;
    if (!any_f) {
        Value v = any_bytes ? pv_bytes_new(F.lit.data ? F.lit.data : "", F.lit.size)
                            : pv_str_new(F.lit.data ? F.lit.data : "", F.lit.size);
        pv_buf_free(&F.lit);
        if (!v)
            p_fail(P);
        n = p_node(P, E_CONST, first);
        n->op = any_bytes ? 2 : 1;
        n->ci = pv_ast_const(P->ast, v);
        if (n->ci < 0)
            p_fail(P);
        return n;
    }
    F.tok = first;
    flush_lit(&F);
    pv_buf_free(&F.lit);
    n = p_node(P, E_JOINEDSTR, first);
    n->l1 = parts;
    return n;
}
