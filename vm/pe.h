/* pe.h: the whitespace-insensitive front end (.pe files), shared by
 * pe_lex.c (tokens), pe_expr.c (expressions) and pe_parse.c (statements).
 * It builds the same AST as the Python parser (ast.h) and reuses that
 * parser's token array, error helpers and literal parsers (parse.h).
 * See doc/pe.md for the language. */
#ifndef PV_PE_H
#define PV_PE_H

#include <string.h>

#include "parse.h"

/* Tokens the Python lexer does not have. */
enum { PE_T_QUESTION = T__COUNT, PE_T_DOLLAR };

typedef struct Pe {
    Parser P;             /* first: a Pe* is a Parser* for parse.h helpers */
    bool autosem;         /* __autosem__: automatic semicolons */
    int nest;             /* ( [ { open inside expressions */
} Pe;

/* pe_lex.c: the whole token array (T_ENDMARKER or T_ERROR last). */
bool pe_tokenize(Parser *P, const char *src, size_t size);

/* pe_expr.c */
PvNode *pe_test(Pe *E);              /* a ? b : c, lambda, or ... */
PvNode *pe_or_test(Pe *E);
PvNode *pe_testlist(Pe *E, bool star);   /* a, b -> tuple (star: *x allowed) */
PvNode *pe_targets(Pe *E);           /* for-loop targets, stops before 'in' */
PvNode *pe_target(Pe *E);            /* one target: with ... as X */
PvNode *pe_yield(Pe *E);
PvNode *pe_arguments(Pe *E, int close, bool lambda, PvNodeList *dollar);
void pe_call_args(Pe *E, PvNode *call, int close);
PvNode *pe_store(Pe *E, PvNode *target); /* ctx Store, None -> discard */

/* pe_parse.c */
_Noreturn void pe_expected(Pe *E, const char *what, const char *after);
bool pe_autosem_here(Pe *E);         /* is a ';' assumed before this token? */

/* pe_simple.c */
PvNode *pe_expr_stmt(Pe *E);         /* expression, assignment, augmented, annotated */
PvNode *pe_import(Pe *E);
PvNode *pe_from(Pe *E);
PvNode *pe_print(Pe *E);
bool pe_print_is_stmt(Pe *E);        /* `print` here is the statement */
PvNode *pe_names(Pe *E, int kind);   /* global / nonlocal */
bool pe_value_follows(Pe *E);        /* a value after return / raise / print? */

static inline bool pe_at_name(Pe *E, const char *s)
{
    PvToken *t = tk(&E->P);
    return t->type == T_NAME && t->len == strlen(s) && memcmp(t->start, s, t->len) == 0;
}

#endif
