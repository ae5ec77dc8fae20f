/* clock.c: time sources for the scheduler.
 *
 * pv_clock_ns is CLOCK_MONOTONIC: timers and timeouts use it, so wall
 * clock jumps never stretch or cut a sleep. pv_clock_coarse_ns is the
 * cheapest clock good enough for the 2 ms tick: CLOCK_MONOTONIC_COARSE
 * when its resolution is 1 ms or better (it often is 4 ms, too coarse to
 * time a 2 ms slice), else the precise clock (a vDSO call either way). */
#include "config.h"
#include "pv.h"

#include <pthread.h>
#include <time.h>

static inline int64_t ts_ns(const struct timespec *ts)
{
    return (int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec;
}

int64_t pv_clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts_ns(&ts);
}

int64_t pv_clock_wall_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts_ns(&ts);
}

#ifdef CLOCK_MONOTONIC_COARSE
/* 0: not decided yet; the race of two first callers is benign (both
 * store the same answer), but keep it atomic for the sanitizer. */
static atomic_int coarse_id;

int64_t pv_clock_coarse_ns(void)
{
    int id = atomic_load_explicit(&coarse_id, memory_order_relaxed);
    if (id == 0) {
        struct timespec res;
        id = clock_getres(CLOCK_MONOTONIC_COARSE, &res) == 0 && res.tv_sec == 0 &&
                     res.tv_nsec <= 1000000
                 ? CLOCK_MONOTONIC_COARSE + 1
                 : CLOCK_MONOTONIC + 1;
        atomic_store_explicit(&coarse_id, id, memory_order_relaxed);
    }
    struct timespec ts;
    clock_gettime((clockid_t)(id - 1), &ts);
    return ts_ns(&ts);
}
#else
int64_t pv_clock_coarse_ns(void)
{
    return pv_clock_ns();
}
#endif

/* Condition variables that time out on the monotonic clock where the
 * platform allows it (not macOS: there the deadline is in real time). */
#if defined(CLOCK_MONOTONIC) && !defined(__APPLE__)
#define COND_CLOCK CLOCK_MONOTONIC
#else
#define COND_CLOCK CLOCK_REALTIME
#endif

void pv_cond_init(pthread_cond_t *cv)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
#if defined(CLOCK_MONOTONIC) && !defined(__APPLE__)
    pthread_condattr_setclock(&a, COND_CLOCK);
#endif
    pthread_cond_init(cv, &a);
    pthread_condattr_destroy(&a);
}

struct timespec pv_cond_deadline(int64_t ns)
{
    struct timespec ts;
    clock_gettime(COND_CLOCK, &ts);
    int64_t t = (int64_t)ts.tv_nsec + ns % 1000000000;
    ts.tv_sec += (time_t)(ns / 1000000000 + t / 1000000000);
    ts.tv_nsec = (long)(t % 1000000000);
    return ts;
}
