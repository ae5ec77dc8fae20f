/* gen.c: generator and coroutine objects. A generator owns its frame (in
 * the same GC block); resuming links the frame into the current thread's
 * chain. The loop resumes generators inline for FOR_ITER and YIELD_FROM;
 * the C entry points here (send/throw/close/next from C) run a nested loop. */
#include "eval.h"
#include "opcode.h"

#define G(v) ((PvGen *)(v))
#define GEN_HDR (((sizeof(PvGen)) + 15) & ~(size_t)15)

static bool gen_needs_close(Value self);

Value pv_gen_new(PvFrame **framep, Value func)
{
    PvFunction *fn = (PvFunction *)func;
    PvCode *c = (PvCode *)fn->code;
    size_t fsize = pv_frame_size(fn->code);
    PvType *type = (c->flags & PV_CO_COROUTINE)         ? &pv_coroutine_type
                   : (c->flags & PV_CO_ASYNC_GENERATOR) ? &pv_async_gen_type
                                                         : &pv_generator_type;
    PvGen *g = pv_alloc(type, GEN_HDR + fsize);
    if (!g)
        return NULL;
    PvFrame *f = (PvFrame *)((char *)g + GEN_HDR);
    pv_frame_init(f, fn->code, func, fn->globals, fn->builtins, NULL, fsize);
    f->flags = PV_FRAME_GEN;
    f->gen = (Value)g;
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->code = fn->code;
    g->kind = (c->flags & PV_CO_COROUTINE) ? 'c' : (c->flags & PV_CO_ASYNC_GENERATOR) ? 'a' : 'g';
    *framep = f;
    pv_gc_register_finalizer((Value)g, gen_needs_close);
    return (Value)g;
}

static const char *kind_name(PvGen *g)
{
    return g->kind == 'c' ? "coroutine" : g->kind == 'a' ? "async generator" : "generator";
}

Value pv_gen_resume(Value gen, Value v, Value exc, Value *returned)
{
    PvGen *g = G(gen);
    PvThread *t = pv_current_thread;
    *returned = NULL;
    if (g->running)
        return pv_raise(&pv_exc_ValueError, "%s already executing", kind_name(g));
    if (!g->frame) {
        if (exc && g->kind == 'c' && !pv_isinst(exc, &pv_exc_GeneratorExit))
            return pv_raise(&pv_exc_RuntimeError, "cannot reuse already awaited coroutine");
        if (exc) {
            pv_err_restore(exc);
            return NULL;
        }
        if (g->kind == 'c')
            return pv_raise(&pv_exc_RuntimeError, "cannot reuse already awaited coroutine");
        *returned = pv_None;
        return NULL;
    }
    if (!g->started && !exc && v != pv_None)
        return pv_raise(&pv_exc_TypeError, "can't send non-None value to a just-started %s",
                        kind_name(g));
    if (t->depth >= pv_recursion_limit)
        return pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
    PvFrame *f = g->frame;
    if (!exc)
        *f->sp++ = v;
    g->running = true;
    g->started = true;
    f->prev = t->top;
    t->top = f;
    t->depth++;
    f->retmode = PV_RET_PUSH;
    /* a thrown exception chains to what the generator was handling at its
     * yield, as CPython */
    if (exc && f->exc)
        pv_exc_set_context(exc);
    Value r = pv_eval_frame(f, exc);
    if (g->frame)
        return r; /* yielded */
    *returned = r;
    return NULL;
}

Value pv_gen_send(Value gen, Value v)
{
    Value ret;
    Value r = pv_gen_resume(gen, v, NULL, &ret);
    if (r)
        return r;
    if (ret)
        pv_raise_stop_iteration(ret);
    return NULL;
}

static Value gen_iternext(Value self)
{
    Value ret;
    Value r = pv_gen_resume(self, pv_None, NULL, &ret);
    if (!r && ret && ret != pv_None)
        pv_raise_stop_iteration(ret); /* keep the return value for next() */
    return r; /* NULL without error when exhausted */
}

static Value gen_iter(Value self) { return self; }

/* The delegate of a generator suspended in `yield from`, or NULL. */
static Value gen_yf(PvGen *g)
{
    PvFrame *f = g->frame;
    if (!f || !g->started || f->sp <= f->stack)
        return NULL;
    if (PV_OP(*f->ip) != OP_YIELD_FROM)
        return NULL;
    return f->sp[-1];
}

static Value gen_close_value(Value gen);

static Value gen_throw_exc(Value gen, Value exc)
{
    PvGen *g = G(gen);
    Value yf = gen_yf(g);
    Value ret;
    if (yf) {
        if (pv_isinst(exc, &pv_exc_GeneratorExit)) {
            g->running = true;
            Value r;
            if (pv_is_type(yf, &pv_generator_type) || pv_is_type(yf, &pv_coroutine_type)) {
                r = gen_close_value(yf);
            } else {
                Value m = pv_getattr_opt(yf, pv_intern("close"));
                r = m ? pv_call0(m) : pv_err_occurred() ? NULL : pv_None;
            }
            g->running = false;
            if (!r) {
                exc = pv_err_fetch();
            }
            goto throw_here;
        }
        Value r;
        g->running = true;
        if (pv_is_type(yf, &pv_generator_type) || pv_is_type(yf, &pv_coroutine_type)) {
            r = gen_throw_exc(yf, exc);
        } else {
            Value m = pv_getattr_opt(yf, pv_intern("throw"));
            if (!m) {
                g->running = false;
                if (pv_err_occurred())
                    return NULL;
                goto throw_here;
            }
            r = pv_call1(m, exc);
        }
        g->running = false;
        if (r)
            return r;
        /* the delegate finished: leave the YIELD_FROM */
        PvFrame *f = g->frame;
        f->sp--;
        f->ip++;
        Value e = pv_err_occurred();
        if (e && pv_isinst(e, &pv_exc_StopIteration)) {
            pv_err_clear();
            Value val = pv_stop_iteration_value(e);
            return pv_gen_send(gen, val);
        }
        exc = pv_err_fetch();
        Value r2 = pv_gen_resume(gen, NULL, exc, &ret);
        if (!r2 && ret)
            pv_raise_stop_iteration(ret);
        return r2;
    }
throw_here:;
    Value r = pv_gen_resume(gen, NULL, exc, &ret);
    if (!r && ret)
        pv_raise_stop_iteration(ret);
    return r;
}

Value pv_gen_throw_value(Value gen, Value exc)
{
    return gen_throw_exc(gen, exc);
}

static Value gen_send_m(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("send", kwnames) < 0 || pv_check_nargs("send", nargs, 1, 1) < 0)
        return NULL;
    return pv_gen_send(self, args[0]);
}

static Value gen_throw_m(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("throw", kwnames) < 0 || pv_check_nargs("throw", nargs, 1, 3) < 0)
        return NULL;
    Value typ = args[0], val = nargs > 1 ? args[1] : pv_None, tb = nargs > 2 ? args[2] : pv_None;
    Value exc;
    if (tb != pv_None && !pv_is_type(tb, &pv_traceback_type))
        return pv_raise(&pv_exc_TypeError, "throw() third argument must be a traceback object");
    if (pv_isinst(typ, &pv_type_type) && (((PvType *)typ)->flags & PV_TPFLAG_EXC_SUBCLASS)) {
        if (val != pv_None && pv_isinst(val, (PvType *)typ)) {
            exc = val;
        } else if (val == pv_None) {
            exc = pv_call0(typ);
        } else if (pv_isinst(val, &pv_tuple_type)) {
            exc = pv_call(typ, pv_tuple_items(val), pv_tuple_size(val), NULL);
        } else {
            exc = pv_call1(typ, val);
        }
        /* As CPython, a failing instantiation is thrown into the generator
         * in place of the exception (it normalises at the yield point). */
        if (exc && !pv_is_exc(exc))
            pv_raise(&pv_exc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %T",
                     typ, exc), exc = NULL;
        if (!exc)
            return gen_throw_exc(self, pv_err_fetch());
    } else if (pv_is_exc(typ)) {
        if (val != pv_None)
            return pv_raise(&pv_exc_TypeError,
                            "instance exception may not have a separate value");
        exc = typ;
    } else {
        return pv_raise(&pv_exc_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        pv_type_name(pv_type(typ)));
    }
    if (tb != pv_None)
        ((PvExc *)exc)->traceback = tb;
    return gen_throw_exc(self, exc);
}

static Value gen_close_value(Value gen)
{
    PvGen *g = G(gen);
    if (!g->frame)
        return pv_None;
    if (!g->started) {
        g->frame = NULL;
        return pv_None;
    }
    Value exc = pv_exc_new(&pv_exc_GeneratorExit, NULL, 0);
    if (!exc)
        return NULL;
    Value r = gen_throw_exc(gen, exc);
    if (r)
        return pv_raise(&pv_exc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
    Value e = pv_err_occurred();
    if (!e || pv_isinst(e, &pv_exc_GeneratorExit) || pv_isinst(e, &pv_exc_StopIteration)) {
        pv_err_clear();
        return pv_None;
    }
    return NULL;
}

Value pv_gen_close(Value gen)
{
    return gen_close_value(gen);
}

/* The collector asks (during a collection: no allocation) whether a dying
 * generator must be closed: only when close() can run code, i.e. it is
 * suspended inside a try/with block or delegating with yield from/await.
 * Closing any other suspended generator has no visible effect. */
static bool gen_needs_close(Value self)
{
    PvGen *g = G(self);
    return g->frame && g->started && !g->running && (g->frame->nblocks > 0 || gen_yf(g));
}

/* The for loop that made the generator drops it (eval.c, POP_TOP after
 * break/return): it is garbage now, so run its finalization at once, as
 * CPython's reference counting does, instead of at the next collection.
 * Errors cannot propagate from a finalizer: they are reported. */
void pv_gen_loop_release(Value gen)
{
    PvGen *g = G(gen);
    g->loop_owned = false;
    if (!gen_needs_close(gen))
        return;
    Value saved = pv_err_fetch();
    if (!gen_close_value(gen))
        pv_write_unraisable(pv_err_fetch(), NULL, gen);
    pv_err_restore(saved);
}

void pv_gen_release_range(Value *lo, Value *hi)
{
    for (Value *p = lo; p < hi; p++) {
        Value v = *p;
        if (v && !pv_is_small(v) && v->type == &pv_generator_type && G(v)->loop_owned)
            pv_gen_loop_release(v);
    }
}

static Value gen_close_m(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("close", kwnames) < 0 || pv_check_nargs("close", nargs, 0, 0) < 0)
        return NULL;
    return gen_close_value(self);
}

static void gen_mark(Value self)
{
    PvGen *g = G(self);
    pv_gc_mark(g->name);
    pv_gc_mark(g->qualname);
    pv_gc_mark(g->code);
    if (g->frame)
        pv_frame_mark(g->frame);
}

static Value gen_repr(Value self)
{
    return pv_str_printf("<%s object %S at %p>", pv_type_name(pv_type(self)), G(self)->qualname,
                         self);
}

static Value g_name(Value s) { return G(s)->name; }
static int s_name(Value s, Value v)
{
    if (!v || !pv_is_str(v))
        return pv_raise(&pv_exc_TypeError, "__name__ must be set to a string object"), -1;
    G(s)->name = v;
    return 0;
}
static Value g_qualname(Value s) { return G(s)->qualname; }
static int s_qualname(Value s, Value v)
{
    if (!v || !pv_is_str(v))
        return pv_raise(&pv_exc_TypeError, "__qualname__ must be set to a string object"), -1;
    G(s)->qualname = v;
    return 0;
}
static Value g_running(Value s) { return pv_bool(G(s)->running); }
static Value g_code(Value s) { return G(s)->code; }
static Value g_frame(Value s) { return G(s)->frame ? pv_frame_object(G(s)->frame) : pv_None; }
static Value g_yf(Value s)
{
    Value y = gen_yf(G(s));
    return y ? y : pv_None;
}
static Value g_suspended(Value s) { return pv_bool(G(s)->frame && G(s)->started && !G(s)->running); }

static const PvGetSetDef gen_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"gi_running", g_running, NULL, NULL},
    {"gi_code", g_code, NULL, NULL},
    {"gi_frame", g_frame, NULL, NULL},
    {"gi_yieldfrom", g_yf, NULL, NULL},
    {"gi_suspended", g_suspended, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const PvMethodDef gen_methods[] = {
    {"send", gen_send_m, 0, NULL},
    {"throw", gen_throw_m, 0, NULL},
    {"close", gen_close_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_generator_type = {
    .name = "generator",
    .basicsize = sizeof(PvGen),
    .mark = gen_mark,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .getsets = gen_getsets,
    .methods = gen_methods,
};

/* ---- coroutines ---- */

typedef struct PvCoroWrapper { PvObj h; Value coro; } PvCoroWrapper;

static Value coro_await(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvCoroWrapper *w = pv_alloc(&pv_coro_wrapper_type, sizeof(PvCoroWrapper));
    if (!w)
        return NULL;
    w->coro = self;
    return (Value)w;
}

static const PvGetSetDef coro_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"cr_running", g_running, NULL, NULL},
    {"cr_code", g_code, NULL, NULL},
    {"cr_frame", g_frame, NULL, NULL},
    {"cr_await", g_yf, NULL, NULL},
    {"cr_suspended", g_suspended, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const PvMethodDef coro_methods[] = {
    {"send", gen_send_m, 0, NULL},
    {"throw", gen_throw_m, 0, NULL},
    {"close", gen_close_m, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_coroutine_type = {
    .name = "coroutine",
    .basicsize = sizeof(PvGen),
    .mark = gen_mark,
    .repr = gen_repr,
    .getsets = coro_getsets,
    .methods = coro_methods,
};

#define W(v) (((PvCoroWrapper *)(v))->coro)
static void cw_mark(Value self) { pv_gc_mark(W(self)); }
static Value cw_next(Value self)
{
    Value ret;
    return pv_gen_resume(W(self), pv_None, NULL, &ret);
}
static Value cw_send(Value self, Value *args, size_t nargs, Value kwnames)
{
    return gen_send_m(W(self), args, nargs, kwnames);
}
static Value cw_throw(Value self, Value *args, size_t nargs, Value kwnames)
{
    return gen_throw_m(W(self), args, nargs, kwnames);
}
static Value cw_close(Value self, Value *args, size_t nargs, Value kwnames)
{
    return gen_close_m(W(self), args, nargs, kwnames);
}
static const PvMethodDef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_coro_wrapper_type = {
    .name = "coroutine_wrapper",
    .basicsize = sizeof(PvCoroWrapper),
    .mark = cw_mark,
    .iter = gen_iter,
    .iternext = cw_next,
    .methods = cw_methods,
};

/* ---- async generators ----
 * `yield v` in an async generator yields a wrapper; the awaitables of
 * asend()/athrow() (and __anext__/aclose) resume the generator and turn a
 * wrapped value into StopIteration(v), a return into StopAsyncIteration,
 * and pass anything else (what the generator awaits) to the event loop. */

typedef struct PvAsyncWrapped { PvObj h; Value value; } PvAsyncWrapped;
static PvType async_wrapped_type;

static void aw_mark(Value self) { pv_gc_mark(((PvAsyncWrapped *)self)->value); }

static PvType async_wrapped_type = {
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(PvAsyncWrapped),
    .mark = aw_mark,
};

Value pv_async_wrap(Value v)
{
    if (!(async_wrapped_type.flags & PV_TPFLAG_READY) && pv_type_ready(&async_wrapped_type) < 0)
        return NULL;
    PvAsyncWrapped *w = pv_alloc(&async_wrapped_type, sizeof(PvAsyncWrapped));
    if (!w)
        return NULL;
    w->value = v;
    return (Value)w;
}

/* The awaitable of asend/athrow/aclose. mode: 's' send, 't' throw, 'c' close. */
typedef struct PvAsyncOp {
    PvObj h;
    Value gen, value;  /* value: first value to send, or exception to throw */
    char mode;
    char state;        /* 0 not started, 1 running, 2 done */
} PvAsyncOp;
static PvType async_op_type;

static void aop_mark(Value self)
{
    pv_gc_mark(((PvAsyncOp *)self)->gen);
    pv_gc_mark(((PvAsyncOp *)self)->value);
}

static Value async_op_new(Value gen, Value value, char mode)
{
    if (!(async_op_type.flags & PV_TPFLAG_READY) && pv_type_ready(&async_op_type) < 0)
        return NULL;
    PvAsyncOp *o = pv_alloc(&async_op_type, sizeof(PvAsyncOp));
    if (!o)
        return NULL;
    o->gen = gen;
    o->value = value;
    o->mode = mode;
    return (Value)o;
}

/* Interpret what the generator produced for the awaiting code. */
static Value aop_result(PvAsyncOp *o, Value r)
{
    if (r) {
        if (pv_is_type(r, &async_wrapped_type)) {
            o->state = 2;
            if (o->mode == 'c')
                return pv_raise(&pv_exc_RuntimeError, "async generator ignored GeneratorExit");
            return pv_raise_stop_iteration(((PvAsyncWrapped *)r)->value);
        }
        return r; /* awaited by the generator: to the event loop */
    }
    o->state = 2;
    Value e = pv_err_occurred();
    if (o->mode == 'c' && (!e || pv_isinst(e, &pv_exc_StopAsyncIteration) ||
                           pv_isinst(e, &pv_exc_GeneratorExit) ||
                           pv_isinst(e, &pv_exc_StopIteration))) {
        pv_err_clear();
        return pv_raise_stop_iteration(pv_None);
    }
    if (!e || pv_isinst(e, &pv_exc_StopIteration)) {
        /* the generator returned */
        pv_err_clear();
        Value stop = pv_exc_new(&pv_exc_StopAsyncIteration, NULL, 0); /* no args, as CPython */
        return stop ? pv_raise_value(stop) : NULL;
    }
    return NULL;
}

static Value aop_send_value(Value self, Value v)
{
    PvAsyncOp *o = (PvAsyncOp *)self;
    if (o->state == 2)
        return pv_raise(&pv_exc_RuntimeError, "cannot reuse already awaited %s",
                        o->mode == 's' ? "__anext__()/asend()" : "aclose()/athrow()");
    Value r;
    if (o->state == 0) {
        o->state = 1;
        if (o->mode == 's') {
            r = pv_gen_send(o->gen, v == pv_None ? o->value : v);
        } else {
            PvGen *g = G(o->gen);
            if (o->mode == 'c' && (!g->frame || !g->started)) {
                g->frame = NULL;
                o->state = 2;
                return pv_raise_stop_iteration(pv_None);
            }
            r = gen_throw_exc(o->gen, o->value);
        }
    } else {
        r = pv_gen_send(o->gen, v);
    }
    return aop_result(o, r);
}

static Value aop_iternext(Value self)
{
    return aop_send_value(self, pv_None);
}

static Value aop_send(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("send", nargs, 1, 1) < 0)
        return NULL;
    return aop_send_value(self, args[0]);
}

static Value aop_throw(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvAsyncOp *o = (PvAsyncOp *)self;
    if (pv_check_nargs("throw", nargs, 1, 3) < 0)
        return NULL;
    o->state = 1;
    Value r = gen_throw_m(o->gen, args, nargs, kwnames);
    return aop_result(o, r);
}

static Value aop_close(Value self, Value *args, size_t nargs, Value kwnames)
{
    ((PvAsyncOp *)self)->state = 2;
    return pv_None;
}

static Value aop_await(Value self, Value *args, size_t nargs, Value kwnames)
{
    return self;
}

static const PvMethodDef aop_methods[] = {
    {"send", aop_send, 0, NULL},
    {"throw", aop_throw, 0, NULL},
    {"close", aop_close, 0, NULL},
    {"__await__", aop_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PvType async_op_type = {
    .name = "async_generator_asend",
    .basicsize = sizeof(PvAsyncOp),
    .mark = aop_mark,
    .iter = gen_iter,
    .iternext = aop_iternext,
    .methods = aop_methods,
};

static Value ag_anext(Value self, Value *args, size_t nargs, Value kwnames)
{
    return async_op_new(self, pv_None, 's');
}

static Value ag_aiter(Value self, Value *args, size_t nargs, Value kwnames)
{
    return self;
}

static Value ag_asend(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("asend", nargs, 1, 1) < 0)
        return NULL;
    return async_op_new(self, args[0], 's');
}

static Value ag_athrow(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("athrow", nargs, 1, 3) < 0)
        return NULL;
    Value typ = args[0], exc = typ;
    if (pv_isinst(typ, &pv_type_type)) {
        exc = nargs > 1 && args[1] != pv_None ? pv_call1(typ, args[1]) : pv_call0(typ);
        if (!exc)
            return NULL;
    }
    if (!pv_is_exc(exc))
        return pv_raise(&pv_exc_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        pv_type_name(pv_type(exc)));
    return async_op_new(self, exc, 't');
}

static Value ag_aclose(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value exc = pv_exc_new(&pv_exc_GeneratorExit, NULL, 0);
    return exc ? async_op_new(self, exc, 'c') : NULL;
}

static const PvGetSetDef ag_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"ag_running", g_running, NULL, NULL},
    {"ag_code", g_code, NULL, NULL},
    {"ag_frame", g_frame, NULL, NULL},
    {"ag_await", g_yf, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const PvMethodDef ag_methods[] = {
    {"__anext__", ag_anext, 0, NULL},
    {"__aiter__", ag_aiter, 0, NULL},
    {"asend", ag_asend, 0, NULL},
    {"athrow", ag_athrow, 0, NULL},
    {"aclose", ag_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_async_gen_type = {
    .name = "async_generator",
    .basicsize = sizeof(PvGen),
    .mark = gen_mark,
    .repr = gen_repr,
    .getsets = ag_getsets,
    .methods = ag_methods,
};
