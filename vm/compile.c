/* compile.c: AST -> code objects. This file holds the compiler's units
 * (one per code object being built), instruction emission with labels,
 * constants and names, the stack-depth analysis, code object creation,
 * functions, classes, comprehensions and the entry point pv_compile.
 * Statements are in compile_stmt.c, expressions in compile_expr.c. */
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors ---- */

_Noreturn void c_fail(Compiler *C) { longjmp(*C->jb, 1); }

_Noreturn void c_error(Compiler *C, PvNode *n, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *fn = pv_str_data(C->ast->filename);
    pv_syntax_error(C->ast, &pv_exc_SyntaxError, n->line, n->col, n->end_line, n->end_col,
                    fn[0] == '<' ? PV_TEXT_NONE : PV_TEXT_LINE, "%s", msg);
    c_fail(C);
}

static void *xrealloc(Compiler *C, void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        pv_nomemory();
        c_fail(C);
    }
    return q;
}

Value c_keep(Compiler *C, Value v)
{
    if (!v || pv_list_append(C->keep, v) < 0)
        c_fail(C);
    return v;
}

Value c_str(Compiler *C, const char *s)
{
    Value v = pv_intern(s);
    if (!v)
        c_fail(C);
    return v;
}

/* ---- emission ---- */

int c_emit(Compiler *C, int op, int arg)
{
    Unit *u = C->u;
    int words = 1 + pv_cache_words(op);
    if (u->n + words > u->cap) {
        u->cap = u->cap ? u->cap * 2 : 64;
        while (u->n + words > u->cap)
            u->cap *= 2;
        u->code = xrealloc(C, u->code, (size_t)u->cap * sizeof *u->code);
        u->pos = xrealloc(C, u->pos, (size_t)u->cap * sizeof *u->pos);
    }
    if (arg < 0 || arg > PV_ARG_MAX)
        arg = 0;
    int at = u->n;
    u->code[u->n] = PV_INSTR(op, arg);
    u->pos[u->n++] = u->cur;
    for (int i = 1; i < words; i++) {
        u->code[u->n] = 0;
        u->pos[u->n++] = u->cur;
    }
    return at;
}

int c_new_label(Compiler *C)
{
    Unit *u = C->u;
    if (u->nlabels == u->labcap) {
        u->labcap = u->labcap ? u->labcap * 2 : 32;
        u->labels = xrealloc(C, u->labels, (size_t)u->labcap * sizeof *u->labels);
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void c_bind(Compiler *C, int label) { C->u->labels[label] = C->u->n; }
int c_here(Compiler *C) { return C->u->n; }

void c_jump(Compiler *C, int op, int label)
{
    Unit *u = C->u;
    int at = c_emit(C, op, 0);
    if (u->npatches == u->patchcap) {
        u->patchcap = u->patchcap ? u->patchcap * 2 : 32;
        u->patches = xrealloc(C, u->patches, (size_t)u->patchcap * sizeof *u->patches);
    }
    u->patches[u->npatches].at = at;
    u->patches[u->npatches++].label = label;
}

void c_jump_back(Compiler *C, int target) { c_emit(C, OP_JUMP_ABSOLUTE, target); }

PvPos c_set_pos(Compiler *C, PvNode *n)
{
    PvPos old = C->u->cur;
    if (n && n->line > 0) {
        C->u->cur.line = n->line;
        C->u->cur.end_line = n->end_line;
        C->u->cur.col = n->col;
        C->u->cur.end_col = n->end_col;
    }
    return old;
}

void c_push_fblock(Compiler *C, int kind, int start, int exit, PvNode *node)
{
    Unit *u = C->u;
    if (u->nfb >= PV_MAX_FBLOCKS) {
        PvNode where = {0};
        where.line = u->cur.line;
        where.col = u->cur.col;
        where.end_line = u->cur.end_line;
        where.end_col = u->cur.end_col;
        c_error(C, node ? node : &where, "too many statically nested blocks");
    }
    u->fb[u->nfb].kind = kind;
    u->fb[u->nfb].start = start;
    u->fb[u->nfb].exit = exit;
    u->fb[u->nfb].node = node;
    u->nfb++;
    if (u->nfb > u->maxfb)
        u->maxfb = u->nfb;
}

void c_pop_fblock(Compiler *C) { C->u->nfb--; }

/* ---- constants and names ---- */

int c_const(Compiler *C, Value v)
{
    Unit *u = C->u;
    Value key = NULL;
    PvType *t = pv_type(v);
    if (t == &pv_str_type || t == &pv_bytes_type || t == &pv_int_type || t == &pv_bool_type ||
        v == pv_None || v == pv_Ellipsis) {
        key = pv_tuple_pack(2, (Value)t, v);
    } else if (t == &pv_float_type) {
        uint64_t bits;
        double d = pv_float_val(v);
        memcpy(&bits, &d, sizeof bits);
        key = pv_tuple_pack(2, (Value)t, pv_int_from_u64(bits));
    }
    if (key) {
        Value idx = pv_dict_get(u->constmap, key);
        if (idx)
            return (int)pv_small_val(idx);
        if (pv_err_occurred())
            c_fail(C);
    }
    if (pv_list_append(u->consts, v) < 0)
        c_fail(C);
    int i = (int)pv_list_size(u->consts) - 1;
    if (key && pv_dict_set(u->constmap, key, pv_small(i)) < 0)
        c_fail(C);
    return i;
}

void c_load_const(Compiler *C, Value v) { c_emit(C, OP_LOAD_CONST, c_const(C, v)); }

int c_name_index(Compiler *C, Value name)
{
    Unit *u = C->u;
    Value idx = pv_dict_get(u->namemap, name);
    if (idx)
        return (int)pv_small_val(idx);
    if (pv_list_append(u->names, name) < 0)
        c_fail(C);
    int i = (int)pv_list_size(u->names) - 1;
    if (pv_dict_set(u->namemap, name, pv_small(i)) < 0)
        c_fail(C);
    return i;
}

static int list_find(Value list, Value name)
{
    for (size_t i = 0; i < pv_list_size(list); i++)
        if (pv_list_items(list)[i] == name)
            return (int)i;
    return -1;
}

int c_deref_index(Compiler *C, Value name)
{
    Unit *u = C->u;
    int i = list_find(u->cellvars, name);
    if (i >= 0)
        return i;
    i = list_find(u->freevars, name);
    if (i >= 0)
        return (int)pv_list_size(u->cellvars) + i;
    pv_raise(&pv_exc_SystemError, "compiler: no cell for '%s' in %S", pv_str_data(name), u->name);
    c_fail(C);
}

void c_name_op(Compiler *C, Value name, int ctx, PvNode *where)
{
    Unit *u = C->u;
    PvScope *s = u->scope;
    int sc = pv_sym_scope(s, name);
    static const int ops[5][3] = {
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_CLASSDEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    };
    int kind = 3;
    if (s->kind == SC_FUNCTION || s->kind == SC_COMP) {
        if (sc == SYM_LOCAL)
            kind = 0;
        else if (sc == SYM_CELL || sc == SYM_FREE)
            kind = 1;
        else
            kind = 2;
    } else if (s->kind == SC_CLASS) {
        PvSym *y = pv_sym_find(s, name);
        if (sc == SYM_GLOBAL_EXPLICIT)
            kind = 2;
        else if (sc == SYM_FREE && !(y->flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)))
            kind = 4;
        else if (sc == SYM_FREE && (y->flags & DEF_NONLOCAL))
            kind = 1;
    } else if (sc == SYM_GLOBAL_EXPLICIT) {
        kind = 2;
    }
    int op = ops[kind][ctx];
    int arg;
    if (kind == 0) {
        arg = list_find(u->varnames, name);
        if (arg < 0) {
            if (pv_list_append(u->varnames, name) < 0)
                c_fail(C);
            arg = (int)pv_list_size(u->varnames) - 1;
        }
    } else if (kind == 1 || kind == 4) {
        arg = c_deref_index(C, name);
        if (kind == 4 && ctx != CTX_LOAD)
            op = ops[1][ctx];
    } else {
        arg = c_name_index(C, name);
    }
    (void)where;
    c_emit(C, op, arg);
}

/* ---- units ---- */

Unit *c_enter_unit(Compiler *C, PvScope *scope, Value name, Value qualname, int line)
{
    Unit *u = calloc(1, sizeof *u);
    if (!u) {
        pv_nomemory();
        c_fail(C);
    }
    u->next_all = C->all;
    C->all = u;
    u->parent = C->u;
    u->scope = scope;
    u->name = name;
    u->qualname = c_keep(C, qualname);
    u->firstlineno = line;
    u->consts = c_keep(C, pv_list_new(0));
    u->constmap = c_keep(C, pv_dict_new());
    u->names = c_keep(C, pv_list_new(0));
    u->namemap = c_keep(C, pv_dict_new());
    u->varnames = c_keep(C, pv_list_new(0));
    u->cellvars = c_keep(C, pv_list_new(0));
    u->freevars = c_keep(C, pv_list_new(0));
    u->docstring = pv_None;
    u->cur.line = u->cur.end_line = line;
    bool fn = scope->kind == SC_FUNCTION || scope->kind == SC_COMP;
    for (int i = 0; i < scope->nsyms; i++) {
        PvSym *y = &scope->syms[i];
        if (fn && (i < scope->nparams || y->scope == SYM_LOCAL))
            if (pv_list_append(u->varnames, y->name) < 0)
                c_fail(C);
        if (y->scope == SYM_CELL)
            if (pv_list_append(u->cellvars, y->name) < 0)
                c_fail(C);
        if (scope->kind != SC_MODULE && (y->scope == SYM_FREE || (y->flags & FREE_CLASS)))
            if (pv_list_append(u->freevars, y->name) < 0)
                c_fail(C);
    }
    C->u = u;
    return u;
}

/* Resolve label jumps; every non-JUMP_ABSOLUTE jump must go forward. */
static void resolve_jumps(Compiler *C, Unit *u)
{
    for (int i = 0; i < u->npatches; i++) {
        int at = u->patches[i].at, target = u->labels[u->patches[i].label];
        int op = PV_OP(u->code[at]);
        if (target < 0) {
            pv_raise(&pv_exc_SystemError, "compiler: unbound label");
            c_fail(C);
        }
        if (target <= at) {
            if (op == OP_JUMP_FORWARD) {
                op = OP_JUMP_ABSOLUTE;
            } else {
                pv_raise(&pv_exc_SystemError, "compiler: backward conditional jump in %S", u->name);
                c_fail(C);
            }
        }
        u->code[at] = PV_INSTR(op, target);
    }
}

static int popcount4(int x) { return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1); }

/* Stack effect of instruction w; jump: the effect when the jump is taken. */
static int stack_effect(uint32_t w, bool jump)
{
    int op = PV_OP(w), arg = (int)PV_ARG(w);
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: case OP_ROT_N:
    case OP_DELETE_FAST: case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_DELETE_DEREF:
    case OP_LOAD_ATTR: case OP_UNARY_OP: case OP_LIST_TO_TUPLE: case OP_GET_ITER:
    case OP_SETUP_ANNOTATIONS: case OP_POP_BLOCK: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE: case OP_GET_AITER:
    case OP_COPY_DICT_WITHOUT_KEYS:
        return 0;
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: case OP_RETURN_VALUE: case OP_POP_EXCEPT: case OP_RERAISE:
    case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_GEN_START: case OP_YIELD_FROM:
    case OP_MATCH_CLASS:
    case OP_PRINT_EXPR: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_PRINT_ITEM:
        return op == OP_PRINT_ITEM ? -1 : -1;
    case OP_PRINT_NEWLINE: case OP_PRINT_END:
        return -1;
    case OP_DUP_TOP: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_NAME:
    case OP_LOAD_GLOBAL: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR:
    case OP_IMPORT_FROM: case OP_WITH_EXCEPT_START: case OP_GET_ANEXT: case OP_GET_LEN:
    case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_BEFORE_ASYNC_WITH:
        return 1;
    case OP_DUP_TOP_TWO: case OP_MATCH_KEYS:
        return 2;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
    case OP_JUMP_IF_NOT_EXC_MATCH:
        return -2;
    case OP_STORE_SUBSCR: case OP_END_ASYNC_FOR:
        return -3;
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_METHOD_KW: return -arg - 2;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP: return -arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_MAKE_FUNCTION: return -1 - popcount4(arg);
    case OP_CALL_FUNCTION: return -arg;
    case OP_CALL_FUNCTION_KW: return -arg - 1;
    case OP_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case OP_SETUP_FINALLY: return jump ? 2 : 0;
    case OP_SETUP_WITH: return jump ? 2 : 1;
    case OP_SETUP_ASYNC_WITH: return jump ? 1 : 0;
    case OP_RAISE_VARARGS: return -arg;
    default: return 0;
    }
}

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
    case OP_JUMP_IF_NOT_EXC_MATCH:
        return true;
    default:
        return false;
    }
}

static bool is_terminal(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS ||
           op == OP_JUMP_FORWARD || op == OP_JUMP_ABSOLUTE;
}

static int compute_stacksize(Compiler *C, Unit *u)
{
    int *depth = malloc((size_t)(u->n + 1) * sizeof(int));
    int *work = malloc((size_t)(u->n + 1) * sizeof(int));
    if (!depth || !work) {
        free(depth);
        free(work);
        pv_nomemory();
        c_fail(C);
    }
    for (int i = 0; i <= u->n; i++)
        depth[i] = -1;
    int nw = 0, maxd = 0;
    depth[0] = u->gen_start ? 1 : 0;
    work[nw++] = 0;
    while (nw) {
        int i = work[--nw];
        if (i >= u->n)
            continue;
        int d = depth[i];
        uint32_t w = u->code[i];
        int op = PV_OP(w);
        if (d > maxd)
            maxd = d;
        int targets[2], tdepth[2], nt = 0;
        if (is_jump(op)) {
            targets[nt] = (int)PV_ARG(w);
            tdepth[nt++] = d + stack_effect(w, true);
        }
        if (!is_terminal(op)) {
            targets[nt] = i + 1 + pv_cache_words(op);
            tdepth[nt++] = d + stack_effect(w, false);
        }
        for (int k = 0; k < nt; k++) {
            if (tdepth[k] > maxd)
                maxd = tdepth[k];
            if (targets[k] <= u->n && depth[targets[k]] < 0) {
                depth[targets[k]] = tdepth[k] < 0 ? 0 : tdepth[k];
                work[nw++] = targets[k];
            } else if (targets[k] < u->n && depth[targets[k]] != tdepth[k] && getenv("PYVM_STACK_CHECK")) {
                fprintf(stderr, "pyvm: inconsistent stack depth at %d in %s (%d vs %d) from %d\n",
                        targets[k], pv_str_data(u->name), depth[targets[k]], tdepth[k], i);
            }
        }
    }
    free(depth);
    free(work);
    return maxd + 1;
}

static Value list_tuple(Compiler *C, Value list)
{
    Value t = pv_list_as_tuple(list);
    if (!t)
        c_fail(C);
    return t;
}

Value c_make_code(Compiler *C)
{
    Unit *u = C->u;
    resolve_jumps(C, u);
    PvCode *co = pv_alloc(&pv_code_type, sizeof(PvCode));
    if (!co)
        c_fail(C);
    co->consts = list_tuple(C, u->consts);
    co->names = list_tuple(C, u->names);
    co->varnames = list_tuple(C, u->varnames);
    co->cellvars = list_tuple(C, u->cellvars);
    co->freevars = list_tuple(C, u->freevars);
    co->filename = C->ast->filename;
    co->name = u->name;
    co->qualname = u->qualname;
    co->docstring = u->docstring;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->nlocals = (int)pv_list_size(u->varnames);
    co->stacksize = compute_stacksize(C, u);
    co->blocksize = 2 * u->maxfb + 2;
    co->firstlineno = u->firstlineno;
    int flags = u->flags;
    if (pv_list_size(u->cellvars) == 0 && pv_list_size(u->freevars) == 0)
        flags |= PV_CO_NOFREE;
    co->flags = flags;
    size_t ncell = pv_list_size(u->cellvars);
    if (ncell && u->scope->nparams) {
        bool any = false;
        int32_t *c2a = pv_mem_alloc(ncell * sizeof(int32_t));
        if (!c2a)
            c_fail(C);
        for (size_t i = 0; i < ncell; i++) {
            int k = list_find(u->varnames, pv_list_items(u->cellvars)[i]);
            c2a[i] = k >= 0 && k < u->scope->nparams ? k : -1;
            any |= c2a[i] >= 0;
        }
        if (any)
            co->cell2arg = c2a;
        else
            pv_mem_free(c2a, ncell * sizeof(int32_t));
    }
    co->code = pv_mem_alloc((size_t)u->n * sizeof(uint32_t) + 4);
    co->pos = pv_mem_alloc((size_t)u->n * sizeof(PvPos) + sizeof(PvPos));
    if (!co->code || !co->pos)
        c_fail(C);
    memcpy(co->code, u->code, (size_t)u->n * sizeof(uint32_t));
    memcpy(co->pos, u->pos, (size_t)u->n * sizeof(PvPos));
    co->ncode = (size_t)u->n;
    return c_keep(C, (Value)co);
}

static void free_unit_mem(Unit *u)
{
    free(u->code);
    free(u->pos);
    free(u->labels);
    free(u->patches);
    u->code = NULL;
    u->pos = NULL;
    u->labels = NULL;
    u->patches = NULL;
}

void c_exit_unit(Compiler *C)
{
    Unit *u = C->u;
    free_unit_mem(u);
    C->u = u->parent;
}

/* ---- entry ---- */

static Value compile_module(Compiler *C, const char *mode)
{
    PvAst *ast = C->ast;
    PvScope *s = ast->root->scope;
    Unit *u = c_enter_unit(C, s, c_str(C, "<module>"), c_str(C, "<module>"), 1);
    u->flags = 0;
    if (ast->root->kind == K_EXPRESSION) {
        PvPos old = c_set_pos(C, ast->root->a);
        c_expr(C, ast->root->a);
        c_emit(C, OP_RETURN_VALUE, 0);
        C->u->cur = old;
    } else {
        PvNodeList *body = &ast->root->l1;
        int first = 0;
        if (!C->interactive && c_is_docstring(body, C)) {
            PvPos old = c_set_pos(C, body->items[0]);
            c_load_const(C, PV_CONST(ast, body->items[0]->a));
            c_name_op(C, c_str(C, "__doc__"), CTX_STORE, body->items[0]);
            C->u->cur = old;
            first = 1;
        }
        if (c_find_ann(body))
            c_emit(C, OP_SETUP_ANNOTATIONS, 0);
        bool future_ok = true;
        for (int i = first; i < body->n; i++) {
            PvNode *st = body->items[i];
            bool fut = st->kind == S_IMPORTFROM && st->id && pv_str_eq_cstr(st->id, "__future__");
            if (fut && !future_ok)
                c_error(C, st, "from __future__ imports must occur at the beginning of the file");
            if (!fut)
                future_ok = false;
            c_stmt(C, st);
        }
        c_load_const(C, pv_None);
        c_emit(C, OP_RETURN_VALUE, 0);
    }
    (void)mode;
    Value co = c_make_code(C);
    c_exit_unit(C);
    return co;
}

/* Index of the first byte of an invalid UTF-8 sequence, or size. */
static size_t utf8_invalid(const char *s, size_t size)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < size) {
        unsigned char c = u[i];
        size_t n = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (!n || (n == 2 && c < 0xc2) || i + n > size)
            return i;
        for (size_t k = 1; k < n; k++)
            if ((u[i + k] & 0xc0) != 0x80)
                return i;
        i += n;
    }
    return size;
}

/* 1 when the first two lines declare a latin-1 coding, else 0. */
static int source_encoding(const char *s, size_t size)
{
    const char *p = s, *end = s + size;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < e && *q == '#') {
            for (const char *c = q; c + 7 <= e; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    const char *v = c + 7;
                    while (v < e && (*v == ' ' || *v == '\t'))
                        v++;
                    char name[32];
                    size_t n = 0;
                    while (v < e && n < sizeof name - 1 &&
                           ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
                            (*v >= '0' && *v <= '9') || *v == '-' || *v == '_' || *v == '.'))
                        name[n++] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v), v++;
                    name[n] = 0;
                    return strcmp(name, "latin-1") == 0 || strcmp(name, "latin1") == 0 ||
                           strcmp(name, "iso-8859-1") == 0 || strcmp(name, "iso8859-1") == 0 ||
                           strcmp(name, "iso-latin-1") == 0 || strcmp(name, "l1") == 0 ||
                           strncmp(name, "iso-8859-1-", 11) == 0 || strncmp(name, "latin-1-", 8) == 0;
                }
            }
        } else if (q < e) {
            return 0; /* the cookie must be in a comment-only line */
        }
        p = e + 1;
    }
    return 0;
}

Value pv_compile_ast(PvAst *ast, const char *mode)
{
    if (!pv_symtable_build(ast))
        return NULL;
    Compiler C = {0};
    jmp_buf jb;
    C.ast = ast;
    C.jb = &jb;
    C.interactive = strcmp(mode, "single") == 0;
    C.keep = pv_list_new(0);
    Value result = NULL;
    if (C.keep && !setjmp(jb))
        result = compile_module(&C, mode);
    while (C.all) {
        Unit *u = C.all;
        C.all = u->next_all;
        free_unit_mem(u);
        free(u);
    }
    if (result && getenv("PYVM_DIS"))
        pv_dis(result, stderr);
    return result;
}

Value pv_compile(const char *source, size_t size, Value filename, const char *mode, int flags)
{
    PvAst ast;
    pv_ast_init(&ast);
    if (!ast.consts)
        return NULL;
    if (!filename)
        filename = pv_str_from_cstr("<string>");
    if (!filename)
        return NULL;
    /* PEP 263: a latin-1 coding cookie is honoured by transcoding; any
     * other source must be UTF-8 */
    char *transcoded = NULL;
    int enc = source_encoding(source, size);
    if (enc == 1) {
        transcoded = malloc(size * 2 + 1);
        if (!transcoded) {
            pv_ast_free(&ast);
            return pv_nomemory();
        }
        size_t n = 0;
        for (size_t i = 0; i < size; i++) {
            unsigned char c = (unsigned char)source[i];
            if (c < 0x80) {
                transcoded[n++] = (char)c;
            } else {
                transcoded[n++] = (char)(0xc0 | (c >> 6));
                transcoded[n++] = (char)(0x80 | (c & 0x3f));
            }
        }
        source = transcoded;
        size = n;
    } else {
        size_t bad = utf8_invalid(source, size);
        if (bad < size) {
            int line = 1;
            for (size_t i = 0; i < bad; i++)
                line += source[i] == '\n';
            pv_raise(&pv_exc_SyntaxError,
                     "Non-UTF-8 code starting with '\\x%x' in file %s on line %d, but no encoding "
                     "declared; see https://peps.python.org/pep-0263/ for details",
                     (unsigned char)source[bad], pv_str_data(filename), line);
            pv_ast_free(&ast);
            return NULL;
        }
    }
    const char *nul = memchr(source, 0, size);
    if (nul) {
        if (pv_str_data(filename)[0] == '<') {
            pv_raise(&pv_exc_SyntaxError, "source code string cannot contain null bytes");
        } else {
            /* CPython reads files line by line: the line up to the NUL */
            int line = 1;
            const char *ls = source;
            for (const char *p = source; p < nul; p++)
                if (*p == '\n') {
                    line++;
                    ls = p + 1;
                }
            Value text = pv_str_decode_utf8(ls, (size_t)(nul - ls), "replace");
            Value loc = text ? pv_tuple_pack(6, filename, pv_small(line), pv_small(0), text,
                                             pv_small(line), pv_small(0)) : NULL;
            Value args[2] = {pv_str_from_cstr("source code cannot contain null bytes"), loc};
            Value exc = loc && args[0] ? pv_exc_new(&pv_exc_SyntaxError, args, 2) : NULL;
            if (exc)
                pv_raise_value(exc);
        }
        pv_ast_free(&ast);
        free(transcoded);
        return NULL;
    }
    Value result = NULL;
    /* the .pe front end (pe_parse.c) fills the same PvAst */
    if ((flags & PV_COMPILE_PE) ? pv_pe_parse(&ast, source, size, filename, mode)
                                : pv_parse(&ast, source, size, filename, mode))
        result = pv_compile_ast(&ast, mode);
    pv_ast_free(&ast);
    free(transcoded);
    return result;
}
