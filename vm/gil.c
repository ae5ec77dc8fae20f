/* gil.c: the global interpreter lock (see gil.h).
 *
 * A ticket lock over a mutex and a condition variable: each acquirer takes
 * the next ticket and waits until `serving` reaches it, so the GIL passes
 * in FIFO order. A plain mutex would let the VM thread, which releases and
 * re-takes the GIL at every tick, win the race again and again and starve
 * a foreign thread; the ticket makes the hand-off fair.
 *
 * The outermost release parks the thread for the GC (its registers and
 * stack extent are saved, so a collection run by the next holder scans
 * them) and the outermost acquire unparks it: every path that gives up the
 * GIL goes through here, so no caller has to remember. */
#include "config.h"
#include "pv.h"

#include <pthread.h>
#include <stdint.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn = PTHREAD_COND_INITIALIZER;
static uint64_t next_ticket, serving;   /* under mu; held iff next_ticket > serving */
static atomic_int waiting;              /* threads blocked in acquire */
static _Thread_local int depth;         /* this thread's recursive hold count */
static _Thread_local int foreign_depth; /* nesting of pv_gil_enter_foreign */

/* Under mu: wait until ticket t is served. The waiter sets PV_BREAK_GIL
 * so that the holder yields at its next tick. */
static void wait_turn(uint64_t t)
{
    if (t == serving)
        return;
    atomic_fetch_add(&waiting, 1);
    pv_break_set(PV_BREAK_GIL);
    do
        pthread_cond_wait(&turn, &mu);
    while (t != serving);
    atomic_fetch_sub(&waiting, 1);
}

void pv_gil_acquire(void)
{
    if (depth++ > 0)
        return;
    pthread_mutex_lock(&mu);
    wait_turn(next_ticket++);
    pthread_mutex_unlock(&mu);
    pv_gc_thread_unpark();
}

void pv_gil_release(void)
{
    if (--depth > 0)
        return;
    pv_gc_thread_park();
    pthread_mutex_lock(&mu);
    serving++;
    /* Few threads ever wait; waking all of them lets the one whose
     * ticket came up proceed without keeping a queue of its own. */
    if (atomic_load_explicit(&waiting, memory_order_relaxed))
        pthread_cond_broadcast(&turn);
    pthread_mutex_unlock(&mu);
}

bool pv_gil_held(void)
{
    return depth > 0;
}

bool pv_gil_contended(void)
{
    return atomic_load_explicit(&waiting, memory_order_relaxed) > 0;
}

int pv_gil_release_all(void)
{
    int d = depth;
    if (d > 0) {
        depth = 1;
        pv_gil_release();
    }
    return d;
}

void pv_gil_restore(int d)
{
    if (d > 0) {
        pv_gil_acquire();
        depth = d;
    }
}

void pv_gil_yield(void)
{
    pv_break_clear(PV_BREAK_GIL);
    if (!pv_gil_contended() || depth == 0)
        return;
    /* Release and take our next ticket in one critical section: released
     * first and queued later, we could be preempted in between by the
     * thread we woke, which would then find no one queued and keep the
     * GIL for thousands of acquisitions (measured: 1.7 ms per hand-off on
     * a loaded machine instead of a few microseconds). */
    pv_gc_thread_park();
    pthread_mutex_lock(&mu);
    serving++;
    uint64_t t = next_ticket++;
    pthread_cond_broadcast(&turn);
    wait_turn(t);
    pthread_mutex_unlock(&mu);
    pv_gc_thread_unpark();
}

void pv_gil_enter_foreign(void *stack_base)
{
    /* GIL first: the GC's list of threads is only changed under it. */
    pv_gil_acquire();
    if (foreign_depth++ == 0)
        pv_gc_thread_register(stack_base);
}

void pv_gil_leave_foreign(void)
{
    if (--foreign_depth == 0)
        pv_gc_thread_unregister();
    pv_gil_release();
}

void pv_gil_after_fork(void)
{
    /* Only the forking thread exists now: other waiters are gone, and the
     * mutex may have been held by one of them at the moment of fork. */
    pthread_mutex_init(&mu, NULL);
    pthread_cond_init(&turn, NULL);
    atomic_store(&waiting, 0);
    serving = 0;
    next_ticket = depth > 0 ? 1 : 0;
    pv_break_clear(PV_BREAK_GIL);
}
