/* timer.h: the VM's timers, a binary min-heap keyed by monotonic deadline.
 *
 * A PvTimer is intrusive: the owner embeds it (in a green thread's
 * scheduler record, a lock wait, ...) so that arming one allocates nothing
 * but the heap's slot array. Equal deadlines fire in arming order, which
 * keeps sleeps of equal length deterministic. VM thread only. */
#ifndef PV_TIMER_H
#define PV_TIMER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PvTimer PvTimer;
struct PvTimer {
    int64_t deadline;          /* pv_clock_ns() time at which it fires */
    uint64_t seq;              /* arming order: tie-break */
    size_t slot;               /* heap index, or PV_TIMER_IDLE */
    void (*fn)(PvTimer *t);    /* called by pv_timer_run (may re-arm t) */
    void *user;
};
#define PV_TIMER_IDLE ((size_t)-1)

void pv_timer_init(PvTimer *t, void (*fn)(PvTimer *), void *user);
/* Arm (or re-arm) t for `deadline`. -1 with ENOMEM if the heap cannot grow. */
int pv_timer_add(PvTimer *t, int64_t deadline);
/* Disarm t; true if it was armed. O(log n). */
bool pv_timer_cancel(PvTimer *t);
static inline bool pv_timer_armed(const PvTimer *t) { return t->slot != PV_TIMER_IDLE; }
/* Earliest deadline, or INT64_MAX when no timer is armed. */
int64_t pv_timer_next(void);
size_t pv_timer_count(void);
/* Disarm and return the earliest timer if its deadline is <= now, else NULL. */
PvTimer *pv_timer_pop_expired(int64_t now);
/* Pop every timer due at `now` and call its fn; returns how many fired.
 * Timers a callback arms for <= now fire in the same call. */
int pv_timer_run(int64_t now);
/* Timeout for pv_poll_wait: ns until the next deadline (0 if overdue),
 * or -1 when no timer is armed. */
int64_t pv_timer_timeout(int64_t now);
void pv_timer_fini(void);   /* free the heap (timers are just forgotten) */

#endif
