/* blocking.c: real-blocking calls on the worker pool, and foreign OS
 * threads entering the VM (doc/blocking.md).
 *
 * A real-blocking call is a PvBlocking block: run() goes to a worker
 * (workers.c) and the calling green thread waits REAL_BLOCKED in the
 * scheduler; the worker's completion comes back through the poller, and
 * job_done() (VM thread, GIL) turns the C result into a Value and wakes
 * the thread. Interrupts: the scheduler parks a mode-1 exception until
 * the thread runs again, so job_done() only has to drop the result; a
 * mode-2 interrupt calls pv_blocking_abandon(), which cancels the call
 * (kills the child, ...) and lets job_cleanup() release it later. */
#include "blocking.h"
#include "eval.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *pv_blocking_alloc(size_t size)
{
    void *p = calloc(1, size);
    if (!p)
        pv_nomemory();
    return p;
}

#define CALL_OF(j) ((PvBlocking *)((char *)(j) - offsetof(PvBlocking, job)))

static void job_run(PvJob *j)
{
    PvBlocking *b = CALL_OF(j);
    b->run(b);
    /* let a running thread's loop collect the completion soon (the
     * ticker also runs while jobs are pending, in case this comes before
     * the job is queued as done) */
    pv_break_set(PV_BREAK_WAKE);
}

/* finish() as thread t: an exception it raises must land in t, not in
 * whichever thread the scheduler is running (or between) right now. */
static Value finish_as(PvBlocking *b, PvThread *t, Value *exc)
{
    PvThread *save = pv_current_thread;
    Value saved_exc = t->exc;
    pv_current_thread = t;
    t->exc = NULL;
    Value r = b->finish ? b->finish(b) : pv_None;
    *exc = r ? NULL : pv_err_fetch();
    if (!r && !*exc)
        *exc = pv_err_fetch(); /* finish() broke the convention: keep going */
    t->exc = saved_exc;
    pv_current_thread = save;
    return r;
}

static void job_done(PvJob *j)
{
    PvBlocking *b = CALL_OF(j);
    PvThread *t = b->thread;
    if (PV_SCHED(t)->interrupt_pending) {
        /* mode 1 arrived meanwhile: the pending exception is raised as
         * the thread resumes; the result is of no use to anyone */
        if (b->release)
            b->release(b);
        pv_sched_wake(t, pv_None, NULL);
    } else {
        Value exc;
        Value r = finish_as(b, t, &exc);
        pv_sched_wake(t, r, exc);
    }
    free(b);
}

static void job_cleanup(PvJob *j)
{
    PvBlocking *b = CALL_OF(j);
    if (b->release) /* even when run() never started: see pv.h */
        b->release(b);
    free(b);
}

bool pv_blocking_abandon(PvJob *job)
{
    if (job->done == job_done) {
        PvBlocking *b = CALL_OF(job);
        if (b->cancel)
            b->cancel(b);
    }
    return pv_job_abandon(job);
}

/* pv_current_thread belongs to whoever holds the GIL. A foreign thread
 * puts the VM thread's value back before it lets go of the GIL (leave,
 * or a hand-over at a tick) and takes up its own again afterwards. */
static _Thread_local PvForeign *foreign_top;
/* Likewise pv_preempt_depth: the VM thread's value, kept here while a
 * foreign thread runs (its nested loops count on top of it); the
 * scheduler must never see a foreign thread's nesting as its own. */
static _Thread_local int foreign_vm_depth;

typedef struct Handoff { PvThread *me; int depth; bool foreign; } Handoff;

/* Before a foreign thread lets go of the GIL: the VM thread's state back. */
static Handoff hand_back(void)
{
    PvForeign *st = foreign_top;
    Handoff h = {pv_current_thread, pv_preempt_depth, st && st->thread};
    if (h.foreign) {
        pv_current_thread = st->saved;
        pv_preempt_depth = foreign_vm_depth;
        pv_sched_rearm_breaker();
    }
    return h;
}

/* After it has the GIL again: the VM thread may have moved on meanwhile. */
static void take_up(Handoff h)
{
    if (!h.foreign)
        return;
    foreign_top->saved = pv_current_thread;
    foreign_vm_depth = pv_preempt_depth;
    pv_current_thread = h.me;
    pv_preempt_depth = h.depth;
}

void pv_blocking_gil_yield(void)
{
    Handoff h = hand_back();
    pv_gil_yield();
    take_up(h);
}

/* Run b->run here (the VM thread in preemption, or a foreign thread),
 * with the GIL released so that
 * foreign threads and workers' callbacks are not held up meanwhile. */
static Value run_inline(PvBlocking *b)
{
    Handoff h = hand_back();
    int depth = pv_gil_release_all();
    b->run(b);
    pv_gil_restore(depth);
    take_up(h);
    Value r = b->finish ? b->finish(b) : pv_None;
    free(b);
    return r;
}

Value pv_blocking_call(PvBlocking *b, Value self, const char *name, const char *what)
{
    PvThread *t = pv_current_thread;
    if (!PV_SCHED(t) || !pv_sched_can_soft_block(self, name))
        return run_inline(b);
    b->thread = t;
    b->job.run = job_run;
    b->job.done = job_done;
    b->job.cleanup = job_cleanup;
    b->job.arg = b;
    if (pv_job_submit(&b->job) < 0)
        return run_inline(b); /* no worker could be started: do it here */
    pv_sched_block_real(&b->job, what);
    return pv_None; /* replaced by job_done's result */
}

/* ---- foreign OS threads ---- */

enum { FOREIGN_NESTED = 1, FOREIGN_OWN = 2 };



void pv_foreign_enter(PvForeign *st)
{
    if (pv_gil_held()) {
        /* already inside the VM on this OS thread: just nest */
        pv_gil_acquire();
        st->mode = FOREIGN_NESTED;
        st->saved = st->thread = NULL;
        return;
    }
    pv_gil_enter_foreign(st);
    /* Our own interpreter thread: no scheduler record, so the loop never
     * switches it away, and the green thread that the VM thread left
     * current (perhaps mid-call at a tick) is not touched. */
    PvThread *t = pv_thread_new();
    st->mode = FOREIGN_OWN;
    st->saved = pv_current_thread;
    st->thread = t;
    foreign_top = st; /* outermost on this OS thread: the others nest */
    foreign_vm_depth = pv_preempt_depth;
    if (t) {
        pv_current_thread = t;
    } else {
        pv_err_clear(); /* out of memory: run in the saved context */
        st->thread = NULL;
    }
}

void pv_foreign_leave(PvForeign *st)
{
    if (st->mode == FOREIGN_NESTED) {
        pv_gil_release();
        return;
    }
    foreign_top = NULL;
    PvThread *t = st->thread;
    if (t) {
        if (t->exc) {
            pv_err_print();
            pv_err_clear();
        }
        pv_current_thread = st->saved;
        pv_preempt_depth = foreign_vm_depth;
        pv_thread_free(t);
    }
    pv_gil_leave_foreign();
}
