/* eval.h: the interpreter's internal structures: green threads, frames,
 * functions, cells, generators, exceptions and tracebacks. Shared by the
 * files of the interpreter core (eval.c, frame.c, func.c, gen.c, error.c,
 * exceptions.c, traceback.c) and by the scheduler. */
#ifndef PV_EVAL_H
#define PV_EVAL_H

#include "pv.h"
#include <stdatomic.h>

/* ---- blocks (opcode.h's block stack) ---- */
enum { PV_BLOCK_FINALLY = 1, PV_BLOCK_EXCEPT_HANDLER = 2 };
typedef struct PvBlock { int32_t type, handler, level; } PvBlock;

/* ---- frames ----
 * A frame is one contiguous allocation: the PvFrame header, then
 * localsplus (nlocals fast locals, ncells cells, nfree free cells), then the
 * value stack (stacksize), then the block stack (blocksize). Function frames
 * live in the owning thread's chunks; generator frames live inside their
 * generator object and are linked into the thread's chain while they run. */
enum {
    PV_FRAME_ENTRY = 1,        /* bottom frame of a (nested) run of the loop */
    PV_FRAME_INIT = 2,         /* __init__ frame: on return push init_self */
    PV_FRAME_GEN = 4,          /* owned by a generator object */
    PV_FRAME_THREAD_BOTTOM = 8,/* first frame of a green thread */
    PV_FRAME_IN_CHUNK = 16,    /* memory belongs to the thread's chunk stack */
};
/* How a frame hands its result to its caller frame (inline calls). */
enum {
    PV_RET_PUSH = 0,      /* push the result (call, next from FOR_ITER...) */
    PV_RET_FOR_ITER,      /* generator under FOR_ITER: return -> jump */
    PV_RET_YIELD_FROM,    /* generator under YIELD_FROM of the caller */
    PV_RET_SEND,          /* generator under gen.send(): return -> StopIteration */
    PV_RET_NEXT,          /* Python __next__ under FOR_ITER: StopIteration -> jump */
    PV_RET_ITER,          /* Python __iter__ under GET_ITER: check the result */
    PV_RET_ENTER,         /* Python __enter__ under SETUP_WITH: push the block */
    PV_RET_BINOP,         /* Python __add__ & co. under BINARY_OP: NotImplemented -> fallback */
    PV_RET_COMPARE,       /* Python __eq__ & co. under COMPARE_OP: NotImplemented -> reflected */
    PV_RET_DISCARD,       /* Python __setitem__/__delitem__: drop the result */
    PV_RET_CONTAINS,      /* Python __contains__ under CONTAINS_OP: bool, maybe inverted */
    PV_RET_BOOL,          /* Python __bool__ under a jump / UNARY_NOT */
    PV_RET_LEN_BOOL,      /* Python __len__ (no __bool__) under a jump / UNARY_NOT */
    PV_RET_CONT,          /* Python callee of a continuation request (cont.h) */
    PV_RET_CONT_GEN,      /* generator under a next request: yield -> value, return -> end */
    PV_RET_HASH,          /* Python __hash__ of a key: finish the dict/set operation */
};

typedef struct PvFrame {
    struct PvFrame *prev;  /* caller (NULL at a thread's bottom, or suspended gen) */
    Value code;            /* PvCode */
    Value func;            /* PvFunction or NULL (module code) */
    Value globals, builtins;
    Value locals;          /* dict for module/class frames, else NULL */
    Value exc;             /* handled exception of this frame, NULL: inherit */
    Value init_self;       /* PV_FRAME_INIT: the instance */
    Value gen;             /* owning generator or NULL */
    uint32_t *ip;          /* next instruction (saved at each dispatch) */
    Value *sp;             /* stack top (saved at each dispatch) */
    Value *stack;          /* value stack base */
    PvBlock *blocks;
    int nblocks;
    uint16_t flags;
    uint8_t retmode;
    uint8_t retstate;      /* free for the retmode (an operator's stage) */
    size_t size;           /* bytes of this frame */
    Value fobj;            /* the Python frame object, created lazily */
    Value localsplus[];
} PvFrame;

/* ---- green threads ---- */
typedef struct PvChunk {
    struct PvChunk *prev;
    size_t size, used;
    char data[];
} PvChunk;

typedef struct PvThread {
    struct PvThread *next_all;   /* list of every thread (GC marking) */
    PvFrame *top;                /* innermost running frame */
    PvChunk *chunk;              /* current frame chunk */
    PvChunk *spare;              /* one cached free chunk */
    Value exc;                   /* pending exception or NULL */
    int depth;                   /* Python frames in the chain */
    int state;                   /* PV_THREAD_*; the scheduler's */
    int64_t id;
    void *sched;                 /* free for the scheduler */
    Value data;                  /* free for the scheduler (marked) */
} PvThread;
enum { PV_THREAD_RUNNING = 0, PV_THREAD_SOFT_BLOCKED, PV_THREAD_REAL_BLOCKED,
       PV_THREAD_DONE };

extern PvThread *pv_current_thread;
extern PvThread pv_main_thread;
extern PvThread *pv_all_threads;
PvThread *pv_thread_new(void);       /* not yet scheduled, no frames */
/* Eval breaker: set by anyone (any OS thread) to make the loop call
 * pv_eval_breaker_hook() at the next JUMP_ABSOLUTE or function entry. The
 * hook may switch pv_current_thread or set a pending exception. */
extern atomic_uint pv_eval_breaker;
void pv_eval_breaker_hook(void);
void pv_sched_rearm_breaker(void); /* sched.c: re-raise requests deferred while no switch was allowed */
/* Called when a PV_FRAME_THREAD_BOTTOM frame returns (result NULL: an
 * exception is pending). Return true after switching pv_current_thread to
 * another thread to continue the loop with; false ends the current run. */
bool pv_thread_exit_hook(PvThread *t, Value result);
extern int pv_recursion_limit;
/* eval.c: start a green thread with a Python function call (bottom frame
 * flagged PV_FRAME_THREAD_BOTTOM); run a thread's frames (outside nested
 * runs); replace the result of a soft-blocking C call; free a finished
 * thread. A C function soft-blocks by setting pv_current_thread->state to
 * PV_THREAD_SOFT_BLOCKED before returning: the loop then calls
 * pv_eval_breaker_hook() at once, which must switch threads. */
int pv_thread_push_call(PvThread *t, Value func, Value *args, size_t nargs, Value kwnames);
Value pv_thread_run(PvThread *t);
void pv_thread_set_result(PvThread *t, Value v);
void pv_thread_free(PvThread *t);

/* frame.c */
PvFrame *pv_frame_push(PvThread *t, Value code, Value func, Value globals,
                       Value builtins, Value locals);
void pv_frame_pop(PvThread *t, PvFrame *f);
size_t pv_frame_size(Value code);
void pv_frame_init(PvFrame *f, Value code, Value func, Value globals,
                   Value builtins, Value locals, size_t size);
void pv_frame_mark(PvFrame *f);
int pv_frame_lineno(PvFrame *f);
Value pv_frame_object(PvFrame *f);    /* the Python-visible frame object */
/* Bind a call's arguments into f's locals (call.c). */
int pv_bind_args(PvFrame *f, Value func, Value *args, size_t nargs, Value kwnames);
/* Create cells for cellvars and copy the closure (after binding). */
int pv_frame_setup_cells(PvFrame *f);

/* ---- functions, cells (func.c) ---- */
typedef struct PvFunction {
    PvObj h;
    Value code, globals, builtins, name, qualname, doc, module;
    Value defaults;     /* tuple or NULL */
    Value kwdefaults;   /* dict or NULL */
    Value closure;      /* tuple of cells or NULL */
    Value annotations;  /* dict or NULL */
    Value dict;         /* __dict__ or NULL */
} PvFunction;
typedef struct PvCell { PvObj h; Value ref; } PvCell;
Value pv_function_new(Value code, Value globals, Value qualname);
Value pv_cell_new(Value v);
Value pv_builtins_of(Value globals);

/* ---- generators (gen.c) ---- */
typedef struct PvGen {
    PvObj h;
    PvFrame *frame;     /* inside this object; NULL once finished */
    Value name, qualname, code;
    bool running;
    bool started;
    char kind;          /* 'g' generator, 'c' coroutine, 'a' async generator */
    bool loop_owned;    /* made by `for x in f()`: the loop's stack slot is the only
                           reference (gen.c: pv_gen_loop_release) */
    Value weak_unused;
} PvGen;
extern PvType pv_coroutine_type, pv_coro_wrapper_type, pv_async_gen_type;
Value pv_async_wrap(Value v);   /* `yield v` inside an async generator */
Value pv_gen_new(PvFrame **framep, Value func); /* allocates gen + frame */
Value pv_gen_send(Value gen, Value v);          /* NULL + StopIteration on return */
/* Resume gen: push `v` (or raise exc inside when exc != NULL). Returns the
 * yielded value, or NULL with *returned set to the return value (NULL on
 * exception). */
Value pv_gen_resume(Value gen, Value v, Value exc, Value *returned);
Value pv_gen_throw_value(Value gen, Value exc);
/* POP_TOP of a loop_owned generator: close it if that runs code; the
 * same for every one in a part of a value stack that unwinding drops. */
void pv_gen_loop_release(Value gen);
void pv_gen_release_range(Value *lo, Value *hi);

/* ---- exceptions (exceptions.c) ---- */
typedef struct PvExc {
    PvObj h;
    Value dict;
    Value args;                  /* tuple */
    Value traceback, context, cause, notes;
    bool suppress_context;
    Value f[8];                  /* per-type fields, see exceptions.c */
} PvExc;
#define pv_is_exc(v) ((pv_type(v)->flags & PV_TPFLAG_EXC_SUBCLASS) != 0)
/* Set exc.__context__ from the handled exception (implicit chaining). */
void pv_exc_set_context(Value exc);
Value pv_exc_handled(void);          /* sys.exc_info()[1] or NULL */

/* ---- tracebacks (traceback.c) ---- */
typedef struct PvTraceback {
    PvObj h;
    Value next;          /* PvTraceback or NULL */
    Value code;
    Value frame;         /* frame object or NULL */
    int lasti;           /* word index of the instruction */
    int lineno;
} PvTraceback;
/* Prepend an entry for frame f at its current instruction to exc's tb. */
int pv_traceback_here(Value exc, PvFrame *f);
int pv_code_addr2line(Value code, int lasti);

/* ---- eval.c ---- */
Value pv_eval_frame(PvFrame *f, Value throwexc);   /* f pushed, linked; runs it */
Value pv_eval_function(Value func, Value *args, size_t nargs, Value kwnames);

#endif
