/* timer.c: the timer min-heap (see timer.h).
 *
 * A binary heap of PvTimer pointers ordered by (deadline, seq); every
 * timer remembers its slot, so cancelling or re-arming one is a sift from
 * its slot instead of a search. */
#include "config.h"
#include "timer.h"

#include <errno.h>
#include <stdlib.h>

static PvTimer **heap;
static size_t count, cap;
static uint64_t next_seq;

static inline bool before(const PvTimer *a, const PvTimer *b)
{
    return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static inline void put(size_t i, PvTimer *t)
{
    heap[i] = t;
    t->slot = i;
}

static void sift_up(size_t i)
{
    PvTimer *t = heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(t, heap[parent]))
            break;
        put(i, heap[parent]);
        i = parent;
    }
    put(i, t);
}

static void sift_down(size_t i)
{
    PvTimer *t = heap[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= count)
            break;
        if (c + 1 < count && before(heap[c + 1], heap[c]))
            c++;
        if (!before(heap[c], t))
            break;
        put(i, heap[c]);
        i = c;
    }
    put(i, t);
}

/* Take the timer at slot i out of the heap. */
static void remove_at(size_t i)
{
    PvTimer *t = heap[i];
    t->slot = PV_TIMER_IDLE;
    PvTimer *last = heap[--count];
    if (i == count)
        return;
    put(i, last);
    if (i > 0 && before(last, heap[(i - 1) / 2]))
        sift_up(i);
    else
        sift_down(i);
}

void pv_timer_init(PvTimer *t, void (*fn)(PvTimer *), void *user)
{
    t->deadline = 0;
    t->seq = 0;
    t->slot = PV_TIMER_IDLE;
    t->fn = fn;
    t->user = user;
}

int pv_timer_add(PvTimer *t, int64_t deadline)
{
    if (t->slot != PV_TIMER_IDLE)
        remove_at(t->slot);
    if (count == cap) {
        size_t n = cap ? cap * 2 : 64;
        PvTimer **p = realloc(heap, n * sizeof *p);
        if (!p) {
            errno = ENOMEM;
            return -1;
        }
        heap = p;
        cap = n;
    }
    t->deadline = deadline;
    t->seq = next_seq++;
    put(count++, t);
    sift_up(count - 1);
    return 0;
}

bool pv_timer_cancel(PvTimer *t)
{
    if (t->slot == PV_TIMER_IDLE)
        return false;
    remove_at(t->slot);
    return true;
}

int64_t pv_timer_next(void)
{
    return count ? heap[0]->deadline : INT64_MAX;
}

size_t pv_timer_count(void)
{
    return count;
}

PvTimer *pv_timer_pop_expired(int64_t now)
{
    if (!count || heap[0]->deadline > now)
        return NULL;
    PvTimer *t = heap[0];
    remove_at(0);
    return t;
}

int pv_timer_run(int64_t now)
{
    int n = 0;
    PvTimer *t;
    while ((t = pv_timer_pop_expired(now)) != NULL) {
        n++;
        if (t->fn)
            t->fn(t);
    }
    return n;
}

int64_t pv_timer_timeout(int64_t now)
{
    if (!count)
        return -1;
    int64_t d = heap[0]->deadline - now;
    return d > 0 ? d : 0;
}

void pv_timer_fini(void)
{
    for (size_t i = 0; i < count; i++)
        heap[i]->slot = PV_TIMER_IDLE;
    free(heap);
    heap = NULL;
    count = cap = 0;
}
