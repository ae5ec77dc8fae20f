/* workers.c: the worker pool for real-blocking calls (see workers.h).
 *
 * Hand-off is direct: a submitted job goes to the most recently idled
 * worker (its own condition variable, so exactly that thread wakes and
 * its stack is still warm), or to a new thread, or, at the cap, to a FIFO
 * queue that workers empty before going idle. A worker idle for longer
 * than the idle timeout exits, so a burst of blocking calls does not keep
 * its threads forever.
 *
 * Finished jobs go on a done list; the first one on an empty list posts
 * the completion fd, which the poller watches. Collection (VM thread)
 * drains the fd BEFORE taking the list: a job finishing in between then
 * posts again, so none is left on the list without a pending post. */
#include "config.h"
#include "pv.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

enum { JOB_STARTED = 1, JOB_ABANDONED = 2 };

typedef struct Worker {
    struct Worker *prev, *next; /* idle list, most recent first */
    struct Worker *all_prev, *all_next; /* every live worker (for fork) */
    pthread_cond_t cv;
    PvJob *job;                 /* handed over by pv_job_submit */
    PvJob *cur;                 /* being run */
    bool idle;
} Worker;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t all_gone = PTHREAD_COND_INITIALIZER;
/* Everything below is under mu, except `pending` (VM thread only). */
static Worker *idle_head;
static Worker *all_head;
static PvJob *q_head, *q_tail;     /* waiting for a thread (cap reached) */
static PvJob *done_head;           /* finished, newest first */
static int nthreads, nidle, nqueued;
static int max_threads = 1024;
static int64_t idle_ns = INT64_C(10000000000);
static bool stopping;
static uint64_t created, jobs_run;
static size_t pending;
static PvNotifyFd done_fd = { -1, -1 };

static void idle_unlink(Worker *w)
{
    if (w->prev)
        w->prev->next = w->next;
    else
        idle_head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    w->prev = w->next = NULL;
    w->idle = false;
    nidle--;
}

static PvJob *dequeue(void)
{
    PvJob *j = q_head;
    if (j) {
        q_head = j->next;
        if (!q_head)
            q_tail = NULL;
        nqueued--;
    }
    return j;
}

static void enqueue(PvJob *j)
{
    j->next = NULL;
    if (q_tail)
        q_tail->next = j;
    else
        q_head = j;
    q_tail = j;
    nqueued++;
}

static void push_done(PvJob *j)
{
    bool was_empty = done_head == NULL;
    j->next = done_head;
    done_head = j;
    if (was_empty)
        pv_notify_post(&done_fd);
}

static void run_job(PvJob *j)
{
    int old = atomic_fetch_or(&j->state, JOB_STARTED);
    if (!(old & JOB_ABANDONED)) {
        j->run(j);
        j->ran = true;
    }
}

static void *worker_main(void *arg)
{
    Worker *w = arg;
    pthread_mutex_lock(&mu);
    for (;;) {
        PvJob *j = w->job;
        w->job = NULL;
        if (!j && !stopping)
            j = dequeue();
        if (j) {
            w->cur = j;
            pthread_mutex_unlock(&mu);
            run_job(j);
            pthread_mutex_lock(&mu);
            w->cur = NULL;
            if (j->ran)
                jobs_run++;
            push_done(j);
            continue;
        }
        if (stopping)
            break;
        w->idle = true;
        w->prev = NULL;
        w->next = idle_head;
        if (idle_head)
            idle_head->prev = w;
        idle_head = w;
        nidle++;
        struct timespec until = pv_cond_deadline(idle_ns);
        while (w->idle && !stopping) {
            if (pthread_cond_timedwait(&w->cv, &mu, &until) == ETIMEDOUT && w->idle)
                break;
        }
        if (w->idle) { /* timed out or stopping, with nothing handed over */
            idle_unlink(w);
            break;
        }
    }
    if (w->all_prev)
        w->all_prev->all_next = w->all_next;
    else
        all_head = w->all_next;
    if (w->all_next)
        w->all_next->all_prev = w->all_prev;
    if (--nthreads == 0)
        pthread_cond_broadcast(&all_gone);
    pthread_mutex_unlock(&mu);
    pthread_cond_destroy(&w->cv);
    free(w);
    return NULL;
}

/* Under mu. */
static int spawn(PvJob *j)
{
    Worker *w = calloc(1, sizeof *w);
    if (!w) {
        errno = ENOMEM;
        return -1;
    }
    pv_cond_init(&w->cv);
    w->job = j;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int rc = pthread_create(&tid, &a, worker_main, w);
    pthread_attr_destroy(&a);
    if (rc != 0) {
        pthread_cond_destroy(&w->cv);
        free(w);
        errno = rc;
        return -1;
    }
    w->all_next = all_head;
    if (all_head)
        all_head->all_prev = w;
    all_head = w;
    nthreads++;
    created++;
    return 0;
}

int pv_job_submit(PvJob *job)
{
    atomic_init(&job->state, 0);
    job->ran = false;
    job->next = NULL;
    pthread_mutex_lock(&mu);
    if (idle_head) {
        Worker *w = idle_head;
        idle_unlink(w);
        w->job = job;
        pthread_cond_signal(&w->cv);
    } else if (nthreads >= max_threads || spawn(job) < 0) {
        if (nthreads == 0) { /* no thread will ever take it */
            pthread_mutex_unlock(&mu);
            return -1;
        }
        enqueue(job); /* a busy worker takes it when it finishes */
    }
    pthread_mutex_unlock(&mu);
    pending++;
    return 0;
}

bool pv_job_abandon(PvJob *job)
{
    int old = atomic_fetch_or(&job->state, JOB_ABANDONED);
    if (old & JOB_ABANDONED)
        return false;
    pending--;
    if (old & JOB_STARTED)
        return false;
    /* Not started: if it still waits in the queue, finish it right away
     * so that its cleanup does not wait for a free worker. */
    pthread_mutex_lock(&mu);
    PvJob **pp = &q_head, *prev = NULL;
    while (*pp && *pp != job) {
        prev = *pp;
        pp = &(*pp)->next;
    }
    if (*pp) {
        *pp = job->next;
        if (q_tail == job)
            q_tail = prev;
        nqueued--;
        atomic_fetch_or(&job->state, JOB_STARTED);
        push_done(job);
    }
    pthread_mutex_unlock(&mu);
    return true;
}

int pv_workers_collect(void)
{
    if (done_fd.rd < 0)
        return 0;
    pv_notify_drain(&done_fd);
    pthread_mutex_lock(&mu);
    PvJob *list = done_head;
    done_head = NULL;
    pthread_mutex_unlock(&mu);
    PvJob *fifo = NULL; /* back to completion order */
    while (list) {
        PvJob *next = list->next;
        list->next = fifo;
        fifo = list;
        list = next;
    }
    int n = 0;
    while (fifo) {
        PvJob *j = fifo, *next = j->next; /* the callbacks may free j */
        fifo = next;
        n++;
        if (atomic_load(&j->state) & JOB_ABANDONED) {
            if (j->cleanup)
                j->cleanup(j);
        } else {
            pending--;
            if (j->done)
                j->done(j);
        }
    }
    return n;
}

size_t pv_workers_pending(void)
{
    return pending;
}

static void on_done_fd(int fd, uint32_t events, void *user)
{
    (void)fd;
    (void)events;
    (void)user;
    pv_workers_collect();
}

int pv_workers_init(void)
{
    if (done_fd.rd >= 0)
        return 0;
    if (pv_notify_open(&done_fd) < 0)
        return -1;
    if (pv_poll_add(done_fd.rd, PV_POLL_IN | PV_POLL_NOCOUNT, on_done_fd, NULL) < 0) {
        int err = errno;
        pv_notify_close(&done_fd);
        errno = err;
        return -1;
    }
    pthread_mutex_lock(&mu);
    stopping = false;
    created = jobs_run = 0;
    pthread_mutex_unlock(&mu);
    pending = 0;
    return 0;
}

void pv_workers_fini(void)
{
    if (done_fd.rd < 0)
        return;
    pthread_mutex_lock(&mu);
    stopping = true;
    for (Worker *w = idle_head; w; w = w->next)
        pthread_cond_signal(&w->cv);
    while (nthreads > 0)
        pthread_cond_wait(&all_gone, &mu);
    q_head = q_tail = NULL;
    nqueued = 0;
    done_head = NULL;
    pthread_mutex_unlock(&mu);
    pv_poll_forget(done_fd.rd);
    pv_notify_close(&done_fd);
}

void pv_workers_config(int max, int64_t idle_timeout_ns)
{
    pthread_mutex_lock(&mu);
    if (max > 0)
        max_threads = max;
    if (idle_timeout_ns > 0)
        idle_ns = idle_timeout_ns;
    pthread_mutex_unlock(&mu);
}

void pv_workers_stats(PvWorkerStats *out)
{
    pthread_mutex_lock(&mu);
    out->threads = nthreads;
    out->idle = nidle;
    out->queued = nqueued;
    out->threads_created = created;
    out->jobs_run = jobs_run;
    pthread_mutex_unlock(&mu);
}

/* Finish j in the child without running it here. */
static void lost_in_fork(PvJob *j)
{
    atomic_fetch_or(&j->state, JOB_STARTED);
    j->next = done_head;
    done_head = j;
}

int pv_workers_after_fork(void)
{
    if (done_fd.rd < 0)
        return 0;
    /* Only the forking thread exists now; the mutex may have been held by
     * a worker at the moment of fork. Every job not yet collected belongs
     * to the parent: its run() happens (or happened) there, and running
     * it again here would repeat its effects. So each one completes at
     * the next collection with whatever `ran` the parent had reached. */
    pthread_mutex_init(&mu, NULL);
    pthread_cond_init(&all_gone, NULL);
    for (Worker *w = all_head, *next; w; w = next) {
        next = w->all_next;
        if (w->cur)
            lost_in_fork(w->cur);
        if (w->job)
            lost_in_fork(w->job);
        free(w); /* its condvar belongs to a thread that is gone */
    }
    for (PvJob *j; (j = dequeue()) != NULL;)
        lost_in_fork(j);
    all_head = idle_head = NULL;
    nthreads = nidle = 0;
    /* The completion fd is shared with the parent: make our own. */
    pv_poll_forget(done_fd.rd);
    pv_notify_close(&done_fd);
    if (pv_notify_open(&done_fd) < 0 ||
        pv_poll_add(done_fd.rd, PV_POLL_IN | PV_POLL_NOCOUNT, on_done_fd, NULL) < 0)
        return -1;
    if (done_head)
        pv_notify_post(&done_fd);
    return 0;
}
