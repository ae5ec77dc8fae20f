/* workers.h: the pool of OS threads that run real-blocking calls.
 *
 * A job is a C function plus its argument block, both owned by the
 * submitter (embed PvJob in the block). The job's run() executes on a
 * worker thread WITHOUT the GIL: it must only touch C data prepared
 * beforehand (buffers pinned by the waiting frame), never Values. Each job
 * in flight gets its own OS thread, up to a cap beyond which jobs queue in
 * FIFO order; idle workers are reused (most recently idle first) and exit
 * after an idle timeout.
 *
 * Completion is reported through an eventfd (or a pipe) registered in the
 * poller: pv_poll_wait on the VM thread collects finished jobs and calls
 * their done() there, under the GIL. pv_workers_collect() does the same
 * without waiting (at a tick). */
#ifndef PV_WORKERS_H
#define PV_WORKERS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PvJob PvJob;
struct PvJob {
    void (*run)(PvJob *job);     /* worker thread, no GIL */
    void (*done)(PvJob *job);    /* VM thread: run() returned, job not abandoned */
    /* VM thread: instead of done() for an abandoned job, once run() has
     * returned (or was skipped): release what the result holds and the job
     * itself. May be NULL. */
    void (*cleanup)(PvJob *job);
    void *arg;                   /* free for the submitter */
    /* private to workers.c */
    PvJob *next;
    atomic_int state;
    bool ran;                    /* run() was called (see pv_job_ran) */
};

/* Start the pool: create the completion fd and register it with the
 * poller (pv_poll_init first). */
int pv_workers_init(void);
/* Stop the pool: waits for running jobs to finish, then for every worker
 * to exit; queued jobs never run; finished jobs are not collected. For
 * orderly shutdown and tests: do not call while a job may block forever. */
void pv_workers_fini(void);
/* In the child after fork() (after pv_poll_after_fork): the workers are
 * gone; every job not yet collected completes at the next collection
 * without running here (its run() belongs to the parent), with
 * pv_job_ran() as far as the parent had got. */
int pv_workers_after_fork(void);
/* Cap on worker threads (default 1024) and idle time before a worker
 * exits (default 10 s). Values <= 0 leave the setting unchanged. */
void pv_workers_config(int max_threads, int64_t idle_timeout_ns);

/* Queue job (run, done, arg set by the caller). Never blocks. -1 with
 * errno when no worker exists and none can be created. */
int pv_job_submit(PvJob *job);
/* Give up on job (mode-2 interrupt): done() will never be called; its
 * cleanup() runs on the VM thread at a later collection, after run()
 * returned or was skipped. Returns true when run() had not started (and
 * now never will). Only for a submitted job not yet collected. */
bool pv_job_abandon(PvJob *job);
/* Did run() execute? (meaningful in done() and cleanup()) */
static inline bool pv_job_ran(const PvJob *job) { return job->ran; }

/* Call done()/cleanup() of every finished job. Never blocks. Returns the
 * number of jobs handled. */
int pv_workers_collect(void);
/* Submitted jobs, not abandoned, whose done() has not run yet: a waiter
 * on one of them can still be woken (deadlock detection). */
size_t pv_workers_pending(void);

typedef struct PvWorkerStats {
    int threads;              /* worker threads alive */
    int idle;                 /* of which idle */
    int queued;               /* jobs waiting for a thread (cap reached) */
    uint64_t threads_created; /* since pv_workers_init */
    uint64_t jobs_run;
} PvWorkerStats;
void pv_workers_stats(PvWorkerStats *out);

#endif
