/* sched.h: the green-thread scheduler (sched.c) and its blocking
 * primitives (sched_lock.c), shared with modules/thread.c and
 * modules/time.c.
 *
 * A thread is current (pv_current_thread, on no queue), runnable (on the
 * run queue), soft blocked (on at most one wait queue and/or the timer
 * heap, state PV_THREAD_SOFT_BLOCKED), real blocked (inside a C call on a
 * worker, issue 7) or done. Soft blocking never recurses in C: a C
 * function calls pv_sched_block() and returns a placeholder; the loop
 * switches threads at once, and whoever wakes the thread puts the real
 * result in place with pv_sched_wake(). */
#ifndef PV_SCHED_H
#define PV_SCHED_H

#include "eval.h"

typedef struct PvSched PvSched;
typedef struct PvWaitQ { PvSched *head, *tail; } PvWaitQ;

/* What a blocked thread waits on (for dump() and Deadlock messages). */
enum {
    PV_WAIT_NONE, PV_WAIT_SLEEP, PV_WAIT_LOCK, PV_WAIT_RLOCK, PV_WAIT_SEM,
    PV_WAIT_FIFO, PV_WAIT_FD, PV_WAIT_JOB, PV_WAIT_JOIN,
};
/* What a timed-out wait returns. */
enum { PV_TIMEOUT_NONE, PV_TIMEOUT_FALSE, PV_TIMEOUT_RAISE };

struct PvSched {             /* a new field: reset it in sched_reset (sched.c) */
    PvThread *t;
    PvSched *next, *prev;    /* run queue or wait queue links */
    PvWaitQ *queue;          /* the queue it is on, or NULL */
    PvThread *all_prev;      /* predecessor in pv_all_threads (O(1) unlink) */
    PvTimer timer;           /* sleep / timeout */
    Value func;              /* start function (alive in the bottom frame) */
    PvJob *job;              /* real blocked: the worker job it waits for */
    Value (*on_ready)(Value obj, uint32_t events); /* fd wait: completes the call */
    int fd;                  /* fd wait: the fd, or -1 */
    uint32_t fd_events;      /* fd wait: PV_POLL_IN / PV_POLL_OUT */
    const char *what;        /* real blocked: the call, for dump() */
    int64_t arg;             /* wait-specific (RLock count, ...) */
    uint8_t wait;            /* PV_WAIT_* */
    uint8_t timeout_kind;    /* PV_TIMEOUT_* */
    bool interrupt_pending;  /* an exception waits in the pending table */
    PvWaitQ joiners;         /* threads waiting for this one to end */
};

#define PV_SCHED(t) ((PvSched *)(t)->sched)

/* Called by main.c after pv_sys_init: substrate, signals, thread 0. */
void pv_sched_init(void);

/* May the current thread soft-block here? False during preemption (then
 * block for real) and when the primitive was not called directly by a
 * call instruction or `with` (e.g. from map()): `self` is the object
 * whose method is running (a lock), or NULL for a plain function called
 * `name` (sleep). */
bool pv_sched_can_soft_block(Value self, const char *name);

/* Soft-block the current thread: state, wait kind, the object waited on
 * (kept alive and named in messages), the queue (NULL: none) and a
 * deadline (< 0: none; pv_clock_ns time). The caller then returns any
 * value: it is replaced by the wake-up's result. */
void pv_sched_block(int wait, Value obj, PvWaitQ *q, int64_t deadline, int timeout_kind);
/* Soft-block the current thread until fd is ready for `events` (one of
 * PV_POLL_IN / PV_POLL_OUT; several threads may wait on one fd) or
 * the deadline passes (< 0: none; the call then returns None). When the
 * fd is ready, on_ready(obj, events) runs on the VM thread and its result
 * (or its exception) becomes the result of the blocked call; returning
 * NULL without an exception means "not really ready" (EAGAIN): the
 * thread waits again. Deadlock detection counts the registration.
 * Check pv_sched_can_soft_block first; where it says no, wait with
 * pv_poll_block instead. */
int pv_sched_block_fd(int fd, uint32_t events, Value obj, int64_t deadline,
                      Value (*on_ready)(Value obj, uint32_t events));
/* Real blocking (issue 7): the current thread waits for `job`, already
 * submitted to the worker pool; `what` names the call ("os.system") in
 * dump() and Deadlock messages. Like pv_sched_block the caller returns a
 * placeholder and the loop switches threads. The job's done() (VM
 * thread) calls pv_sched_wake(t, result, exc); a mode-1 interrupt is then
 * raised as the call returns. A mode-2 interrupt (Ctrl-C) abandons the
 * job (its cleanup() runs later instead of done()) and wakes the thread
 * at once with the exception. During preemption (no soft blocking) the
 * caller must wait for the job itself. */
void pv_sched_block_real(PvJob *job, const char *what);
/* Wake a soft-blocked thread with `result` (or exc != NULL: raise it):
 * off its queue and timer, onto the run queue. */
void pv_sched_wake(PvThread *t, Value result, Value exc);
/* Real-blocking sleep of the current thread (preemption): returns 0, or
 * -1 with KeyboardInterrupt / an interrupt pending. ns < 0: forever. */
int pv_sched_real_sleep(int64_t ns);
/* Deadlock raised when a wait can never end (during preemption). */
Value pv_sched_deadlock_now(const char *what);

/* Signals taken on the VM thread (bit 1 << signo) go first to
 * pv_signal_dispatch, which returns the ones it did not handle; the
 * scheduler then turns SIGINT into KeyboardInterrupt in thread 0 (mode 2)
 * and SIGQUIT into a dump. The default (weak, in sched.c) handles none:
 * a signal module or the child reaper of os.system defines the real one. */
uint64_t pv_signal_dispatch(uint64_t sigs);
/* True while the eval breaker hook takes signals: the running threads'
 * frames are at a switch point, so pv_signal_dispatch may push a Python
 * handler call on thread 0 (modules/signal.c). */
extern bool pv_signals_at_switch;
/* May a signal still wake a program whose threads all wait? (A Python
 * handler is installed: no Deadlock then, as CPython just waits.) */
bool pv_signal_may_wake(void);

/* Wait queues (FIFO). */
void pv_waitq_push(PvWaitQ *q, PvSched *s);
PvSched *pv_waitq_pop(PvWaitQ *q);
void pv_waitq_remove(PvSched *s);

/* Threads. */
PvThread *pv_sched_spawn(Value func, Value args, Value kwargs); /* NULL: error */
/* In the child of fork(): only the calling thread goes on (as CPython);
 * the others are dropped from every queue and never run again. */
void pv_sched_after_fork(void);
PvThread *pv_sched_find(int64_t id);
bool pv_sched_yield(int64_t id, bool with_id);
/* thread.join(tid, timeout): True once tid has ended, False on timeout. */
Value pv_sched_join(int64_t id, double timeout);
int pv_sched_interrupt(PvThread *t, Value exc, int mode);   /* 1 done, 0 not, -1 error */
size_t pv_sched_count(void);          /* live threads, thread 0 included */
void pv_sched_dump(void *file /* FILE* */);
Value pv_sched_describe(PvThread *t); /* "soft blocked on ..." */
extern uint64_t pv_sched_switches;

/* thread.c: exception types (Interrupt, Deadlock) and the lock type
 * (sched_lock.c) for descriptions. */
extern Value pv_thread_Interrupt, pv_thread_Deadlock;
extern PvType pv_lock_type, pv_rlock_type, pv_semaphore_type, pv_fifo_type;
Value pv_sched_lock_describe(Value lock); /* "<lock 0x.. held by thread N>" */
int pv_sched_lock_types_ready(void);

#endif
