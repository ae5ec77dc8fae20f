/* pe_lex.c: tokens of a .pe file. The Python lexer does the work in its
 * no_indent mode (no NEWLINE/INDENT/DEDENT); this file only adds the two
 * characters Python has no use for: '?' (conditional expression) and '$'
 * (self.name), which the Python lexer reports as a one-character error. */
#include "pe.h"

#include <stdlib.h>
#include <string.h>

bool pe_tokenize(Parser *P, const char *src, size_t size)
{
    PvLexer lx;
    pv_lex_init(&lx, src, size);
    lx.no_indent = true;
    lx.file_mode = pv_str_data(P->ast->filename)[0] != '<';
    int cap = 256;
    P->toks = malloc((size_t)cap * sizeof *P->toks);
    if (!P->toks) {
        pv_nomemory();
        return false;
    }
    P->ntoks = 0;
    for (;;) {
        if (P->ntoks == cap) {
            cap *= 2;
            PvToken *nt = realloc(P->toks, (size_t)cap * sizeof *nt);
            if (!nt) {
                pv_nomemory();
                return false;
            }
            P->toks = nt;
        }
        PvToken *t = &P->toks[P->ntoks++];
        int type = pv_lex_next(&lx, t);
        if (type == T_ERROR && t->len == 1 && t->start && (*t->start == '?' || *t->start == '$')) {
            t->type = *t->start == '?' ? PE_T_QUESTION : PE_T_DOLLAR;
            lx.done = false;
            continue;
        }
        if (type == T_ERROR && t->msg == lx.msgbuf) {
            /* the lexer reuses its buffer: keep a copy */
            char *m = pv_ast_alloc(P->ast, strlen(t->msg) + 1);
            strcpy(m, t->msg);
            t->msg = m;
        }
        if (type == T_ENDMARKER || type == T_ERROR)
            return true;
    }
}
