/* frame.c: green-thread frame stacks (growing chunks), frame setup, precise
 * marking of every thread's frames, and the Python-visible frame object. */
#include "eval.h"
#include <stdlib.h>
#include <string.h>

PvThread pv_main_thread;
PvThread *pv_current_thread = &pv_main_thread;
PvThread *pv_all_threads = &pv_main_thread;
atomic_uint pv_eval_breaker;
int pv_recursion_limit = 1000;

/* Seams for the scheduler: weak defaults. */
__attribute__((weak)) void pv_eval_breaker_hook(void)
{
    atomic_store(&pv_eval_breaker, 0);
}

__attribute__((weak)) bool pv_thread_exit_hook(PvThread *t, Value result)
{
    return false;
}

PvThread *pv_thread_new(void)
{
    PvThread *t = calloc(1, sizeof(PvThread));
    if (!t) {
        pv_nomemory();
        return NULL;
    }
    static int64_t next_id = 1;
    t->id = next_id++;
    t->next_all = pv_all_threads;
    pv_all_threads = t;
    return t;
}

#define ALIGN16(n) (((n) + 15) & ~(size_t)15)
#define FIRST_CHUNK 256 /* small: a million blocked threads (grows x2) */
#define MAX_CHUNK (1 << 20)

size_t pv_frame_size(Value code)
{
    PvCode *c = (PvCode *)code;
    size_t ncells = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    size_t nfree = c->freevars ? pv_tuple_size(c->freevars) : 0;
    size_t nvals = c->nlocals + ncells + nfree + c->stacksize + 1;
    return ALIGN16(sizeof(PvFrame) + nvals * sizeof(Value) +
                   (c->blocksize + 1) * sizeof(PvBlock));
}

void pv_frame_init(PvFrame *f, Value code, Value func, Value globals, Value builtins,
                   Value locals, size_t size)
{
    PvCode *c = (PvCode *)code;
    size_t ncells = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    size_t nfree = c->freevars ? pv_tuple_size(c->freevars) : 0;
    size_t nlp = c->nlocals + ncells + nfree;
    /* Every field by hand, not memset: GCC makes that a `rep stos`, slow
     * to start for 128 bytes, and this runs at every Python call. */
    _Static_assert(sizeof(PvFrame) == 15 * sizeof(void *) + 8, /* + the counters */
                   "PvFrame changed: set the new field in pv_frame_init");
    f->prev = NULL;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->exc = NULL;
    f->init_self = NULL;
    f->gen = NULL;
    f->nblocks = 0;
    f->flags = 0;
    f->retmode = 0;
    f->retstate = 0;
    f->size = size;
    f->fobj = NULL;
    for (size_t i = 0; i < nlp; i++)
        f->localsplus[i] = NULL;
    f->stack = f->localsplus + nlp;
    f->sp = f->stack;
    f->blocks = (PvBlock *)(f->stack + c->stacksize + 1);
    f->ip = c->code;
}

static PvChunk *chunk_new(PvThread *t, size_t need)
{
    size_t size = t->chunk ? t->chunk->size * 2 : FIRST_CHUNK;
    if (size > MAX_CHUNK)
        size = MAX_CHUNK;
    if (size < need + sizeof(PvChunk))
        size = need + sizeof(PvChunk);
    PvChunk *c;
    if (t->spare && t->spare->size >= size) {
        c = t->spare;
        t->spare = NULL;
    } else {
        c = malloc(size);
        if (!c)
            return NULL;
        c->size = size;
    }
    c->used = 0;
    c->prev = t->chunk;
    t->chunk = c;
    return c;
}

PvFrame *pv_frame_push(PvThread *t, Value code, Value func, Value globals, Value builtins,
                       Value locals)
{
    size_t size = pv_frame_size(code);
    PvChunk *c = t->chunk;
    if (!c || c->used + size > c->size - sizeof(PvChunk)) {
        c = chunk_new(t, size);
        if (!c) {
            pv_nomemory();
            return NULL;
        }
    }
    PvFrame *f = (PvFrame *)(c->data + c->used);
    c->used += size;
    pv_frame_init(f, code, func, globals, builtins, locals, size);
    f->flags = PV_FRAME_IN_CHUNK;
    f->prev = t->top;
    t->top = f;
    t->depth++;
    return f;
}

/* Detach the frame object from the dying frame so that it stays valid. */
static void frame_detach(PvFrame *f);

void pv_frame_pop(PvThread *t, PvFrame *f)
{
    if (f->fobj)
        frame_detach(f);
    t->top = f->prev;
    t->depth--;
    if (f->flags & PV_FRAME_IN_CHUNK) {
        PvChunk *c = t->chunk;
        c->used -= f->size;
        if (c->used == 0 && c->prev) {
            t->chunk = c->prev;
            if (t->spare)
                free(t->spare);
            t->spare = c;
        }
    }
}

int pv_frame_setup_cells(PvFrame *f)
{
    PvCode *c = (PvCode *)f->code;
    size_t ncells = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    for (size_t i = 0; i < ncells; i++) {
        Value init = NULL;
        if (c->cell2arg && c->cell2arg[i] >= 0) {
            init = f->localsplus[c->cell2arg[i]];
            f->localsplus[c->cell2arg[i]] = NULL;
        }
        Value cell = pv_cell_new(init);
        if (!cell)
            return -1;
        f->localsplus[c->nlocals + i] = cell;
    }
    if (c->freevars && pv_tuple_size(c->freevars)) {
        Value clo = f->func ? ((PvFunction *)f->func)->closure : NULL;
        size_t nfree = pv_tuple_size(c->freevars);
        if (!clo || pv_tuple_size(clo) < nfree) {
            pv_raise(&pv_exc_SystemError, "code requires a closure of %zu cells", nfree);
            return -1;
        }
        for (size_t i = 0; i < nfree; i++)
            f->localsplus[c->nlocals + ncells + i] = pv_tuple_items(clo)[i];
    }
    return 0;
}

static void mark_opt(Value v)
{
    if (v)
        pv_gc_mark(v);
}

void pv_frame_mark(PvFrame *f)
{
    mark_opt(f->code);
    mark_opt(f->func);
    mark_opt(f->globals);
    mark_opt(f->builtins);
    mark_opt(f->locals);
    mark_opt(f->exc);
    mark_opt(f->init_self);
    mark_opt(f->gen);
    mark_opt(f->fobj);
    for (Value *p = f->localsplus; p < f->sp; p++)
        mark_opt(*p);
}

void pv_gc_mark_threads(void)
{
    for (PvThread *t = pv_all_threads; t; t = t->next_all) {
        mark_opt(t->exc);
        mark_opt(t->data);
        for (PvFrame *f = t->top; f; f = f->prev)
            pv_frame_mark(f);
    }
}

int pv_frame_lineno(PvFrame *f)
{
    PvCode *c = (PvCode *)f->code;
    int lasti = (int)(f->ip - c->code) - 1;
    if (lasti < 0)
        lasti = 0;
    return pv_code_addr2line(f->code, lasti);
}

/* ---- globals() / locals() of the innermost Python frame ---- */

Value pv_frame_globals(void)
{
    PvFrame *f = pv_current_thread->top;
    return f ? f->globals : pv_None;
}

static Value fast_locals_dict(PvFrame *f)
{
    PvCode *c = (PvCode *)f->code;
    Value d = pv_dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < c->nlocals; i++) {
        Value v = f->localsplus[i];
        if (!v)
            continue;
        if (!pv_is_small(v) && v->type == &pv_str_type)
            v->flags &= ~PV_STR_EXCLUSIVE; /* the dict is an alias (see pv.h) */
        if (pv_dict_set(d, pv_tuple_items(c->varnames)[i], v) < 0)
            return NULL;
    }
    size_t ncells = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    size_t nfree = c->freevars ? pv_tuple_size(c->freevars) : 0;
    for (size_t i = 0; i < ncells + nfree; i++) {
        Value cell = f->localsplus[c->nlocals + i];
        Value name = i < ncells ? pv_tuple_items(c->cellvars)[i]
                                : pv_tuple_items(c->freevars)[i - ncells];
        if (cell && pv_is_type(cell, &pv_cell_type) && ((PvCell *)cell)->ref &&
            pv_dict_set(d, name, ((PvCell *)cell)->ref) < 0)
            return NULL;
    }
    return d;
}

Value pv_frame_locals(void)
{
    PvFrame *f = pv_current_thread->top;
    if (!f)
        return pv_None;
    if (f->locals)
        return f->locals;
    return fast_locals_dict(f);
}

/* ---- frame objects ---- */

typedef struct PvFrameObj {
    PvObj h;
    PvFrame *frame;   /* live frame or NULL once it returned */
    Value code, globals, builtins, locals, back;
    int lineno, lasti;
} PvFrameObj;

Value pv_frame_object(PvFrame *f)
{
    if (f->fobj)
        return f->fobj;
    PvFrameObj *o = pv_alloc(&pv_frame_type, sizeof(PvFrameObj));
    if (!o)
        return NULL;
    o->frame = f;
    o->code = f->code;
    o->globals = f->globals;
    o->builtins = f->builtins;
    f->fobj = (Value)o;
    return (Value)o;
}

static void frame_detach(PvFrame *f)
{
    PvFrameObj *o = (PvFrameObj *)f->fobj;
    o->lineno = pv_frame_lineno(f);
    o->lasti = (int)(f->ip - ((PvCode *)f->code)->code) - 1;
    if (f->locals) {
        o->locals = f->locals;
    } else {
        /* keep f_locals readable from tracebacks (the exception pending
         * now must survive the snapshot) */
        Value saved = pv_err_fetch();
        o->locals = fast_locals_dict(f);
        pv_err_clear();
        pv_err_restore(saved);
    }
    o->frame = NULL;
    f->fobj = NULL;
}

#define FO(v) ((PvFrameObj *)(v))

static void fobj_mark(Value self)
{
    PvFrameObj *o = FO(self);
    mark_opt(o->code);
    mark_opt(o->globals);
    mark_opt(o->builtins);
    mark_opt(o->locals);
    mark_opt(o->back);
    if (o->frame && o->frame->gen)
        pv_gc_mark(o->frame->gen); /* keeps the generator's frame memory alive */
}

static Value fo_code(Value s) { return FO(s)->code; }
static Value fo_globals(Value s) { return FO(s)->globals; }
static Value fo_builtins(Value s) { return FO(s)->builtins; }
static Value fo_lineno(Value s)
{
    return pv_small(FO(s)->frame ? pv_frame_lineno(FO(s)->frame) : FO(s)->lineno);
}
/* In CPython's units (2 per instruction word, like tb_lasti): inspect
 * and traceback find the position as co_positions()[f_lasti // 2]. */
static Value fo_lasti(Value s)
{
    PvFrame *f = FO(s)->frame;
    int w = f ? (int)(f->ip - ((PvCode *)f->code)->code) - 1 : FO(s)->lasti;
    return pv_small(w < 0 ? -1 : 2 * w);
}
static Value fo_locals(Value s)
{
    PvFrame *f = FO(s)->frame;
    if (f)
        return f->locals ? f->locals : fast_locals_dict(f);
    return FO(s)->locals ? FO(s)->locals : pv_dict_new();
}
static Value fo_back(Value s)
{
    PvFrame *f = FO(s)->frame;
    if (f && f->prev)
        return pv_frame_object(f->prev);
    return FO(s)->back ? FO(s)->back : pv_None;
}
static Value fo_trace(Value s) { return pv_None; }
static int fo_set_trace(Value s, Value v) { return 0; }

/* frame.clear(): drop the locals a traceback keeps alive (unittest calls
 * it on every caught exception).  A frame that still runs cannot be
 * cleared; a suspended generator's frame is left to the generator. */
static Value fo_clear(Value s, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("frame.clear", nargs, 0, 0) < 0)
        return NULL;
    PvFrame *f = FO(s)->frame;
    if (f && !(f->flags & PV_FRAME_GEN))
        return pv_raise(&pv_exc_RuntimeError, "cannot clear an executing frame");
    if (!f)
        FO(s)->locals = NULL;
    return pv_None;
}

static const PvMethodDef frame_methods[] = {
    {"clear", fo_clear, 0, "Drop the frame's local variables."},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef frame_getsets[] = {
    {"f_code", fo_code, NULL, NULL},
    {"f_globals", fo_globals, NULL, NULL},
    {"f_builtins", fo_builtins, NULL, NULL},
    {"f_lineno", fo_lineno, NULL, NULL},
    {"f_lasti", fo_lasti, NULL, NULL},
    {"f_locals", fo_locals, NULL, NULL},
    {"f_back", fo_back, NULL, NULL},
    {"f_trace", fo_trace, fo_set_trace, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value fobj_repr(Value self)
{
    PvCode *c = (PvCode *)FO(self)->code;
    return pv_str_printf("<frame at %p, file '%S', line %S, code %S>", self, c->filename,
                         fo_lineno(self), c->name);
}

PvType pv_frame_type = {
    .name = "frame",
    .basicsize = sizeof(PvFrameObj),
    .mark = fobj_mark,
    .repr = fobj_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};
