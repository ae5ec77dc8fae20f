/* parse_err.c: the parser's SyntaxError reporting (CPython 3.11 rules
 * for where a generic error points and which error wins) and the caret
 * anchors of 3.11 tracebacks (pv_caret_anchors). */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors ---- */

_Noreturn void p_fail(Parser *P)
{
    while (P->outer)
        P = P->outer;
    longjmp(*P->jb, 1);
}

_Noreturn void p_raise_token_error(Parser *P, PvToken *t)
{
    if (P->in_fstring && P->fexpr_s && t->err_line == P->fexpr_line && t->err_offset > 0) {
        /* relative to CPython's "(" + expression + ")" string */
        int base = pv_utf8_cols(P->fexpr_s - P->fexpr_col, P->fexpr_col);
        t->err_offset = t->err_offset - base + 1;
        if (t->err_end_offset > 0)
            t->err_end_offset = t->err_end_offset - base + 1;
    }
    PvType *type = t->err_kind == 2 ? &pv_exc_TabError
                 : t->err_kind == 1 ? &pv_exc_IndentationError : &pv_exc_SyntaxError;
    pv_syntax_error_at(P->ast, type, t->err_line, t->err_offset, t->err_end_line,
                       t->err_end_offset, t->err_text ? t->err_text : PV_TEXT_STRIPPED, t->msg);
    p_fail(P);
}

static _Noreturn void verror(Parser *P, PvType *type, int line, int col, int end_line, int end_col,
                             const char *fmt, va_list ap)
{
    char msg[400];
    int k = P->in_fstring ? snprintf(msg, sizeof msg, "f-string: ") : 0;
    vsnprintf(msg + k, sizeof msg - (size_t)k, fmt, ap);
    if (P->in_fstring && P->fexpr_s) {
        /* CPython 3.11 parses "(" + expression + ")" on its own: offsets
         * and text refer to that string */
        int off = line == P->fexpr_line ? pv_utf8_cols(P->fexpr_s, col - P->fexpr_col) + 2 : col + 1;
        int eoff = end_line == P->fexpr_line ? pv_utf8_cols(P->fexpr_s, end_col - P->fexpr_col) + 2 : end_col + 1;
        PvAst fake = *P->ast;
        PvBuf b;
        pv_buf_init(&b);
        pv_buf_append(&b, "(", 1);
        pv_buf_append(&b, P->fexpr_s, (size_t)(P->fexpr_e - P->fexpr_s));
        pv_buf_append(&b, ")\n", 2);
        fake.src = b.data;
        fake.size = b.size;
        pv_syntax_error_at(&fake, type, line, off, end_line, eoff, PV_TEXT_NONE, msg);
        Value exc = pv_err_fetch();
        if (exc) {
            Value text = pv_str_decode_utf8(b.data, b.size, "replace");
            if (text)
                pv_setattr_str(exc, "text", text);
            pv_err_restore(exc);
        }
        pv_buf_free(&b);
        p_fail(P);
    }
    pv_syntax_error(P->ast, type, line, col, end_line, end_col, PV_TEXT_LINE, "%s", msg);
    p_fail(P);
}

_Noreturn void p_error_range(Parser *P, int line, int col, int end_line, int end_col,
                             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(P, &pv_exc_SyntaxError, line, col, end_line, end_col, fmt, ap);
}

_Noreturn void p_error_tok(Parser *P, PvToken *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int end_col = t->end_col;
    if (t->type == T_NEWLINE || t->type == T_ENDMARKER)
        end_col = t->col;
    verror(P, &pv_exc_SyntaxError, t->line, t->col, t->end_line, end_col, fmt, ap);
}

_Noreturn void p_error_node(Parser *P, PvNode *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(P, &pv_exc_SyntaxError, n->line, n->col, n->end_line, n->end_col, fmt, ap);
}

/* After a generic error CPython tokenizes the rest of the file: a
 * tokenizer error found there wins, an unclosed bracket only when it was
 * opened on a line before the error. */
bool p_later_token_error(Parser *P, int err_line)
{
    PvToken *last = &P->toks[P->ntoks - 1];
    if (P->outer || last->type != T_ERROR)
        return false;
    if (strstr(last->msg, "was never closed"))
        return err_line > last->err_line;
    return true;
}

_Noreturn void p_invalid(Parser *P)
{
    PvToken *t = tk(P);
    if (t->type == T_ERROR)
        p_raise_token_error(P, t);
    if (t->type == T_INDENT) {
        pv_syntax_error_at(P->ast, &pv_exc_IndentationError, t->line, t->col, t->line, -1,
                           PV_TEXT_LINE, "unexpected indent");
        p_fail(P);
    }
    if (t->type == T_DEDENT) {
        pv_syntax_error_at(P->ast, &pv_exc_IndentationError, t->line, t->col + 1, t->line, -1,
                           PV_TEXT_LINE, "unexpected unindent");
        p_fail(P);
    }
    /* CPython tokenizes the rest of the file after a generic error and
     * reports a tokenizer error found there instead */
    if (p_later_token_error(P, t->line))
        p_raise_token_error(P, &P->toks[P->ntoks - 1]);
    if (t->type == T_ENDMARKER && P->pos > 0) {
        PvToken *p = prev(P);
        p_error_range(P, p->end_line, p->end_col, p->end_line, p->end_col, "invalid syntax");
    }
    p_error_tok(P, t, "invalid syntax");
}

/* ---- caret anchors for tracebacks (CPython 3.11's traceback rules) ---- */

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int pv_caret_anchors(const char *segment, size_t len, int *start, int *end)
{
    Value saved = pv_err_fetch();
    PvAst ast;
    pv_ast_init(&ast);
    bool ok = false;
    Value fn = pv_intern("<caret>");
    if (ast.consts && fn && pv_parse(&ast, segment, len, fn, "exec")) {
        PvNode *r = ast.root;
        PvNode *e = r->l1.n == 1 && r->l1.items[0]->kind == S_EXPR ? r->l1.items[0]->a : NULL;
        int n = (int)len;
        if (e && e->kind == E_BINOP && e->a->end_line == 1 && e->b->line == 1) {
            int ls = e->a->end_col, rs = e->b->col;
            int off = 0;
            while (ls + off < rs && is_space(segment[ls + off]))
                off++;
            int left = ls + off, right = left + 1;
            if (off + 1 < rs - ls && !is_space(segment[ls + off + 1]))
                right++;
            while (left < n && (is_space(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
                left++;
                right++;
            }
            *start = left;
            *end = right;
            ok = true;
        } else if (e && e->kind == E_SUBSCR && e->a->end_line == 1 && e->b->end_line == 1) {
            int left = e->a->end_col, right = e->b->end_col + 1;
            while (left < n && segment[left] != '[')
                left++;
            while (right < n && segment[right] != ']')
                right++;
            if (right < n)
                right++;
            *start = left;
            *end = right;
            ok = true;
        }
    }
    pv_ast_free(&ast);
    pv_err_restore(saved);
    return ok;
}
