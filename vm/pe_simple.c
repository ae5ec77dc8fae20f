/* pe_simple.c: the simple statements of the .pe syntax: expression
 * statements and assignments, import, print, global/nonlocal (see
 * pe_parse.c for the compound ones). */
#include "pe.h"

static Value dotted(Pe *E)
{
    Parser *P = &E->P;
    PvBuf b;
    pv_buf_init(&b);
    for (;;) {
        PvToken *t = tk(P);
        if (t->type != T_NAME || t->kw) {
            pv_buf_free(&b);
            pe_expected(E, "a module name", NULL);
        }
        p_next(P);
        pv_buf_append(&b, t->start, t->len);
        if (!at(P, T_DOT))
            break;
        p_next(P);
        pv_buf_append(&b, ".", 1);
    }
    pv_buf_append(&b, "", 1);
    Value v = pv_intern(b.data);
    pv_buf_free(&b);
    if (!v)
        p_fail(P);
    return v;
}

static PvNode *alias(Pe *E, bool dotted_name)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *a = pv_node_new(P->ast, K_ALIAS, s->line, s->col, s->line, s->col);
    if (dotted_name) {
        a->id = dotted(E);
    } else {
        if (s->type != T_NAME || s->kw)
            pe_expected(E, "a name", "'import'");
        p_next(P);
        a->id = p_name_id(P, s);
    }
    if (p_accept_kw(P, KW_AS)) {
        PvToken *t = tk(P);
        if (t->type != T_NAME || t->kw)
            pe_expected(E, "a name", "'as'");
        p_next(P);
        a->id2 = p_name_id(P, t);
    }
    p_finish(P, a);
    return a;
}

PvNode *pe_import(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_IMPORT, s);
    do
        pv_list_push(P->ast, &n->l1, alias(E, true));
    while (p_accept(P, T_COMMA));
    p_finish(P, n);
    return n;
}

PvNode *pe_from(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, S_IMPORTFROM, s);
    for (;;) {
        if (p_accept(P, T_DOT))
            n->op++;
        else if (p_accept(P, T_ELLIPSIS))
            n->op += 3;
        else
            break;
    }
    if (!at_kw(P, KW_IMPORT))
        n->id = dotted(E);
    if (!p_accept_kw(P, KW_IMPORT))
        pe_expected(E, "'import'", "the module name");
    PvToken *st = tk(P);
    if (p_accept(P, T_STAR)) {
        PvNode *a = p_node(P, K_ALIAS, st);
        a->id = pv_intern("*");
        pv_list_push(P->ast, &n->l1, a);
    } else if (at(P, T_LPAR)) {
        E->nest++;
        p_next(P);
        do
            pv_list_push(P->ast, &n->l1, alias(E, false));
        while (p_accept(P, T_COMMA) && !at(P, T_RPAR));
        if (!at(P, T_RPAR))
            pe_expected(E, "')'", "the imported names");
        E->nest--;
        p_next(P);
    } else {
        do
            pv_list_push(P->ast, &n->l1, alias(E, false));
        while (p_accept(P, T_COMMA));
    }
    p_finish(P, n);
    return n;
}

/* Does a value follow `return` / `raise` / `print`? */
bool pe_value_follows(Pe *E)
{
    PvToken *t = tk(&E->P);
    if (t->type == T_SEMI || t->type == T_RBRACE || t->type == T_ENDMARKER)
        return false;
    return !pe_autosem_here(E);
}

/* print (x, end="") is Python 3's print: say what PE wants instead */
static void check_py3_print(Pe *E)
{
    Parser *P = &E->P;
    if (!at(P, T_LPAR))
        return;
    int depth = 0;
    for (int k = 0; tk_at(P, k)->type != T_ENDMARKER && tk_at(P, k)->type != T_ERROR; k++) {
        PvToken *t = tk_at(P, k);
        if (t->type == T_NAME && t->kw == KW_LAMBDA)
            return; /* lambda x=1: ... */
        if (t->type == T_LPAR || t->type == T_LSQB || t->type == T_LBRACE)
            depth++;
        else if (t->type == T_RPAR || t->type == T_RSQB || t->type == T_RBRACE) {
            if (--depth == 0)
                return;
        } else if (depth == 1 && t->type == T_NAME && !t->kw && tk_at(P, k + 1)->type == T_EQUAL)
            p_error_tok(P, t, "print is a statement in .pe files: print x, y; "
                              "(a trailing comma: no newline; print >>f, x: to f)");
    }
}

PvNode *pe_print(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    check_py3_print(E);
    PvNode *n = p_node(P, S_PRINT, s);
    n->b = pv_node_new(P->ast, E_TUPLE, s->line, s->col, s->end_line, s->end_col);
    n->op = 1;
    if (p_accept(P, T_RSHIFT)) {
        n->a = pe_test(E);
        if (!p_accept(P, T_COMMA)) {
            p_finish(P, n);
            return n;
        }
    }
    while (pe_value_follows(E)) {
        pv_list_push(P->ast, &n->b->l1, pe_test(E));
        n->op = 1;
        if (!p_accept(P, T_COMMA))
            break;
        n->op = 0;
    }
    p_finish(P, n);
    return n;
}

static bool is_augassign(int type, int *op)
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
            return true;
        }
    return false;
}

static PvNode *value(Pe *E)
{
    return at_kw(&E->P, KW_YIELD) ? pe_yield(E) : pe_testlist(E, true);
}

PvNode *pe_expr_stmt(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *e = value(E);
    int op;
    if (is_augassign(tk(P)->type, &op)) {
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCR)
            p_error_node(P, e, "'%s' is an illegal expression for augmented assignment",
                         p_expr_name(P, e));
        p_set_ctx(e, CTX_STORE);
        p_next(P);
        PvNode *n = p_node(P, S_AUGASSIGN, s);
        n->a = e;
        n->op = op;
        n->b = value(E);
        p_finish(P, n);
        return n;
    }
    if (at(P, T_EQUAL)) {
        PvNode *n = p_node(P, S_ASSIGN, s);
        while (p_accept(P, T_EQUAL)) {
            pv_list_push(P->ast, &n->l1, pe_store(E, e));
            e = value(E);
        }
        n->a = e;
        p_finish(P, n);
        return n;
    }
    if (at(P, T_COLON) && (e->kind == E_NAME || e->kind == E_ATTR || e->kind == E_SUBSCR)) {
        p_next(P);
        PvNode *n = p_node(P, S_ANNASSIGN, s);
        n->op = e->kind == E_NAME;
        n->a = pe_store(E, e);
        n->b = pe_test(E);
        if (p_accept(P, T_EQUAL))
            n->c = value(E);
        p_finish(P, n);
        return n;
    }
    PvNode *n = p_node(P, S_EXPR, s);
    n->a = e;
    return n;
}

PvNode *pe_names(Pe *E, int kind)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, kind, s);
    do {
        PvToken *t = tk(P);
        if (t->type != T_NAME || t->kw)
            pe_expected(E, "a name", NULL);
        p_next(P);
        PvNode *nm = p_node(P, E_NAME, t);
        nm->id = p_mangle(P, p_name_id(P, t));
        pv_list_push(P->ast, &n->l1, nm);
    } while (p_accept(P, T_COMMA));
    p_finish(P, n);
    return n;
}

bool pe_print_is_stmt(Pe *E)
{
    int t = tk_at(&E->P, 1)->type, op;
    return pe_at_name(E, "print") && t != T_EQUAL && t != T_DOT && !is_augassign(t, &op);
}
