/* symtable.h: scopes and name resolution, shared by symtable.c and the
 * compiler. Names are interned strs, so they compare by pointer. */
#ifndef PV_SYMTABLE_H
#define PV_SYMTABLE_H

#include "ast.h"

enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_COMP };

/* Symbol flags collected while walking. */
enum {
    DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16,
    DEF_IMPORT = 32, DEF_ANNOT = 64, DEF_COMP_ITER = 128,
    FREE_CLASS = 256,   /* a class passes this free variable through to methods */
};
/* Resolved scope of a symbol. */
enum { SYM_LOCAL = 1, SYM_GLOBAL_EXPLICIT, SYM_GLOBAL_IMPLICIT, SYM_FREE, SYM_CELL };

typedef struct PvSym { Value name; int flags, scope; int line, col, end_line, end_col; } PvSym;

struct PvScope {
    int kind;
    Value name;
    PvScope *parent;
    PvNode *node;
    PvSym *syms;
    int nsyms, cap;
    int *hash;             /* open addressing: sym index + 1, 0 empty */
    int hcap;
    int nparams;           /* the first nparams syms with DEF_PARAM, in order */
    bool generator, coroutine, varargs, varkw;
    bool needs_class_closure;
    bool comp_async;
    int loop_depth;
    PvScope *next_all;
};

PvSym *pv_sym_find(PvScope *s, Value name);
int pv_sym_scope(PvScope *s, Value name); /* 0 if unknown */
/* The scope opened by a def/lambda/class/comprehension node, or the module. */
PvScope *pv_scope_of(PvNode *n);

#endif
