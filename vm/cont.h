/* cont.h: continuations, so that C code can call Python without nesting
 * the interpreter loop (DESIGN.md: stackless; Stackless Python's idea).
 *
 * A C function written in continuation-passing style (CPS) does not call
 * Python code and wait: it returns PV_REQUEST after pv_cont_call /
 * pv_cont_next, which name what to run and the continuation (a PvCont: a
 * C function plus its state in a GC object) that gets the result. The
 * interpreter loop runs a Python callee as an ordinary frame, a generator
 * by linking its frame, and resumes the continuation with the result when
 * that frame returns; so a thread may switch inside a key function and
 * no preemption happens. Continuations form a chain (outer: who gets my
 * result; NULL: the instruction that started it).
 *
 * C callers that are not CPS get the plain result with pv_cont_sync,
 * which runs requests with pv_call / pv_next (nesting the loop). Every
 * CPS function has a plain entry built that way, so it works anywhere.
 *
 * Results handed to a continuation: a Value, or NULL with an exception;
 * after pv_cont_next also NULL without exception (or with StopIteration)
 * for the end of the iterator. */
#ifndef PV_CONT_H
#define PV_CONT_H

#include "pv.h"

typedef struct PvCont PvCont;
typedef Value (*PvContFn)(PvCont *k, Value v);
struct PvCont {
    PvObj h;
    PvContFn fn;        /* resumes with the requested result */
    PvCont *outer;      /* gets fn's final result; NULL: the instruction */
    Value a, b, c, d;   /* state (marked) */
    ssize_t i, n;
    int op;
    void *aux;          /* C state: a per-item step and the like */
};

extern PvObj pv_cont_request_obj;
#define PV_REQUEST (&pv_cont_request_obj)
enum { PV_CONT_CALL = 1, PV_CONT_NEXT = 2 };

PvCont *pv_cont_new(PvContFn fn);
/* Ask for callable(*args) (nargs any) / next(it); k (NULL: a tail call,
 * the result is the caller's result) gets it. Return PV_REQUEST. */
Value pv_cont_call(PvCont *k, Value callable, Value *args, size_t nargs);
Value pv_cont_next(PvCont *k, Value it);
/* r is what a CPS function returned to k's code: when it is PV_REQUEST, k
 * (with fn set to take the result) waits for it after the request's own
 * continuations; returns r. */
Value pv_cont_then(Value r, PvCont *k);
/* Call / next with the fast paths done at once: a C callee or C iterator
 * runs here (its result returned), a CPS one is entered, Python code
 * becomes a request for k (PV_REQUEST). */
Value pv_cont_call_of(PvCont *k, Value callable, Value *args, size_t nargs);
Value pv_cont_next_of(PvCont *k, Value it);

/* For the drivers (eval.c's loop, pv_cont_sync). Take the pending request:
 * its continuations are chained to `outer`; returns the chain's head
 * (NULL for a bare tail call) and fills *kind, *target and args (*argt: a
 * tuple holding them). */
PvCont *pv_cont_take(PvCont *outer, int *kind, Value *target, Value *argt);
/* Run a taken request in C (nesting the loop for Python code); may give
 * PV_REQUEST again (a CPS callee). */
Value pv_cont_perform(int kind, Value target, Value argt);
/* Hand v to k and on to its outer ones until one makes a request
 * (PV_REQUEST, *outer set to the rest of the chain to pass to take) or
 * the last one's result comes out. */
Value pv_cont_deliver(PvCont *k, Value v, PvCont **outer);
/* The plain result of what a CPS function returned. */
Value pv_cont_sync(Value r);

/* CPS entries of callables and iterators, for the loop: NULL if none.
 * A CPS callable is called with itself as `self`. */
PvCallFn pv_cont_callable(Value callable);
Value (*pv_cont_iternext(PvType *t))(Value it);
void pv_cont_register(Value callable, PvCallFn cps);

/* Draining an iterator in CPS: k->a is the iterator; item(k, v) takes each
 * value (0 go on, -1 error, 1 it made a request for k after setting k->fn:
 * that fn ends with pv_cont_drain_more(k)); done(k) makes the result. */
typedef struct PvDrainOps {
    int (*item)(PvCont *k, Value v);
    Value (*done)(PvCont *k);
} PvDrainOps;
Value pv_cont_drain(PvCont *k, const PvDrainOps *ops);   /* k->a set */
Value pv_cont_drain_more(PvCont *k);
/* The same from an iterable: iter() of it first (a Python __iter__ is a
 * request too); k->a is set to the iterator. */
Value pv_cont_drain_iterable(PvCont *k, Value iterable, const PvDrainOps *ops);
/* Collect an iterable's items into a new list / append them to a list
 * (CPS; the list is the result). */
Value pv_cont_list(Value iterable);
Value pv_cont_extend(Value list, Value iterable);
/* Do Python frames give the items (generator, map & co., a class with a
 * Python __iter__)? Then CPS draining avoids a nested loop. */
bool pv_cont_python_iterable(Value v);

/* a op b (a comparison) with Python dunders as requests: the result
 * object (not yet a truth value), or PV_REQUEST for the caller's
 * continuation. pv_compare_plan (eval.c) is the loop's comparison plan. */
Value pv_cont_compare(Value a, Value b, int op);
/* eval.c: is calling this a class whose Python __init__ the loop runs as
 * a frame (so calling it from CPS code is a request)? */
bool pv_cont_class_call(Value callable);
Value pv_compare_plan(Value a, Value b, int op, int *stage, Value *call, Value *cargs);

/* CPS parts of other files. */
Value pv_list_sort_cps(Value list, Value key, bool reverse);          /* sort.c */
Value pv_list_sort_call(Value self, Value *args, size_t nargs, Value kwnames);
Value pv_iter_map_next(Value self);                                   /* lazyiter.c */
Value pv_iter_filter_next(Value self);
Value pv_iter_enumerate_next(Value self);
Value pv_iter_zip_next(Value self);
Value pv_lazyiter_new(Value type, Value *args, size_t nargs, Value kwnames); /* type(...) */
void pv_iter_cps_init(void);   /* iterbuiltins.c: registers the builtins' CPS entries */
void pv_dunder_cps_init(void); /* dunder_cps.c: len, bool, hash, repr, str, abs, format, iter, next */

#endif
