/* parse.h: internals shared by the parser files (parse.c statements,
 * parse_expr.c expressions, parse_str.c literals, parse_match.c patterns).
 * Errors longjmp back to pv_parse with the exception pending. */
#ifndef PV_PARSE_H
#define PV_PARSE_H

#include <setjmp.h>

#include "ast.h"
#include "lex.h"

typedef struct Parser {
    PvAst *ast;
    PvToken *toks;
    int ntoks, pos;
    jmp_buf *jb;
    int fdepth;           /* f-string nesting (format specs) */
    bool in_fstring;      /* errors get the "f-string: " prefix */
    Value mangle_cls;     /* innermost class name (interned) for private names */
    const char *fexpr_s, *fexpr_e; /* f-string expression source (errors) */
    int fexpr_line, fexpr_col;
    struct Parser *outer; /* f-string sub-parsers share the outer's jmp_buf */
} Parser;

static inline PvToken *tk(Parser *P) { return &P->toks[P->pos]; }
static inline PvToken *tk_at(Parser *P, int k)
{
    int i = P->pos + k;
    return &P->toks[i < P->ntoks ? i : P->ntoks - 1];
}
static inline bool at(Parser *P, int type) { return P->toks[P->pos].type == type; }
static inline bool at_kw(Parser *P, int kw)
{
    return P->toks[P->pos].type == T_NAME && P->toks[P->pos].kw == kw;
}
static inline PvToken *prev(Parser *P) { return &P->toks[P->pos > 0 ? P->pos - 1 : 0]; }

/* parse.c */
PvToken *p_next(Parser *P);
bool p_accept(Parser *P, int type);
bool p_accept_kw(Parser *P, int kw);
PvToken *p_expect(Parser *P, int type, const char *msg);
_Noreturn void p_fail(Parser *P);                    /* exception already pending */
_Noreturn void p_error_tok(Parser *P, PvToken *t, const char *fmt, ...);
_Noreturn void p_error_node(Parser *P, PvNode *n, const char *fmt, ...);
_Noreturn void p_error_range(Parser *P, int line, int col, int end_line, int end_col,
                             const char *fmt, ...);
_Noreturn void p_invalid(Parser *P);
_Noreturn void p_raise_token_error(Parser *P, PvToken *t);
bool p_later_token_error(Parser *P, int err_line);                  /* "invalid syntax" at the current token */
PvNode *p_node(Parser *P, int kind, PvToken *start);  /* positioned at start..prev */
void p_finish(Parser *P, PvNode *n);                  /* end = end of the previous token */
Value p_name_id(Parser *P, PvToken *t);               /* interned identifier */
Value p_mangle(Parser *P, Value id);                  /* __x -> _Class__x inside classes */
PvNode *p_block(Parser *P, PvNodeList *body, const char *what, int line);

/* parse_expr.c */
PvNode *p_expression(Parser *P);          /* expression (no walrus, no star) */
PvNode *p_named_expression(Parser *P);
PvNode *p_star_expressions(Parser *P);    /* a, *b, c -> tuple */
PvNode *p_star_targets(Parser *P);        /* for-loop targets (stops before 'in') */
PvNode *p_yield_expr(Parser *P);
PvNode *p_bitor(Parser *P);
PvNode *p_disjunction(Parser *P);
PvNode *p_arguments_def(Parser *P, bool lambda, int close);
void p_call_args(Parser *P, PvNode *call, int close);
/* Set the context of an assignment/deletion target. Returns NULL when
 * valid, else the first invalid sub-node. */
PvNode *p_set_ctx(PvNode *n, int ctx);
const char *p_expr_name(Parser *P, PvNode *n);
bool p_starts_expr(PvToken *t);
void p_check_comma(Parser *P, PvNode *elem, PvToken *elem_start);

/* parse_str.c */
PvNode *p_strings(Parser *P);             /* one or more STRING tokens */
PvNode *p_number(Parser *P, PvToken *t);

/* parse_names.c */
long pv_unicode_lookup(const char *name, size_t len);

/* parse_match.c */
PvNode *p_match_stmt(Parser *P);
bool p_is_match_stmt(Parser *P);

#endif
