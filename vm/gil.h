/* gil.h: the global interpreter lock and the eval breaker bits.
 *
 * The GIL is a FIFO ticket lock: threads get it in the order they asked.
 * The VM thread holds it while it runs bytecode and releases it while it
 * sleeps in the poller (pv_poll_wait does that). A foreign OS thread (a C
 * library calling a Python callback, an embedding program) calls
 * pv_gil_acquire(); when it has to wait it sets PV_BREAK_GIL in the eval
 * breaker, and the VM thread calls pv_gil_yield() at its next tick, which
 * lets every thread that was already waiting run first. Acquisition is
 * recursive per OS thread (a callback arriving on the VM thread itself,
 * during a non-blocking FFI call, does not deadlock). */
#ifndef PV_GIL_H
#define PV_GIL_H

#include <stdatomic.h>
#include <stdbool.h>

/* The eval breaker word (defined by eval.c, declared in eval.h too): any
 * OS thread or signal handler sets bits; the loop checks it at
 * JUMP_ABSOLUTE and function entry and calls pv_eval_breaker_hook(),
 * which clears the bits it handles. */
extern atomic_uint pv_eval_breaker;
enum {
    PV_BREAK_TICK = 1u << 0,      /* time slice over: switch green threads */
    PV_BREAK_GIL = 1u << 1,       /* a foreign OS thread waits: pv_gil_yield() */
    PV_BREAK_SIGNAL = 1u << 2,    /* pv_signals_take() has work */
    PV_BREAK_WAKE = 1u << 3,      /* something became runnable / completed: poll(0) */
    PV_BREAK_INTERRUPT = 1u << 4, /* a thread.interrupt is pending */
    PV_BREAK_GC = 1u << 5,        /* a collection was requested */
    PV_BREAK_YIELD = 1u << 6,     /* sched_yield() */
};
/* Async-signal-safe (atomic_uint is lock-free on every target we build). */
static inline void pv_break_set(unsigned bits)
{
    atomic_fetch_or_explicit(&pv_eval_breaker, bits, memory_order_release);
}
static inline void pv_break_clear(unsigned bits)
{
    atomic_fetch_and_explicit(&pv_eval_breaker, ~bits, memory_order_acq_rel);
}

void pv_gil_acquire(void);   /* any thread; blocks until it is its turn */
void pv_gil_release(void);   /* the holder */
bool pv_gil_held(void);      /* by the calling OS thread */
bool pv_gil_contended(void); /* another OS thread waits for it */
/* The holder, at a tick: if someone waits, hand the GIL over to every
 * waiter queued so far, then take it back. Clears PV_BREAK_GIL. Does
 * nothing (one atomic load) when no one waits. */
void pv_gil_yield(void);
/* Fully release a (possibly recursive) hold and restore it later: used by
 * pv_poll_wait around its sleep. Returns the depth to pass to restore (0:
 * the GIL was not held, restore does nothing). */
int pv_gil_release_all(void);
void pv_gil_restore(int depth);
/* A foreign OS thread (a C library's callback thread) entering the VM:
 * takes the GIL, then registers the thread's stack with the GC (whose
 * thread list may only change under the GIL) from stack_base, an address
 * in the caller's outermost frame that holds Values (e.g. &local); leave
 * unregisters it, then releases. Nestable. */
void pv_gil_enter_foreign(void *stack_base);
void pv_gil_leave_foreign(void);
/* In the child after fork(): the forking thread keeps its hold (if any),
 * the waiters of other threads are forgotten. */
void pv_gil_after_fork(void);

#endif
