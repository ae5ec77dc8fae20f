/* compile_stmt.c: statements: assignments, control flow, loops, try /
 * except / finally and with (opcode.h's block protocol), imports, and
 * the unwinding that return / break / continue do through them. */
#include "compile.h"
#include "eval.h"

#include <string.h>

/* ---- unwinding ---- */

static void call_exit_with_nones(Compiler *C)
{
    c_load_const(C, pv_None);
    c_emit(C, OP_DUP_TOP, 0);
    c_emit(C, OP_DUP_TOP, 0);
    c_emit(C, OP_CALL_FUNCTION, 3);
}

/* where: 0 await, 1 __aenter__ result, 2 __aexit__ result (the message) */
static void await_tos(Compiler *C, int where)
{
    c_emit(C, OP_GET_AWAITABLE, where);
    c_load_const(C, pv_None);
    c_emit(C, OP_YIELD_FROM, 0);
}

static void clear_name(Compiler *C, PvNode *h)
{
    c_load_const(C, pv_None);
    c_name_op(C, h->id, CTX_STORE, h);
    c_name_op(C, h->id, CTX_DEL, h);
}

void c_unwind(Compiler *C, FBlock *fb, bool preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE:
        return;
    case FB_FOR: case FB_ASYNC_FOR: case FB_POP_VALUE:
        if (preserve_tos)
            c_emit(C, OP_ROT_TWO, 0);
        c_emit(C, OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        c_emit(C, OP_POP_BLOCK, 0);
        return;
    case FB_FINALLY_TRY:
        c_emit(C, OP_POP_BLOCK, 0);
        /* a break/continue in this inlined finally body must drop the
         * return value we carry */
        if (preserve_tos)
            c_push_fblock(C, FB_POP_VALUE, 0, 0, fb->node);
        c_stmts(C, &fb->node->l4);
        if (preserve_tos)
            c_pop_fblock(C);
        return;
    case FB_FINALLY_END:
        if (preserve_tos)
            c_emit(C, OP_ROT_THREE, 0);
        c_emit(C, OP_POP_TOP, 0);
        c_emit(C, OP_POP_EXCEPT, 0);
        return;
    case FB_WITH: case FB_ASYNC_WITH:
        c_emit(C, OP_POP_BLOCK, 0);
        if (preserve_tos)
            c_emit(C, OP_ROT_TWO, 0);
        call_exit_with_nones(C);
        if (fb->kind == FB_ASYNC_WITH)
            await_tos(C, 2);
        c_emit(C, OP_POP_TOP, 0);
        return;
    case FB_EXCEPT_STAR:
        return;
    case FB_HANDLER_CLEANUP:
        if (fb->node && fb->node->id)
            c_emit(C, OP_POP_BLOCK, 0);
        if (preserve_tos)
            c_emit(C, OP_ROT_TWO, 0);
        c_emit(C, OP_POP_EXCEPT, 0);
        if (fb->node && fb->node->id)
            clear_name(C, fb->node);
        return;
    }
}

static bool is_loop(int kind) { return kind == FB_WHILE || kind == FB_FOR || kind == FB_ASYNC_FOR; }

/* Unwind the fblocks from the top; with stop_at_loop, stop at the first
 * loop and return it (copy in *loop). Blocks are restored afterwards: the
 * code that follows (the rest of the try body...) still sits inside them. */
static bool unwind_stack(Compiler *C, bool preserve_tos, bool stop_at_loop, FBlock *loop)
{
    Unit *u = C->u;
    if (u->nfb == 0)
        return false;
    FBlock top = u->fb[u->nfb - 1];
    if (stop_at_loop && is_loop(top.kind)) {
        *loop = top;
        return true;
    }
    if (top.kind == FB_EXCEPT_STAR)
        c_error(C, top.node, "'break', 'continue' and 'return' cannot appear in an except* block");
    u->nfb--;
    c_unwind(C, &top, preserve_tos);
    bool found = unwind_stack(C, preserve_tos, stop_at_loop, loop);
    u->fb[u->nfb++] = top;
    return found;
}

/* ---- statements ---- */

static void c_return(Compiler *C, PvNode *n)
{
    PvScope *s = C->u->scope;
    if (s->kind != SC_FUNCTION)
        c_error(C, n, "'return' outside function");
    if (n->a && s->coroutine && s->generator)
        c_error(C, n, "'return' with value in async generator");
    if (n->a)
        c_expr(C, n->a);
    else
        c_load_const(C, pv_None);
    FBlock dummy;
    unwind_stack(C, true, false, &dummy);
    PvPos old = c_set_pos(C, n);
    c_emit(C, OP_RETURN_VALUE, 0);
    C->u->cur = old;
}

static void c_break(Compiler *C, PvNode *n, bool is_continue)
{
    FBlock loop;
    /* find the loop without emitting anything first */
    bool any = false;
    for (int i = C->u->nfb - 1; i >= 0; i--) {
        if (C->u->fb[i].kind == FB_EXCEPT_STAR) /* reported first, as CPython */
            c_error(C, n, "'break', 'continue' and 'return' cannot appear in an except* block");
        if (is_loop(C->u->fb[i].kind)) {
            any = true;
            break;
        }
    }
    if (!any)
        c_error(C, n, is_continue ? "'continue' not properly in loop" : "'break' outside loop");
    unwind_stack(C, false, true, &loop);
    if (is_continue) {
        c_jump_back(C, loop.start);
    } else {
        c_unwind(C, &loop, false);
        c_jump(C, OP_JUMP_FORWARD, loop.exit);
    }
}

static void c_if(Compiler *C, PvNode *n)
{
    /* dead branches are compiled too: their errors ('return' outside
     * function...) must be reported as CPython does */
    int end = c_new_label(C);
    if (n->l2.n) {
        int next = c_new_label(C);
        c_jump_if(C, n->a, false, next);
        c_stmts(C, &n->l1);
        c_jump(C, OP_JUMP_FORWARD, end);
        c_bind(C, next);
        c_stmts(C, &n->l2);
    } else {
        c_jump_if(C, n->a, false, end);
        c_stmts(C, &n->l1);
    }
    c_bind(C, end);
}

static void c_while(Compiler *C, PvNode *n)
{
    int orelse = c_new_label(C), end = c_new_label(C);
    int start = c_here(C);
    Value cv = c_const_value(C, n->a);
    bool forever = cv && (cv == pv_True || (pv_is_small(cv) && pv_small_val(cv)));
    if (!forever)
        c_jump_if(C, n->a, false, orelse);
    c_push_fblock(C, FB_WHILE, start, end, n);
    c_stmts(C, &n->l1);
    c_pop_fblock(C);
    c_jump_back(C, start);
    c_bind(C, orelse);
    c_stmts(C, &n->l2);
    c_bind(C, end);
}

static void c_for(Compiler *C, PvNode *n)
{
    int cleanup = c_new_label(C), end = c_new_label(C);
    c_expr(C, n->b);
    if (n->op) {
        if (!C->u->scope->coroutine)
            c_error(C, n, "'async for' outside async function");
        c_emit(C, OP_GET_AITER, 0);
        int start = c_here(C);
        c_jump(C, OP_SETUP_FINALLY, cleanup);
        c_emit(C, OP_GET_ANEXT, 0);
        c_load_const(C, pv_None);
        c_emit(C, OP_YIELD_FROM, 0);
        c_emit(C, OP_POP_BLOCK, 0);
        c_push_fblock(C, FB_ASYNC_FOR, start, end, n);
        c_store(C, n->a);
        c_stmts(C, &n->l1);
        c_pop_fblock(C);
        c_jump_back(C, start);
        c_bind(C, cleanup);
        c_emit(C, OP_END_ASYNC_FOR, 0);
    } else {
        c_emit(C, OP_GET_ITER, 0);
        int start = c_here(C);
        c_jump(C, OP_FOR_ITER, cleanup);
        c_push_fblock(C, FB_FOR, start, end, n);
        c_store(C, n->a);
        c_stmts(C, &n->l1);
        c_pop_fblock(C);
        c_jump_back(C, start);
        c_bind(C, cleanup);
    }
    c_stmts(C, &n->l2);
    c_bind(C, end);
}

static void c_try_except(Compiler *C, PvNode *n)
{
    int handler = c_new_label(C), end = c_new_label(C);
    c_jump(C, OP_SETUP_FINALLY, handler);
    c_push_fblock(C, FB_TRY_EXCEPT, 0, 0, n);
    c_stmts(C, &n->l1);
    c_pop_fblock(C);
    c_emit(C, OP_POP_BLOCK, 0);
    c_stmts(C, &n->l3);
    c_jump(C, OP_JUMP_FORWARD, end);
    c_bind(C, handler);
    /* stack: [prev_exc, exc] */
    for (int i = 0; i < n->l2.n; i++) {
        PvNode *h = n->l2.items[i];
        PvPos old = c_set_pos(C, h);
        if (!h->a && i + 1 < n->l2.n)
            c_error(C, h, "default 'except:' must be last");
        int next = c_new_label(C);
        if (h->a) {
            c_emit(C, OP_DUP_TOP, 0);
            c_expr(C, h->a);
            c_jump(C, OP_JUMP_IF_NOT_EXC_MATCH, next);
        }
        if (h->id) {
            c_name_op(C, h->id, CTX_STORE, h);
            int cleanup = c_new_label(C);
            c_jump(C, OP_SETUP_FINALLY, cleanup);
            c_push_fblock(C, FB_HANDLER_CLEANUP, 0, 0, h);
            c_stmts(C, &h->l1);
            c_pop_fblock(C);
            c_emit(C, OP_POP_BLOCK, 0);
            c_emit(C, OP_POP_EXCEPT, 0);
            clear_name(C, h);
            c_jump(C, OP_JUMP_FORWARD, end);
            c_bind(C, cleanup); /* [prev, prev2, exc2] */
            clear_name(C, h);
            c_emit(C, OP_RERAISE, 0);
        } else {
            c_emit(C, OP_POP_TOP, 0);
            c_push_fblock(C, FB_HANDLER_CLEANUP, 0, 0, h);
            c_stmts(C, &h->l1);
            c_pop_fblock(C);
            c_emit(C, OP_POP_EXCEPT, 0);
            c_jump(C, OP_JUMP_FORWARD, end);
        }
        c_bind(C, next);
        C->u->cur = old;
    }
    c_emit(C, OP_RERAISE, 0);
    c_bind(C, end);
}

/* except*: exception groups are split by a small helper written in
 * Python (compiled once), since the bytecode has no 3.11 group opcodes. */
static Value star_helpers; /* dict with _split and _reraise */

/* _reraise(raised, rest) follows CPython's _PyExc_PrepReraiseStar:
 * raised[0] is the original exception, then what the handlers raised.
 * Exceptions with the original's metadata are re-raises: they are put
 * back in the original group's shape; new ones are grouped with it. */
static const char star_src[] =
    "def _split(exc, typ):\n"
    "    for t in typ if isinstance(typ, tuple) else (typ,):\n"
    "        if not (isinstance(t, type) and issubclass(t, BaseException)):\n"
    "            raise TypeError('catching classes that do not inherit from BaseException is not allowed')\n"
    "        if issubclass(t, BaseExceptionGroup):\n"
    "            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')\n"
    "    if isinstance(exc, BaseExceptionGroup):\n"
    "        return exc.split(typ)\n"
    "    if isinstance(exc, typ):\n"
    "        if isinstance(exc, Exception):\n"
    "            return ExceptionGroup('', (exc,)), None\n"
    "        return BaseExceptionGroup('', (exc,)), None\n"
    "    return None, exc\n"
    "def _leaves(e, ids):\n"
    "    if isinstance(e, BaseExceptionGroup):\n"
    "        for x in e.exceptions:\n"
    "            _leaves(x, ids)\n"
    "    else:\n"
    "        ids.add(id(e))\n"
    "def _reraise(raised, rest):\n"
    "    orig = raised[0]\n"
    "    excs = [e for e in raised[1:] if e is not None]\n"
    "    if rest is not None:\n"
    "        excs.append(rest)\n"
    "    if not isinstance(orig, BaseExceptionGroup):\n"
    "        return excs[0] if excs else None\n"
    "    again, new = [], []\n"
    "    for e in excs:\n"
    "        if (e.__traceback__ is orig.__traceback__ and e.__context__ is orig.__context__\n"
    "                and e.__cause__ is orig.__cause__):\n"
    "            again.append(e)\n"
    "        else:\n"
    "            new.append(e)\n"
    "    kept = None\n"
    "    if again:\n"
    "        ids = set()\n"
    "        for e in again:\n"
    "            _leaves(e, ids)\n"
    "        kept = orig.split(lambda x: not isinstance(x, BaseExceptionGroup) and id(x) in ids)[0]\n"
    "    if not new:\n"
    "        return kept\n"
    "    if kept is not None:\n"
    "        new.append(kept)\n"
    "    if len(new) == 1:\n"
    "        return new[0]\n"
    "    if all(isinstance(e, Exception) for e in new):\n"
    "        return ExceptionGroup('', new)\n"
    "    return BaseExceptionGroup('', new)\n";

/* _handle(match): the matched part is the exception being handled
 * (sys.exc_info(), __context__ of what the clause raises) */
static Value star_handle(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs == 1 && pv_current_thread->top)
        pv_current_thread->top->exc = args[0];
    return pv_None;
}

static const PvMethodDef star_handle_def[] = {
    {"_handle", star_handle, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value star_helper(Compiler *C, const char *name)
{
    if (!star_helpers) {
        Value code = pv_compile(star_src, sizeof star_src - 1, c_str(C, "<except*>"), "exec", 0);
        if (!code)
            c_fail(C);
        Value g = pv_dict_new();
        if (!g || pv_dict_set_str(g, "__builtins__", pv_builtins_module) < 0 ||
            pv_dict_set_str(g, "__name__", c_str(C, "<except*>")) < 0)
            c_fail(C);
        if (!pv_eval_code(code, g, g))
            c_fail(C);
        Value h = pv_cfunction_new(star_handle_def, NULL, NULL);
        if (!h || pv_dict_set_str(g, "_handle", h) < 0)
            c_fail(C);
        star_helpers = g;
        pv_gc_add_root(&star_helpers);
    }
    Value f = pv_dict_get_str(star_helpers, name);
    if (!f) {
        pv_raise(&pv_exc_SystemError, "except* helper missing");
        c_fail(C);
    }
    return f;
}

static void c_try_star(Compiler *C, PvNode *n)
{
    int handler = c_new_label(C), end = c_new_label(C);
    c_jump(C, OP_SETUP_FINALLY, handler);
    c_push_fblock(C, FB_TRY_EXCEPT, 0, 0, n);
    c_stmts(C, &n->l1);
    c_pop_fblock(C);
    c_emit(C, OP_POP_BLOCK, 0);
    c_stmts(C, &n->l3);
    c_jump(C, OP_JUMP_FORWARD, end);
    c_bind(C, handler);                         /* [prev, exc] */
    c_emit(C, OP_DUP_TOP, 0);                   /* rest = exc */
    c_emit(C, OP_DUP_TOP, 0);
    c_emit(C, OP_BUILD_LIST, 1);                /* raised = [exc] */
    c_emit(C, OP_ROT_TWO, 0);                   /* [prev, exc, raised, rest] */
    for (int i = 0; i < n->l2.n; i++) {
        PvNode *h = n->l2.items[i];
        PvPos old = c_set_pos(C, h);
        int nomatch = c_new_label(C), next = c_new_label(C), hexc = c_new_label(C);
        c_load_const(C, star_helper(C, "_split"));
        c_emit(C, OP_ROT_TWO, 0);
        c_expr(C, h->a);
        c_emit(C, OP_CALL_FUNCTION, 2);
        c_emit(C, OP_UNPACK_SEQUENCE, 2);       /* [raised, rest, match] */
        c_emit(C, OP_DUP_TOP, 0);
        c_load_const(C, pv_None);
        c_emit(C, OP_IS_OP, 0);
        c_jump(C, OP_POP_JUMP_IF_TRUE, nomatch);
        c_load_const(C, star_helper(C, "_handle"));
        c_emit(C, OP_ROT_TWO, 0);
        c_emit(C, OP_DUP_TOP, 0);
        c_emit(C, OP_ROT_THREE, 0);            /* [match, _handle, match] */
        c_emit(C, OP_CALL_FUNCTION, 1);
        c_emit(C, OP_POP_TOP, 0);
        if (h->id)
            c_name_op(C, h->id, CTX_STORE, h);
        else
            c_emit(C, OP_POP_TOP, 0);
        c_jump(C, OP_SETUP_FINALLY, hexc);
        c_push_fblock(C, FB_EXCEPT_STAR, 0, 0, h);
        c_stmts(C, &h->l1);
        c_pop_fblock(C);
        c_emit(C, OP_POP_BLOCK, 0);
        if (h->id)
            clear_name(C, h);
        c_jump(C, OP_JUMP_FORWARD, next);
        c_bind(C, hexc);                        /* [raised, rest, prev2, exc2] */
        if (h->id)
            clear_name(C, h);
        c_emit(C, OP_LIST_APPEND, 3);
        c_emit(C, OP_POP_EXCEPT, 0);
        c_jump(C, OP_JUMP_FORWARD, next);
        c_bind(C, nomatch);
        c_emit(C, OP_POP_TOP, 0);
        c_bind(C, next);
        C->u->cur = old;
    }
    int done = c_new_label(C);
    c_load_const(C, star_helper(C, "_reraise"));
    c_emit(C, OP_ROT_THREE, 0);
    c_emit(C, OP_CALL_FUNCTION, 2);             /* [prev, exc, result] */
    c_emit(C, OP_DUP_TOP, 0);
    c_load_const(C, pv_None);
    c_emit(C, OP_IS_OP, 0);
    c_jump(C, OP_POP_JUMP_IF_TRUE, done);
    c_emit(C, OP_RERAISE, 0); /* keeps the tracebacks, adds no entry */
    c_bind(C, done);
    c_emit(C, OP_POP_TOP, 0);
    c_emit(C, OP_POP_TOP, 0);
    c_emit(C, OP_POP_EXCEPT, 0);
    c_bind(C, end);
}

static void c_try(Compiler *C, PvNode *n)
{
    if (n->op && !n->l4.n) {
        c_try_star(C, n);
        return;
    }
    if (!n->l4.n) {
        c_try_except(C, n);
        return;
    }
    int final = c_new_label(C), end = c_new_label(C);
    c_jump(C, OP_SETUP_FINALLY, final);
    c_push_fblock(C, FB_FINALLY_TRY, 0, 0, n);
    if (n->l2.n && n->op)
        c_try_star(C, n);
    else if (n->l2.n)
        c_try_except(C, n);
    else
        c_stmts(C, &n->l1);
    c_pop_fblock(C);
    c_emit(C, OP_POP_BLOCK, 0);
    c_stmts(C, &n->l4);
    c_jump(C, OP_JUMP_FORWARD, end);
    c_bind(C, final);
    c_push_fblock(C, FB_FINALLY_END, 0, 0, n);
    c_stmts(C, &n->l4);
    c_pop_fblock(C);
    c_emit(C, OP_RERAISE, 0);
    c_bind(C, end);
}

static void c_with(Compiler *C, PvNode *n, int i)
{
    PvNode *item = n->l1.items[i];
    bool is_async = n->op;
    int final = c_new_label(C), end = c_new_label(C), suppress = c_new_label(C);
    PvPos old = c_set_pos(C, item);
    c_expr(C, item->a);
    if (is_async) {
        if (!C->u->scope->coroutine)
            c_error(C, n, "'async with' outside async function");
        c_emit(C, OP_BEFORE_ASYNC_WITH, 0);
        await_tos(C, 1);
        c_jump(C, OP_SETUP_ASYNC_WITH, final);
    } else {
        c_jump(C, OP_SETUP_WITH, final);
    }
    C->u->cur = old;
    c_push_fblock(C, is_async ? FB_ASYNC_WITH : FB_WITH, 0, 0, n);
    if (item->b)
        c_store(C, item->b);
    else
        c_emit(C, OP_POP_TOP, 0);
    if (i + 1 < n->l1.n)
        c_with(C, n, i + 1);
    else
        c_stmts(C, &n->l2);
    c_pop_fblock(C);
    old = c_set_pos(C, n); /* CPython: the exit call is at the with statement */
    c_emit(C, OP_POP_BLOCK, 0);
    call_exit_with_nones(C);
    if (is_async)
        await_tos(C, 2);
    c_emit(C, OP_POP_TOP, 0);
    c_jump(C, OP_JUMP_FORWARD, end);
    c_bind(C, final); /* [exit, prev, exc] */
    c_emit(C, OP_WITH_EXCEPT_START, 0);
    if (is_async)
        await_tos(C, 2);
    c_jump(C, OP_POP_JUMP_IF_TRUE, suppress);
    c_emit(C, OP_RERAISE, 0);
    c_bind(C, suppress);
    c_emit(C, OP_POP_TOP, 0);
    c_emit(C, OP_POP_EXCEPT, 0);
    c_emit(C, OP_POP_TOP, 0);
    c_bind(C, end);
    C->u->cur = old;
}

static void store_dotted_tail(Compiler *C, const char *dotted)
{
    /* import a.b.c as d: walk down the submodules with IMPORT_FROM */
    const char *p = strchr(dotted, '.');
    while (p) {
        const char *q = strchr(p + 1, '.');
        size_t len = q ? (size_t)(q - p - 1) : strlen(p + 1);
        char buf[256];
        if (len >= sizeof buf)
            len = sizeof buf - 1;
        memcpy(buf, p + 1, len);
        buf[len] = 0;
        c_emit(C, OP_IMPORT_FROM, c_name_index(C, c_str(C, buf)));
        if (q) {
            c_emit(C, OP_ROT_TWO, 0);
            c_emit(C, OP_POP_TOP, 0);
        }
        p = q;
    }
}

static void c_import(Compiler *C, PvNode *n)
{
    for (int i = 0; i < n->l1.n; i++) {
        PvNode *a = n->l1.items[i];
        c_load_const(C, pv_small(0));
        c_load_const(C, pv_None);
        c_emit(C, OP_IMPORT_NAME, c_name_index(C, a->id));
        PvPos old = c_set_pos(C, a);
        const char *s = pv_str_data(a->id);
        if (a->id2) {
            if (strchr(s, '.')) {
                store_dotted_tail(C, s);
                c_name_op(C, a->id2, CTX_STORE, a);
                c_emit(C, OP_POP_TOP, 0);
            } else {
                c_name_op(C, a->id2, CTX_STORE, a);
            }
        } else {
            const char *dot = strchr(s, '.');
            if (dot) {
                char buf[256];
                size_t len = (size_t)(dot - s) < sizeof buf - 1 ? (size_t)(dot - s) : sizeof buf - 1;
                memcpy(buf, s, len);
                buf[len] = 0;
                c_name_op(C, c_str(C, buf), CTX_STORE, a);
            } else {
                c_name_op(C, a->id, CTX_STORE, a);
            }
        }
        C->u->cur = old;
    }
}

static void c_import_from(Compiler *C, PvNode *n)
{
    Value mod = n->id ? n->id : c_str(C, "");
    if (n->id && pv_str_eq_cstr(n->id, "__future__")) {
        for (int i = 0; i < n->l1.n; i++) {
            PvNode *a = n->l1.items[i];
            const char *f = pv_str_data(a->id);
            if (strcmp(f, "braces") == 0)
                c_error(C, n, "not a chance");
            if (strcmp(f, "annotations") == 0)
                C->future_annotations = true;
            else if (strcmp(f, "nested_scopes") && strcmp(f, "generators") && strcmp(f, "division") &&
                     strcmp(f, "absolute_import") && strcmp(f, "with_statement") &&
                     strcmp(f, "print_function") && strcmp(f, "unicode_literals") &&
                     strcmp(f, "barry_as_FLUFL") && strcmp(f, "generator_stop"))
                c_error(C, n, "future feature %s is not defined", f);
        }
        /* the features are compile-time switches; no __future__ module is
         * needed at run time (the names are not bound) */
        return;
    }
    Value names = pv_tuple_new((size_t)n->l1.n);
    if (!names)
        c_fail(C);
    for (int i = 0; i < n->l1.n; i++)
        pv_tuple_items(names)[i] = n->l1.items[i]->id;
    c_load_const(C, pv_small(n->op));
    c_load_const(C, names);
    c_emit(C, OP_IMPORT_NAME, c_name_index(C, mod));
    if (n->l1.n == 1 && pv_str_eq_cstr(n->l1.items[0]->id, "*")) {
        if (C->u->scope->kind != SC_MODULE)
            c_error(C, n, "import * only allowed at module level");
        c_emit(C, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < n->l1.n; i++) {
        PvNode *a = n->l1.items[i];
        PvPos old = c_set_pos(C, a);
        c_emit(C, OP_IMPORT_FROM, c_name_index(C, a->id));
        c_name_op(C, a->id2 ? a->id2 : a->id, CTX_STORE, a);
        C->u->cur = old;
    }
    c_emit(C, OP_POP_TOP, 0);
}

static void c_assert(Compiler *C, PvNode *n)
{
    int end = c_new_label(C);
    c_jump_if(C, n->a, true, end);
    PvPos old = c_set_pos(C, n->a); /* CPython points at the test */
    c_emit(C, OP_LOAD_ASSERTION_ERROR, 0);
    if (n->b) {
        c_expr(C, n->b);
        c_emit(C, OP_CALL_FUNCTION, 1);
    }
    c_emit(C, OP_RAISE_VARARGS, 1);
    C->u->cur = old;
    c_bind(C, end);
}

static void c_annassign(Compiler *C, PvNode *n)
{
    if (n->c) {
        c_expr(C, n->c);
        c_store(C, n->a);
    }
    int kind = C->u->scope->kind;
    if (kind == SC_FUNCTION || kind == SC_COMP)
        return;
    if (n->a->kind == E_NAME && n->op) {
        c_annotation(C, n->b);
        c_name_op(C, c_str(C, "__annotations__"), CTX_LOAD, n);
        c_load_const(C, n->a->id);
        c_emit(C, OP_STORE_SUBSCR, 0);
    } else if (!C->future_annotations) {
        c_expr(C, n->b);
        c_emit(C, OP_POP_TOP, 0);
    }
}

static void c_augassign(Compiler *C, PvNode *n)
{
    PvNode *t = n->a;
    int op = PV_OP_INPLACE + n->op;
    if (t->kind == E_NAME) {
        c_name_op(C, t->id, CTX_LOAD, t);
        c_expr(C, n->b);
        c_emit(C, OP_BINARY_OP, op);
        c_name_op(C, t->id, CTX_STORE, t);
    } else if (t->kind == E_ATTR) {
        c_expr(C, t->a);
        c_emit(C, OP_DUP_TOP, 0);
        PvPos old = c_set_pos(C, t);
        c_emit(C, OP_LOAD_ATTR, c_name_index(C, t->id));
        C->u->cur = old;
        c_expr(C, n->b);
        c_emit(C, OP_BINARY_OP, op);
        c_emit(C, OP_ROT_TWO, 0);
        old = c_set_pos(C, t);
        c_emit(C, OP_STORE_ATTR, c_name_index(C, t->id));
        C->u->cur = old;
    } else {
        c_expr(C, t->a);
        c_expr(C, t->b);
        c_emit(C, OP_DUP_TOP_TWO, 0);
        PvPos old = c_set_pos(C, t);
        c_emit(C, OP_BINARY_SUBSCR, 0);
        C->u->cur = old;
        c_expr(C, n->b);
        c_emit(C, OP_BINARY_OP, op);
        c_emit(C, OP_ROT_THREE, 0);
        old = c_set_pos(C, t);
        c_emit(C, OP_STORE_SUBSCR, 0);
        C->u->cur = old;
    }
}

void c_stmt(Compiler *C, PvNode *n)
{
    PvPos old = c_set_pos(C, n);
    switch (n->kind) {
    case S_EXPR:
        if (C->interactive && C->u->scope->kind == SC_MODULE) {
            c_expr(C, n->a);
            c_emit(C, OP_PRINT_EXPR, 0);
        } else if (n->a->kind != E_CONST) {
            c_expr(C, n->a);
            c_emit(C, OP_POP_TOP, 0);
        }
        break;
    case S_ASSIGN:
        c_expr(C, n->a);
        for (int i = 0; i < n->l1.n; i++) {
            if (i + 1 < n->l1.n)
                c_emit(C, OP_DUP_TOP, 0);
            c_store(C, n->l1.items[i]);
        }
        break;
    case S_AUGASSIGN: c_augassign(C, n); break;
    case S_ANNASSIGN: c_annassign(C, n); break;
    case S_DELETE:
        for (int i = 0; i < n->l1.n; i++)
            c_delete(C, n->l1.items[i]);
        break;
    case S_PASS: case S_GLOBAL: case S_NONLOCAL:
        break;
    case S_BREAK: c_break(C, n, false); break;
    case S_CONTINUE: c_break(C, n, true); break;
    case S_RETURN: c_return(C, n); break;
    case S_RAISE: {
        int k = 0;
        if (n->a) {
            c_expr(C, n->a);
            k++;
            if (n->b) {
                c_expr(C, n->b);
                k++;
            }
        }
        c_emit(C, OP_RAISE_VARARGS, k);
        break;
    }
    case S_IMPORT: c_import(C, n); break;
    case S_IMPORTFROM: c_import_from(C, n); break;
    case S_IF: c_if(C, n); break;
    case S_WHILE: c_while(C, n); break;
    case S_FOR: c_for(C, n); break;
    case S_TRY: c_try(C, n); break;
    case S_WITH: c_with(C, n, 0); break;
    case S_ASSERT: c_assert(C, n); break;
    case S_MATCH: c_match(C, n); break;
    case S_FUNCDEF:
        for (int i = 0; i < n->l2.n; i++)
            c_expr(C, n->l2.items[i]);
        c_function(C, n);
        for (int i = 0; i < n->l2.n; i++)
            c_emit(C, OP_CALL_FUNCTION, 1);
        c_name_op(C, n->id2 ? n->id2 : n->id, CTX_STORE, n);
        break;
    case S_CLASSDEF:
        for (int i = 0; i < n->l4.n; i++)
            c_expr(C, n->l4.items[i]);
        c_class(C, n);
        for (int i = 0; i < n->l4.n; i++)
            c_emit(C, OP_CALL_FUNCTION, 1);
        c_name_op(C, n->id2 ? n->id2 : n->id, CTX_STORE, n);
        break;
    case S_PRINT: /* .pe: print [>>file,] items [,] */
        if (n->a)
            c_expr(C, n->a);
        else
            c_load_const(C, pv_None);
        for (int i = 0; i < n->b->l1.n; i++) {
            c_expr(C, n->b->l1.items[i]);
            c_emit(C, OP_PRINT_ITEM, 0);
        }
        c_emit(C, n->op ? OP_PRINT_NEWLINE : OP_PRINT_END, 0);
        break;
    default:
        c_error(C, n, "compiler: unexpected statement");
    }
    C->u->cur = old;
}

void c_stmts(Compiler *C, PvNodeList *l)
{
    for (int i = 0; i < l->n; i++)
        c_stmt(C, l->items[i]);
}
