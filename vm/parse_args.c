/* parse_args.c: parameter lists of def and lambda, with CPython's
 * messages for misplaced /, *, ** and defaults. */
#include "parse.h"

/* ---- parameters ---- */

static PvNode *param(Parser *P, bool lambda, bool star)
{
    PvToken *t = tk(P);
    if (t->type != T_NAME || t->kw)
        p_invalid(P);
    p_next(P);
    PvNode *a = p_node(P, K_ARG, t);
    a->id = p_mangle(P, p_name_id(P, t));
    if (!lambda && p_accept(P, T_COLON)) {
        if (star && at(P, T_STAR)) {
            PvToken *s = p_next(P);
            PvNode *st = p_node(P, E_STARRED, s);
            st->a = p_expression(P);
            p_finish(P, st);
            a->a = st;
        } else {
            a->a = p_expression(P);
        }
    }
    return a;
}

PvNode *p_arguments_def(Parser *P, bool lambda, int close)
{
    PvNode *n = pv_node_new(P->ast, K_ARGUMENTS, tk(P)->line, tk(P)->col, tk(P)->line, tk(P)->col);
    bool seen_slash = false, seen_star = false, seen_default = false;
    while (!at(P, close)) {
        PvToken *s = tk(P);
        if (at(P, T_SLASH)) {
            p_next(P);
            if (seen_slash)
                p_error_tok(P, s, "/ may appear only once");
            if (seen_star)
                p_error_tok(P, s, "/ must be ahead of *");
            if (n->l1.n == 0)
                p_error_tok(P, s, "at least one argument must precede /");
            seen_slash = true;
            n->op = n->l1.n;
            if (at(P, T_STAR))
                p_error_tok(P, tk(P), "expected comma between / and *");
        } else if (at(P, T_STAR)) {
            p_next(P);
            if (seen_star)
                p_error_tok(P, s, "* argument may appear only once");
            seen_star = true;
            if (at(P, T_COMMA) || at(P, close)) {
                if (at(P, close) || tk_at(P, 1)->type == T_DOUBLESTAR ||
                    (at(P, T_COMMA) && tk_at(P, 1)->type == close))
                    p_error_tok(P, s, "named arguments must follow bare *");
            } else {
                n->b = param(P, lambda, true);
                if (at(P, T_EQUAL))
                    p_error_tok(P, tk(P), "var-positional argument cannot have default value");
            }
        } else if (at(P, T_DOUBLESTAR)) {
            p_next(P);
            n->c = param(P, lambda, false);
            if (at(P, T_EQUAL))
                p_error_tok(P, tk(P), "var-keyword argument cannot have default value");
            p_accept(P, T_COMMA);
            if (!at(P, close)) {
                PvToken *t = tk(P);
                if (t->type == T_NAME || t->type == T_STAR || t->type == T_DOUBLESTAR || t->type == T_SLASH)
                    p_error_tok(P, t, "arguments cannot follow var-keyword argument");
                p_invalid(P);
            }
            break;
        } else {
            PvNode *a = param(P, lambda, false);
            if (p_accept(P, T_EQUAL)) {
                if (at(P, T_COMMA) || at(P, close))
                    p_error_tok(P, prev(P), "expected default value expression");
                a->b = p_expression(P);
                if (!seen_star)
                    seen_default = true;
            } else if (seen_default && !seen_star) {
                p_error_node(P, a, "non-default argument follows default argument");
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
