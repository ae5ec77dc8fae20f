/* ast.c: the syntax tree's memory (an arena) and the SyntaxError builder
 * shared by the parser, the symbol table and the compiler. */
#include "ast.h"
#include "lex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct PvArenaChunk {
    PvArenaChunk *next;
    size_t used, cap;
    _Alignas(16) char data[];
};

const char *const pv_node_names[N__COUNT] = {
    "Name", "Constant", "JoinedStr", "FormattedValue", "BinOp", "UnaryOp", "BoolOp",
    "Compare", "Call", "Attribute", "Subscript", "Slice", "Starred", "List", "Tuple",
    "Set", "Dict", "ListComp", "SetComp", "GeneratorExp", "DictComp", "Lambda",
    "IfExp", "NamedExpr", "Yield", "YieldFrom", "Await",
    "comprehension", "keyword", "arguments", "arg", "alias", "withitem",
    "excepthandler", "match_case",
    "Expr", "Assign", "AugAssign", "AnnAssign", "Delete", "Pass", "Break",
    "Continue", "Return", "Raise", "Global", "Nonlocal", "Import",
    "ImportFrom", "If", "While", "For", "Try", "With", "FunctionDef",
    "ClassDef", "Assert", "Match",
    "MatchValue", "MatchSingleton", "MatchSequence", "MatchStar", "MatchMapping",
    "MatchClass", "MatchAs", "MatchOr",
    "Module", "Expression",
    "Print",
};

void pv_ast_init(PvAst *ast)
{
    memset(ast, 0, sizeof *ast);
    ast->consts = pv_list_new(0);
}

void pv_ast_free(PvAst *ast)
{
    PvArenaChunk *c = ast->chunks;
    while (c) {
        PvArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    ast->chunks = NULL;
}

void *pv_ast_alloc(PvAst *ast, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    PvArenaChunk *c = ast->chunks;
    if (!c || c->used + size > c->cap) {
        size_t cap = size > 60000 ? size : 60000;
        c = malloc(sizeof *c + cap);
        if (!c) {
            fputs("pyvm: out of memory in the parser\n", stderr);
            abort();
        }
        c->cap = cap;
        c->used = 0;
        c->next = ast->chunks;
        ast->chunks = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

PvNode *pv_node_new(PvAst *ast, int kind, int line, int col, int end_line, int end_col)
{
    PvNode *n = pv_ast_alloc(ast, sizeof *n);
    n->kind = kind;
    n->line = line;
    n->col = col;
    n->end_line = end_line;
    n->end_col = end_col;
    n->ci = -1;
    return n;
}

void pv_list_push(PvAst *ast, PvNodeList *l, PvNode *n)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        PvNode **items = pv_ast_alloc(ast, (size_t)cap * sizeof *items);
        if (l->n)
            memcpy(items, l->items, (size_t)l->n * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = n;
}

int pv_ast_const(PvAst *ast, Value v)
{
    if (!v || pv_list_append(ast->consts, v) < 0)
        return -1;
    return (int)pv_list_size(ast->consts) - 1;
}

void pv_syntax_error_at(const PvAst *ast, PvType *type, int line, int offset, int end_line,
                        int end_offset, int text_mode, const char *msg)
{
    Value text = pv_None;
    if (text_mode != PV_TEXT_NONE && ast->src) {
        size_t n;
        const char *s = pv_source_line(ast->src, ast->size, line, &n);
        if (text_mode == PV_TEXT_STRIPPED)
            while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
                n--;
        else if (n >= 2 && s[n - 2] == '\r' && s[n - 1] == '\n')
            n -= 2; /* CRLF: CPython shows the line with a plain newline (added below) */
        if (text_mode == PV_TEXT_LINE && (n == 0 || s[n - 1] != '\n')) {
            /* CPython shows parser errors' lines with a newline */
            PvBuf b;
            pv_buf_init(&b);
            pv_buf_append(&b, s, n);
            pv_buf_append(&b, "\n", 1);
            text = pv_str_decode_utf8(b.data, b.size, "replace");
            pv_buf_free(&b);
        } else {
            text = pv_str_decode_utf8(s, n, "replace");
        }
        if (!text)
            return;
    }
    Value m = pv_str_from_cstr(msg);
    if (!m)
        return;
    Value fn = ast->filename ? ast->filename : pv_str_from_cstr("<string>");
    Value loc = pv_tuple_pack(6, fn, pv_int_from_i64(line), pv_int_from_i64(offset), text,
                              pv_int_from_i64(end_line), pv_int_from_i64(end_offset));
    if (!loc)
        return;
    Value args[2] = {m, loc};
    Value exc = pv_exc_new(type, args, 2);
    if (exc)
        pv_raise_value(exc);
}

void pv_syntax_error(const PvAst *ast, PvType *type, int line, int col, int end_line,
                     int end_col, int text_mode, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* CPython reports offsets in characters, 1-based. */
    int offset = col + 1, end_offset = end_col < 0 ? end_col : end_col + 1;
    if (ast->src && line > 0 && col >= 0) {
        size_t n;
        const char *s = pv_source_line(ast->src, ast->size, line, &n);
        if (col <= (int)n)
            offset = pv_utf8_cols(s, col) + 1;
        if (end_line > 0 && end_col > 0) {
            const char *e = pv_source_line(ast->src, ast->size, end_line, &n);
            if (end_col <= (int)n)
                end_offset = pv_utf8_cols(e, end_col) + 1;
        }
    }
    pv_syntax_error_at(ast, type, line, offset, end_line, end_offset, text_mode, msg);
}
