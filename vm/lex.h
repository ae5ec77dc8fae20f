/* lex.h: the Python tokenizer as a token stream.
 *
 * The lexer turns UTF-8 source into tokens with CPython's positions (lines
 * 1-based, columns 0-based byte offsets). It knows nothing about Values:
 * numbers and strings are returned as source spans that the parser
 * converts. A tokenizer error becomes a T_ERROR token carrying the message,
 * so that a parser reports it only when it gets there, as CPython does.
 * This is the seam for a second front end (.pe): it may use this lexer
 * with `brackets_only` cleared of indentation (see PvLexer.no_indent).
 */
#ifndef PV_LEX_H
#define PV_LEX_H

#include <stddef.h>
#include <stdbool.h>

enum {
    T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    T_ERROR,
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA,
    T_SEMI, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS,
    T_GREATER, T_EQUAL, T_DOT, T_PERCENT, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL,
    T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX, T_LSHIFT, T_RSHIFT, T_DOUBLESTAR,
    T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL, T_PERCENTEQUAL,
    T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL, T_LEFTSHIFTEQUAL,
    T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH, T_DOUBLESLASHEQUAL,
    T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL, T_EXCLAMATION,
    T__COUNT
};

/* Hard keywords (PvToken.kw of a T_NAME). */
enum {
    KW_NONE, KW_FALSE, KW_NONE_, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC,
    KW_AWAIT, KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF,
    KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF,
    KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS,
    KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
    KW__COUNT
};

/* PvToken.kw of a T_NUMBER */
enum { NUM_INT, NUM_FLOAT, NUM_IMAG };

typedef struct PvToken {
    int type;             /* T_* */
    int kw;               /* keyword id for T_NAME, NUM_* for T_NUMBER */
    const char *start;    /* span in the source */
    size_t len;
    int line, col, end_line, end_col;
    const char *msg;      /* T_ERROR: message (static or lexer-owned) */
    int err_kind;         /* T_ERROR: 0 SyntaxError, 1 IndentationError, 2 TabError */
    /* T_ERROR: where CPython puts the caret (1-based col, may differ from col) */
    int err_line, err_offset, err_end_line, err_end_offset;
    int err_text;         /* T_ERROR: 1 text with newline, 2 stripped */
    int level;            /* bracket nesting before this token */
} PvToken;

#define PV_LEX_MAXINDENT 100
#define PV_LEX_MAXLEVEL 200

typedef struct PvLexer {
    const char *src, *end, *p;
    const char *line_start;
    int line;
    int indstack[PV_LEX_MAXINDENT], altstack[PV_LEX_MAXINDENT];
    int indent;           /* top index of indstack */
    int pending;          /* >0: INDENTs to emit, <0: DEDENTs */
    bool at_bol;          /* at the beginning of a logical line */
    bool done;
    bool no_indent;       /* .pe: no INDENT/DEDENT/NEWLINE at all */
    bool sub;             /* an f-string expression: EOF inside level 1 is fine */
    bool file_mode;       /* source read from a file: CPython reports EOF at column -1 */
    int level;            /* bracket nesting */
    char paren[PV_LEX_MAXLEVEL];
    int paren_line[PV_LEX_MAXLEVEL], paren_col[PV_LEX_MAXLEVEL];
    bool last_newline;    /* the last significant token was NEWLINE */
    char msgbuf[200];
} PvLexer;

void pv_lex_init(PvLexer *lx, const char *src, size_t size);
/* Tokenize src[start, end) as if inside one pair of parentheses, with line
 * numbers and columns of the enclosing source (f-string expressions). */
void pv_lex_init_sub(PvLexer *lx, const char *src, const char *start, const char *end,
                     int line, const char *line_start);
/* Next token; returns its type. After T_ENDMARKER or T_ERROR it keeps
 * returning the same. */
int pv_lex_next(PvLexer *lx, PvToken *tok);
/* Keyword id of a name, or KW_NONE. */
int pv_lex_keyword(const char *s, size_t len);
extern const char *const pv_token_names[T__COUNT];
extern const char *const pv_keyword_names[KW__COUNT];

/* Helpers shared by the front ends. */
/* Number of code points in the first `nbytes` bytes of s (UTF-8). */
int pv_utf8_cols(const char *s, int nbytes);
/* Start of line `lineno` (1-based) in src, and its length with newline. */
const char *pv_source_line(const char *src, size_t size, int lineno, size_t *len);

#endif
