/* pe_parse.c: statements of the .pe syntax and its entry point. Bodies are
 * one statement or a { } block, headers take parenthesised conditions,
 * statements end with ';' unless the file starts with __autosem__ (then a
 * ';' is assumed before a token that cannot continue the statement when it
 * is the first of its line outside brackets). The tree is the Python
 * parser's (ast.h) plus S_PRINT for the print statement. */
#include "pe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void stmt(Pe *E, PvNodeList *out);
static PvNode *if_stmt(Pe *E);

_Noreturn void pe_expected(Pe *E, const char *what, const char *after)
{
    Parser *P = &E->P;
    PvToken *t = tk(P);
    if (t->type == T_ERROR)
        p_raise_token_error(P, t);
    if (P->pos > 0 && (t->type == T_ENDMARKER || t->line > prev(P)->end_line)) {
        /* the token is on a later line: point just after the previous one */
        PvToken *p = prev(P);
        if (after)
            p_error_range(P, p->end_line, p->end_col, p->end_line, p->end_col,
                          "expected %s after %s", what, after);
        p_error_range(P, p->end_line, p->end_col, p->end_line, p->end_col, "expected %s", what);
    }
    if (after)
        p_error_tok(P, t, "expected %s after %s", what, after);
    p_error_tok(P, t, "expected %s", what);
}

/* Is a ';' assumed here? (automatic semicolons) */
bool pe_autosem_here(Pe *E)
{
    Parser *P = &E->P;
    PvToken *t = tk(P);
    return E->autosem && E->nest == 0 && P->pos > 0 &&
           (t->type == T_ENDMARKER || t->line > prev(P)->end_line);
}

static void end_stmt(Pe *E)
{
    if (p_accept(&E->P, T_SEMI) || pe_autosem_here(E))
        return;
    pe_expected(E, "';'", NULL);
}

/* break/continue/import: with __autosem__ the ';' is always optional. */
static void end_simple(Pe *E)
{
    if (E->autosem) {
        p_accept(&E->P, T_SEMI);
        return;
    }
    end_stmt(E);
}

static PvNode *pass_at(Pe *E, PvToken *t)
{
    return pv_node_new(E->P.ast, S_PASS, t->line, t->col, t->line, t->col);
}

static bool can_start_stmt(PvToken *t)
{
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case KW_EXCEPT: case KW_ELSE: case KW_FINALLY: case KW_ELIF: case KW_IN: case KW_IS:
        case KW_AND: case KW_OR: case KW_AS:
            return false;
        default:
            return true;
        }
    case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE: case T_SEMI:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_EXCLAMATION: case PE_T_DOLLAR: case T_STAR:
    case T_ELLIPSIS: case T_AT:
        return true;
    default:
        return false;
    }
}

/* The body of a header: one statement or a block. With __autosem__, a
 * token that cannot start a statement on the next line makes it empty:
 * `try while (1)` / `except (...)` is a loop with an empty body. */
static void body(Pe *E, PvNodeList *l)
{
    Parser *P = &E->P;
    PvToken *t = tk(P);
    if (!can_start_stmt(t) && pe_autosem_here(E)) {
        pv_list_push(P->ast, l, pass_at(E, prev(P)));
        return;
    }
    if (!can_start_stmt(t))
        pe_expected(E, "a statement", NULL);
    stmt(E, l);
    if (l->n == 0)
        pv_list_push(P->ast, l, pass_at(E, t));
}

static void block(Pe *E, PvNodeList *out)
{
    Parser *P = &E->P;
    PvToken *open = p_next(P);
    int n0 = out->n;
    while (!at(P, T_RBRACE)) {
        if (at(P, T_ENDMARKER))
            p_error_tok(P, open, "'{' was never closed");
        int pos = P->pos;
        if (!can_start_stmt(tk(P)))
            pe_expected(E, "a statement or '}'", NULL);
        stmt(E, out);
        if (P->pos == pos)
            pe_expected(E, "a statement", NULL);
    }
    p_next(P);
    if (out->n == n0)
        pv_list_push(P->ast, out, pass_at(E, open));
}

/* "(" condition ")", or "!" before it. */
static PvNode *cond(Pe *E, const char *kw)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    if (p_accept(P, T_EXCLAMATION)) {
        PvNode *n = p_node(P, E_UNARY, s);
        n->op = PV_UNARY_NOT;
        n->a = cond(E, kw);
        p_finish(P, n);
        return n;
    }
    if (!at(P, T_LPAR))
        pe_expected(E, "'('", kw);
    E->nest++;
    p_next(P);
    PvNode *c = pe_testlist(E, true);
    if (!at(P, T_RPAR))
        pe_expected(E, "')'", "the condition");
    E->nest--;
    p_next(P);
    return c;
}

static PvNode *name_at(Pe *E, PvToken *t, const char *name, int ctx)
{
    PvNode *n = pv_node_new(E->P.ast, E_NAME, t->line, t->col, t->end_line, t->end_col);
    n->id = pv_intern(name);
    if (!n->id)
        p_fail(&E->P);
    n->op = ctx;
    return n;
}

static PvNode *if_stmt(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_IF, s);
    n->a = cond(E, "'if'");
    body(E, &n->l1);
    if (at_kw(P, KW_ELIF) || (at_kw(P, KW_ELSE) && tk_at(P, 1)->type == T_NAME && tk_at(P, 1)->kw == KW_IF)) {
        if (at_kw(P, KW_ELSE))
            p_next(P);
        pv_list_push(P->ast, &n->l2, if_stmt(E));
    } else if (p_accept_kw(P, KW_ELSE)) {
        body(E, &n->l2);
    }
    p_finish(P, n);
    return n;
}

static void else_clause(Pe *E, PvNode *n)
{
    if (p_accept_kw(&E->P, KW_ELSE))
        body(E, &n->l2);
}

static PvNode *while_stmt(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_WHILE, s);
    n->a = cond(E, "'while'");
    body(E, &n->l1);
    else_clause(E, n);
    p_finish(P, n);
    return n;
}

static PvNode *for_stmt(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_FOR, s);
    if (!at(P, T_LPAR))
        pe_expected(E, "'('", "'for'");
    E->nest++;
    p_next(P);
    n->a = pe_store(E, pe_targets(E));
    if (!p_accept_kw(P, KW_IN))
        pe_expected(E, "'in'", "the loop variables");
    n->b = pe_testlist(E, true);
    if (!at(P, T_RPAR))
        pe_expected(E, "')'", "the iterable");
    E->nest--;
    p_next(P);
    body(E, &n->l1);
    else_clause(E, n);
    p_finish(P, n);
    return n;
}

static PvNode *with_stmt(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_WITH, s);
    if (!at(P, T_LPAR))
        pe_expected(E, "'('", "'with'");
    E->nest++;
    p_next(P);
    do {
        PvToken *is = tk(P);
        PvNode *it = p_node(P, K_WITHITEM, is);
        it->a = pe_test(E);
        if (p_accept_kw(P, KW_AS))
            it->b = pe_store(E, pe_target(E));
        p_finish(P, it);
        pv_list_push(P->ast, &n->l1, it);
    } while (p_accept(P, T_COMMA) && !at(P, T_RPAR));
    if (!at(P, T_RPAR))
        pe_expected(E, "')'", "the context managers");
    E->nest--;
    p_next(P);
    body(E, &n->l2);
    p_finish(P, n);
    return n;
}

/* except (E) / (E, name) / (E as name) / ((A, B), name) / bare except */
static PvNode *handler(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *h = p_node(P, K_HANDLER, s);
    if (at(P, T_LPAR)) {
        E->nest++;
        p_next(P);
        h->a = pe_test(E);
        if (p_accept_kw(P, KW_AS) || p_accept(P, T_COMMA)) {
            PvToken *nt = tk(P);
            if (nt->type != T_NAME || nt->kw)
                pe_expected(E, "a name for the exception", NULL);
            p_next(P);
            h->id = p_mangle(P, p_name_id(P, nt));
        }
        if (!at(P, T_RPAR))
            pe_expected(E, "')'", "the exception");
        E->nest--;
        p_next(P);
    }
    body(E, &h->l1);
    p_finish(P, h);
    return h;
}

static PvNode *try_stmt(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_TRY, s);
    body(E, &n->l1);
    while (at_kw(P, KW_EXCEPT))
        pv_list_push(P->ast, &n->l2, handler(E));
    if (p_accept_kw(P, KW_ELSE))
        body(E, &n->l3);
    if (p_accept_kw(P, KW_FINALLY))
        body(E, &n->l4);
    if (n->l2.n == 0 && (n->l4.n == 0 || n->l3.n)) {
        /* no except clause: any exception is swallowed */
        PvNode *h = pv_node_new(P->ast, K_HANDLER, s->line, s->col, s->end_line, s->end_col);
        pv_list_push(P->ast, &h->l1, pass_at(E, s));
        pv_list_push(P->ast, &n->l2, h);
    }
    p_finish(P, n);
    return n;
}

/* def NAME (ARGS) BODY, def A.b (ARGS) BODY, method NAME (ARGS) BODY */
static void funcdef(Pe *E, PvNodeList *out, PvNodeList *decos, bool method)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvToken *nt = tk(P);
    if (nt->type != T_NAME || nt->kw)
        pe_expected(E, "a function name", method ? "'method'" : "'def'");
    p_next(P);
    PvNode *n = p_node(P, S_FUNCDEF, s);
    n->id = p_name_id(P, nt);
    n->id2 = p_mangle(P, n->id);
    PvNode *target = NULL; /* def A.b: the attribute to assign */
    while (at(P, T_DOT)) {
        PvNode *obj = target ? target : name_at(E, nt, pv_str_data(n->id2), CTX_LOAD);
        p_next(P);
        PvToken *at_ = tk(P);
        if (at_->type != T_NAME || at_->kw)
            pe_expected(E, "a name", "'.'");
        p_next(P);
        target = p_node(P, E_ATTR, nt);
        target->a = obj;
        target->id = p_mangle(P, p_name_id(P, at_));
        n->id = target->id;
        n->id2 = pv_intern("__pe_def__");
    }
    if (!at(P, T_LPAR))
        pe_expected(E, "'('", "the function name");
    E->nest++;
    p_next(P);
    PvNodeList dollar = {0};
    n->a = pe_arguments(E, T_RPAR, false, method ? &dollar : NULL);
    if (!at(P, T_RPAR))
        pe_expected(E, "')'", "the parameters");
    E->nest--;
    p_next(P);
    if (method) {
        PvNode *self = pv_node_new(P->ast, K_ARG, s->line, s->col, s->end_line, s->end_col);
        self->id = pv_intern("self");
        PvNodeList l = {0};
        pv_list_push(P->ast, &l, self);
        for (int i = 0; i < n->a->l1.n; i++)
            pv_list_push(P->ast, &l, n->a->l1.items[i]);
        n->a->l1 = l;
        if (n->a->op)
            n->a->op++;
    }
    if (p_accept(P, T_RARROW))
        n->b = pe_test(E);
    if (decos)
        n->l2 = *decos;
    /* method __init__ ($x): self.x = x first */
    for (int i = 0; i < dollar.n; i++) {
        PvNode *a = dollar.items[i];
        PvNode *as = pv_node_new(P->ast, S_ASSIGN, a->line, a->col, a->end_line, a->end_col);
        PvNode *t = pv_node_new(P->ast, E_ATTR, a->line, a->col, a->end_line, a->end_col);
        t->a = name_at(E, nt, "self", CTX_LOAD);
        t->a->line = a->line;
        t->a->col = a->col;
        t->id = a->id;
        t->op = CTX_STORE;
        pv_list_push(P->ast, &as->l1, t);
        as->a = name_at(E, nt, pv_str_data(a->id), CTX_LOAD);
        pv_list_push(P->ast, &n->l1, as);
    }
    body(E, &n->l1);
    p_finish(P, n);
    pv_list_push(P->ast, out, n);
    if (target) {
        PvNode *as = pv_node_new(P->ast, S_ASSIGN, s->line, s->col, s->end_line, s->end_col);
        target->op = CTX_STORE;
        pv_list_push(P->ast, &as->l1, target);
        as->a = name_at(E, nt, "__pe_def__", CTX_LOAD);
        pv_list_push(P->ast, out, as);
        PvNode *del = pv_node_new(P->ast, S_DELETE, s->line, s->col, s->end_line, s->end_col);
        pv_list_push(P->ast, &del->l1, name_at(E, nt, "__pe_def__", CTX_DEL));
        pv_list_push(P->ast, out, del);
    }
}

static PvNode *classdef(Pe *E, PvNodeList *decos)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvToken *nt = tk(P);
    if (nt->type != T_NAME || nt->kw)
        pe_expected(E, "a class name", "'class'");
    p_next(P);
    PvNode *n = p_node(P, S_CLASSDEF, s);
    n->id = p_name_id(P, nt);
    n->id2 = p_mangle(P, n->id);
    if (at(P, T_LPAR)) {
        E->nest++;
        p_next(P);
        PvNode call = {0};
        call.kind = S_CLASSDEF;
        pe_call_args(E, &call, T_RPAR);
        if (!at(P, T_RPAR))
            pe_expected(E, "')'", "the base classes");
        E->nest--;
        p_next(P);
        n->l1 = call.l1;
        n->l2 = call.l2;
    }
    if (decos)
        n->l4 = *decos;
    Value saved = P->mangle_cls;
    P->mangle_cls = n->id;
    body(E, &n->l3);
    P->mangle_cls = saved;
    p_finish(P, n);
    return n;
}

static void stmt(Pe *E, PvNodeList *out)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *n = NULL;
    if (s->type == T_SEMI) {
        p_next(P);
        pv_list_push(P->ast, out, pass_at(E, s));
        return;
    }
    if (s->type == T_LBRACE) {
        int k = tk_at(P, 1)->type;
        if ((k == T_STRING || k == T_NUMBER) && tk_at(P, 2)->type == T_COLON)
            p_error_tok(P, s, "a dict display at the start of a statement must be in parentheses");
        block(E, out);
        return;
    }
    if (s->type == T_AT) {
        PvNodeList decos = {0};
        while (p_accept(P, T_AT)) {
            pv_list_push(P->ast, &decos, pe_test(E));
            p_accept(P, T_SEMI);
        }
        if (at_kw(P, KW_DEF))
            funcdef(E, out, &decos, false);
        else if (pe_at_name(E, "method") && tk_at(P, 1)->type == T_NAME)
            funcdef(E, out, &decos, true);
        else if (at_kw(P, KW_CLASS))
            pv_list_push(P->ast, out, classdef(E, &decos));
        else
            pe_expected(E, "'def' or 'class'", "a decorator");
        return;
    }
    if (s->type == T_NAME) {
        switch (s->kw) {
        case KW_IF: pv_list_push(P->ast, out, if_stmt(E)); return;
        case KW_WHILE: pv_list_push(P->ast, out, while_stmt(E)); return;
        case KW_FOR: pv_list_push(P->ast, out, for_stmt(E)); return;
        case KW_WITH: pv_list_push(P->ast, out, with_stmt(E)); return;
        case KW_TRY: pv_list_push(P->ast, out, try_stmt(E)); return;
        case KW_DEF: funcdef(E, out, NULL, false); return;
        case KW_CLASS: pv_list_push(P->ast, out, classdef(E, NULL)); return;
        case KW_PASS:
            p_next(P);
            n = pass_at(E, s);
            end_stmt(E);
            pv_list_push(P->ast, out, n);
            return;
        case KW_BREAK: case KW_CONTINUE:
            p_next(P);
            n = p_node(P, s->kw == KW_BREAK ? S_BREAK : S_CONTINUE, s);
            end_simple(E);
            pv_list_push(P->ast, out, n);
            return;
        case KW_IMPORT: case KW_FROM:
            n = s->kw == KW_IMPORT ? pe_import(E) : pe_from(E);
            end_simple(E);
            pv_list_push(P->ast, out, n);
            return;
        case KW_RETURN:
            p_next(P);
            n = p_node(P, S_RETURN, s);
            if (pe_value_follows(E))
                n->a = pe_testlist(E, true);
            break;
        case KW_RAISE:
            p_next(P);
            n = p_node(P, S_RAISE, s);
            if (pe_value_follows(E)) {
                n->a = pe_test(E);
                if (p_accept_kw(P, KW_FROM))
                    n->b = pe_test(E);
            }
            break;
        case KW_GLOBAL: n = pe_names(E, S_GLOBAL); break;
        case KW_NONLOCAL: n = pe_names(E, S_NONLOCAL); break;
        case KW_DEL: {
            p_next(P);
            n = p_node(P, S_DELETE, s);
            PvNode *t = pe_targets(E);
            PvNode *bad = p_set_ctx(t, CTX_DEL);
            if (bad)
                p_error_node(P, bad, "cannot delete %s", p_expr_name(P, bad));
            if (t->kind == E_TUPLE)
                n->l1 = t->l1;
            else
                pv_list_push(P->ast, &n->l1, t);
            break;
        }
        case KW_ASSERT:
            p_next(P);
            n = p_node(P, S_ASSERT, s);
            n->a = pe_test(E);
            if (p_accept(P, T_COMMA))
                n->b = pe_test(E);
            break;
        case KW_NONE:
            if (pe_at_name(E, "method") && tk_at(P, 1)->type == T_NAME) {
                funcdef(E, out, NULL, true);
                return;
            }
            if (pe_print_is_stmt(E)) {
                n = pe_print(E);
                break;
            }
            break;
        default:
            break;
        }
    }
    if (!n) {
        if (!can_start_stmt(s))
            pe_expected(E, "a statement", NULL);
        n = pe_expr_stmt(E);
    }
    p_finish(P, n);
    end_stmt(E);
    pv_list_push(P->ast, out, n);
}

static bool is_autosem_name(PvToken *t)
{
    static const char *const names[] = {"__autosem__", "__automatic_semicolon__"};
    for (int i = 0; i < 2; i++)
        if (t->type == T_NAME && t->len == strlen(names[i]) && memcmp(t->start, names[i], t->len) == 0)
            return true;
    return false;
}

bool pv_pe_parse(PvAst *ast, const char *src, size_t size, Value filename, const char *mode)
{
    Pe E;
    memset(&E, 0, sizeof E);
    Parser *P = &E.P;
    jmp_buf jb;
    P->ast = ast;
    P->jb = &jb;
    ast->src = src;
    ast->size = size;
    ast->filename = filename;
    if (!ast->consts || !pe_tokenize(P, src, size)) {
        free(P->toks);
        return false;
    }
    if (setjmp(jb)) {
        free(P->toks);
        return false;
    }
    if (P->toks[0].type == T_ERROR)
        p_raise_token_error(P, &P->toks[0]);
    if (strcmp(mode, "eval") == 0) {
        PvNode *r = pv_node_new(ast, K_EXPRESSION, 1, 0, 1, 0);
        r->a = pe_testlist(&E, true);
        if (!at(P, T_ENDMARKER))
            pe_expected(&E, "end of input", NULL);
        ast->root = r;
    } else {
        PvNode *r = pv_node_new(ast, K_MODULE, 1, 0, 1, 0);
        PvToken *t = tk(P), *n = tk_at(P, 1);
        if (is_autosem_name(t) && (n->type == T_SEMI || n->type == T_ENDMARKER || n->line > t->end_line)) {
            E.autosem = true;
            p_next(P);
            p_accept(P, T_SEMI);
        }
        while (!at(P, T_ENDMARKER)) {
            int pos = P->pos;
            if (!can_start_stmt(tk(P)))
                pe_expected(&E, "a statement", NULL);
            stmt(&E, &r->l1);
            if (P->pos == pos)
                pe_expected(&E, "a statement", NULL);
        }
        ast->root = r;
    }
    free(P->toks);
    return true;
}
