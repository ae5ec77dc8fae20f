/* symtable.c: scopes and name resolution (CPython's rules).
 * Pass 1 walks the tree and records, per scope, how each name is used.
 * Pass 2 resolves every name to local / global / free / cell, marking cells
 * in the defining function and passing free variables through the scopes
 * in between (including class bodies, which never bind for their methods). */
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct St {
    PvAst *ast;
    PvScope *cur;
    PvScope *all;
    int comp_iter;  /* > 0 inside a comprehension's iterable (nested scopes too) */
    bool failed;
} St;

static PvScope *root_scope;

PvScope *pv_scope_of(PvNode *n) { return n->scope; }

static unsigned ptr_hash(Value v) { return (unsigned)(((uintptr_t)v >> 4) * 2654435761u); }

PvSym *pv_sym_find(PvScope *s, Value name)
{
    if (!s->hcap)
        return NULL;
    unsigned m = (unsigned)s->hcap - 1;
    for (unsigned i = ptr_hash(name) & m;; i = (i + 1) & m) {
        int k = s->hash[i];
        if (!k)
            return NULL;
        if (s->syms[k - 1].name == name)
            return &s->syms[k - 1];
    }
}

int pv_sym_scope(PvScope *s, Value name)
{
    PvSym *y = pv_sym_find(s, name);
    return y ? y->scope : 0;
}

/* Insert keeping order; rebuild the hash when it gets full. */
static PvSym *sym_add(St *T, PvScope *s, Value name)
{
    PvSym *y = pv_sym_find(s, name);
    if (y)
        return y;
    if (s->nsyms == s->cap) {
        int cap = s->cap ? s->cap * 2 : 16;
        PvSym *n = pv_ast_alloc(T->ast, (size_t)cap * sizeof *n);
        if (s->nsyms)
            memcpy(n, s->syms, (size_t)s->nsyms * sizeof *n);
        s->syms = n;
        s->cap = cap;
    }
    if ((s->nsyms + 1) * 2 > s->hcap) {
        int hcap = s->hcap ? s->hcap * 2 : 32;
        s->hash = pv_ast_alloc(T->ast, (size_t)hcap * sizeof(int));
        s->hcap = hcap;
        unsigned m = (unsigned)hcap - 1;
        for (int k = 0; k < s->nsyms; k++) {
            unsigned i = ptr_hash(s->syms[k].name) & m;
            while (s->hash[i])
                i = (i + 1) & m;
            s->hash[i] = k + 1;
        }
    }
    y = &s->syms[s->nsyms++];
    memset(y, 0, sizeof *y);
    y->name = name;
    unsigned m = (unsigned)s->hcap - 1;
    unsigned i = ptr_hash(name) & m;
    while (s->hash[i])
        i = (i + 1) & m;
    s->hash[i] = s->nsyms;
    return y;
}

static void st_error(St *T, PvNode *n, const char *fmt, const char *arg)
{
    if (T->failed)
        return;
    T->failed = true;
    const char *fn = pv_str_data(T->ast->filename);
    pv_syntax_error(T->ast, &pv_exc_SyntaxError, n->line, n->col, n->end_line, n->end_col,
                    fn[0] == '<' ? PV_TEXT_NONE : PV_TEXT_LINE, fmt, arg);
}

static PvScope *scope_new(St *T, int kind, Value name, PvNode *node)
{
    PvScope *s = pv_ast_alloc(T->ast, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->parent = T->cur;
    s->node = node;
    s->next_all = T->all;
    T->all = s;
    if (node)
        node->scope = s;
    return s;
}

static void add_def(St *T, Value name, int flag, PvNode *where)
{
    PvSym *y = sym_add(T, T->cur, name);
    if (flag == DEF_PARAM && (y->flags & DEF_PARAM)) {
        st_error(T, where, "duplicate argument '%s' in function definition", pv_str_data(name));
        return;
    }
    if (!y->flags) {
        y->line = where->line;
        y->col = where->col;
    }
    y->flags |= flag;
}

static void visit_expr(St *T, PvNode *n);
static void visit_stmts(St *T, PvNodeList *l);

static void visit_exprs(St *T, PvNodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i])
            visit_expr(T, l->items[i]);
}

static void visit_args_outer(St *T, PvNode *args, bool annotations)
{
    /* defaults and annotations are evaluated in the enclosing scope */
    PvNodeList *ls[2] = {&args->l1, &args->l2};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < ls[k]->n; i++) {
            PvNode *a = ls[k]->items[i];
            if (a->b)
                visit_expr(T, a->b);
            if (annotations && a->a)
                visit_expr(T, a->a);
        }
    if (annotations && args->b && args->b->a)
        visit_expr(T, args->b->a);
    if (annotations && args->c && args->c->a)
        visit_expr(T, args->c->a);
}

static void add_params(St *T, PvNode *args)
{
    PvScope *s = T->cur;
    for (int i = 0; i < args->l1.n; i++)
        add_def(T, args->l1.items[i]->id, DEF_PARAM, args->l1.items[i]);
    for (int i = 0; i < args->l2.n; i++)
        add_def(T, args->l2.items[i]->id, DEF_PARAM, args->l2.items[i]);
    if (args->b) {
        add_def(T, args->b->id, DEF_PARAM, args->b);
        s->varargs = true;
    }
    if (args->c) {
        add_def(T, args->c->id, DEF_PARAM, args->c);
        s->varkw = true;
    }
    s->nparams = s->nsyms;
}

static void visit_comp(St *T, PvNode *n)
{
    static Value names[4];
    if (!names[0]) {
        names[0] = pv_intern("<listcomp>");
        names[1] = pv_intern("<setcomp>");
        names[2] = pv_intern("<genexpr>");
        names[3] = pv_intern("<dictcomp>");
    }
    int which = n->kind == E_LISTCOMP ? 0 : n->kind == E_SETCOMP ? 1 : n->kind == E_GENEXP ? 2 : 3;
    PvNode *first = n->l1.items[0];
    T->comp_iter++;
    visit_expr(T, first->b); /* the first iterable: enclosing scope */
    T->comp_iter--;
    PvScope *s = scope_new(T, SC_COMP, names[which], n);
    s->generator = n->kind == E_GENEXP;
    T->cur = s;
    add_def(T, pv_intern(".0"), DEF_PARAM, n);
    s->nparams = 1;
    for (int i = 0; i < n->l1.n; i++) {
        PvNode *g = n->l1.items[i];
        if (g->op)
            s->comp_async = true;
        if (i > 0) {
            T->comp_iter++;
            visit_expr(T, g->b);
            T->comp_iter--;
        }
        /* iteration variables cannot be rebound by :=, nor rebind a :=
         * target of an earlier condition (which binds outside) */
        PvNode *stack[64];
        int sp = 0;
        stack[sp++] = g->a;
        while (sp) {
            PvNode *t = stack[--sp];
            if (t->kind == E_NAME) {
                PvSym *y = pv_sym_find(s, t->id);
                if (y && (y->flags & (DEF_NONLOCAL | DEF_GLOBAL))) {
                    st_error(T, t, "comprehension inner loop cannot rebind assignment expression target '%s'",
                             pv_str_data(t->id));
                    return;
                }
            } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
                for (int k = 0; k < t->l1.n && sp < 64; k++)
                    stack[sp++] = t->l1.items[k];
            } else if (t->kind == E_STARRED && sp < 64) {
                stack[sp++] = t->a;
            }
        }
        visit_expr(T, g->a);
        sp = 0;
        stack[sp++] = g->a;
        while (sp) {
            PvNode *t = stack[--sp];
            if (t->kind == E_NAME) {
                sym_add(T, s, t->id)->flags |= DEF_COMP_ITER;
            } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
                for (int k = 0; k < t->l1.n && sp < 64; k++)
                    stack[sp++] = t->l1.items[k];
            } else if (t->kind == E_STARRED && sp < 64) {
                stack[sp++] = t->a;
            }
        }
        visit_exprs(T, &g->l1);
    }
    if (n->kind == E_DICTCOMP) {
        visit_expr(T, n->a);
        visit_expr(T, n->b);
    } else {
        visit_expr(T, n->a);
    }
    T->cur = s->parent;
    /* an async list/set/dict comprehension is awaited where it is built:
     * an enclosing comprehension becomes async too; elsewhere it needs an
     * async function */
    if (s->comp_async && n->kind != E_GENEXP) {
        PvScope *p = s->parent;
        if (p->kind == SC_COMP)
            p->comp_async = true;
        else if (!(p->kind == SC_FUNCTION && p->coroutine))
            st_error(T, n, "asynchronous comprehension outside of an asynchronous function%s", "");
    }
}

static void visit_named(St *T, PvNode *n)
{
    Value name = n->a->id;
    PvScope *s = T->cur;
    if (T->comp_iter > 0) {
        st_error(T, n->a, "assignment expression cannot be used in a comprehension iterable expression%s", "");
        return;
    }
    if (s->kind == SC_COMP) {
        /* binds in the nearest enclosing non-comprehension scope */
        for (PvScope *c = s; c && c->kind == SC_COMP; c = c->parent) {
            PvSym *y = pv_sym_find(c, name);
            if (y && (y->flags & DEF_COMP_ITER)) {
                st_error(T, n->a, "assignment expression cannot rebind comprehension iteration variable '%s'",
                         pv_str_data(name));
                return;
            }
        }
        PvScope *e = s;
        while (e->kind == SC_COMP)
            e = e->parent;
        if (e->kind == SC_CLASS) {
            st_error(T, n->a, "assignment expression within a comprehension cannot be used in a class body%s", "");
            return;
        }
        int flag = e->kind == SC_FUNCTION ? DEF_NONLOCAL : DEF_GLOBAL;
        PvSym *ey = pv_sym_find(e, name);
        if (ey && (ey->flags & DEF_GLOBAL))
            flag = DEF_GLOBAL;
        for (PvScope *c = s; c->kind == SC_COMP; c = c->parent)
            sym_add(T, c, name)->flags |= flag | USE;
        PvScope *save = T->cur;
        T->cur = e;
        add_def(T, name, DEF_LOCAL, n->a);
        T->cur = save;
        visit_expr(T, n->b);
        return;
    }
    visit_expr(T, n->b);
    visit_expr(T, n->a);
}

static void visit_expr(St *T, PvNode *n)
{
    if (!n || T->failed)
        return;
    switch (n->kind) {
    case E_NAME:
        if (n->op == CTX_LOAD) {
            add_def(T, n->id, USE, n);
            if (T->cur->kind == SC_FUNCTION && pv_str_eq_cstr(n->id, "super"))
                add_def(T, pv_intern("__class__"), USE, n);
        } else {
            if (pv_str_eq_cstr(n->id, "__debug__")) {
                st_error(T, n, n->op == CTX_DEL ? "cannot delete __debug__%s" : "cannot assign to __debug__%s", "");
                return;
            }
            add_def(T, n->id, DEF_LOCAL, n);
        }
        return;
    case E_CONST:
        return;
    case E_LAMBDA: {
        visit_args_outer(T, n->a, false);
        static Value lname;
        if (!lname)
            lname = pv_intern("<lambda>");
        PvScope *s = scope_new(T, SC_FUNCTION, lname, n);
        T->cur = s;
        add_params(T, n->a);
        visit_expr(T, n->b);
        T->cur = s->parent;
        return;
    }
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        visit_comp(T, n);
        return;
    case E_NAMEDEXPR:
        visit_named(T, n);
        return;
    case E_YIELD: case E_YIELDFROM: {
        PvScope *s = T->cur;
        if (s->kind == SC_MODULE || s->kind == SC_CLASS) {
            st_error(T, n, "'yield' outside function%s", "");
            return;
        }
        if (s->kind == SC_COMP && s->node->kind != E_GENEXP) {
            st_error(T, n, "'yield' inside %s",
                     s->node->kind == E_LISTCOMP ? "list comprehension"
                     : s->node->kind == E_SETCOMP ? "set comprehension" : "dict comprehension");
            return;
        }
        if (n->kind == E_YIELDFROM && s->coroutine) {
            st_error(T, n, "'yield from' inside async function%s", "");
            return;
        }
        s->generator = true;
        visit_expr(T, n->a);
        return;
    }
    case E_AWAIT: {
        PvScope *s = T->cur;
        if (s->kind == SC_MODULE || s->kind == SC_CLASS) {
            st_error(T, n, "'await' outside function%s", "");
            return;
        }
        if (s->kind == SC_FUNCTION && !s->coroutine) {
            st_error(T, n, "'await' outside async function%s", "");
            return;
        }
        if (s->kind == SC_COMP)
            s->comp_async = true;
        visit_expr(T, n->a);
        return;
    }
    case E_ATTR:
        if (n->op == CTX_STORE && pv_str_eq_cstr(n->id, "__debug__")) {
            st_error(T, n, "cannot assign to __debug__%s", "");
            return;
        }
        visit_expr(T, n->a);
        return;
    case E_DICT:
        visit_exprs(T, &n->l1);
        visit_exprs(T, &n->l2);
        return;
    case E_CALL:
        visit_expr(T, n->a);
        visit_exprs(T, &n->l1);
        for (int i = 0; i < n->l2.n; i++)
            visit_expr(T, n->l2.items[i]->a);
        return;
    case E_COMPARE: case E_JOINEDSTR: case E_BOOLOP: case E_LIST: case E_TUPLE: case E_SET:
    default:
        visit_expr(T, n->a);
        visit_expr(T, n->b);
        visit_expr(T, n->c);
        visit_exprs(T, &n->l1);
        return;
    }
}

static void visit_pattern(St *T, PvNode *p)
{
    if (!p)
        return;
    switch (p->kind) {
    case P_VALUE: visit_expr(T, p->a); return;
    case P_STAR: if (p->id) add_def(T, p->id, DEF_LOCAL, p); return;
    case P_AS:
        visit_pattern(T, p->a);
        if (p->id)
            add_def(T, p->id, DEF_LOCAL, p);
        return;
    case P_MAPPING:
        visit_exprs(T, &p->l1);
        for (int i = 0; i < p->l2.n; i++)
            visit_pattern(T, p->l2.items[i]);
        if (p->id)
            add_def(T, p->id, DEF_LOCAL, p);
        return;
    case P_CLASS:
        visit_expr(T, p->a);
        for (int i = 0; i < p->l1.n; i++)
            visit_pattern(T, p->l1.items[i]);
        for (int i = 0; i < p->l2.n; i++)
            visit_pattern(T, p->l2.items[i]);
        return;
    case P_SEQUENCE: case P_OR:
        for (int i = 0; i < p->l1.n; i++)
            visit_pattern(T, p->l1.items[i]);
        return;
    default:
        return;
    }
}

static void declare(St *T, PvNode *stmt, bool global)
{
    PvScope *s = T->cur;
    if (!global && s->kind == SC_MODULE) {
        st_error(T, stmt, "nonlocal declaration not allowed at module level%s", "");
        return;
    }
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < stmt->l1.n; i++) {
        Value name = stmt->l1.items[i]->id;
        PvSym *y = pv_sym_find(s, name);
        int f = y ? y->flags : 0;
        char msg[160];
        const char *nm = pv_str_data(name);
        if (f & (global ? DEF_NONLOCAL : DEF_GLOBAL)) {
            PvNode where = {0};
            where.line = y->line;
            where.col = y->col;
            where.end_line = y->end_line;
            where.end_col = y->end_col;
            st_error(T, &where, "name '%s' is nonlocal and global", nm);
            return;
        } else if (f & DEF_PARAM) {
            snprintf(msg, sizeof msg, "name '%s' is parameter and %s", nm, what);
        } else if (global && (f & DEF_ANNOT)) {
            snprintf(msg, sizeof msg, "annotated name '%s' can't be %s", nm, what);
        } else if (f & USE) {
            snprintf(msg, sizeof msg, "name '%s' is used prior to %s declaration", nm, what);
        } else if (f & (DEF_LOCAL | DEF_IMPORT)) {
            snprintf(msg, sizeof msg, "name '%s' is assigned to before %s declaration", nm, what);
        } else {
            add_def(T, name, global ? DEF_GLOBAL : DEF_NONLOCAL, stmt);
            if (global && s->kind != SC_MODULE) {
                /* as CPython, the module's own symbol is then explicitly
                 * global too (seen when exec() gets distinct locals) */
                PvScope *m = s;
                while (m->parent)
                    m = m->parent;
                sym_add(T, m, name)->flags |= DEF_GLOBAL;
            }
            pv_sym_find(s, name)->line = stmt->line;
            pv_sym_find(s, name)->col = stmt->col;
            pv_sym_find(s, name)->end_line = stmt->end_line;
            pv_sym_find(s, name)->end_col = stmt->end_col;
            continue;
        }
        st_error(T, stmt, "%s", msg);
        return;
    }
}

static void visit_stmt(St *T, PvNode *n)
{
    if (T->failed)
        return;
    switch (n->kind) {
    case S_FUNCDEF: {
        add_def(T, n->id2 ? n->id2 : n->id, DEF_LOCAL, n);
        visit_exprs(T, &n->l2);
        visit_args_outer(T, n->a, true);
        if (n->b)
            visit_expr(T, n->b);
        PvScope *s = scope_new(T, SC_FUNCTION, n->id, n);
        s->coroutine = n->op;
        T->cur = s;
        add_params(T, n->a);
        visit_stmts(T, &n->l1);
        T->cur = s->parent;
        return;
    }
    case S_CLASSDEF: {
        add_def(T, n->id2 ? n->id2 : n->id, DEF_LOCAL, n);
        visit_exprs(T, &n->l1);
        for (int i = 0; i < n->l2.n; i++)
            visit_expr(T, n->l2.items[i]->a);
        visit_exprs(T, &n->l4);
        PvScope *s = scope_new(T, SC_CLASS, n->id, n);
        T->cur = s;
        visit_stmts(T, &n->l3);
        T->cur = s->parent;
        return;
    }
    case S_GLOBAL: declare(T, n, true); return;
    case S_NONLOCAL: declare(T, n, false); return;
    case S_IMPORT: case S_IMPORTFROM:
        for (int i = 0; i < n->l1.n; i++) {
            PvNode *a = n->l1.items[i];
            Value name = a->id2;
            if (!name) {
                const char *s = pv_str_data(a->id);
                if (s[0] == '*') {
                    if (T->cur->kind != SC_MODULE) {
                        st_error(T, n, "import * only allowed at module level%s", "");
                        return;
                    }
                    continue;
                }
                const char *dot = strchr(s, '.');
                if (dot) {
                    char buf[512];
                    size_t k = (size_t)(dot - s) < sizeof buf - 1 ? (size_t)(dot - s) : sizeof buf - 1;
                    memcpy(buf, s, k);
                    buf[k] = 0;
                    name = pv_intern(buf);
                } else {
                    name = a->id;
                }
            }
            add_def(T, name, DEF_IMPORT, a);
        }
        return;
    case S_ANNASSIGN:
        if (n->a->kind == E_NAME && pv_str_eq_cstr(n->a->id, "__debug__")) {
            st_error(T, n->a, "cannot assign to __debug__%s", "");
            return;
        }
        if (n->a->kind == E_NAME) {
            PvSym *y = pv_sym_find(T->cur, n->a->id);
            if (y && (y->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && n->op) {
                char msg[200];
                snprintf(msg, sizeof msg, "annotated name '%s' can't be %s", pv_str_data(n->a->id),
                         (y->flags & DEF_GLOBAL) ? "global" : "nonlocal");
                st_error(T, n, "%s", msg);
                return;
            }
            /* `(x): int` is not simple: without a value it binds nothing */
            if (n->op || n->c)
                add_def(T, n->a->id, DEF_LOCAL | (n->op ? DEF_ANNOT : 0), n->a);
        } else {
            visit_expr(T, n->a);
        }
        visit_expr(T, n->b);
        visit_expr(T, n->c);
        return;
    case S_TRY:
        visit_stmts(T, &n->l1);
        for (int i = 0; i < n->l2.n; i++) {
            PvNode *h = n->l2.items[i];
            visit_expr(T, h->a);
            if (h->id)
                add_def(T, h->id, DEF_LOCAL, h);
            visit_stmts(T, &h->l1);
        }
        visit_stmts(T, &n->l3);
        visit_stmts(T, &n->l4);
        return;
    case S_WITH:
        for (int i = 0; i < n->l1.n; i++) {
            visit_expr(T, n->l1.items[i]->a);
            visit_expr(T, n->l1.items[i]->b);
        }
        visit_stmts(T, &n->l2);
        return;
    case S_MATCH:
        visit_expr(T, n->a);
        for (int i = 0; i < n->l1.n; i++) {
            PvNode *c = n->l1.items[i];
            visit_pattern(T, c->a);
            visit_expr(T, c->b);
            visit_stmts(T, &c->l1);
        }
        return;
    case S_ASSIGN: case S_DELETE:
        visit_expr(T, n->a);
        visit_exprs(T, &n->l1);
        return;
    default:
        /* S_EXPR, S_AUGASSIGN, S_RETURN, S_RAISE, S_IF, S_WHILE, S_FOR, S_ASSERT, ... */
        if (n->kind == S_AUGASSIGN) {
            if (n->a->kind == E_NAME && pv_str_eq_cstr(n->a->id, "__debug__")) {
                st_error(T, n->a, "cannot assign to __debug__%s", "");
                return;
            }
            visit_expr(T, n->b);
            if (n->a->kind == E_NAME) {
                add_def(T, n->a->id, USE, n->a);
                add_def(T, n->a->id, DEF_LOCAL, n->a);
            } else {
                visit_expr(T, n->a);
            }
            return;
        }
        visit_expr(T, n->a);
        visit_expr(T, n->b);
        visit_expr(T, n->c);
        visit_stmts(T, &n->l1);
        visit_stmts(T, &n->l2);
        return;
    }
}

static void visit_stmts(St *T, PvNodeList *l)
{
    for (int i = 0; i < l->n && !T->failed; i++)
        visit_stmt(T, l->items[i]);
}

/* ---- pass 2 ---- */

static bool is_bound(PvSym *y)
{
    return y && (y->flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) && !(y->flags & (DEF_GLOBAL | DEF_NONLOCAL));
}

/* Does an enclosing function scope bind name? 1 yes (free), 0 no (global). */
static int find_enclosing(PvScope *s, Value name)
{
    for (; s; s = s->parent) {
        if (s->kind == SC_MODULE)
            return 0;
        if (s->kind == SC_CLASS) {
            if (pv_str_eq_cstr(name, "__class__"))
                return 1;
            continue;
        }
        PvSym *y = pv_sym_find(s, name);
        if (!y)
            continue;
        if (y->flags & DEF_GLOBAL)
            return 0;
        if (is_bound(y) || (y->flags & DEF_NONLOCAL))
            return 1;
    }
    return 0;
}

/* A free name of scope s: mark the cell where it is bound and pass it
 * through the scopes in between. */
static void mark_free(St *T, PvScope *s, Value name)
{
    for (PvScope *a = s->parent; a; a = a->parent) {
        if (a->kind == SC_MODULE)
            return;
        PvSym *y = sym_add(T, a, name);
        if (a->kind == SC_CLASS) {
            if (pv_str_eq_cstr(name, "__class__")) {
                a->needs_class_closure = true;
                y->scope = SYM_CELL;
                return;
            }
            y->flags |= FREE_CLASS;
            if (!y->scope)
                y->scope = SYM_FREE;
            continue;
        }
        if (is_bound(y)) {
            y->scope = SYM_CELL;
            return;
        }
        y->scope = SYM_FREE;
        if (y->flags & DEF_NONLOCAL)
            continue;
    }
}

static void resolve(St *T, PvScope *s)
{
    for (int i = 0; i < s->nsyms && !T->failed; i++) {
        PvSym *y = &s->syms[i];
        if (y->scope == SYM_CELL)
            continue;
        int f = y->flags;
        if (f & DEF_GLOBAL) {
            y->scope = SYM_GLOBAL_EXPLICIT;
        } else if (f & DEF_NONLOCAL) {
            if (!find_enclosing(s->parent, y->name)) {
                PvNode where = {0};
                where.line = y->line;
                where.col = y->col;
                where.end_line = y->end_line;
                where.end_col = y->end_col;
                st_error(T, &where, "no binding for nonlocal '%s' found", pv_str_data(y->name));
                return;
            }
            y->scope = SYM_FREE;
        } else if (f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) {
            y->scope = s->kind == SC_MODULE ? SYM_GLOBAL_IMPLICIT : SYM_LOCAL;
        } else if (y->scope == SYM_FREE && (f & FREE_CLASS)) {
            /* pass-through added by a method */
        } else if (s->kind != SC_MODULE && find_enclosing(s->parent, y->name)) {
            y->scope = SYM_FREE;
        } else if (!y->scope) {
            y->scope = SYM_GLOBAL_IMPLICIT;
        }
    }
}

static void resolve_tree(St *T)
{
    /* parents first: scopes were prepended to T->all, so reverse it */
    int n = 0;
    for (PvScope *s = T->all; s; s = s->next_all)
        n++;
    PvScope **v = malloc((size_t)n * sizeof *v);
    int k = n;
    for (PvScope *s = T->all; s; s = s->next_all)
        v[--k] = s;
    for (int i = 0; i < n && !T->failed; i++)
        resolve(T, v[i]);
    for (int i = 0; i < n && !T->failed; i++) {
        PvScope *s = v[i];
        for (int j = 0; j < s->nsyms; j++)
            if (s->syms[j].scope == SYM_FREE && !(s->syms[j].flags & FREE_CLASS))
                mark_free(T, s, s->syms[j].name);
    }
    free(v);
}

bool pv_symtable_build(PvAst *ast)
{
    St T = {0};
    T.ast = ast;
    (void)root_scope;
    PvScope *m = scope_new(&T, SC_MODULE, pv_intern("<module>"), ast->root);
    T.cur = m;
    if (ast->root->kind == K_MODULE)
        visit_stmts(&T, &ast->root->l1);
    else
        visit_expr(&T, ast->root->a);
    if (!T.failed)
        resolve_tree(&T);
    return !T.failed;
}

void pv_symtable_free(PvAst *ast) { (void)ast; }
