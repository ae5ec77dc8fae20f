/* parse.c: the hand-written recursive-descent parser of Python 3.11,
 * statements part, and the parser's entry point. Expressions are in
 * parse_expr.c, literals in parse_str.c, match statements in
 * parse_match.c. Error messages and positions follow CPython 3.11's
 * "invalid_*" grammar rules for the common mistakes. */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens ---- */

PvToken *p_next(Parser *P)
{
    PvToken *t = tk(P);
    if (P->pos < P->ntoks - 1)
        P->pos++;
    if (tk(P)->type == T_ERROR)
        p_raise_token_error(P, tk(P));
    return t;
}

bool p_accept(Parser *P, int type)
{
    if (!at(P, type))
        return false;
    p_next(P);
    return true;
}

bool p_accept_kw(Parser *P, int kw)
{
    if (!at_kw(P, kw))
        return false;
    p_next(P);
    return true;
}

PvToken *p_expect(Parser *P, int type, const char *msg)
{
    if (!at(P, type)) {
        if (msg && tk(P)->type != T_ERROR) {
            PvToken *p = prev(P);
            /* CPython puts "expected ':'" right after the previous token */
            p_error_range(P, p->end_line, p->end_col, p->end_line, p->end_col, "%s", msg);
        }
        p_invalid(P);
    }
    return p_next(P);
}

PvNode *p_node(Parser *P, int kind, PvToken *start)
{
    PvToken *e = prev(P);
    return pv_node_new(P->ast, kind, start->line, start->col, e->end_line, e->end_col);
}

void p_finish(Parser *P, PvNode *n)
{
    PvToken *e = prev(P);
    n->end_line = e->end_line;
    n->end_col = e->end_col;
}

Value p_name_id(Parser *P, PvToken *t)
{
    char buf[256];
    char *s = t->len < sizeof buf ? buf : malloc(t->len + 1);
    memcpy(s, t->start, t->len);
    s[t->len] = 0;
    Value v = pv_intern(s);
    if (s != buf)
        free(s);
    if (!v)
        p_fail(P);
    return v;
}

Value p_mangle(Parser *P, Value id)
{
    const char *s = pv_str_data(id), *c;
    size_t n = pv_str_size(id);
    if (!P->mangle_cls || n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') ||
        strchr(s, '.'))
        return id;
    c = pv_str_data(P->mangle_cls);
    while (*c == '_')
        c++;
    if (!*c)
        return id;
    size_t cl = strlen(c);
    char buf[512];
    if (cl + n + 2 > sizeof buf)
        return id;
    buf[0] = '_';
    memcpy(buf + 1, c, cl);
    memcpy(buf + 1 + cl, s, n + 1);
    Value v = pv_intern(buf);
    if (!v)
        p_fail(P);
    return v;
}

static PvNode *name_node(Parser *P, PvToken *t)
{
    PvNode *n = pv_node_new(P->ast, E_NAME, t->line, t->col, t->end_line, t->end_col);
    n->id = p_mangle(P, p_name_id(P, t));
    return n;
}

static PvToken *expect_name(Parser *P)
{
    if (!at(P, T_NAME) || tk(P)->kw)
        p_invalid(P);
    return p_next(P);
}

/* ---- statements ---- */

static void statement(Parser *P, PvNodeList *body);
static void simple_stmts(Parser *P, PvNodeList *body);

PvNode *p_block(Parser *P, PvNodeList *body, const char *what, int line)
{
    if (at(P, T_NEWLINE)) {
        PvToken *nl = p_next(P);
        if (!at(P, T_INDENT)) {
            PvToken *t = tk(P);
            if (t->type == T_ERROR)
                p_raise_token_error(P, t);
            int l = t->line, off = t->col + 1, end = t->end_col + 1;
            (void)nl;
            if (t->type == T_ENDMARKER || t->type == T_DEDENT)
                end = -1;
            char msg[200];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
            size_t n;
            const char *s = pv_source_line(P->ast->src, P->ast->size, l, &n);
            if (off > 0 && (int)n >= off - 1)
                off = pv_utf8_cols(s, off - 1) + 1;
            pv_syntax_error_at(P->ast, &pv_exc_IndentationError, l, off, l, end, PV_TEXT_LINE, msg);
            p_fail(P);
        }
        p_next(P);
        while (!at(P, T_DEDENT) && !at(P, T_ENDMARKER))
            statement(P, body);
        p_accept(P, T_DEDENT);
    } else {
        simple_stmts(P, body);
    }
    return NULL;
}

static const char *augassign_op(int type, int *op)
{
    static const struct { int t, op; } m[] = {
        {T_PLUSEQUAL, PV_OP_ADD}, {T_MINEQUAL, PV_OP_SUB}, {T_STAREQUAL, PV_OP_MUL},
        {T_ATEQUAL, PV_OP_MATMUL}, {T_SLASHEQUAL, PV_OP_TRUEDIV},
        {T_DOUBLESLASHEQUAL, PV_OP_FLOORDIV}, {T_PERCENTEQUAL, PV_OP_MOD},
        {T_DOUBLESTAREQUAL, PV_OP_POW}, {T_LEFTSHIFTEQUAL, PV_OP_LSHIFT},
        {T_RIGHTSHIFTEQUAL, PV_OP_RSHIFT}, {T_AMPEREQUAL, PV_OP_AND},
        {T_VBAREQUAL, PV_OP_OR}, {T_CIRCUMFLEXEQUAL, PV_OP_XOR},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (m[i].t == type) {
            *op = m[i].op;
            return "";
        }
    return NULL;
}

static bool is_keyword_const(PvNode *n)
{
    if (n->kind != E_CONST || n->op != 0)
        return false;
    return true; /* numbers are op 0 too; callers check names */
}

/* The target error of CPython: "cannot assign to X" (or "here. Maybe..."). */
static _Noreturn void bad_target(Parser *P, PvNode *bad, const char *verb)
{
    p_error_node(P, bad, "cannot %s %s", verb, p_expr_name(P, bad));
}

static PvNode *value_expr(Parser *P)
{
    if (at_kw(P, KW_YIELD))
        return p_yield_expr(P);
    return p_star_expressions(P);
}

static PvNode *expr_stmt(Parser *P)
{
    PvToken *start = tk(P);
    bool paren = at(P, T_LPAR);
    PvNode *e = value_expr(P);
    /* print "x": Python 2 habits */
    if (e->kind == E_NAME && (pv_str_eq_cstr(e->id, "print") || pv_str_eq_cstr(e->id, "exec")) &&
        p_starts_expr(tk(P)) && !at(P, T_LPAR) && !at(P, T_LSQB) && !at(P, T_MINUS) && !at(P, T_PLUS) && !at(P, T_STAR) && !at(P, T_TILDE)) {
        const char *name = pv_str_eq_cstr(e->id, "print") ? "print" : "exec";
        PvNode *arg = p_star_expressions(P);
        p_error_range(P, e->line, e->col, arg->end_line, arg->end_col,
                      "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name);
    }
    int op;
    if (at(P, T_COLON)) {
        p_next(P);
        PvNode *n = p_node(P, S_ANNASSIGN, start);
        n->a = e;
        if (e->kind == E_TUPLE || e->kind == E_LIST)
            p_error_node(P, e, "only single target (not %s) can be annotated",
                         e->kind == E_TUPLE ? "tuple" : "list");
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCR)
            p_error_node(P, e, "illegal target for annotation");
        p_set_ctx(e, CTX_STORE);
        n->op = e->kind == E_NAME && !paren;
        n->b = p_expression(P);
        if (p_accept(P, T_EQUAL))
            n->c = value_expr(P);
        p_finish(P, n);
        return n;
    }
    if (augassign_op(tk(P)->type, &op)) {
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCR)
            p_error_node(P, e, "'%s' is an illegal expression for augmented assignment",
                         p_expr_name(P, e));
        p_set_ctx(e, CTX_STORE);
        p_next(P);
        PvNode *n = p_node(P, S_AUGASSIGN, start);
        n->a = e;
        n->op = op;
        n->b = value_expr(P);
        p_finish(P, n);
        return n;
    }
    if (at(P, T_EQUAL)) {
        PvNode *n = p_node(P, S_ASSIGN, start);
        pv_list_push(P->ast, &n->l1, e);
        PvToken *eq = NULL;
        while (at(P, T_EQUAL)) {
            eq = p_next(P);
            if (at(P, T_NEWLINE) || at(P, T_ENDMARKER) || at(P, T_EQUAL))
                p_invalid(P);
            e = value_expr(P);
            if (at(P, T_EQUAL))
                pv_list_push(P->ast, &n->l1, e);
        }
        (void)eq;
        n->a = e;
        for (int i = 0; i < n->l1.n; i++) {
            PvNode *t = n->l1.items[i];
            if (t->kind == E_YIELD || t->kind == E_YIELDFROM)
                p_error_node(P, t, "assignment to yield expression not possible");
            PvNode *bad = p_set_ctx(t, CTX_STORE);
            if (!bad)
                continue;
            bool kwc = t->kind == E_CONST && is_keyword_const(t) &&
                       (PV_CONST(P->ast, t) == pv_None || PV_CONST(P->ast, t) == pv_True ||
                        PV_CONST(P->ast, t) == pv_False);
            bool bitor_level = t->kind != E_IFEXP && t->kind != E_LAMBDA && t->kind != E_BOOLOP &&
                               t->kind != E_COMPARE && t->kind != E_NAMEDEXPR &&
                               !(t->kind == E_UNARY && t->op == PV_UNARY_NOT);
            if (i == 0 && n->l1.n == 1 && t->kind != E_TUPLE && t->kind != E_LIST && bitor_level &&
                t->kind != E_GENEXP && !kwc && e->kind != E_TUPLE && e->kind != E_YIELD)
                p_error_node(P, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             p_expr_name(P, t));
            bad_target(P, bad, "assign to");
        }
        p_finish(P, n);
        return n;
    }
    PvNode *n = p_node(P, S_EXPR, start);
    n->a = e;
    return n;
}

static void dotted_name(Parser *P, char *buf, size_t cap)
{
    size_t n = 0;
    for (;;) {
        PvToken *t = expect_name(P);
        if (n + t->len + 2 >= cap)
            p_error_tok(P, t, "name too long");
        memcpy(buf + n, t->start, t->len);
        n += t->len;
        if (!at(P, T_DOT))
            break;
        p_next(P);
        buf[n++] = '.';
    }
    buf[n] = 0;
}

static PvNode *import_stmt(Parser *P)
{
    PvToken *start = p_next(P);
    PvNode *n = p_node(P, S_IMPORT, start);
    char buf[1024];
    do {
        PvToken *s = tk(P);
        dotted_name(P, buf, sizeof buf);
        PvNode *a = p_node(P, K_ALIAS, s);
        a->id = pv_intern(buf);
        if (p_accept_kw(P, KW_AS))
            a->id2 = p_name_id(P, expect_name(P));
        p_finish(P, a);
        pv_list_push(P->ast, &n->l1, a);
    } while (p_accept(P, T_COMMA));
    p_finish(P, n);
    return n;
}

static PvNode *from_stmt(Parser *P)
{
    PvToken *start = p_next(P);
    PvNode *n = p_node(P, S_IMPORTFROM, start);
    int level = 0;
    for (;;) {
        if (p_accept(P, T_DOT))
            level++;
        else if (p_accept(P, T_ELLIPSIS))
            level += 3;
        else
            break;
    }
    char buf[1024];
    if (!at_kw(P, KW_IMPORT) || level == 0) {
        dotted_name(P, buf, sizeof buf);
        n->id = pv_intern(buf);
    }
    n->op = level;
    p_expect(P, T_NAME, NULL);
    if (prev(P)->kw != KW_IMPORT) {
        P->pos--;
        p_invalid(P);
    }
    if (at(P, T_STAR)) {
        PvToken *s = p_next(P);
        PvNode *a = p_node(P, K_ALIAS, s);
        a->id = pv_intern("*");
        pv_list_push(P->ast, &n->l1, a);
    } else {
        bool paren = p_accept(P, T_LPAR);
        do {
            if (paren && at(P, T_RPAR))
                break;
            if (!paren && n->l1.n && (at(P, T_NEWLINE) || at(P, T_ENDMARKER) || at(P, T_SEMI)))
                p_error_tok(P, tk(P), "trailing comma not allowed without surrounding parentheses");
            PvToken *s = expect_name(P);
            PvNode *a = p_node(P, K_ALIAS, s);
            a->id = p_name_id(P, s);
            if (p_accept_kw(P, KW_AS))
                a->id2 = p_name_id(P, expect_name(P));
            p_finish(P, a);
            pv_list_push(P->ast, &n->l1, a);
        } while (p_accept(P, T_COMMA));
        if (paren)
            p_expect(P, T_RPAR, NULL);
        else if (prev(P)->type == T_COMMA)
            p_error_tok(P, prev(P), "trailing comma not allowed without surrounding parentheses");
    }
    p_finish(P, n);
    return n;
}

static PvNode *simple_stmt(Parser *P)
{
    PvToken *t = tk(P);
    PvNode *n;
    if (t->type == T_NAME) {
        switch (t->kw) {
        case KW_PASS: p_next(P); return p_node(P, S_PASS, t);
        case KW_BREAK: p_next(P); return p_node(P, S_BREAK, t);
        case KW_CONTINUE: p_next(P); return p_node(P, S_CONTINUE, t);
        case KW_RETURN:
            p_next(P);
            n = p_node(P, S_RETURN, t);
            if (!at(P, T_NEWLINE) && !at(P, T_SEMI) && !at(P, T_ENDMARKER))
                n->a = p_star_expressions(P);
            p_finish(P, n);
            return n;
        case KW_RAISE:
            p_next(P);
            n = p_node(P, S_RAISE, t);
            if (!at(P, T_NEWLINE) && !at(P, T_SEMI) && !at(P, T_ENDMARKER)) {
                n->a = p_expression(P);
                if (p_accept_kw(P, KW_FROM))
                    n->b = p_expression(P);
            }
            p_finish(P, n);
            return n;
        case KW_GLOBAL:
        case KW_NONLOCAL:
            p_next(P);
            n = p_node(P, t->kw == KW_GLOBAL ? S_GLOBAL : S_NONLOCAL, t);
            do
                pv_list_push(P->ast, &n->l1, name_node(P, expect_name(P)));
            while (p_accept(P, T_COMMA));
            p_finish(P, n);
            return n;
        case KW_DEL: {
            p_next(P);
            n = p_node(P, S_DELETE, t);
            do {
                if (at(P, T_NEWLINE) || at(P, T_SEMI))
                    break;
                if (at(P, T_STAR)) {
                    PvToken *st = p_next(P);
                    PvNode *e = p_bitor(P);
                    p_error_range(P, st->line, st->col, e->end_line, e->end_col, "cannot delete starred");
                }
                PvNode *e = p_bitor(P);
                PvNode *bad = p_set_ctx(e, CTX_DEL);
                if (bad)
                    p_error_node(P, bad, "cannot delete %s", p_expr_name(P, bad));
                pv_list_push(P->ast, &n->l1, e);
            } while (p_accept(P, T_COMMA));
            if (n->l1.n == 0)
                p_invalid(P);
            p_finish(P, n);
            return n;
        }
        case KW_ASSERT:
            p_next(P);
            n = p_node(P, S_ASSERT, t);
            n->a = p_expression(P);
            if (p_accept(P, T_COMMA))
                n->b = p_expression(P);
            p_finish(P, n);
            return n;
        case KW_IMPORT: return import_stmt(P);
        case KW_FROM: return from_stmt(P);
        default: break;
        }
    }
    return expr_stmt(P);
}

static void simple_stmts(Parser *P, PvNodeList *body)
{
    for (;;) {
        pv_list_push(P->ast, body, simple_stmt(P));
        if (!p_accept(P, T_SEMI))
            break;
        if (at(P, T_NEWLINE))
            break;
    }
    if (at(P, T_ENDMARKER))
        return;
    if (!at(P, T_NEWLINE)) {
        PvToken *t = tk(P);
        if (t->type == T_EQUAL && P->pos > 0) /* e.g. "x += 1 = 2" */
            p_invalid(P);
        p_invalid(P);
    }
    p_next(P);
}

static void expect_colon(Parser *P)
{
    if (at(P, T_COLON)) {
        p_next(P);
        return;
    }
    p_expect(P, T_COLON, "expected ':'");
}

static PvNode *if_stmt(Parser *P, PvToken *start)
{
    PvNode *n = p_node(P, S_IF, start);
    PvToken *kw = start;
    n->a = p_named_expression(P);
    if (at(P, T_EQUAL)) {
        PvNode *a = n->a;
        if (a->kind == E_NAME)
            p_error_range(P, a->line, a->col, tk_at(P, 1)->end_line, tk_at(P, 1)->end_col,
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        p_error_node(P, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                     p_expr_name(P, a));
    }
    expect_colon(P);
    p_block(P, &n->l1, kw->kw == KW_IF ? "'if' statement" : "'elif' statement", kw->line);
    if (at_kw(P, KW_ELIF)) {
        PvToken *e = p_next(P);
        pv_list_push(P->ast, &n->l2, if_stmt(P, e));
    } else if (at_kw(P, KW_ELSE)) {
        PvToken *e = p_next(P);
        expect_colon(P);
        p_block(P, &n->l2, "'else' statement", e->line);
    }
    p_finish(P, n);
    return n;
}

static void else_block(Parser *P, PvNodeList *l)
{
    if (at_kw(P, KW_ELSE)) {
        PvToken *e = p_next(P);
        expect_colon(P);
        p_block(P, l, "'else' statement", e->line);
    }
}

static PvNode *while_stmt(Parser *P, PvToken *start)
{
    PvNode *n = p_node(P, S_WHILE, start);
    n->a = p_named_expression(P);
    expect_colon(P);
    p_block(P, &n->l1, "'while' statement", start->line);
    else_block(P, &n->l2);
    p_finish(P, n);
    return n;
}

static PvNode *for_stmt(Parser *P, PvToken *start, bool is_async)
{
    PvToken *kw = p_next(P);
    PvNode *n = p_node(P, S_FOR, start);
    n->op = is_async;
    n->a = p_star_targets(P);
    PvNode *bad = p_set_ctx(n->a, CTX_STORE);
    if (bad)
        p_error_node(P, bad, "cannot assign to %s", p_expr_name(P, bad));
    if (!p_accept_kw(P, KW_IN))
        p_invalid(P);
    n->b = p_star_expressions(P);
    expect_colon(P);
    p_block(P, &n->l1, "'for' statement", kw->line);
    else_block(P, &n->l2);
    p_finish(P, n);
    return n;
}

/* Does the '(' at the current token close with ')' followed by ':'? */
static bool paren_then_colon(Parser *P)
{
    int depth = 0;
    for (int i = P->pos; i < P->ntoks; i++) {
        int ty = P->toks[i].type;
        if (ty == T_LPAR || ty == T_LSQB || ty == T_LBRACE)
            depth++;
        else if (ty == T_RPAR || ty == T_RSQB || ty == T_RBRACE) {
            if (--depth == 0)
                return i + 1 < P->ntoks && P->toks[i + 1].type == T_COLON;
        } else if (ty == T_NEWLINE || ty == T_ENDMARKER || ty == T_ERROR)
            return false;
    }
    return false;
}

static PvNode *with_item(Parser *P)
{
    PvToken *s = tk(P);
    PvNode *it = p_node(P, K_WITHITEM, s);
    it->a = p_expression(P);
    if (p_accept_kw(P, KW_AS)) {
        it->b = p_bitor(P);
        PvNode *bad = p_set_ctx(it->b, CTX_STORE);
        if (bad)
            p_error_node(P, bad, "cannot assign to %s", p_expr_name(P, bad));
    }
    p_finish(P, it);
    return it;
}

static PvNode *with_stmt(Parser *P, PvToken *start, bool is_async)
{
    PvToken *kw = p_next(P);
    PvNode *n = p_node(P, S_WITH, start);
    n->op = is_async;
    if (at(P, T_LPAR) && paren_then_colon(P)) {
        p_next(P);
        do {
            if (at(P, T_RPAR))
                break;
            pv_list_push(P->ast, &n->l1, with_item(P));
        } while (p_accept(P, T_COMMA));
        p_expect(P, T_RPAR, NULL);
    } else {
        do
            pv_list_push(P->ast, &n->l1, with_item(P));
        while (p_accept(P, T_COMMA));
    }
    expect_colon(P);
    p_block(P, &n->l2, "'with' statement", kw->line);
    p_finish(P, n);
    return n;
}

static PvNode *try_stmt(Parser *P, PvToken *start)
{
    PvNode *n = p_node(P, S_TRY, start);
    expect_colon(P);
    p_block(P, &n->l1, "'try' statement", start->line);
    int star = -1;
    while (at_kw(P, KW_EXCEPT)) {
        PvToken *e = p_next(P);
        bool is_star = p_accept(P, T_STAR);
        if (star >= 0 && star != is_star) {
            PvToken *last = is_star ? &P->toks[P->pos - 1] : e; /* except* marks the star too */
            p_error_range(P, e->line, e->col, last->end_line, last->end_col,
                          "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        PvNode *h = p_node(P, K_HANDLER, e);
        if (!at(P, T_COLON)) {
            h->a = p_expression(P);
            if (at(P, T_COMMA)) {
                PvNode *first = h->a;
                p_next(P);
                PvNode *last = p_expression(P);
                while (p_accept(P, T_COMMA))
                    last = p_expression(P);
                p_error_range(P, first->line, first->col, last->end_line, last->end_col,
                              "multiple exception types must be parenthesized");
            }
            if (p_accept_kw(P, KW_AS))
                h->id = p_name_id(P, expect_name(P));
        } else if (is_star) {
            p_error_tok(P, tk(P), "expected one or more exception types");
        }
        expect_colon(P);
        p_block(P, &h->l1, is_star ? "'except*' statement" : "'except' statement", e->line);
        p_finish(P, h);
        pv_list_push(P->ast, &n->l2, h);
    }
    n->op = star > 0;
    if (n->l2.n)
        else_block(P, &n->l3);
    if (at_kw(P, KW_FINALLY)) {
        PvToken *f = p_next(P);
        expect_colon(P);
        p_block(P, &n->l4, "'finally' statement", f->line);
    }
    if (!n->l2.n && !n->l4.n) {
        PvToken *t = tk(P);
        pv_syntax_error_at(P->ast, &pv_exc_SyntaxError, t->line, t->col + 1, t->line, -1,
                           PV_TEXT_LINE, "expected 'except' or 'finally' block");
        p_fail(P);
        p_fail(P);
    }
    p_finish(P, n);
    return n;
}

static PvNode *funcdef(Parser *P, PvToken *start, bool is_async)
{
    PvToken *kw = p_next(P); /* def */
    PvNode *n = p_node(P, S_FUNCDEF, start);
    n->op = is_async;
    n->id = p_name_id(P, expect_name(P));
    n->id2 = p_mangle(P, n->id);
    p_expect(P, T_LPAR, "expected '('");
    n->a = p_arguments_def(P, false, T_RPAR);
    p_expect(P, T_RPAR, NULL);
    if (p_accept(P, T_RARROW))
        n->b = p_expression(P);
    expect_colon(P);
    p_block(P, &n->l1, "function definition", kw->line);
    p_finish(P, n);
    return n;
}

static PvNode *classdef(Parser *P, PvToken *start)
{
    PvToken *kw = p_next(P);
    PvNode *n = p_node(P, S_CLASSDEF, start);
    n->id = p_name_id(P, expect_name(P));
    n->id2 = p_mangle(P, n->id);
    if (p_accept(P, T_LPAR)) {
        PvNode call = {0};
        call.kind = S_CLASSDEF; /* no generator argument */
        p_call_args(P, &call, T_RPAR);
        p_expect(P, T_RPAR, NULL);
        n->l1 = call.l1;
        n->l2 = call.l2;
    }
    expect_colon(P);
    Value saved = P->mangle_cls;
    P->mangle_cls = n->id;
    p_block(P, &n->l3, "class definition", kw->line);
    P->mangle_cls = saved;
    p_finish(P, n);
    return n;
}

static void statement(Parser *P, PvNodeList *body)
{
    PvToken *t = tk(P);
    if (t->type == T_INDENT || t->type == T_ERROR)
        p_invalid(P);
    if (t->type == T_AT) {
        PvNodeList decos = {0};
        while (at(P, T_AT)) {
            p_next(P);
            pv_list_push(P->ast, &decos, p_named_expression(P));
            p_expect(P, T_NEWLINE, NULL);
        }
        PvToken *s = tk(P);
        PvNode *d;
        if (at_kw(P, KW_DEF))
            d = funcdef(P, s, false);
        else if (at_kw(P, KW_CLASS))
            d = classdef(P, s);
        else if (at_kw(P, KW_ASYNC) && tk_at(P, 1)->kw == KW_DEF) {
            p_next(P);
            d = funcdef(P, s, true);
        } else
            p_invalid(P);
        if (d->kind == S_FUNCDEF)
            d->l2 = decos;
        else
            d->l4 = decos;
        pv_list_push(P->ast, body, d);
        return;
    }
    if (t->type == T_NAME) {
        PvNode *n = NULL;
        switch (t->kw) {
        case KW_IF: p_next(P); n = if_stmt(P, t); break;
        case KW_WHILE: p_next(P); n = while_stmt(P, t); break;
        case KW_FOR: n = for_stmt(P, t, false); break;
        case KW_WITH: n = with_stmt(P, t, false); break;
        case KW_TRY: p_next(P); n = try_stmt(P, t); break;
        case KW_DEF: n = funcdef(P, t, false); break;
        case KW_CLASS: n = classdef(P, t); break;
        case KW_ASYNC:
            p_next(P);
            if (at_kw(P, KW_DEF))
                n = funcdef(P, t, true);
            else if (at_kw(P, KW_FOR))
                n = for_stmt(P, t, true);
            else if (at_kw(P, KW_WITH))
                n = with_stmt(P, t, true);
            else
                p_invalid(P);
            break;
        case KW_NONE:
            if (p_is_match_stmt(P))
                n = p_match_stmt(P);
            break;
        default: break;
        }
        if (n) {
            pv_list_push(P->ast, body, n);
            return;
        }
    }
    simple_stmts(P, body);
}

/* ---- entry ---- */

static bool tokenize(Parser *P, const char *src, size_t size)
{
    PvLexer lx;
    pv_lex_init(&lx, src, size);
    lx.file_mode = pv_str_data(P->ast->filename)[0] != '<';
    int cap = 256;
    P->toks = malloc((size_t)cap * sizeof *P->toks);
    P->ntoks = 0;
    for (;;) {
        if (P->ntoks == cap) {
            cap *= 2;
            P->toks = realloc(P->toks, (size_t)cap * sizeof *P->toks);
        }
        if (!P->toks) {
            pv_nomemory();
            return false;
        }
        PvToken *t = &P->toks[P->ntoks++];
        int ty = pv_lex_next(&lx, t);
        if (ty == T_ERROR && t->msg == lx.msgbuf) {
            /* the lexer's buffer is reused: keep a copy */
            char *m = pv_ast_alloc(P->ast, strlen(t->msg) + 1);
            strcpy(m, t->msg);
            t->msg = m;
        }
        if (ty == T_ENDMARKER || ty == T_ERROR)
            break;
    }
    return true;
}

bool pv_parse(PvAst *ast, const char *src, size_t size, Value filename, const char *mode)
{
    Parser P = {0};
    jmp_buf jb;
    P.ast = ast;
    P.jb = &jb;
    ast->src = src;
    ast->size = size;
    ast->filename = filename;
    if (!ast->consts || !tokenize(&P, src, size)) {
        free(P.toks);
        return false;
    }
    if (setjmp(jb)) {
        free(P.toks);
        return false;
    }
    if (P.toks[0].type == T_ERROR)
        p_raise_token_error(&P, &P.toks[0]);
    if (strcmp(mode, "eval") == 0) {
        while (at(&P, T_NEWLINE))
            p_next(&P);
        if (at(&P, T_INDENT))
            p_invalid(&P);
        PvNode *r = pv_node_new(ast, K_EXPRESSION, 1, 0, 1, 0);
        r->a = p_star_expressions(&P);
        while (at(&P, T_NEWLINE))
            p_next(&P);
        if (!at(&P, T_ENDMARKER))
            p_invalid(&P);
        ast->root = r;
    } else {
        PvNode *r = pv_node_new(ast, K_MODULE, 1, 0, 1, 0);
        while (at(&P, T_NEWLINE))
            p_next(&P);
        while (!at(&P, T_ENDMARKER)) {
            statement(&P, &r->l1);
            if (strcmp(mode, "single") == 0 && !at(&P, T_ENDMARKER)) {
                while (at(&P, T_NEWLINE))
                    p_next(&P);
                if (!at(&P, T_ENDMARKER))
                    p_error_tok(&P, tk(&P), "multiple statements found while compiling a single statement");
            }
        }
        ast->root = r;
    }
    free(P.toks);
    return true;
}
