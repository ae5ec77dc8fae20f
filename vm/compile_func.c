/* compile_func.c: code objects for functions, lambdas, classes and
 * comprehensions: defaults, annotations, closures, qualnames, class body
 * protocol (see opcode.h). */
#include "compile.h"

#include <string.h>

/* ---- functions, classes, comprehensions ---- */

static Value make_qualname(Compiler *C, Value name)
{
    Unit *p = C->u;
    if (p->scope->kind == SC_MODULE)
        return name;
    /* a function declared global in its enclosing function is top-level */
    if (p->scope->kind == SC_FUNCTION && pv_sym_scope(p->scope, name) == SYM_GLOBAL_EXPLICIT)
        return name;
    if (p->scope->kind == SC_CLASS)
        return c_keep(C, pv_str_printf("%S.%S", p->qualname, name));
    return c_keep(C, pv_str_printf("%S.<locals>.%S", p->qualname, name));
}

bool c_is_docstring(PvNodeList *body, Compiler *C)
{
    if (!body->n)
        return false;
    PvNode *s = body->items[0];
    return s->kind == S_EXPR && s->a->kind == E_CONST && s->a->op == 1 &&
           pv_type(PV_CONST(C->ast, s->a)) == &pv_str_type;
}

/* Closure tuple for code `co` built in the current unit; returns flag 8 or 0. */
static int load_closure(Compiler *C, Value co)
{
    Value fv = ((PvCode *)co)->freevars;
    size_t n = pv_tuple_size(fv);
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        c_emit(C, OP_LOAD_CLOSURE, c_deref_index(C, pv_tuple_items(fv)[i]));
    c_emit(C, OP_BUILD_TUPLE, (int)n);
    return 8;
}

static void make_function(Compiler *C, Value co, Value qualname, int flags)
{
    flags |= load_closure(C, co);
    c_load_const(C, co);
    c_load_const(C, qualname);
    c_emit(C, OP_MAKE_FUNCTION, flags);
}

static int code_flags(PvScope *s)
{
    int f = PV_CO_OPTIMIZED | PV_CO_NEWLOCALS;
    /* as CPython: nested in a function somewhere up (a class between them
     * does not count, a class alone does not make it nested) */
    for (PvScope *p = s->parent; p; p = p->parent)
        if (p->kind == SC_FUNCTION || p->kind == SC_COMP) {
            f |= PV_CO_NESTED;
            break;
        }
    if (s->varargs)
        f |= PV_CO_VARARGS;
    if (s->varkw)
        f |= PV_CO_VARKEYWORDS;
    if (s->coroutine && s->generator)
        f |= PV_CO_ASYNC_GENERATOR;
    else if (s->coroutine)
        f |= PV_CO_COROUTINE;
    else if (s->generator)
        f |= PV_CO_GENERATOR;
    return f;
}

void c_function(Compiler *C, PvNode *n)
{
    PvNode *args = n->a;
    bool lambda = n->kind == E_LAMBDA;
    int flags = 0, ndef = 0;
    for (int i = 0; i < args->l1.n; i++)
        if (args->l1.items[i]->b) {
            c_expr(C, args->l1.items[i]->b);
            ndef++;
        }
    if (ndef) {
        c_emit(C, OP_BUILD_TUPLE, ndef);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < args->l2.n; i++)
        if (args->l2.items[i]->b) {
            c_load_const(C, args->l2.items[i]->id);
            c_expr(C, args->l2.items[i]->b);
            nkw++;
        }
    if (nkw) {
        c_emit(C, OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    if (!lambda) {
        int nann = 0;
        for (int i = 0; i < args->l1.n; i++)
            if (args->l1.items[i]->a) {
                c_load_const(C, args->l1.items[i]->id);
                c_annotation(C, args->l1.items[i]->a);
                nann++;
            }
        /* CPython's order: positional, *args, keyword-only, **kwargs, return */
        if (args->b && args->b->a) {
            c_load_const(C, args->b->id);
            c_annotation(C, args->b->a);
            nann++;
        }
        for (int i = 0; i < args->l2.n; i++)
            if (args->l2.items[i]->a) {
                c_load_const(C, args->l2.items[i]->id);
                c_annotation(C, args->l2.items[i]->a);
                nann++;
            }
        if (args->c && args->c->a) {
            c_load_const(C, args->c->id);
            c_annotation(C, args->c->a);
            nann++;
        }
        if (n->b) {
            c_load_const(C, c_str(C, "return"));
            c_annotation(C, n->b);
            nann++;
        }
        if (nann) {
            c_emit(C, OP_BUILD_TUPLE, nann * 2);
            flags |= 4;
        }
    }
    PvScope *s = n->scope;
    Value name = lambda ? s->name : n->id;
    Value qualname = make_qualname(C, name);
    int line = n->line;
    if (!lambda && n->l2.n) /* CPython: a decorated def starts at its first decorator */
        line = n->l2.items[0]->line;
    Unit *u = c_enter_unit(C, s, name, qualname, line);
    u->flags = code_flags(s);
    u->argcount = args->l1.n;
    u->posonly = args->op;
    u->kwonly = args->l2.n;
    if (s->generator) {
        c_emit(C, OP_GEN_START, s->coroutine ? 2 : 0);
        u->gen_start = true;
    } else if (s->coroutine) {
        c_emit(C, OP_GEN_START, 1);
        u->gen_start = true;
    }
    if (lambda) {
        c_const(C, pv_None); /* co_consts[0]: no docstring */
        PvPos old = c_set_pos(C, n->b);
        c_expr(C, n->b);
        c_emit(C, OP_RETURN_VALUE, 0);
        C->u->cur = old;
    } else {
        int first = 0;
        if (c_is_docstring(&n->l1, C)) {
            u->docstring = PV_CONST(C->ast, n->l1.items[0]->a);
            first = 1;
        }
        c_const(C, u->docstring);
        for (int i = first; i < n->l1.n; i++)
            c_stmt(C, n->l1.items[i]);
        if (!u->n || PV_OP(u->code[u->n - 1]) != OP_RETURN_VALUE || true) {
            c_load_const(C, pv_None);
            c_emit(C, OP_RETURN_VALUE, 0);
        }
    }
    Value co = c_make_code(C);
    c_exit_unit(C);
    make_function(C, co, qualname, flags);
}

bool c_find_ann(PvNodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        PvNode *s = l->items[i];
        switch (s->kind) {
        case S_ANNASSIGN: return true;
        case S_IF: case S_WHILE: case S_FOR:
            if (c_find_ann(&s->l1) || c_find_ann(&s->l2)) return true;
            break;
        case S_WITH:
            if (c_find_ann(&s->l2)) return true;
            break;
        case S_TRY:
            if (c_find_ann(&s->l1) || c_find_ann(&s->l3) || c_find_ann(&s->l4)) return true;
            for (int k = 0; k < s->l2.n; k++)
                if (c_find_ann(&s->l2.items[k]->l1)) return true;
            break;
        case S_MATCH:
            for (int k = 0; k < s->l1.n; k++)
                if (c_find_ann(&s->l1.items[k]->l1)) return true;
            break;
        default: break;
        }
    }
    return false;
}

void c_class(Compiler *C, PvNode *n)
{
    c_emit(C, OP_LOAD_BUILD_CLASS, 0);
    PvScope *s = n->scope;
    Value qualname = make_qualname(C, n->id);
    Unit *u = c_enter_unit(C, s, n->id, qualname, n->l4.n ? n->l4.items[0]->line : n->line);
    u->flags = 0;
    c_name_op(C, c_str(C, "__name__"), CTX_LOAD, n);
    c_name_op(C, c_str(C, "__module__"), CTX_STORE, n);
    c_load_const(C, qualname);
    c_name_op(C, c_str(C, "__qualname__"), CTX_STORE, n);
    int first = 0;
    if (c_is_docstring(&n->l3, C)) {
        PvPos old = c_set_pos(C, n->l3.items[0]);
        u->docstring = PV_CONST(C->ast, n->l3.items[0]->a);
        c_load_const(C, u->docstring);
        c_name_op(C, c_str(C, "__doc__"), CTX_STORE, n);
        C->u->cur = old;
        first = 1;
    }
    if (c_find_ann(&n->l3))
        c_emit(C, OP_SETUP_ANNOTATIONS, 0);
    for (int i = first; i < n->l3.n; i++)
        c_stmt(C, n->l3.items[i]);
    if (s->needs_class_closure) {
        c_emit(C, OP_LOAD_CLOSURE, c_deref_index(C, c_str(C, "__class__")));
        c_emit(C, OP_DUP_TOP, 0);
        c_name_op(C, c_str(C, "__classcell__"), CTX_STORE, n);
    } else {
        c_load_const(C, pv_None);
    }
    c_emit(C, OP_RETURN_VALUE, 0);
    Value co = c_make_code(C);
    c_exit_unit(C);
    make_function(C, co, n->id, 0);
    c_load_const(C, n->id);
    c_call_helper(C, 2, &n->l1, &n->l2);
}

/* A comprehension is a function of one argument (.0, the first iterator)
 * called at once. */
void c_comprehension(Compiler *C, PvNode *n)
{
    PvScope *s = n->scope;
    Value qualname = make_qualname(C, s->name);
    Unit *u = c_enter_unit(C, s, s->name, qualname, n->line);
    u->flags = code_flags(s);
    u->argcount = 1;
    if (s->generator) {
        c_emit(C, OP_GEN_START, s->comp_async ? 2 : 0);
        u->gen_start = true;
        if (s->comp_async)
            u->flags = (u->flags & ~PV_CO_GENERATOR) | PV_CO_ASYNC_GENERATOR;
    } else if (s->comp_async) {
        c_emit(C, OP_GEN_START, 1);
        u->gen_start = true;
        u->flags |= PV_CO_COROUTINE;
    }
    int kind = n->kind;
    if (kind != E_GENEXP)
        c_emit(C, kind == E_LISTCOMP ? OP_BUILD_LIST : kind == E_SETCOMP ? OP_BUILD_SET : OP_BUILD_MAP, 0);
    int depth = 0; /* iterators above the result: LIST_APPEND depth + 1 */
    int ngen = n->l1.n;
    int starts[64], exits[64], skips[64];
    bool asyncs[64];
    if (ngen > 64)
        c_error(C, n, "too many nested comprehension clauses");
    for (int g = 0; g < ngen; g++) {
        PvNode *gen = n->l1.items[g];
        asyncs[g] = gen->op;
        if (g == 0) {
            c_emit(C, OP_LOAD_FAST, 0); /* .0 */
        } else {
            c_expr(C, gen->b);
            c_emit(C, gen->op ? OP_GET_AITER : OP_GET_ITER, 0);
        }
        exits[g] = c_new_label(C);
        starts[g] = c_here(C);
        if (gen->op) {
            c_jump(C, OP_SETUP_FINALLY, exits[g]);
            c_emit(C, OP_GET_ANEXT, 0);
            c_load_const(C, pv_None);
            c_emit(C, OP_YIELD_FROM, 0);
            c_emit(C, OP_POP_BLOCK, 0);
            C->u->maxfb = C->u->maxfb < g + 2 ? g + 2 : C->u->maxfb;
        } else {
            c_jump(C, OP_FOR_ITER, exits[g]);
        }
        c_store(C, gen->a);
        depth++;
        int skip = c_new_label(C);
        for (int k = 0; k < gen->l1.n; k++)
            c_jump_if(C, gen->l1.items[k], false, skip);
        /* conditions jump forward to `skip`, whose JUMP_ABSOLUTE goes back */
        if (g == ngen - 1) {
            PvPos old = c_set_pos(C, n->a);
            if (kind == E_GENEXP) {
                c_expr(C, n->a);
                c_emit(C, OP_YIELD_VALUE, 0);
                c_emit(C, OP_POP_TOP, 0);
            } else if (kind == E_DICTCOMP) {
                c_expr(C, n->a);
                c_expr(C, n->b);
                c_emit(C, OP_MAP_ADD, depth + 1);
            } else {
                c_expr(C, n->a);
                c_emit(C, kind == E_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, depth + 1);
            }
            C->u->cur = old;
        }
        skips[g] = skip;
    }
    for (int g = ngen - 1; g >= 0; g--) {
        c_bind(C, skips[g]);
        c_jump_back(C, starts[g]);
        c_bind(C, exits[g]);
        if (asyncs[g])
            c_emit(C, OP_END_ASYNC_FOR, 0);
    }
    if (kind == E_GENEXP)
        c_load_const(C, pv_None);
    c_emit(C, OP_RETURN_VALUE, 0);
    Value co = c_make_code(C);
    c_exit_unit(C);
    make_function(C, co, qualname, 0);
    PvNode *first = n->l1.items[0];
    c_expr(C, first->b);
    c_emit(C, first->op ? OP_GET_AITER : OP_GET_ITER, 0);
    c_emit(C, OP_CALL_FUNCTION, 1);
    if (s->comp_async && kind != E_GENEXP) {
        c_emit(C, OP_GET_AWAITABLE, 0);
        c_load_const(C, pv_None);
        c_emit(C, OP_YIELD_FROM, 0);
    }
}
