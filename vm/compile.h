/* compile.h: internals shared by the compiler files: compile.c (units,
 * emission, code objects, functions, classes), compile_stmt.c
 * (statements, exceptions, loops), compile_expr.c (expressions),
 * compile_match.c (match statements). */
#ifndef PV_COMPILE_H
#define PV_COMPILE_H

#include <setjmp.h>

#include "ast.h"
#include "opcode.h"
#include "symtable.h"

/* Frame blocks of the compiler: what break/continue/return must unwind. */
enum {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPT_STAR,
};

typedef struct FBlock {
    int kind;
    int start;          /* loops: index of the loop start (continue target) */
    int exit;           /* loops: label of the exit (break target) */
    PvNode *node;       /* FB_FINALLY_TRY: the try statement; FB_HANDLER_CLEANUP: the handler */
} FBlock;

#define PV_MAX_FBLOCKS 40

typedef struct Unit {
    struct Unit *parent, *next_all;
    PvScope *scope;
    uint32_t *code;
    PvPos *pos;
    int n, cap;
    int *labels;
    int nlabels, labcap;
    struct Patch { int at, label; } *patches;
    int npatches, patchcap;
    Value consts, constmap, names, namemap, varnames, cellvars, freevars;
    Value qualname, name, docstring;
    FBlock fb[PV_MAX_FBLOCKS];
    int nfb, maxfb;
    PvPos cur;
    int firstlineno;
    int argcount, posonly, kwonly, flags;
    bool gen_start;
} Unit;

typedef struct Compiler {
    PvAst *ast;
    Unit *u;
    Unit *all;
    Value keep;         /* list: every Value a Unit holds (Units are malloc'd) */
    jmp_buf *jb;
    bool interactive;
    bool future_annotations;
} Compiler;

/* compile.c */
_Noreturn void c_fail(Compiler *C);
_Noreturn void c_error(Compiler *C, PvNode *n, const char *fmt, ...);
int c_emit(Compiler *C, int op, int arg);
int c_new_label(Compiler *C);
void c_bind(Compiler *C, int label);
void c_jump(Compiler *C, int op, int label);   /* forward jumps to a label */
int c_here(Compiler *C);
void c_jump_back(Compiler *C, int target);     /* JUMP_ABSOLUTE */
int c_const(Compiler *C, Value v);
void c_load_const(Compiler *C, Value v);
int c_name_index(Compiler *C, Value name);
void c_name_op(Compiler *C, Value name, int ctx, PvNode *where);
PvPos c_set_pos(Compiler *C, PvNode *n);
void c_push_fblock(Compiler *C, int kind, int start, int exit, PvNode *node);
void c_pop_fblock(Compiler *C);
void c_function(Compiler *C, PvNode *n);        /* def / lambda: leaves the function on the stack */
void c_class(Compiler *C, PvNode *n);
void c_comprehension(Compiler *C, PvNode *n);
Value c_str(Compiler *C, const char *s);
Unit *c_enter_unit(Compiler *C, PvScope *scope, Value name, Value qualname, int line);
Value c_make_code(Compiler *C);     /* finishes the current unit's code object */
void c_exit_unit(Compiler *C);
int c_deref_index(Compiler *C, Value name);

/* compile_func.c */
bool c_find_ann(PvNodeList *l);                 /* any annotated assignment in the body? */
bool c_is_docstring(PvNodeList *body, Compiler *C);
Value c_keep(Compiler *C, Value v);

/* compile_stmt.c */
void c_stmt(Compiler *C, PvNode *n);
void c_stmts(Compiler *C, PvNodeList *l);
void c_unwind(Compiler *C, FBlock *fb, bool preserve_tos);

/* compile_expr.c */
void c_expr(Compiler *C, PvNode *n);
void c_jump_if(Compiler *C, PvNode *n, bool cond, int label);
void c_store(Compiler *C, PvNode *target);
void c_delete(Compiler *C, PvNode *target);
void c_call_helper(Compiler *C, int nprefix, PvNodeList *args, PvNodeList *kws);
Value c_const_value(Compiler *C, PvNode *n);   /* the constant of a foldable node, or NULL */
void c_annotation(Compiler *C, PvNode *ann);

/* compile_match.c */
void c_match(Compiler *C, PvNode *n);

#endif
