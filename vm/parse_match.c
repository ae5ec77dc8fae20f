/* parse_match.c: the match statement and its patterns ("match" and
 * "case" are soft keywords). */
#include "parse.h"

#include <string.h>

static bool tok_is(PvToken *t, const char *s)
{
    return t->type == T_NAME && t->len == strlen(s) && memcmp(t->start, s, t->len) == 0;
}

bool p_is_match_stmt(Parser *P)
{
    if (!tok_is(tk(P), "match"))
        return false;
    PvToken *n = tk_at(P, 1);
    if (!p_starts_expr(n) && n->type != T_STAR)
        return false;
    if (n->type == T_NAME && n->kw == KW_NOT && 0)
        return false;
    for (int i = P->pos + 1; i < P->ntoks; i++) {
        int ty = P->toks[i].type;
        if (ty == T_NEWLINE || ty == T_ENDMARKER || ty == T_ERROR)
            return i > 0 && P->toks[i - 1].type == T_COLON;
    }
    return false;
}

static PvNode *pattern(Parser *P);
static PvNode *closed_pattern(Parser *P);

static PvNode *literal_expr(Parser *P)
{
    /* signed numbers, complex literals (a + bj), strings, attributes */
    PvToken *s = tk(P);
    PvNode *e;
    if (at(P, T_MINUS)) {
        p_next(P);
        if (!at(P, T_NUMBER))
            p_invalid(P);
        PvToken *nt = p_next(P);
        e = p_node(P, E_UNARY, s);
        e->op = PV_UNARY_NEG;
        e->a = p_number(P, nt);
    } else if (at(P, T_NUMBER)) {
        e = p_number(P, p_next(P));
    } else {
        return p_strings(P);
    }
    if (at(P, T_PLUS) || at(P, T_MINUS)) {
        int op = at(P, T_PLUS) ? PV_OP_ADD : PV_OP_SUB;
        p_next(P);
        if (!at(P, T_NUMBER) || tk(P)->kw != NUM_IMAG)
            p_error_tok(P, tk(P), "imaginary number required in complex literal");
        PvNode *b = p_number(P, p_next(P));
        PvNode *bin = p_node(P, E_BINOP, s);
        bin->a = e;
        bin->b = b;
        bin->op = op;
        e = bin;
    }
    return e;
}

static PvNode *dotted(Parser *P)
{
    PvToken *s = p_next(P);
    PvNode *e = p_node(P, E_NAME, s);
    e->id = p_name_id(P, s);
    while (p_accept(P, T_DOT)) {
        PvToken *t = tk(P);
        if (t->type != T_NAME || t->kw)
            p_invalid(P);
        p_next(P);
        PvNode *a = p_node(P, E_ATTR, s);
        a->a = e;
        a->id = p_name_id(P, t);
        e = a;
    }
    return e;
}

static PvNode *seq_items(Parser *P, PvToken *open, int close)
{
    PvNode *n = p_node(P, P_SEQUENCE, open);
    while (!at(P, close)) {
        pv_list_push(P->ast, &n->l1, pattern(P));
        if (!p_accept(P, T_COMMA))
            break;
    }
    p_expect(P, close, NULL);
    p_finish(P, n);
    return n;
}

static PvNode *class_pattern(Parser *P, PvNode *cls)
{
    p_next(P); /* ( */
    PvNode *n = pv_node_new(P->ast, P_CLASS, cls->line, cls->col, cls->end_line, cls->end_col);
    n->a = cls;
    while (!at(P, T_RPAR)) {
        if (at(P, T_NAME) && !tk(P)->kw && tk_at(P, 1)->type == T_EQUAL) {
            PvToken *k = p_next(P);
            p_next(P);
            PvNode *kn = p_node(P, E_NAME, k);
            kn->id = p_name_id(P, k);
            pv_list_push(P->ast, &n->l3, kn);
            pv_list_push(P->ast, &n->l2, pattern(P));
        } else {
            PvNode *pt = pattern(P);
            if (n->l3.n)
                p_error_node(P, pt, "positional patterns follow keyword patterns");
            pv_list_push(P->ast, &n->l1, pt);
        }
        if (!p_accept(P, T_COMMA))
            break;
    }
    p_expect(P, T_RPAR, NULL);
    p_finish(P, n);
    return n;
}

static PvNode *mapping_pattern(Parser *P)
{
    PvToken *open = p_next(P);
    PvNode *n = p_node(P, P_MAPPING, open);
    while (!at(P, T_RBRACE)) {
        if (p_accept(P, T_DOUBLESTAR)) {
            PvToken *t = tk(P);
            if (t->type != T_NAME || t->kw || tok_is(t, "_"))
                p_invalid(P);
            p_next(P);
            n->id = p_name_id(P, t);
            p_accept(P, T_COMMA);
            if (!at(P, T_RBRACE))
                p_invalid(P);
            break;
        } else {
            PvNode *key;
            if (at(P, T_NAME) && (tk(P)->kw == KW_NONE_ || tk(P)->kw == KW_TRUE || tk(P)->kw == KW_FALSE)) {
                PvNode *c = closed_pattern(P);
                key = pv_node_new(P->ast, E_CONST, c->line, c->col, c->end_line, c->end_col);
                key->ci = c->ci;
            } else if (at(P, T_NAME)) {
                key = dotted(P);
            } else {
                key = literal_expr(P);
            }
            p_expect(P, T_COLON, NULL);
            pv_list_push(P->ast, &n->l1, key);
            pv_list_push(P->ast, &n->l2, pattern(P));
        }
        if (!p_accept(P, T_COMMA))
            break;
    }
    p_expect(P, T_RBRACE, NULL);
    p_finish(P, n);
    return n;
}

static PvNode *closed_pattern(Parser *P)
{
    PvToken *t = tk(P);
    switch (t->type) {
    case T_NUMBER: case T_MINUS: case T_STRING: {
        PvNode *n = p_node(P, P_VALUE, t);
        n->a = literal_expr(P);
        p_finish(P, n);
        return n;
    }
    case T_STAR: {
        p_next(P);
        PvToken *nm = p_expect(P, T_NAME, NULL);
        PvNode *n = p_node(P, P_STAR, t);
        if (!tok_is(nm, "_"))
            n->id = p_name_id(P, nm);
        return n;
    }
    case T_LPAR: {
        p_next(P);
        if (at(P, T_RPAR)) {
            p_next(P);
            return p_node(P, P_SEQUENCE, t);
        }
        PvNode *first = pattern(P);
        if (at(P, T_RPAR)) {
            p_next(P);
            return first;
        }
        PvNode *n = p_node(P, P_SEQUENCE, t);
        pv_list_push(P->ast, &n->l1, first);
        while (p_accept(P, T_COMMA)) {
            if (at(P, T_RPAR))
                break;
            pv_list_push(P->ast, &n->l1, pattern(P));
        }
        p_expect(P, T_RPAR, NULL);
        p_finish(P, n);
        return n;
    }
    case T_LSQB:
        p_next(P);
        return seq_items(P, t, T_RSQB);
    case T_LBRACE:
        return mapping_pattern(P);
    case T_NAME:
        if (t->kw == KW_NONE_ || t->kw == KW_TRUE || t->kw == KW_FALSE) {
            p_next(P);
            PvNode *n = p_node(P, P_SINGLETON, t);
            n->ci = pv_ast_const(P->ast, t->kw == KW_NONE_ ? pv_None : t->kw == KW_TRUE ? pv_True : pv_False);
            return n;
        }
        if (t->kw)
            p_invalid(P);
        if (tk_at(P, 1)->type == T_DOT || tk_at(P, 1)->type == T_LPAR) {
            PvNode *e = dotted(P);
            if (at(P, T_LPAR))
                return class_pattern(P, e);
            PvNode *n = p_node(P, P_VALUE, t);
            n->a = e;
            return n;
        }
        p_next(P);
        {
            PvNode *n = p_node(P, P_AS, t);
            if (!tok_is(t, "_"))
                n->id = p_name_id(P, t);
            return n;
        }
    default:
        p_invalid(P);
    }
}

static PvNode *pattern(Parser *P)
{
    PvToken *s = tk(P);
    PvNode *p = closed_pattern(P);
    if (at(P, T_VBAR)) {
        PvNode *o = p_node(P, P_OR, s);
        pv_list_push(P->ast, &o->l1, p);
        while (p_accept(P, T_VBAR))
            pv_list_push(P->ast, &o->l1, closed_pattern(P));
        p_finish(P, o);
        p = o;
    }
    if (p_accept_kw(P, KW_AS)) {
        PvToken *nm = tk(P);
        if (nm->type != T_NAME || nm->kw)
            p_invalid(P);
        p_next(P);
        if (tok_is(nm, "_"))
            p_error_tok(P, nm, "cannot use '_' as a target");
        PvNode *a = p_node(P, P_AS, s);
        a->a = p;
        a->id = p_name_id(P, nm);
        p = a;
    }
    return p;
}

static PvNode *patterns(Parser *P)
{
    PvToken *s = tk(P);
    PvNode *p = pattern(P);
    if (!at(P, T_COMMA))
        return p;
    PvNode *n = p_node(P, P_SEQUENCE, s);
    pv_list_push(P->ast, &n->l1, p);
    while (p_accept(P, T_COMMA)) {
        if (at(P, T_COLON) || at_kw(P, KW_IF))
            break;
        pv_list_push(P->ast, &n->l1, pattern(P));
    }
    p_finish(P, n);
    return n;
}

PvNode *p_match_stmt(Parser *P)
{
    PvToken *start = p_next(P);
    PvNode *n = p_node(P, S_MATCH, start);
    /* subject: named expressions, optionally a tuple with starred items */
    PvToken *s0 = tk(P);
    PvNode *subj = at(P, T_STAR) ? p_star_expressions(P) : p_named_expression(P);
    if (at(P, T_COMMA)) {
        PvNode *t = p_node(P, E_TUPLE, s0);
        pv_list_push(P->ast, &t->l1, subj);
        while (p_accept(P, T_COMMA) && !at(P, T_COLON)) {
            if (at(P, T_STAR)) {
                PvToken *st = p_next(P);
                PvNode *e = p_node(P, E_STARRED, st);
                e->a = p_bitor(P);
                p_finish(P, e);
                pv_list_push(P->ast, &t->l1, e);
            } else {
                pv_list_push(P->ast, &t->l1, p_named_expression(P));
            }
        }
        p_finish(P, t);
        subj = t;
    }
    n->a = subj;
    p_expect(P, T_COLON, "expected ':'");
    p_expect(P, T_NEWLINE, NULL);
    if (!at(P, T_INDENT)) {
        PvToken *t = tk(P);
        pv_syntax_error(P->ast, &pv_exc_IndentationError, t->line, t->col, t->end_line, t->end_col,
                        PV_TEXT_LINE, "expected an indented block after 'match' statement on line %d",
                        start->line);
        p_fail(P);
    }
    p_next(P);
    while (tok_is(tk(P), "case")) {
        PvToken *cs = p_next(P);
        PvNode *c = p_node(P, K_MATCHCASE, cs);
        c->a = patterns(P);
        if (p_accept_kw(P, KW_IF))
            c->b = p_named_expression(P);
        p_expect(P, T_COLON, "expected ':'");
        p_block(P, &c->l1, "'case' statement", cs->line);
        p_finish(P, c);
        pv_list_push(P->ast, &n->l1, c);
    }
    if (!at(P, T_DEDENT))
        p_invalid(P);
    p_next(P);
    p_finish(P, n);
    return n;
}
