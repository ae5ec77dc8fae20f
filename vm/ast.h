/* ast.h: the syntax tree shared by the front ends (Python, .pe) and the
 * compiler.
 *
 * One node struct for every kind (Lua-like: small code, one allocator).
 * Nodes live in an arena (malloc'd chunks freed together). They hold no
 * GC pointers except interned identifiers (pv_intern: immortal); constant
 * values live in PvAst.consts (a GC list reachable from the C stack of
 * pv_compile) and nodes refer to them by index.
 *
 * Field use per kind (unlisted fields are unused):
 *  expressions
 *   E_NAME      id, op = ctx (CTX_*)
 *   E_CONST     ci = index in consts; op = 1 for a str, 2 for bytes
 *   E_JOINEDSTR l1 = parts (E_CONST str or E_FORMATTED)
 *   E_FORMATTED a value, b spec (E_JOINEDSTR) or NULL, op conversion (-1,'s','r','a')
 *   E_BINOP     a op b, op = PV_OP_*
 *   E_UNARY     op = PV_UNARY_*, a
 *   E_BOOLOP    op 0 and / 1 or, l1 values
 *   E_COMPARE   a left, l1 comparators, ops[i] = CMP_*
 *   E_CALL      a func, l1 args (may hold E_STARRED), l2 keywords (K_KEYWORD)
 *   E_ATTR      a value, id attr, op ctx
 *   E_SUBSCR    a value, b index/slice, op ctx
 *   E_SLICE     a lower, b upper, c step (each may be NULL)
 *   E_STARRED   a value, op ctx
 *   E_LIST, E_TUPLE  l1 elts, op ctx
 *   E_SET       l1
 *   E_DICT      l1 keys (NULL entry: **value), l2 values
 *   E_LISTCOMP, E_SETCOMP, E_GENEXP  a elt, l1 generators (K_COMPREHENSION)
 *   E_DICTCOMP  a key, b value, l1 generators
 *   E_LAMBDA    a args (K_ARGUMENTS), b body
 *   E_IFEXP     a test, b body, c orelse
 *   E_NAMEDEXPR a target (E_NAME), b value
 *   E_YIELD     a value or NULL;  E_YIELDFROM a;  E_AWAIT a
 *  helpers
 *   K_COMPREHENSION a target, b iter, l1 ifs, op is_async
 *   K_KEYWORD   id (NULL for **), a value
 *   K_ARGUMENTS l1 positional (K_ARG), op = how many are positional-only,
 *               b vararg (K_ARG) or NULL, l2 keyword-only (K_ARG), c kwarg
 *   K_ARG       id, a annotation, b default (or NULL)
 *   K_ALIAS     id name (dotted), id2 asname or NULL
 *   K_WITHITEM  a context expr, b target or NULL
 *   K_HANDLER   a type or NULL, id name or NULL, l1 body
 *   K_MATCHCASE a pattern, b guard, l1 body
 *  statements
 *   S_EXPR a;  S_ASSIGN l1 targets, a value;  S_AUGASSIGN a target, op, b value
 *   S_ANNASSIGN a target, b annotation, c value or NULL, op simple
 *   S_DELETE l1;  S_PASS S_BREAK S_CONTINUE;  S_RETURN a;  S_RAISE a exc, b cause
 *   S_GLOBAL, S_NONLOCAL l1 names (E_NAME)
 *   S_IMPORT l1 aliases;  S_IMPORTFROM id module or NULL, l1 aliases, op level
 *   S_IF, S_WHILE a test, l1 body, l2 orelse
 *   S_FOR a target, b iter, l1 body, l2 orelse, op is_async
 *   S_TRY l1 body, l2 handlers, l3 orelse, l4 finalbody, op is_star (except*)
 *   S_WITH l1 items (K_WITHITEM), l2 body, op is_async
 *   S_FUNCDEF id name, a args, b returns, l1 body, l2 decorators, op is_async
 *   S_CLASSDEF id name, l1 bases, l2 keywords, l3 body, l4 decorators
 *   S_ASSERT a test, b msg;  S_MATCH a subject, l1 cases (K_MATCHCASE)
 *  patterns
 *   P_VALUE a;  P_SINGLETON ci;  P_SEQUENCE l1;  P_STAR id (NULL: _)
 *   P_MAPPING l1 keys, l2 patterns, id rest or NULL
 *   P_CLASS a cls, l1 patterns, l2 kwd patterns, l3 kwd names (E_NAME)
 *   P_AS a pattern or NULL, id name or NULL (NULL/NULL: wildcard)
 *   P_OR l1
 *  roots
 *   K_MODULE l1 body;  K_EXPRESSION a
 */
#ifndef PV_AST_H
#define PV_AST_H

#include "pv.h"

enum {
    E_NAME, E_CONST, E_JOINEDSTR, E_FORMATTED, E_BINOP, E_UNARY, E_BOOLOP,
    E_COMPARE, E_CALL, E_ATTR, E_SUBSCR, E_SLICE, E_STARRED, E_LIST, E_TUPLE,
    E_SET, E_DICT, E_LISTCOMP, E_SETCOMP, E_GENEXP, E_DICTCOMP, E_LAMBDA,
    E_IFEXP, E_NAMEDEXPR, E_YIELD, E_YIELDFROM, E_AWAIT,
    K_COMPREHENSION, K_KEYWORD, K_ARGUMENTS, K_ARG, K_ALIAS, K_WITHITEM,
    K_HANDLER, K_MATCHCASE,
    S_EXPR, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN, S_DELETE, S_PASS, S_BREAK,
    S_CONTINUE, S_RETURN, S_RAISE, S_GLOBAL, S_NONLOCAL, S_IMPORT,
    S_IMPORTFROM, S_IF, S_WHILE, S_FOR, S_TRY, S_WITH, S_FUNCDEF,
    S_CLASSDEF, S_ASSERT, S_MATCH,
    P_VALUE, P_SINGLETON, P_SEQUENCE, P_STAR, P_MAPPING, P_CLASS, P_AS, P_OR,
    K_MODULE, K_EXPRESSION,
    S_PRINT,   /* .pe print statement: a file or NULL, b E_TUPLE of values, op 1: newline */
    N__COUNT
};

enum { CTX_LOAD, CTX_STORE, CTX_DEL };
/* Compare operators: PV_LT..PV_GE (pv.h) then these. */
enum { CMP_IS = 6, CMP_ISNOT, CMP_IN, CMP_NOTIN };

typedef struct PvNode PvNode;
typedef struct PvNodeList { PvNode **items; int n, cap; } PvNodeList;

struct PvNode {
    int kind;
    int op;
    int line, col, end_line, end_col;  /* CPython positions: col 0-based bytes */
    PvNode *a, *b, *c;
    PvNodeList l1, l2, l3, l4;
    Value id, id2;                     /* interned identifiers */
    int ci;                            /* constant index */
    int *ops;                          /* E_COMPARE operators */
    void *scope;                       /* symtable.c: the scope a def/lambda/class/comprehension opens */
};

typedef struct PvArenaChunk PvArenaChunk;

/* A parsed unit: the arena, the constants and the tree. */
typedef struct PvAst {
    PvArenaChunk *chunks;
    Value consts;          /* list: E_CONST/P_SINGLETON values */
    PvNode *root;
    const char *src;       /* the source text (for error lines) */
    size_t size;
    Value filename;
} PvAst;

void pv_ast_init(PvAst *ast);       /* consts created; NULL on MemoryError */
void pv_ast_free(PvAst *ast);       /* frees the arena (not the consts: GC) */
void *pv_ast_alloc(PvAst *ast, size_t size); /* zeroed; aborts on OOM */
PvNode *pv_node_new(PvAst *ast, int kind, int line, int col, int end_line, int end_col);
void pv_list_push(PvAst *ast, PvNodeList *l, PvNode *n);
/* Store a constant; returns its index (or -1 on MemoryError). */
int pv_ast_const(PvAst *ast, Value v);
#define PV_CONST(ast, node) (pv_list_items((ast)->consts)[(node)->ci])
extern const char *const pv_node_names[N__COUNT];

/* The front ends (parse.c). Return false with a SyntaxError pending. */
bool pv_parse(PvAst *ast, const char *src, size_t size, Value filename, const char *mode);
/* The .pe front end (pe_parse.c), same contract. */
bool pv_pe_parse(PvAst *ast, const char *src, size_t size, Value filename, const char *mode);

/* Raise a SyntaxError-like exception with CPython's argument layout.
 * line/col: 1-based line and 0-based byte column of the start, end_*
 * likewise (end_line 0: unknown). Used by parse.c, symtable.c, compile.c. */
enum { PV_TEXT_NONE, PV_TEXT_LINE, PV_TEXT_STRIPPED };
void pv_syntax_error(const PvAst *ast, PvType *type, int line, int col, int end_line,
                     int end_col, int text_mode, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
/* The same with CPython's 1-based character offsets given directly. */
void pv_syntax_error_at(const PvAst *ast, PvType *type, int line, int offset, int end_line,
                        int end_offset, int text_mode, const char *msg);

/* The seam for other front ends (.pe): fill a PvAst (pv_ast_init, nodes
 * from pv_node_new, constants with pv_ast_const, ast->src/size/filename
 * for error lines) and hand it to the shared back end. mode: "exec",
 * "eval" (root K_EXPRESSION) or "single". Returns a code object or NULL
 * with SyntaxError pending. The caller frees the arena. (compile.c) */
Value pv_compile_ast(PvAst *ast, const char *mode);

/* Symbol tables (symtable.c). */
typedef struct PvScope PvScope;
bool pv_symtable_build(PvAst *ast);
void pv_symtable_free(PvAst *ast);

#endif
