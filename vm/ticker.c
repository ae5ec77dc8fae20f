/* ticker.c: the time-slice clock. A helper thread sets PV_BREAK_TICK in
 * the eval breaker once per period (2 ms) while the scheduler says that
 * two or more green threads are runnable, and sleeps otherwise.
 *
 * No signals (they would break C calls with EINTR). The scheduler toggles
 * the wish at almost every switch, so pv_ticker_set is one atomic store
 * while the thread is awake: the thread itself only goes to sleep after
 * the wish has been off for IDLE_PERIODS periods in a row (a lock
 * ping-pong between two threads never puts it to sleep), and only then
 * does turning it on cost a signal. Asleep it uses no CPU: hibernation. */
#include "config.h"
#include "pv.h"

#include <errno.h>
#include <pthread.h>

enum { IDLE_PERIODS = 100 };

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv;
static pthread_t thread;
static bool started;               /* VM thread only */
static atomic_bool want, sleeping, stop;
static int64_t period_ns;

static void *ticker_main(void *arg)
{
    (void)arg;
    int idle = 0;
    pthread_mutex_lock(&mu);
    while (!atomic_load(&stop)) {
        if (atomic_load(&want)) {
            idle = 0;
        } else if (++idle >= IDLE_PERIODS) {
            /* seq_cst: either pv_ticker_set sees `sleeping` and signals,
             * or we see `want` here and do not wait. */
            atomic_store(&sleeping, true);
            while (!atomic_load(&want) && !atomic_load(&stop))
                pthread_cond_wait(&cv, &mu);
            atomic_store(&sleeping, false);
            idle = 0;
            continue;
        }
        struct timespec until = pv_cond_deadline(period_ns);
        while (pthread_cond_timedwait(&cv, &mu, &until) != ETIMEDOUT && !atomic_load(&stop))
            ; /* woken early (spurious, or set() while awake): finish the period */
        if (atomic_load(&want))
            pv_break_set(PV_BREAK_TICK);
    }
    pthread_mutex_unlock(&mu);
    return NULL;
}

int pv_ticker_start(int64_t period)
{
    if (started)
        return 0;
    period_ns = period > 0 ? period : 2000000;
    atomic_store(&stop, false);
    pv_cond_init(&cv);
    int rc = pthread_create(&thread, NULL, ticker_main, NULL);
    if (rc != 0) {
        pthread_cond_destroy(&cv);
        errno = rc;
        return -1;
    }
    started = true;
    return 0;
}

void pv_ticker_stop(void)
{
    if (!started)
        return;
    pthread_mutex_lock(&mu);
    atomic_store(&stop, true);
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    pthread_join(thread, NULL);
    pthread_cond_destroy(&cv);
    atomic_store(&want, false);
    started = false;
}

void pv_ticker_set(bool on)
{
    if (!on) { /* a plain store: at worst one more tick */
        atomic_store_explicit(&want, false, memory_order_release);
        return;
    }
    atomic_store_explicit(&want, true, memory_order_relaxed);
    /* Pairs with the ticker's seq_cst store of `sleeping` before it checks
     * `want`: one of us sees the other's write. */
    atomic_thread_fence(memory_order_seq_cst);
    if (atomic_load_explicit(&sleeping, memory_order_relaxed)) {
        pthread_mutex_lock(&mu);
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&mu);
    }
}

int pv_ticker_after_fork(void)
{
    if (!started)
        return 0;
    /* The thread did not survive the fork: start a new one. */
    pthread_mutex_init(&mu, NULL);
    atomic_store(&sleeping, false);
    started = false;
    return pv_ticker_start(period_ns);
}
