/* lex.c: the Python tokenizer (see lex.h). Follows CPython's tokenizer:
 * INDENT/DEDENT from a stack of columns (tabs to multiples of 8, checked
 * against tabs of width 1 for TabError), no NEWLINE inside brackets or
 * after a backslash continuation, blank and comment lines skipped. */
#include "lex.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *const pv_token_names[T__COUNT] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "ERRORTOKEN", "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*",
    "/", "|", "&", "<", ">", "=", ".", "%", "==", "!=", "<=", ">=", "~", "^",
    "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=",
    ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!",
};

const char *const pv_keyword_names[KW__COUNT] = {
    "", "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
};

int pv_lex_keyword(const char *s, size_t len)
{
    if (len < 2 || len > 8)
        return KW_NONE;
    for (int i = 1; i < KW__COUNT; i++)
        if (strlen(pv_keyword_names[i]) == len && memcmp(pv_keyword_names[i], s, len) == 0)
            return i;
    return KW_NONE;
}

int pv_utf8_cols(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            n++;
    return n;
}

const char *pv_source_line(const char *src, size_t size, int lineno, size_t *len)
{
    const char *p = src, *end = src + size;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    const char *e = p;
    while (e < end && *e != '\n')
        e++;
    if (e < end)
        e++;
    *len = (size_t)(e - p);
    return p;
}

void pv_lex_init(PvLexer *lx, const char *src, size_t size)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->p = lx->line_start = src;
    lx->end = src + size;
    if (size >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
        lx->p = lx->line_start = src + 3;
    lx->line = 1;
    lx->at_bol = true;
    lx->last_newline = true;
}

void pv_lex_init_sub(PvLexer *lx, const char *src, const char *start, const char *end,
                     int line, const char *line_start)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->p = start;
    lx->end = end;
    lx->line_start = line_start;
    lx->line = line;
    lx->sub = true;
    lx->level = 1;
    lx->paren[0] = '(';
    lx->paren_line[0] = line;
}

static int col_of(PvLexer *lx, const char *p) { return (int)(p - lx->line_start); }

static int cur(PvLexer *lx) { return lx->p < lx->end ? (unsigned char)*lx->p : -1; }
static int peekc(PvLexer *lx, int k)
{
    return lx->p + k < lx->end ? (unsigned char)lx->p[k] : -1;
}

/* Consume a newline at p (\n, \r\n or \r); returns true if one was there. */
static bool eat_newline(PvLexer *lx)
{
    int c = cur(lx);
    if (c == '\n' || c == '\r') {
        lx->p++;
        if (c == '\r' && cur(lx) == '\n')
            lx->p++;
        lx->line++;
        lx->line_start = lx->p;
        return true;
    }
    return false;
}

static int error_at(PvLexer *lx, PvToken *t, int kind, int line, int col1, int endcol1,
                    const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static int error_at(PvLexer *lx, PvToken *t, int kind, int line, int col1, int endcol1,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->msgbuf, sizeof lx->msgbuf, fmt, ap);
    va_end(ap);
    t->type = T_ERROR;
    t->msg = lx->msgbuf;
    t->err_kind = kind;
    t->err_line = line;
    t->err_offset = col1;
    t->err_end_line = line;
    t->err_end_offset = endcol1;
    t->err_text = 2;
    if (!t->line) {
        t->line = t->end_line = line;
        t->col = t->end_col = col1 > 0 ? col1 - 1 : 0;
    }
    lx->done = true;
    return T_ERROR;
}

/* Character offset (1-based) of byte pointer p in its line. */
static int cpos(PvLexer *lx, const char *p)
{
    return pv_utf8_cols(lx->line_start, col_of(lx, p)) + 1;
}

static bool is_id_start(int c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128; }
static bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* Digits of a base with single underscores between them. Returns false (and
 * sets *bad to the offending position) on a misplaced underscore. */
static bool scan_digits(PvLexer *lx, int base, const char **bad)
{
    for (;;) {
        int c = cur(lx);
        bool ok = base == 16 ? (is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                             : (c >= '0' && c < '0' + (base == 10 ? 10 : base));
        if (base == 10)
            ok = is_digit(c);
        if (ok) {
            lx->p++;
            continue;
        }
        if (c == '_') {
            int d = peekc(lx, 1);
            bool nok = base == 16 ? (is_digit(d) || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'))
                                  : (d >= '0' && d < '0' + (base == 10 ? 10 : base));
            if (base == 10)
                nok = is_digit(d);
            if (!nok) {
                *bad = lx->p;
                lx->p++;
                return false;
            }
            lx->p++;
            continue;
        }
        return true;
    }
}

/* CPython accepts (with a warning) a number directly followed by one of
 * the keywords that may follow a number: 1if x else 2, 0x1for ... */
static bool keyword_follows(PvLexer *lx)
{
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    size_t left = (size_t)(lx->end - lx->p);
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = strlen(kws[i]);
        if (n <= left && memcmp(lx->p, kws[i], n) == 0)
            return true;
    }
    return false;
}

static const char *base_name(int base)
{
    return base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
}

static int lex_number(PvLexer *lx, PvToken *t)
{
    const char *start = lx->p, *bad = NULL;
    int kind = NUM_INT;
    if (cur(lx) == '0' && (peekc(lx, 1) == 'x' || peekc(lx, 1) == 'X' || peekc(lx, 1) == 'o' ||
                          peekc(lx, 1) == 'O' || peekc(lx, 1) == 'b' || peekc(lx, 1) == 'B')) {
        int c = peekc(lx, 1) | 0x20;
        int base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
        lx->p += 2;
        if (cur(lx) == '_')
            lx->p++;
        const char *dstart = lx->p;
        if (!scan_digits(lx, base, &bad))
            return error_at(lx, t, 0, lx->line, cpos(lx, bad), cpos(lx, bad),
                            "invalid %s literal", base_name(base));
        int d = cur(lx);
        if (is_digit(d) && base != 16)
            return error_at(lx, t, 0, lx->line, cpos(lx, lx->p), cpos(lx, lx->p),
                            "invalid digit '%c' in %s literal", d, base_name(base));
        if (lx->p == dstart || (is_id_char(d) && !keyword_follows(lx)))
            return error_at(lx, t, 0, lx->line, cpos(lx, lx->p) - 1, cpos(lx, lx->p) - 1,
                            "invalid %s literal", base_name(base));
    } else {
        bool leading_zero = cur(lx) == '0';
        if (cur(lx) != '.' && !scan_digits(lx, 10, &bad))
            return error_at(lx, t, 0, lx->line, cpos(lx, bad), cpos(lx, bad), "invalid decimal literal");
        if (cur(lx) == '.') {
            kind = NUM_FLOAT;
            lx->p++;
            if (is_digit(cur(lx)) && !scan_digits(lx, 10, &bad))
                return error_at(lx, t, 0, lx->line, cpos(lx, bad), cpos(lx, bad), "invalid decimal literal");
        }
        if ((cur(lx) | 0x20) == 'e' && !(lx->end - lx->p >= 4 && memcmp(lx->p, "else", 4) == 0)) {
            const char *e = lx->p;
            lx->p++;
            if (cur(lx) == '+' || cur(lx) == '-')
                lx->p++;
            if (!is_digit(cur(lx))) {
                if (is_id_char(cur(lx)) || cur(lx) == '+' || cur(lx) == '-' || lx->p == e + 1)
                    return error_at(lx, t, 0, lx->line, cpos(lx, e) - 1, cpos(lx, e) - 1, "invalid decimal literal");
                lx->p = e;
            } else {
                kind = NUM_FLOAT;
                if (!scan_digits(lx, 10, &bad))
                    return error_at(lx, t, 0, lx->line, cpos(lx, bad), cpos(lx, bad), "invalid decimal literal");
            }
        }
        if ((cur(lx) | 0x20) == 'j') {
            kind = NUM_IMAG;
            lx->p++;
            if (is_id_char(cur(lx)) && !keyword_follows(lx))
                return error_at(lx, t, 0, lx->line, cpos(lx, lx->p) - 1, cpos(lx, lx->p) - 1,
                                "invalid imaginary literal");
        } else if (is_id_char(cur(lx)) && !keyword_follows(lx)) {
            return error_at(lx, t, 0, lx->line, cpos(lx, lx->p) - 1, cpos(lx, lx->p) - 1,
                            "invalid decimal literal");
        }
        if (kind == NUM_INT && leading_zero) {
            for (const char *q = start; q < lx->p; q++)
                if (*q != '0' && *q != '_')
                    return error_at(lx, t, 0, lx->line, cpos(lx, start), cpos(lx, start) + 1,
                                    "leading zeros in decimal integer literals are not permitted; "
                                    "use an 0o prefix for octal integers");
        }
    }
    t->type = T_NUMBER;
    t->kw = kind;
    return T_NUMBER;
}

/* The string body after its prefix; lx->p at the opening quote. */
static int lex_string(PvLexer *lx, PvToken *t, const char *tokstart)
{
    char q = (char)cur(lx);
    bool triple = peekc(lx, 1) == q && peekc(lx, 2) == q;
    int sline = lx->line;
    int scol1 = cpos(lx, tokstart);
    lx->p += triple ? 3 : 1;
    for (;;) {
        int c = cur(lx);
        if (c < 0) {
            int l = lx->line;
            if (lx->p > lx->src && (lx->p[-1] == '\n' || lx->p[-1] == '\r'))
                l--;
            lx->line = l;
            if (triple)
                return error_at(lx, t, 0, sline, scol1, scol1,
                                "unterminated triple-quoted string literal (detected at line %d)", lx->line);
            return error_at(lx, t, 0, sline, scol1, scol1,
                            "unterminated string literal (detected at line %d)", lx->line);
        }
        if (c == '\n' || c == '\r') {
            if (!triple)
                return error_at(lx, t, 0, sline, scol1, scol1,
                                "unterminated string literal (detected at line %d)", lx->line);
            eat_newline(lx);
            continue;
        }
        if (c == '\\') {
            lx->p++;
            if (cur(lx) == '\n' || cur(lx) == '\r') {
                if (!triple && lx->p + 1 >= lx->end)
                    continue; /* EOF right after: "detected at" this line */
                eat_newline(lx);
            }
            else if (cur(lx) >= 0)
                lx->p++;
            continue;
        }
        if (c == q) {
            if (!triple) {
                lx->p++;
                break;
            }
            if (peekc(lx, 1) == q && peekc(lx, 2) == q) {
                lx->p += 3;
                break;
            }
        }
        lx->p++;
    }
    t->type = T_STRING;
    return T_STRING;
}

static bool is_string_prefix(const char *s, size_t n)
{
    if (n > 2)
        return false;
    char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
    if (n == 1)
        return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

static int op_token(PvLexer *lx)
{
    static const struct { const char *s; int t; } ops[] = {
        {"**=", T_DOUBLESTAREQUAL}, {"//=", T_DOUBLESLASHEQUAL}, {"<<=", T_LEFTSHIFTEQUAL},
        {">>=", T_RIGHTSHIFTEQUAL}, {"...", T_ELLIPSIS}, {"!=", T_NOTEQUAL}, {"%=", T_PERCENTEQUAL},
        {"&=", T_AMPEREQUAL}, {"**", T_DOUBLESTAR}, {"*=", T_STAREQUAL}, {"+=", T_PLUSEQUAL},
        {"-=", T_MINEQUAL}, {"->", T_RARROW}, {"//", T_DOUBLESLASH}, {"/=", T_SLASHEQUAL},
        {":=", T_COLONEQUAL}, {"<<", T_LSHIFT}, {"<=", T_LESSEQUAL}, {"==", T_EQEQUAL},
        {">=", T_GREATEREQUAL}, {">>", T_RSHIFT}, {"@=", T_ATEQUAL}, {"^=", T_CIRCUMFLEXEQUAL},
        {"|=", T_VBAREQUAL}, {"(", T_LPAR}, {")", T_RPAR}, {"[", T_LSQB}, {"]", T_RSQB},
        {"{", T_LBRACE}, {"}", T_RBRACE}, {":", T_COLON}, {",", T_COMMA}, {";", T_SEMI},
        {"+", T_PLUS}, {"-", T_MINUS}, {"*", T_STAR}, {"/", T_SLASH}, {"|", T_VBAR},
        {"&", T_AMPER}, {"<", T_LESS}, {">", T_GREATER}, {"=", T_EQUAL}, {".", T_DOT},
        {"%", T_PERCENT}, {"~", T_TILDE}, {"^", T_CIRCUMFLEX}, {"@", T_AT}, {"!", T_EXCLAMATION},
    };
    size_t left = (size_t)(lx->end - lx->p);
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].s);
        if (n <= left && memcmp(lx->p, ops[i].s, n) == 0) {
            lx->p += n;
            return ops[i].t;
        }
    }
    return -1;
}

/* Measure the indentation of the line at lx->p. Returns false at a blank
 * or comment-only line (which has been skipped entirely). */
static bool measure_indent(PvLexer *lx, int *col, int *altcol)
{
    int c8 = 0, c1 = 0;
    for (;;) {
        int c = cur(lx);
        if (c == ' ') {
            c8++;
            c1++;
        } else if (c == '\t') {
            c8 = (c8 / 8 + 1) * 8;
            c1++;
        } else if (c == '\f') {
            c8 = c1 = 0;
        } else {
            break;
        }
        lx->p++;
    }
    *col = c8;
    *altcol = c1;
    int c = cur(lx);
    if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && (peekc(lx, 1) == '\n' || peekc(lx, 1) == '\r') && 0)) {
        while (cur(lx) >= 0 && cur(lx) != '\n' && cur(lx) != '\r')
            lx->p++;
        if (cur(lx) < 0)
            return true; /* comment at EOF: treat as end */
        eat_newline(lx);
        return false;
    }
    return true;
}

/* CPython puts the tokens at EOF at the end of the last line. */
static void eof_pos(PvLexer *lx, PvToken *t)
{
    const char *p = lx->p;
    if (p > lx->src && p[-1] == '\n') {
        const char *e = p - 1;
        if (e > lx->src && e[-1] == '\r')
            e--;
        const char *b = e;
        while (b > lx->src && b[-1] != '\n')
            b--;
        t->line = t->end_line = lx->line - 1;
        t->col = t->end_col = (int)(e - b);
    }
    if (lx->file_mode)
        t->col = t->end_col = -1;
}

int pv_lex_next(PvLexer *lx, PvToken *t)
{
    memset(t, 0, sizeof *t);
    if (lx->done) {
        t->type = T_ENDMARKER;
        t->line = t->end_line = lx->line;
        return T_ENDMARKER;
    }
again:
    if (lx->at_bol && !lx->no_indent && lx->level == 0) {
        int col, alt;
        const char *ls = lx->p;
        (void)ls;
        if (!measure_indent(lx, &col, &alt))
            goto again;
        lx->at_bol = false;
        if (cur(lx) < 0) {
            col = alt = 0; /* EOF: dedent everything */
        }
        if (col == lx->indstack[lx->indent]) {
            if (alt != lx->altstack[lx->indent])
                return error_at(lx, t, 2, lx->line, 1, 0,
                                "inconsistent use of tabs and spaces in indentation");
        } else if (col > lx->indstack[lx->indent]) {
            if (lx->indent + 1 >= PV_LEX_MAXINDENT)
                return error_at(lx, t, 1, lx->line, cpos(lx, lx->p), 0, "too many levels of indentation");
            if (alt <= lx->altstack[lx->indent])
                return error_at(lx, t, 2, lx->line, 1, 0,
                                "inconsistent use of tabs and spaces in indentation");
            lx->pending++;
            lx->indstack[++lx->indent] = col;
            lx->altstack[lx->indent] = alt;
        } else {
            while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                lx->pending--;
                lx->indent--;
            }
            if (col != lx->indstack[lx->indent]) {
                t->line = t->end_line = lx->line;
                t->col = t->end_col = col_of(lx, lx->p);
                const char *eol = lx->p;
                while (eol < lx->end && *eol != '\n' && *eol != '\r')
                    eol++;
                error_at(lx, t, 1, lx->line, cpos(lx, eol), -1,
                         "unindent does not match any outer indentation level");
                t->err_text = 1;
                return T_ERROR;
            }
            if (alt != lx->altstack[lx->indent])
                return error_at(lx, t, 2, lx->line, 1, 0,
                                "inconsistent use of tabs and spaces in indentation");
        }
    }
    t->line = t->end_line = lx->line;
    t->col = t->end_col = col_of(lx, lx->p);
    t->start = lx->p;
    if (lx->pending) {
        if (lx->pending > 0) {
            lx->pending--;
            t->type = T_INDENT;
            t->end_col = t->col;
        } else {
            lx->pending++;
            t->type = T_DEDENT;
        }
        return t->type;
    }
    /* skip blanks and comments */
    for (;;) {
        int c = cur(lx);
        if (c == ' ' || c == '\t' || c == '\f') {
            lx->p++;
        } else if (c == '#') {
            while (cur(lx) >= 0 && cur(lx) != '\n' && cur(lx) != '\r')
                lx->p++;
        } else if (c == '\\') {
            int d = peekc(lx, 1);
            if (d == '\n' || d == '\r' || d < 0) {
                int bline = lx->line, boff = cpos(lx, lx->p) + 1;
                lx->p++;
                if (d >= 0)
                    eat_newline(lx);
                if (cur(lx) < 0) {
                    t->line = t->end_line = bline;
                    return error_at(lx, t, 0, bline, boff, boff, "unexpected EOF while parsing");
                }
            } else {
                lx->p++;
                t->line = t->end_line = lx->line;
                error_at(lx, t, 0, lx->line, cpos(lx, lx->p), 0,
                         "unexpected character after line continuation character");
                t->err_text = 1;
                return T_ERROR;
            }
        } else {
            break;
        }
    }
    t->line = t->end_line = lx->line;
    t->col = t->end_col = col_of(lx, lx->p);
    t->start = lx->p;
    t->level = lx->level;
    int c = cur(lx);
    if (c < 0) {
        if (lx->sub) {
            t->type = T_ENDMARKER;
            lx->done = true;
            return T_ENDMARKER;
        }
        if (lx->level > 0) {
            int i = lx->level - 1;
            t->line = lx->paren_line[i];
            t->col = lx->paren_col[i];
            const char *save = lx->line_start;
            size_t n;
            lx->line_start = pv_source_line(lx->src, (size_t)(lx->end - lx->src), t->line, &n);
            int off = cpos(lx, lx->line_start + t->col);
            lx->line_start = save;
            return error_at(lx, t, 0, t->line, off, 0, "'%c' was never closed", lx->paren[i]);
        }
        eof_pos(lx, t);
        if (!lx->last_newline && !lx->no_indent) {
            t->type = T_NEWLINE;
            lx->last_newline = true;
            return T_NEWLINE;
        }
        if (lx->indent > 0 && !lx->no_indent) {
            lx->indent--;
            t->type = T_DEDENT;
            return T_DEDENT;
        }
        t->type = T_ENDMARKER;
        lx->done = true;
        return T_ENDMARKER;
    }
    if (c == '\n' || c == '\r') {
        eat_newline(lx);
        if (lx->level > 0 || lx->no_indent)
            goto again;
        t->type = T_NEWLINE;
        t->end_col = t->col + 1;
        lx->at_bol = true;
        lx->last_newline = true;
        return T_NEWLINE;
    }
    lx->last_newline = false;
    if (is_id_start(c)) {
        while (is_id_char(cur(lx)))
            lx->p++;
        size_t n = (size_t)(lx->p - t->start);
        if ((cur(lx) == '"' || cur(lx) == '\'') && is_string_prefix(t->start, n)) {
            if (lex_string(lx, t, t->start) == T_ERROR)
                return T_ERROR;
        } else {
            t->type = T_NAME;
            t->kw = pv_lex_keyword(t->start, n);
            if (c >= 128) {
                /* Only letters are allowed; reject common non-letters. */
                const unsigned char *u = (const unsigned char *)t->start;
                uint32_t cp = 0;
                if ((u[0] & 0xe0) == 0xc0)
                    cp = (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
                else if ((u[0] & 0xf0) == 0xe0)
                    cp = (uint32_t)(u[0] & 0x0f) << 12 | (uint32_t)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);
                else if ((u[0] & 0xf8) == 0xf0)
                    cp = (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3f) << 12 |
                         (uint32_t)(u[2] & 0x3f) << 6 | (u[3] & 0x3f);
                bool bad = (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x3003) ||
                           cp == 0xa0 || cp == 0xa7 || cp == 0xab || cp == 0xbb || cp == 0xb0 ||
                           cp == 0xd7 || cp == 0xf7 || cp == 0xfeff || (cp >= 0x1f000);
                bool nonprint = cp == 0xa0 || cp == 0xad || (cp >= 0x2000 && cp <= 0x200f) ||
                                (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f) ||
                                cp == 0x3000 || cp == 0xfeff || (cp >= 0x80 && cp < 0xa0);
                if (nonprint)
                    return error_at(lx, t, 0, lx->line, cpos(lx, t->start), cpos(lx, t->start),
                                    "invalid non-printable character U+%04X", cp);
                if (bad) {
                    int len = (u[0] & 0xe0) == 0xc0 ? 2 : (u[0] & 0xf0) == 0xe0 ? 3 : 4;
                    return error_at(lx, t, 0, lx->line, cpos(lx, t->start), cpos(lx, t->start),
                                    "invalid character '%.*s' (U+%04X)", len, t->start, cp);
                }
            }
        }
    } else if (is_digit(c) || (c == '.' && is_digit(peekc(lx, 1)))) {
        if (lex_number(lx, t) == T_ERROR)
            return T_ERROR;
    } else if (c == '"' || c == '\'') {
        if (lex_string(lx, t, t->start) == T_ERROR)
            return T_ERROR;
    } else {
        int op = op_token(lx);
        if (op < 0 && (c < 0x20 || c == 0x7f))
            return error_at(lx, t, 0, lx->line, cpos(lx, t->start), cpos(lx, t->start),
                            "invalid non-printable character U+%04X", c);
        if (op < 0) {
            lx->p++;
            t->type = T_ERROR;
            t->msg = "invalid syntax";
            t->err_line = lx->line;
            t->err_offset = cpos(lx, t->start);
            t->err_end_line = lx->line;
            t->err_end_offset = t->err_offset + 1;
            t->err_text = 1;
            t->len = 1;
            t->end_col = t->col + 1;
            lx->done = true;
            return T_ERROR;
        }
        t->type = op;
        if (op == T_LPAR || op == T_LSQB || op == T_LBRACE) {
            if (lx->level >= PV_LEX_MAXLEVEL)
                return error_at(lx, t, 0, lx->line, cpos(lx, t->start), 0, "too many nested parentheses");
            lx->paren[lx->level] = (char)c;
            lx->paren_line[lx->level] = lx->line;
            lx->paren_col[lx->level] = t->col;
            lx->level++;
        } else if (op == T_RPAR || op == T_RSQB || op == T_RBRACE) {
            int off = cpos(lx, t->start);
            if (lx->level == 0)
                return error_at(lx, t, 0, lx->line, off, off, "unmatched '%c'", c);
            lx->level--;
            char open = lx->paren[lx->level];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                if (lx->paren_line[lx->level] != lx->line)
                    return error_at(lx, t, 0, lx->line, off, off,
                                    "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                    c, open, lx->paren_line[lx->level]);
                return error_at(lx, t, 0, lx->line, off, off,
                                "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            }
        }
    }
    t->len = (size_t)(lx->p - t->start);
    t->end_line = lx->line;
    t->end_col = col_of(lx, lx->p);
    return t->type;
}
