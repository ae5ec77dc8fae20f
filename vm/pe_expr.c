/* pe_expr.c: expressions of the .pe syntax. Python 3's grammar with three
 * changes: `a ? b : c` replaces `b if a else c` (an `if` always starts a
 * statement, which keeps automatic semicolons simple), `!x` is a `not` that
 * binds like unary minus, `$name` is `self.name`; and comprehension clauses
 * are parenthesised: [x for (x in Y) if (x > 1)]. Literals are parsed by
 * the Python front end (parse_str.c). */
#include "pe.h"

#include <string.h>

static PvNode *expr(Pe *E);
static PvNode *factor(Pe *E);

static PvNode *const_node(Pe *E, PvToken *t, Value v)
{
    PvNode *n = pv_node_new(E->P.ast, E_CONST, t->line, t->col, t->end_line, t->end_col);
    n->ci = pv_ast_const(E->P.ast, v);
    if (n->ci < 0)
        p_fail(&E->P);
    return n;
}

static PvNode *name_node(Pe *E, PvToken *t, Value id)
{
    PvNode *n = pv_node_new(E->P.ast, E_NAME, t->line, t->col, t->end_line, t->end_col);
    n->id = id;
    return n;
}

/* A bracket opened inside an expression: automatic semicolons are off
 * until it closes. */
static PvToken *open_br(Pe *E)
{
    E->nest++;
    return p_next(&E->P);
}

static void close_br(Pe *E, int type, const char *msg)
{
    Parser *P = &E->P;
    if (!at(P, type))
        pe_expected(E, msg, NULL);
    E->nest--;
    p_next(P);
}

static Value ident(Pe *E)
{
    Parser *P = &E->P;
    PvToken *t = tk(P);
    if (t->type != T_NAME || t->kw)
        pe_expected(E, "a name", NULL);
    p_next(P);
    return p_mangle(P, p_name_id(P, t));
}

/* ---- comprehensions: for (TARGETS in ITER) if (COND) ---- */

static bool at_for(Pe *E) { return at_kw(&E->P, KW_FOR); }

static PvNode *comp(Pe *E, int kind, PvNode *elt, PvNode *val, PvToken *start)
{
    Parser *P = &E->P;
    PvNode *n = pv_node_new(P->ast, kind, start->line, start->col, start->line, start->col);
    n->a = elt;
    n->b = val;
    while (at_for(E)) {
        PvToken *s = p_next(P);
        PvNode *c = p_node(P, K_COMPREHENSION, s);
        if (!at(P, T_LPAR))
            pe_expected(E, "'('", "'for'");
        open_br(E);
        c->a = pe_store(E, pe_targets(E));
        if (!p_accept_kw(P, KW_IN))
            pe_expected(E, "'in'", NULL);
        c->b = pe_or_test(E);
        close_br(E, T_RPAR, "')'");
        while (at_kw(P, KW_IF)) {
            p_next(P);
            pv_list_push(P->ast, &c->l1, pe_or_test(E));
        }
        p_finish(P, c);
        pv_list_push(P->ast, &n->l1, c);
    }
    return n;
}

/* ---- atoms ---- */

static PvNode *star_or_test(Pe *E)
{
    Parser *P = &E->P;
    if (at(P, T_STAR)) {
        PvToken *s = p_next(P);
        PvNode *n = p_node(P, E_STARRED, s);
        n->a = expr(E);
        p_finish(P, n);
        return n;
    }
    return pe_test(E);
}

/* Elements of a list, tuple or set display up to `close`. */
static void elements(Pe *E, PvNodeList *l, int close)
{
    Parser *P = &E->P;
    while (!at(P, close)) {
        pv_list_push(P->ast, l, star_or_test(E));
        if (!p_accept(P, T_COMMA))
            break;
    }
}

static PvNode *paren_atom(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = open_br(E);
    if (at(P, T_RPAR)) {
        close_br(E, T_RPAR, "')'");
        return p_node(P, E_TUPLE, s);
    }
    if (at_kw(P, KW_YIELD)) {
        PvNode *y = pe_yield(E);
        close_br(E, T_RPAR, "')'");
        return y;
    }
    PvNode *first = star_or_test(E);
    if (at_for(E)) {
        PvNode *g = comp(E, E_GENEXP, first, NULL, s);
        close_br(E, T_RPAR, "')'");
        p_finish(P, g);
        g->line = s->line;
        g->col = s->col;
        return g;
    }
    if (!at(P, T_COMMA)) {
        close_br(E, T_RPAR, "')'");
        return first;
    }
    PvNode *t = p_node(P, E_TUPLE, s);
    pv_list_push(P->ast, &t->l1, first);
    p_next(P);
    elements(E, &t->l1, T_RPAR);
    close_br(E, T_RPAR, "')'");
    p_finish(P, t);
    return t;
}

static PvNode *list_atom(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = open_br(E);
    if (at(P, T_RSQB)) {
        close_br(E, T_RSQB, "']'");
        return p_node(P, E_LIST, s);
    }
    PvNode *first = star_or_test(E);
    if (at_for(E)) {
        PvNode *c = comp(E, E_LISTCOMP, first, NULL, s);
        close_br(E, T_RSQB, "']'");
        p_finish(P, c);
        return c;
    }
    PvNode *l = pv_node_new(P->ast, E_LIST, s->line, s->col, s->line, s->col);
    pv_list_push(P->ast, &l->l1, first);
    if (p_accept(P, T_COMMA))
        elements(E, &l->l1, T_RSQB);
    close_br(E, T_RSQB, "']'");
    p_finish(P, l);
    return l;
}

static PvNode *brace_atom(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = open_br(E);
    if (at(P, T_RBRACE)) {
        close_br(E, T_RBRACE, "'}'");
        return p_node(P, E_DICT, s);
    }
    PvNode *n;
    if (at(P, T_DOUBLESTAR) || !(at(P, T_STAR))) {
        PvNode *k = NULL, *v;
        if (p_accept(P, T_DOUBLESTAR)) {
            v = expr(E);
        } else {
            k = pe_test(E);
            if (!p_accept(P, T_COLON)) {
                /* a set */
                if (at_for(E)) {
                    n = comp(E, E_SETCOMP, k, NULL, s);
                    close_br(E, T_RBRACE, "'}'");
                    p_finish(P, n);
                    return n;
                }
                n = pv_node_new(P->ast, E_SET, s->line, s->col, s->line, s->col);
                pv_list_push(P->ast, &n->l1, k);
                if (p_accept(P, T_COMMA))
                    elements(E, &n->l1, T_RBRACE);
                close_br(E, T_RBRACE, "'}'");
                p_finish(P, n);
                return n;
            }
            v = pe_test(E);
            if (at_for(E)) {
                n = comp(E, E_DICTCOMP, k, v, s);
                close_br(E, T_RBRACE, "'}'");
                p_finish(P, n);
                return n;
            }
        }
        n = pv_node_new(P->ast, E_DICT, s->line, s->col, s->line, s->col);
        pv_list_push(P->ast, &n->l1, k);
        pv_list_push(P->ast, &n->l2, v);
        while (p_accept(P, T_COMMA) && !at(P, T_RBRACE)) {
            if (p_accept(P, T_DOUBLESTAR)) {
                pv_list_push(P->ast, &n->l1, NULL);
                pv_list_push(P->ast, &n->l2, expr(E));
                continue;
            }
            pv_list_push(P->ast, &n->l1, pe_test(E));
            if (!p_accept(P, T_COLON))
                pe_expected(E, "':'", "a dictionary key");
            pv_list_push(P->ast, &n->l2, pe_test(E));
        }
        close_br(E, T_RBRACE, "'}'");
        p_finish(P, n);
        return n;
    }
    n = pv_node_new(P->ast, E_SET, s->line, s->col, s->line, s->col);
    elements(E, &n->l1, T_RBRACE);
    close_br(E, T_RBRACE, "'}'");
    p_finish(P, n);
    return n;
}

static PvNode *atom(Pe *E)
{
    Parser *P = &E->P;
    PvToken *t = tk(P);
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case KW_NONE: p_next(P); return name_node(E, t, p_mangle(P, p_name_id(P, t)));
        case KW_NONE_: p_next(P); return const_node(E, t, pv_None);
        case KW_TRUE: p_next(P); return const_node(E, t, pv_True);
        case KW_FALSE: p_next(P); return const_node(E, t, pv_False);
        default: pe_expected(E, "an expression", NULL);
        }
    case T_NUMBER: p_next(P); return p_number(P, t);
    case T_STRING: return p_strings(P);
    case T_ELLIPSIS: p_next(P); return const_node(E, t, pv_Ellipsis);
    case T_LPAR: return paren_atom(E);
    case T_LSQB: return list_atom(E);
    case T_LBRACE: return brace_atom(E);
    case PE_T_DOLLAR: {
        /* $name: self.name */
        p_next(P);
        PvToken *nt = tk(P);
        Value id = ident(E);
        PvNode *n = p_node(P, E_ATTR, t);
        n->a = name_node(E, t, pv_intern("self"));
        n->id = id;
        (void)nt;
        return n;
    }
    default:
        pe_expected(E, "an expression", NULL);
    }
}

static PvNode *subscript_item(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *lo = NULL;
    if (!at(P, T_COLON)) {
        lo = star_or_test(E);
        if (!at(P, T_COLON))
            return lo;
    }
    PvNode *n = pv_node_new(P->ast, E_SLICE, s->line, s->col, s->line, s->col);
    n->a = lo;
    p_next(P);
    if (!at(P, T_COLON) && !at(P, T_COMMA) && !at(P, T_RSQB))
        n->b = pe_test(E);
    if (p_accept(P, T_COLON) && !at(P, T_COMMA) && !at(P, T_RSQB))
        n->c = pe_test(E);
    p_finish(P, n);
    return n;
}

static PvNode *primary(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *n = atom(E);
    for (;;) {
        if (at(P, T_DOT)) {
            p_next(P);
            PvNode *a = pv_node_new(P->ast, E_ATTR, s->line, s->col, s->line, s->col);
            a->a = n;
            a->id = ident(E);
            p_finish(P, a);
            n = a;
        } else if (at(P, T_LPAR)) {
            PvNode *c = pv_node_new(P->ast, E_CALL, s->line, s->col, s->line, s->col);
            c->a = n;
            open_br(E);
            pe_call_args(E, c, T_RPAR);
            close_br(E, T_RPAR, "')'");
            p_finish(P, c);
            n = c;
        } else if (at(P, T_LSQB)) {
            PvNode *x = pv_node_new(P->ast, E_SUBSCR, s->line, s->col, s->line, s->col);
            x->a = n;
            PvToken *b = open_br(E);
            PvNode *i = subscript_item(E);
            if (at(P, T_COMMA)) {
                PvNode *t = pv_node_new(P->ast, E_TUPLE, b->line, b->col, b->line, b->col);
                pv_list_push(P->ast, &t->l1, i);
                while (p_accept(P, T_COMMA) && !at(P, T_RSQB))
                    pv_list_push(P->ast, &t->l1, subscript_item(E));
                p_finish(P, t);
                i = t;
            }
            x->b = i;
            close_br(E, T_RSQB, "']'");
            p_finish(P, x);
            n = x;
        } else {
            return n;
        }
    }
}

/* ---- operators ---- */

static PvNode *binop(Pe *E, PvToken *s, PvNode *l, int op, PvNode *r)
{
    PvNode *n = pv_node_new(E->P.ast, E_BINOP, s->line, s->col, r->end_line, r->end_col);
    n->a = l;
    n->b = r;
    n->op = op;
    return n;
}

static PvNode *power(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *n;
    if (at_kw(P, KW_AWAIT)) {
        p_next(P);
        n = p_node(P, E_AWAIT, s);
        n->a = primary(E);
        p_finish(P, n);
    } else {
        n = primary(E);
    }
    if (p_accept(P, T_DOUBLESTAR))
        return binop(E, s, n, PV_OP_POW, factor(E));
    return n;
}

static PvNode *factor(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    int op;
    switch (s->type) {
    case T_MINUS: op = PV_UNARY_NEG; break;
    case T_PLUS: op = PV_UNARY_POS; break;
    case T_TILDE: op = PV_UNARY_INVERT; break;
    case T_EXCLAMATION: op = PV_UNARY_NOT; break;
    default: return power(E);
    }
    p_next(P);
    PvNode *n = p_node(P, E_UNARY, s);
    n->op = op;
    n->a = factor(E);
    p_finish(P, n);
    return n;
}

/* Binary levels from tightest to loosest. */
static const struct { int tok, op; } levels[][5] = {
    {{T_STAR, PV_OP_MUL}, {T_SLASH, PV_OP_TRUEDIV}, {T_DOUBLESLASH, PV_OP_FLOORDIV},
     {T_PERCENT, PV_OP_MOD}, {T_AT, PV_OP_MATMUL}},
    {{T_PLUS, PV_OP_ADD}, {T_MINUS, PV_OP_SUB}},
    {{T_LSHIFT, PV_OP_LSHIFT}, {T_RSHIFT, PV_OP_RSHIFT}},
    {{T_AMPER, PV_OP_AND}},
    {{T_CIRCUMFLEX, PV_OP_XOR}},
    {{T_VBAR, PV_OP_OR}},
};

static PvNode *level(Pe *E, int lv)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *n = lv < 0 ? factor(E) : level(E, lv - 1);
    if (lv < 0)
        return n;
    for (;;) {
        int op = -1;
        for (int i = 0; i < 5; i++)
            if (levels[lv][i].tok && levels[lv][i].tok == tk(P)->type)
                op = levels[lv][i].op;
        if (op < 0)
            return n;
        p_next(P);
        n = binop(E, s, n, op, level(E, lv - 1));
    }
}

/* bitwise or: the level of targets and of `in` operands */
static PvNode *expr(Pe *E) { return level(E, 5); }

static int comp_op(Pe *E)
{
    Parser *P = &E->P;
    PvToken *t = tk(P);
    switch (t->type) {
    case T_LESS: return PV_LT;
    case T_LESSEQUAL: return PV_LE;
    case T_EQEQUAL: return PV_EQ;
    case T_NOTEQUAL: return PV_NE;
    case T_GREATER: return PV_GT;
    case T_GREATEREQUAL: return PV_GE;
    case T_NAME:
        if (t->kw == KW_IN)
            return CMP_IN;
        if (t->kw == KW_IS)
            return tk_at(P, 1)->type == T_NAME && tk_at(P, 1)->kw == KW_NOT ? CMP_ISNOT : CMP_IS;
        if (t->kw == KW_NOT && tk_at(P, 1)->type == T_NAME && tk_at(P, 1)->kw == KW_IN)
            return CMP_NOTIN;
        return -1;
    default:
        return -1;
    }
}

static PvNode *comparison(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *l = expr(E);
    int op = comp_op(E);
    if (op < 0)
        return l;
    PvNode *n = pv_node_new(P->ast, E_COMPARE, s->line, s->col, s->line, s->col);
    n->a = l;
    int cap = 4;
    n->ops = pv_ast_alloc(P->ast, (size_t)cap * sizeof(int));
    while ((op = comp_op(E)) >= 0) {
        p_next(P);
        if (op == CMP_ISNOT || op == CMP_NOTIN)
            p_next(P);
        if (n->l1.n == cap) {
            int *o = pv_ast_alloc(P->ast, (size_t)cap * 2 * sizeof(int));
            memcpy(o, n->ops, (size_t)cap * sizeof(int));
            n->ops = o;
            cap *= 2;
        }
        n->ops[n->l1.n] = op;
        pv_list_push(P->ast, &n->l1, expr(E));
    }
    p_finish(P, n);
    return n;
}

static PvNode *not_test(Pe *E)
{
    Parser *P = &E->P;
    if (at_kw(P, KW_NOT)) {
        PvToken *s = p_next(P);
        PvNode *n = p_node(P, E_UNARY, s);
        n->op = PV_UNARY_NOT;
        n->a = not_test(E);
        p_finish(P, n);
        return n;
    }
    return comparison(E);
}

static PvNode *boolop(Pe *E, int kw)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *first = kw == KW_OR ? boolop(E, KW_AND) : not_test(E);
    if (!at_kw(P, kw))
        return first;
    PvNode *n = pv_node_new(P->ast, E_BOOLOP, s->line, s->col, s->line, s->col);
    n->op = kw == KW_OR;
    pv_list_push(P->ast, &n->l1, first);
    while (p_accept_kw(P, kw))
        pv_list_push(P->ast, &n->l1, kw == KW_OR ? boolop(E, KW_AND) : not_test(E));
    p_finish(P, n);
    return n;
}

PvNode *pe_or_test(Pe *E) { return boolop(E, KW_OR); }

static PvNode *lambdef(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, E_LAMBDA, s);
    n->a = pe_arguments(E, T_COLON, true, NULL);
    if (!p_accept(P, T_COLON))
        pe_expected(E, "':'", "the lambda's parameters");
    n->b = pe_test(E);
    p_finish(P, n);
    return n;
}

PvNode *pe_test(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    if (at_kw(P, KW_LAMBDA))
        return lambdef(E);
    if (s->type == T_NAME && !s->kw && tk_at(P, 1)->type == T_COLONEQUAL) {
        p_next(P);
        PvNode *t = name_node(E, s, p_mangle(P, p_name_id(P, s)));
        t->op = CTX_STORE;
        p_next(P);
        PvNode *n = p_node(P, E_NAMEDEXPR, s);
        n->a = t;
        n->b = pe_test(E);
        p_finish(P, n);
        return n;
    }
    PvNode *c = pe_or_test(E);
    if (!at(P, PE_T_QUESTION))
        return c;
    p_next(P);
    PvNode *n = pv_node_new(P->ast, E_IFEXP, s->line, s->col, s->line, s->col);
    n->a = c;
    n->b = pe_test(E);
    if (!p_accept(P, T_COLON))
        pe_expected(E, "':'", "'?'");
    n->c = pe_test(E);
    p_finish(P, n);
    return n;
}

PvNode *pe_testlist(Pe *E, bool star)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *first = star ? star_or_test(E) : pe_test(E);
    if (!at(P, T_COMMA))
        return first;
    PvNode *t = pv_node_new(P->ast, E_TUPLE, s->line, s->col, s->line, s->col);
    pv_list_push(P->ast, &t->l1, first);
    while (p_accept(P, T_COMMA)) {
        PvToken *n = tk(P);
        /* a trailing comma: anything that cannot start an expression */
        if (n->type == T_SEMI || n->type == T_EQUAL || n->type == T_RPAR || n->type == T_RBRACE ||
            n->type == T_RSQB || n->type == T_ENDMARKER || n->type == T_COLON ||
            (n->type == T_NAME && n->kw && n->kw != KW_NONE_ && n->kw != KW_TRUE &&
             n->kw != KW_FALSE && n->kw != KW_NOT && n->kw != KW_LAMBDA && n->kw != KW_AWAIT) ||
            (E->autosem && E->nest == 0 && n->line > prev(P)->end_line))
            break;
        pv_list_push(P->ast, &t->l1, star ? star_or_test(E) : pe_test(E));
    }
    p_finish(P, t);
    return t;
}

PvNode *pe_targets(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = tk(P);
    PvNode *first = at(P, T_STAR) ? star_or_test(E) : expr(E);
    if (!at(P, T_COMMA))
        return first;
    PvNode *t = pv_node_new(P->ast, E_TUPLE, s->line, s->col, s->line, s->col);
    pv_list_push(P->ast, &t->l1, first);
    while (p_accept(P, T_COMMA) && !at_kw(P, KW_IN))
        pv_list_push(P->ast, &t->l1, at(P, T_STAR) ? star_or_test(E) : expr(E));
    p_finish(P, t);
    return t;
}

PvNode *pe_target(Pe *E) { return expr(E); }

PvNode *pe_yield(Pe *E)
{
    Parser *P = &E->P;
    PvToken *s = p_next(P);
    if (p_accept_kw(P, KW_FROM)) {
        PvNode *n = p_node(P, E_YIELDFROM, s);
        n->a = pe_test(E);
        p_finish(P, n);
        return n;
    }
    PvNode *n = p_node(P, E_YIELD, s);
    PvToken *t = tk(P);
    if (p_starts_expr(t) || t->type == PE_T_DOLLAR || t->type == T_EXCLAMATION || t->type == T_STAR)
        if (!(E->autosem && E->nest == 0 && t->line > s->end_line))
            n->a = pe_testlist(E, true);
    p_finish(P, n);
    return n;
}

/* Discarding store for `None = x`: a subscript store into a fresh dict. */
static PvNode *discard(Pe *E, PvNode *at_)
{
    PvAst *A = E->P.ast;
    PvNode *x = pv_node_new(A, E_SUBSCR, at_->line, at_->col, at_->end_line, at_->end_col);
    x->a = pv_node_new(A, E_DICT, at_->line, at_->col, at_->end_line, at_->end_col);
    x->b = at_;
    return x;
}

PvNode *pe_store(Pe *E, PvNode *t)
{
    if (t->kind == E_CONST && PV_CONST(E->P.ast, t) == pv_None)
        t = discard(E, t);
    if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int i = 0; i < t->l1.n; i++)
            t->l1.items[i] = pe_store(E, t->l1.items[i]);
    if (t->kind == E_STARRED)
        t->a = pe_store(E, t->a);
    PvNode *bad = p_set_ctx(t, CTX_STORE);
    if (bad)
        p_error_node(&E->P, bad, "cannot assign to %s", p_expr_name(&E->P, bad));
    return t;
}

void pe_call_args(Pe *E, PvNode *call, int close)
{
    Parser *P = &E->P;
    while (!at(P, close)) {
        PvToken *s = tk(P);
        if (at(P, T_DOUBLESTAR)) {
            p_next(P);
            PvNode *k = p_node(P, K_KEYWORD, s);
            k->a = pe_test(E);
            p_finish(P, k);
            pv_list_push(P->ast, &call->l2, k);
        } else if (s->type == T_NAME && !s->kw && tk_at(P, 1)->type == T_EQUAL) {
            p_next(P);
            p_next(P);
            PvNode *k = p_node(P, K_KEYWORD, s);
            k->id = p_name_id(P, s);
            k->a = pe_test(E);
            p_finish(P, k);
            pv_list_push(P->ast, &call->l2, k);
        } else {
            if (call->l2.n && !at(P, T_STAR))
                p_error_tok(P, s, "positional argument follows keyword argument");
            PvNode *a = star_or_test(E);
            if (at_for(E) && call->kind == E_CALL) {
                a = comp(E, E_GENEXP, a, NULL, s);
                p_finish(P, a);
            }
            pv_list_push(P->ast, &call->l1, a);
        }
        if (!p_accept(P, T_COMMA))
            break;
    }
}

/* Parameters up to `close`. `dollar`: collects the $name parameters of a
 * method (they become `self.name = name` statements). */
PvNode *pe_arguments(Pe *E, int close, bool lambda, PvNodeList *dollar)
{
    Parser *P = &E->P;
    PvNode *n = pv_node_new(P->ast, K_ARGUMENTS, tk(P)->line, tk(P)->col, tk(P)->line, tk(P)->col);
    bool seen_star = false, seen_default = false;
    while (!at(P, close)) {
        PvToken *s = tk(P);
        if (p_accept(P, T_SLASH)) {
            n->op = n->l1.n;
        } else if (p_accept(P, T_STAR)) {
            seen_star = true;
            if (!at(P, T_COMMA) && !at(P, close)) {
                PvNode *a = p_node(P, K_ARG, tk(P));
                a->id = ident(E);
                p_finish(P, a);
                n->b = a;
            }
        } else if (p_accept(P, T_DOUBLESTAR)) {
            PvNode *a = p_node(P, K_ARG, tk(P));
            a->id = ident(E);
            p_finish(P, a);
            n->c = a;
        } else {
            bool is_dollar = dollar && p_accept(P, PE_T_DOLLAR);
            PvToken *nt = tk(P);
            Value id = ident(E);
            PvNode *a = p_node(P, K_ARG, nt);
            a->id = id;
            if (is_dollar)
                pv_list_push(P->ast, dollar, a);
            if (!lambda && p_accept(P, T_COLON))
                a->a = pe_test(E);
            if (p_accept(P, T_EQUAL)) {
                a->b = pe_test(E);
                if (!seen_star)
                    seen_default = true;
            } else if (seen_default && !seen_star) {
                p_error_tok(P, s, "non-default argument follows default argument");
            }
            p_finish(P, a);
            pv_list_push(P->ast, seen_star ? &n->l2 : &n->l1, a);
        }
        if (!p_accept(P, T_COMMA))
            break;
    }
    p_finish(P, n);
    return n;
}
