/* parse_expr.c: expressions, displays, comprehensions, calls, parameter
 * lists and assignment targets (Python 3.11 precedence). */
#include "parse.h"

#include <string.h>

static PvNode *primary(Parser *P);
static PvNode *atom(Parser *P);

bool p_starts_expr(PvToken *t)
{
    switch (t->type) {
    case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_ELLIPSIS:
        return true;
    case T_NAME:
        return t->kw == KW_NONE || t->kw == KW_NONE_ || t->kw == KW_TRUE || t->kw == KW_FALSE ||
               t->kw == KW_LAMBDA || t->kw == KW_NOT || t->kw == KW_AWAIT;
    default:
        return false;
    }
}

static bool is_soft_kw(PvToken *t)
{
    return t->type == T_NAME && ((t->len == 5 && memcmp(t->start, "match", 5) == 0) ||
                                 (t->len == 4 && memcmp(t->start, "case", 4) == 0) ||
                                 (t->len == 1 && t->start[0] == '_'));
}

/* Inside brackets, two expressions in a row: CPython suggests a comma. */
void p_check_comma(Parser *P, PvNode *elem, PvToken *elem_start)
{
    PvToken *t = tk(P);
    if (t->level == 0 || !p_starts_expr(t))
        return;
    if (elem_start->type == T_NAME && !elem_start->kw && tk_at(P, 0)->type == T_STRING &&
        prev(P) == elem_start)
        return;
    if (is_soft_kw(elem_start) && prev(P) == elem_start)
        return;
    if (elem->kind == E_LAMBDA || elem->kind == E_IFEXP || elem->kind == E_STARRED)
        return;
    if (p_later_token_error(P, t->line))
        p_raise_token_error(P, &P->toks[P->ntoks - 1]);
    int save = P->pos;
    PvNode *b = p_expression(P);
    P->pos = save;
    p_error_range(P, elem->line, elem->col, b->end_line, b->end_col,
                  "invalid syntax. Perhaps you forgot a comma?");
}

const char *p_expr_name(Parser *P, PvNode *n)
{
    switch (n->kind) {
    case E_CONST: {
        Value v = PV_CONST(P->ast, n);
        if (v == pv_None) return "None";
        if (v == pv_True) return "True";
        if (v == pv_False) return "False";
        if (v == pv_Ellipsis) return "ellipsis";
        return "literal";
    }
    case E_JOINEDSTR: case E_FORMATTED: return "f-string expression";
    case E_CALL: return "function call";
    case E_BINOP: case E_UNARY: case E_BOOLOP: return "expression";
    case E_COMPARE: return "comparison";
    case E_LAMBDA: return "lambda";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_GENEXP: return "generator expression";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_STARRED: return "starred";
    case E_TUPLE: return "tuple";
    case E_LIST: return "list";
    case E_NAME: return "name";
    case E_ATTR: return "attribute";
    case E_SUBSCR: return "subscript";
    case E_SLICE: return "slice";
    default: return "expression";
    }
}

PvNode *p_set_ctx(PvNode *n, int ctx)
{
    switch (n->kind) {
    case E_NAME: case E_ATTR: case E_SUBSCR:
        n->op = ctx;
        return NULL;
    case E_STARRED:
        if (ctx == CTX_DEL)
            return n;
        n->op = ctx;
        return p_set_ctx(n->a, ctx);
    case E_TUPLE: case E_LIST:
        n->op = ctx;
        for (int i = 0; i < n->l1.n; i++) {
            PvNode *bad = p_set_ctx(n->l1.items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    default:
        return n;
    }
}

static PvNode *mk(Parser *P, int kind, PvNode *from)
{
    return pv_node_new(P->ast, kind, from->line, from->col, from->end_line, from->end_col);
}

static PvNode *const_node(Parser *P, PvToken *t, Value v)
{
    PvNode *n = pv_node_new(P->ast, E_CONST, t->line, t->col, t->end_line, t->end_col);
    n->ci = pv_ast_const(P->ast, v);
    if (n->ci < 0)
        p_fail(P);
    return n;
}

/* ---- comprehensions ---- */

static void comp_clauses(Parser *P, PvNodeList *gens)
{
    while (at_kw(P, KW_FOR) || (at_kw(P, KW_ASYNC) && tk_at(P, 1)->kw == KW_FOR)) {
        PvToken *s = tk(P);
        PvNode *c = p_node(P, K_COMPREHENSION, s);
        if (p_accept_kw(P, KW_ASYNC))
            c->op = 1;
        p_next(P);
        c->a = p_star_targets(P);
        PvNode *bad = p_set_ctx(c->a, CTX_STORE);
        if (bad)
            p_error_node(P, bad, "cannot assign to %s", p_expr_name(P, bad));
        if (!p_accept_kw(P, KW_IN))
            p_invalid(P);
        c->b = p_disjunction(P);
        while (at_kw(P, KW_IF)) {
            p_next(P);
            pv_list_push(P->ast, &c->l1, p_disjunction(P));
        }
        p_finish(P, c);
        pv_list_push(P->ast, gens, c);
    }
}

static bool at_comp(Parser *P)
{
    return at_kw(P, KW_FOR) || (at_kw(P, KW_ASYNC) && tk_at(P, 1)->kw == KW_FOR);
}

static PvNode *comp(Parser *P, int kind, PvNode *elt, PvToken *start)
{
    PvNode *n = p_node(P, kind, start);
    n->a = elt;
    comp_clauses(P, &n->l1);
    return n;
}

/* ---- atoms ---- */

/* [x, z=3]: CPython suggests == or := */
static void check_equal(Parser *P, PvNode *e)
{
    if (e->kind == E_NAME && at(P, T_EQUAL) && tk_at(P, 1)->type != T_EQUAL) {
        p_next(P);
        PvNode *v = p_bitor(P);
        p_error_range(P, e->line, e->col, v->end_line, v->end_col,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
}

static PvNode *star_named(Parser *P)
{
    if (at(P, T_STAR)) {
        PvToken *s = p_next(P);
        PvNode *n = p_node(P, E_STARRED, s);
        n->a = p_bitor(P);
        p_finish(P, n);
        return n;
    }
    PvNode *e = p_named_expression(P);
    if (tk(P)->level > 0)
        check_equal(P, e);
    return e;
}

/* [x, y for x, y in z] */
static void check_comp_target(Parser *P, PvNode *first, PvNodeList *l)
{
    if (at_comp(P)) {
        PvNode *last = l->items[l->n - 1];
        p_error_range(P, first->line, first->col, last->end_line, last->end_col,
                      "did you forget parentheses around the comprehension target?");
    }
}

static PvNode *paren_atom(Parser *P)
{
    PvToken *open = p_next(P);
    if (at(P, T_RPAR)) {
        p_next(P);
        return p_node(P, E_TUPLE, open);
    }
    if (at_kw(P, KW_YIELD)) {
        PvNode *y = p_yield_expr(P);
        p_expect(P, T_RPAR, NULL);
        return y;
    }
    PvToken *es = tk(P);
    PvNode *first = star_named(P);
    if (at_comp(P)) {
        if (first->kind == E_STARRED)
            p_error_node(P, first, "iterable unpacking cannot be used in comprehension");
        PvNode *g = comp(P, E_GENEXP, first, open);
        p_expect(P, T_RPAR, NULL);
        p_finish(P, g);
        return g;
    }
    p_check_comma(P, first, es);
    if (at(P, T_RPAR)) {
        p_next(P);
        if (first->kind == E_STARRED)
            p_error_node(P, first, "cannot use starred expression here");
        return first;
    }
    if (at(P, T_EQUAL) && first->kind != E_NAME) {
        /* (f() = 1) */
    }
    PvNode *t = p_node(P, E_TUPLE, open);
    pv_list_push(P->ast, &t->l1, first);
    while (p_accept(P, T_COMMA)) {
        if (at(P, T_RPAR))
            break;
        PvToken *s = tk(P);
        PvNode *e = star_named(P);
        p_check_comma(P, e, s);
        pv_list_push(P->ast, &t->l1, e);
    }
    p_expect(P, T_RPAR, NULL);
    p_finish(P, t);
    return t;
}

static PvNode *list_atom(Parser *P)
{
    PvToken *open = p_next(P);
    PvNode *n = p_node(P, E_LIST, open);
    if (!at(P, T_RSQB)) {
        PvToken *es = tk(P);
        PvNode *first = star_named(P);
        if (at_comp(P)) {
            if (first->kind == E_STARRED)
                p_error_node(P, first, "iterable unpacking cannot be used in comprehension");
            PvNode *c = comp(P, E_LISTCOMP, first, open);
            p_expect(P, T_RSQB, NULL);
            p_finish(P, c);
            return c;
        }
        p_check_comma(P, first, es);
        pv_list_push(P->ast, &n->l1, first);
        while (p_accept(P, T_COMMA)) {
            if (at(P, T_RSQB))
                break;
            PvToken *s = tk(P);
            PvNode *e = star_named(P);
            p_check_comma(P, e, s);
            pv_list_push(P->ast, &n->l1, e);
        }
        check_comp_target(P, first, &n->l1);
    }
    p_expect(P, T_RSQB, NULL);
    p_finish(P, n);
    return n;
}

static PvNode *brace_atom(Parser *P)
{
    PvToken *open = p_next(P);
    if (at(P, T_RBRACE)) {
        p_next(P);
        return p_node(P, E_DICT, open);
    }
    PvNode *key = NULL, *val = NULL;
    PvToken *es = tk(P);
    if (at(P, T_DOUBLESTAR)) {
        p_next(P);
        val = p_bitor(P);
    } else {
        key = star_named(P);
        if (at(P, T_COLON) && key->kind != E_STARRED) {
            p_next(P);
            PvToken *vs = tk(P);
            val = p_expression(P);
            p_check_comma(P, val, vs);
        }
    }
    if (!val) { /* a set */
        if (at_comp(P)) {
            if (key->kind == E_STARRED)
                p_error_node(P, key, "iterable unpacking cannot be used in comprehension");
            PvNode *c = comp(P, E_SETCOMP, key, open);
            p_expect(P, T_RBRACE, NULL);
            p_finish(P, c);
            return c;
        }
        p_check_comma(P, key, es);
        PvNode *n = p_node(P, E_SET, open);
        pv_list_push(P->ast, &n->l1, key);
        while (p_accept(P, T_COMMA)) {
            if (at(P, T_RBRACE))
                break;
            PvToken *s = tk(P);
            PvNode *e = star_named(P);
            p_check_comma(P, e, s);
            pv_list_push(P->ast, &n->l1, e);
        }
        check_comp_target(P, key, &n->l1);
        p_expect(P, T_RBRACE, NULL);
        p_finish(P, n);
        return n;
    }
    if (key && at_comp(P)) {
        PvNode *c = p_node(P, E_DICTCOMP, open);
        c->a = key;
        c->b = val;
        comp_clauses(P, &c->l1);
        p_expect(P, T_RBRACE, NULL);
        p_finish(P, c);
        return c;
    }
    PvNode *n = p_node(P, E_DICT, open);
    pv_list_push(P->ast, &n->l1, key);
    pv_list_push(P->ast, &n->l2, val);
    while (p_accept(P, T_COMMA)) {
        if (at(P, T_RBRACE))
            break;
        if (p_accept(P, T_DOUBLESTAR)) {
            pv_list_push(P->ast, &n->l1, NULL);
            pv_list_push(P->ast, &n->l2, p_bitor(P));
            continue;
        }
        PvNode *k = p_expression(P);
        if (!at(P, T_COLON)) {
            if (at(P, T_RBRACE) || at(P, T_COMMA))
                p_error_range(P, k->line, k->col, k->end_line, -1, "':' expected after dictionary key");
            p_invalid(P);
        }
        p_next(P);
        if (at(P, T_RBRACE) || at(P, T_COMMA))
            p_error_tok(P, prev(P), "expression expected after dictionary key and ':'");
        pv_list_push(P->ast, &n->l1, k);
        PvToken *vs = tk(P);
        PvNode *v = p_expression(P);
        p_check_comma(P, v, vs);
        pv_list_push(P->ast, &n->l2, v);
    }
    p_expect(P, T_RBRACE, NULL);
    p_finish(P, n);
    return n;
}

static PvNode *atom(Parser *P)
{
    PvToken *t = tk(P);
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case KW_NONE: {
            p_next(P);
            PvNode *n = p_node(P, E_NAME, t);
            n->id = p_mangle(P, p_name_id(P, t));
            return n;
        }
        case KW_NONE_: p_next(P); return const_node(P, t, pv_None);
        case KW_TRUE: p_next(P); return const_node(P, t, pv_True);
        case KW_FALSE: p_next(P); return const_node(P, t, pv_False);
        default: p_invalid(P);
        }
    case T_NUMBER: p_next(P); return p_number(P, t);
    case T_STRING: return p_strings(P);
    case T_ELLIPSIS: p_next(P); return const_node(P, t, pv_Ellipsis);
    case T_LPAR: return paren_atom(P);
    case T_LSQB: return list_atom(P);
    case T_LBRACE: return brace_atom(P);
    default: p_invalid(P);
    }
}

/* ---- calls and subscripts ---- */

void p_call_args(Parser *P, PvNode *call, int close)
{
    bool seen_kw = false, seen_dstar = false;
    const char *late = NULL;
    while (!at(P, close)) {
        PvToken *s = tk(P);
        if (at(P, T_STAR)) {
            p_next(P);
            PvNode *n = p_node(P, E_STARRED, s);
            n->a = p_expression(P);
            p_finish(P, n);
            if (seen_dstar)
                p_error_tok(P, s, "iterable argument unpacking follows keyword argument unpacking");
            pv_list_push(P->ast, &call->l1, n);
        } else if (at(P, T_DOUBLESTAR)) {
            p_next(P);
            PvNode *k = p_node(P, K_KEYWORD, s);
            k->a = p_expression(P);
            p_finish(P, k);
            pv_list_push(P->ast, &call->l2, k);
            seen_dstar = true;
        } else if (at(P, T_NAME) && tk_at(P, 1)->type == T_EQUAL) {
            if (s->kw == KW_TRUE || s->kw == KW_FALSE || s->kw == KW_NONE_)
                p_error_tok(P, s, "cannot assign to %.*s", (int)s->len, s->start);
            if (s->kw)
                p_invalid(P);
            p_next(P);
            p_next(P);
            PvNode *k = p_node(P, K_KEYWORD, s);
            k->id = p_name_id(P, s);
            k->a = p_expression(P);
            if (at_comp(P))
                p_error_range(P, s->line, s->col, tk(P)->end_line, tk(P)->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            p_finish(P, k);
            pv_list_push(P->ast, &call->l2, k);
            seen_kw = true;
        } else {
            PvNode *e = p_named_expression(P);
            if (at(P, T_EQUAL)) {
                PvToken *eq = tk(P);
                p_error_range(P, e->line, e->col, eq->end_line, eq->end_col,
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at_comp(P)) {
                if (call->kind == S_CLASSDEF)
                    p_invalid(P);
                PvNode *g = comp(P, E_GENEXP, e, s);
                p_finish(P, g);
                if (call->l1.n || call->l2.n || at(P, T_COMMA))
                    p_error_range(P, g->line, g->col, g->end_line, g->end_col,
                                  "Generator expression must be parenthesized");
                /* f(x for x in y): the call's parentheses are the
                 * generator's own, as in CPython's tree */
                if (s > P->toks && s[-1].type == T_LPAR && at(P, T_RPAR)) {
                    g->line = s[-1].line;
                    g->col = s[-1].col;
                    g->end_line = tk(P)->end_line;
                    g->end_col = tk(P)->end_col;
                }
                e = g;
            } else {
                p_check_comma(P, e, s);
            }
            if ((seen_kw || seen_dstar) && !late)
                late = seen_dstar ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument";
            pv_list_push(P->ast, &call->l1, e);
        }
        if (!p_accept(P, T_COMMA))
            break;
    }
    if (late)
        p_error_tok(P, tk(P), "%s", late);
}

static PvNode *slice_item(Parser *P)
{
    PvToken *s = tk(P);
    PvNode *lo = NULL;
    if (!at(P, T_COLON)) {
        lo = star_named(P);
        if (!at(P, T_COLON))
            return lo;
    }
    p_next(P);
    PvNode *n = p_node(P, E_SLICE, s);
    n->a = lo;
    if (!at(P, T_COLON) && !at(P, T_COMMA) && !at(P, T_RSQB))
        n->b = p_expression(P);
    if (p_accept(P, T_COLON)) {
        if (!at(P, T_COMMA) && !at(P, T_RSQB))
            n->c = p_expression(P);
    }
    p_finish(P, n);
    return n;
}

static PvNode *subscript(Parser *P, PvNode *value)
{
    p_next(P);
    PvToken *s = tk(P);
    PvNode *first = slice_item(P);
    PvNode *idx = first;
    p_check_comma(P, first, s);
    if (at(P, T_COMMA) || first->kind == E_STARRED) { /* a[*b] is a[(*b,)] */
        idx = pv_node_new(P->ast, E_TUPLE, first->line, first->col, first->end_line, first->end_col);
        pv_list_push(P->ast, &idx->l1, first);
        while (p_accept(P, T_COMMA)) {
            if (at(P, T_RSQB))
                break;
            pv_list_push(P->ast, &idx->l1, slice_item(P));
        }
        p_finish(P, idx);
    }
    p_expect(P, T_RSQB, NULL);
    PvNode *n = mk(P, E_SUBSCR, value);
    p_finish(P, n);
    n->a = value;
    n->b = idx;
    return n;
}

static PvNode *primary(Parser *P)
{
    PvToken *s = tk(P);
    PvNode *e = atom(P);
    for (bool trailer = false;; trailer = true) {
        /* a trailer starts where the primary does, its parentheses
         * included: (a)(b) is a call from column 0, as in CPython */
        if (trailer) {
            e->line = s->line;
            e->col = s->col;
        }
        if (at(P, T_DOT)) {
            p_next(P);
            PvToken *name = tk(P);
            if (name->type != T_NAME || name->kw)
                p_invalid(P);
            p_next(P);
            PvNode *n = mk(P, E_ATTR, e);
            p_finish(P, n);
            n->a = e;
            n->id = p_mangle(P, p_name_id(P, name));
            e = n;
        } else if (at(P, T_LPAR)) {
            p_next(P);
            PvNode *n = mk(P, E_CALL, e);
            n->a = e;
            p_call_args(P, n, T_RPAR);
            p_expect(P, T_RPAR, NULL);
            p_finish(P, n);
            e = n;
        } else if (at(P, T_LSQB)) {
            e = subscript(P, e);
        } else {
            return e;
        }
    }
}

/* ---- operators ---- */

static PvNode *factor(Parser *P);

static PvNode *power(Parser *P)
{
    PvNode *e;
    if (at_kw(P, KW_AWAIT)) {
        PvToken *s = p_next(P);
        e = p_node(P, E_AWAIT, s);
        e->a = primary(P);
        p_finish(P, e);
    } else {
        e = primary(P);
    }
    if (at(P, T_DOUBLESTAR)) {
        p_next(P);
        PvNode *n = mk(P, E_BINOP, e);
        n->a = e;
        n->op = PV_OP_POW;
        n->b = factor(P);
        p_finish(P, n);
        return n;
    }
    return e;
}

static PvNode *factor(Parser *P)
{
    int op;
    switch (tk(P)->type) {
    case T_MINUS: op = PV_UNARY_NEG; break;
    case T_PLUS: op = PV_UNARY_POS; break;
    case T_TILDE: op = PV_UNARY_INVERT; break;
    default: return power(P);
    }
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, E_UNARY, s);
    n->op = op;
    n->a = factor(P);
    p_finish(P, n);
    return n;
}

static int binop_prec(int type, int *op)
{
    switch (type) {
    case T_VBAR: *op = PV_OP_OR; return 1;
    case T_CIRCUMFLEX: *op = PV_OP_XOR; return 2;
    case T_AMPER: *op = PV_OP_AND; return 3;
    case T_LSHIFT: *op = PV_OP_LSHIFT; return 4;
    case T_RSHIFT: *op = PV_OP_RSHIFT; return 4;
    case T_PLUS: *op = PV_OP_ADD; return 5;
    case T_MINUS: *op = PV_OP_SUB; return 5;
    case T_STAR: *op = PV_OP_MUL; return 6;
    case T_SLASH: *op = PV_OP_TRUEDIV; return 6;
    case T_DOUBLESLASH: *op = PV_OP_FLOORDIV; return 6;
    case T_PERCENT: *op = PV_OP_MOD; return 6;
    case T_AT: *op = PV_OP_MATMUL; return 6;
    default: return 0;
    }
}

static PvNode *binary(Parser *P, int minprec)
{
    PvNode *left = factor(P);
    for (;;) {
        int op, prec = binop_prec(tk(P)->type, &op);
        if (!prec || prec < minprec)
            return left;
        p_next(P);
        PvNode *n = mk(P, E_BINOP, left);
        n->a = left;
        n->op = op;
        n->b = binary(P, prec + 1);
        p_finish(P, n);
        left = n;
    }
}

PvNode *p_bitor(Parser *P) { return binary(P, 1); }

static int comp_op(Parser *P)
{
    PvToken *t = tk(P);
    switch (t->type) {
    case T_LESS: return PV_LT;
    case T_LESSEQUAL: return PV_LE;
    case T_EQEQUAL: return PV_EQ;
    case T_NOTEQUAL: return PV_NE;
    case T_GREATER: return PV_GT;
    case T_GREATEREQUAL: return PV_GE;
    case T_NAME:
        if (t->kw == KW_IN) return CMP_IN;
        if (t->kw == KW_IS) return tk_at(P, 1)->kw == KW_NOT ? CMP_ISNOT : CMP_IS;
        if (t->kw == KW_NOT && tk_at(P, 1)->kw == KW_IN) return CMP_NOTIN;
        return -1;
    default: return -1;
    }
}

static PvNode *comparison(Parser *P)
{
    PvNode *left = p_bitor(P);
    int op = comp_op(P);
    if (op < 0)
        return left;
    PvNode *n = mk(P, E_COMPARE, left);
    n->a = left;
    int cap = 4, cnt = 0;
    n->ops = pv_ast_alloc(P->ast, (size_t)cap * sizeof(int));
    while ((op = comp_op(P)) >= 0) {
        p_next(P);
        if (op == CMP_ISNOT || op == CMP_NOTIN)
            p_next(P);
        if (cnt == cap) {
            int *o = pv_ast_alloc(P->ast, (size_t)cap * 2 * sizeof(int));
            memcpy(o, n->ops, (size_t)cap * sizeof(int));
            n->ops = o;
            cap *= 2;
        }
        n->ops[cnt++] = op;
        pv_list_push(P->ast, &n->l1, p_bitor(P));
    }
    p_finish(P, n);
    return n;
}

static PvNode *inversion(Parser *P)
{
    if (at_kw(P, KW_NOT)) {
        PvToken *s = p_next(P);
        PvNode *n = p_node(P, E_UNARY, s);
        n->op = PV_UNARY_NOT;
        n->a = inversion(P);
        p_finish(P, n);
        return n;
    }
    return comparison(P);
}

static PvNode *boolop(Parser *P, int kw)
{
    PvNode *e = kw == KW_OR ? boolop(P, KW_AND) : inversion(P);
    if (!at_kw(P, kw))
        return e;
    PvNode *n = mk(P, E_BOOLOP, e);
    n->op = kw == KW_OR;
    pv_list_push(P->ast, &n->l1, e);
    while (p_accept_kw(P, kw))
        pv_list_push(P->ast, &n->l1, kw == KW_OR ? boolop(P, KW_AND) : inversion(P));
    p_finish(P, n);
    return n;
}

PvNode *p_disjunction(Parser *P) { return boolop(P, KW_OR); }

/* ---- expressions ---- */

static PvNode *lambdef(Parser *P)
{
    PvToken *s = p_next(P);
    PvNode *n = p_node(P, E_LAMBDA, s);
    n->a = p_arguments_def(P, true, T_COLON);
    p_expect(P, T_COLON, NULL);
    n->b = p_expression(P);
    p_finish(P, n);
    return n;
}

PvNode *p_expression(Parser *P)
{
    if (at_kw(P, KW_LAMBDA))
        return lambdef(P);
    PvNode *body = p_disjunction(P);
    if (!at_kw(P, KW_IF))
        return body;
    p_next(P);
    PvNode *n = mk(P, E_IFEXP, body);
    n->b = body;
    n->a = p_disjunction(P);
    if (!p_accept_kw(P, KW_ELSE)) {
        if (at(P, T_NEWLINE) || at(P, T_RPAR) || at(P, T_COMMA) || at(P, T_RSQB) || at(P, T_ENDMARKER))
            p_error_range(P, body->line, body->col, n->a->end_line, n->a->end_col,
                          "expected 'else' after 'if' expression");
        p_invalid(P);
    }
    n->c = p_expression(P);
    p_finish(P, n);
    return n;
}

PvNode *p_named_expression(Parser *P)
{
    if (at(P, T_NAME) && !tk(P)->kw && tk_at(P, 1)->type == T_COLONEQUAL) {
        PvToken *s = p_next(P);
        p_next(P);
        PvNode *n = p_node(P, E_NAMEDEXPR, s);
        PvNode *t = pv_node_new(P->ast, E_NAME, s->line, s->col, s->end_line, s->end_col);
        t->id = p_mangle(P, p_name_id(P, s));
        t->op = CTX_STORE;
        n->a = t;
        n->b = p_expression(P);
        p_finish(P, n);
        return n;
    }
    PvNode *e = p_expression(P);
    if (at(P, T_COLONEQUAL))
        p_error_node(P, e, "cannot use assignment expressions with %s", p_expr_name(P, e));
    return e;
}

PvNode *p_yield_expr(Parser *P)
{
    PvToken *s = p_next(P);
    if (p_accept_kw(P, KW_FROM)) {
        PvNode *n = p_node(P, E_YIELDFROM, s);
        n->a = p_expression(P);
        p_finish(P, n);
        return n;
    }
    PvNode *n = p_node(P, E_YIELD, s);
    if (!at(P, T_NEWLINE) && !at(P, T_RPAR) && !at(P, T_SEMI) && !at(P, T_EQUAL) &&
        !at(P, T_RSQB) && !at(P, T_RBRACE) && !at(P, T_ENDMARKER) && !at(P, T_COLON))
        n->a = p_star_expressions(P);
    p_finish(P, n);
    return n;
}

static PvNode *star_list(Parser *P, bool targets)
{
    PvToken *s = tk(P);
    PvNode *first;
    if (at(P, T_STAR)) {
        p_next(P);
        first = p_node(P, E_STARRED, s);
        first->a = p_bitor(P);
        p_finish(P, first);
    } else {
        first = targets ? p_bitor(P) : p_expression(P);
    }
    if (!at(P, T_COMMA))
        return first;
    PvNode *t = mk(P, E_TUPLE, first);
    pv_list_push(P->ast, &t->l1, first);
    while (p_accept(P, T_COMMA)) {
        if (!at(P, T_STAR) && !p_starts_expr(tk(P)))
            break;
        if (at(P, T_STAR)) {
            PvToken *ss = p_next(P);
            PvNode *st = p_node(P, E_STARRED, ss);
            st->a = p_bitor(P);
            p_finish(P, st);
            pv_list_push(P->ast, &t->l1, st);
        } else {
            pv_list_push(P->ast, &t->l1, targets ? p_bitor(P) : p_expression(P));
        }
    }
    p_finish(P, t);
    PvNode *last = t->l1.items[t->l1.n - 1];
    t->end_line = last->end_line;
    t->end_col = last->end_col;
    return t;
}

PvNode *p_star_expressions(Parser *P) { return star_list(P, false); }
PvNode *p_star_targets(Parser *P) { return star_list(P, true); }
