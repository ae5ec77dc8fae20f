/* gc.c: the heap. A non-moving mark-sweep collector with size-class free
 * lists, roots found precisely (registered slots, static objects, thread
 * frames) and conservatively (the C stacks of the OS threads inside the VM),
 * plus the accounting allocator for side storage (pv_mem_*).
 *
 * Layout. Small objects (up to MAX_SMALL bytes) live in 64 KB pages aligned
 * on 64 KB, each page holding blocks of one size class. Larger objects get a
 * mapping of their own, also aligned on 64 KB. A page descriptor (Page)
 * lives outside the page, so the blocks fill the page exactly; a two-level
 * radix table maps every 64 KB slot of address space we own to its
 * descriptor, which makes "does this word point into a live block?" two
 * loads and a division: the test the conservative stack scan needs.
 *
 * Marking. PvObj.gc holds the epoch of the last collection that marked the
 * object: a new collection bumps the epoch, so nothing needs clearing, and
 * static objects (C types, singletons) that never get swept work alike. A
 * free block has gc == GC_FREE; a block allocated since the last collection
 * has GC_NEW. Marking uses an explicit stack: a linked list of a million
 * nodes costs a million stack entries, not a million C frames.
 *
 * Side storage (pv_mem_*) lives in the same heap, as blocks of a "raw" type
 * that the sweep leaves alone: they are freed explicitly. Being in the heap
 * lets the stack scan see C pointers into side storage, e.g. a list's item
 * array: such a block is then kept, and its words scanned conservatively,
 * even when its owner died (C code often keeps `Value *items` and drops the
 * list). The owner's finalizer frees it during the sweep; a free during a
 * sweep only orphans the block, which the next sweep frees unless the stack
 * still points into it.
 *
 * Collections only start in pv_alloc (never in pv_mem_*), so C code may
 * keep an object half-initialised across a pv_mem_* call.
 *
 * Finalization (PEP 442). Objects that must run Python code when they die
 * (instances of classes with __del__, suspended generators) are registered
 * (pv_gc_register_finalizer). After marking, a registered object found
 * unmarked is resurrected with everything it reaches and moved to the
 * finalization queue, which is a root; finalize.c runs the queue at safe
 * points. Weak references are cleared only after that, so a weakref to an
 * object awaiting its finalizer survives until a later collection finds
 * the object dead again (CPython: __del__ runs, then weakrefs die).
 */
#define _GNU_SOURCE
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include "pv.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE_SHIFT 16
#define PAGE_SIZE ((size_t)1 << PAGE_SHIFT)
#define GRAIN 16                     /* block sizes are multiples of this */
#define MAX_SMALL ((size_t)16384)    /* larger objects get their own mapping */
#define OS_PAGE 4096
#define MIN_TRIGGER ((size_t)16 << 20) /* collect after at least 16 MB */
#define POOL_MIN 16                  /* empty pages always kept for reuse */

enum { GC_FREE = 0, GC_NEW = 1, GC_FIRST_EPOCH = 2 };
/* PvObj.flags of side-storage blocks */
enum { RAW_OWNED = 1, RAW_ORPHAN = 2 };
#define RAW_HDR sizeof(PvObj)
enum { PK_SMALL, PK_LARGE };

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PV_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PV_ASAN 1
#endif
#ifdef PV_ASAN
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

typedef struct Page {
    char *mem;          /* first block (aligned on PAGE_SIZE) */
    size_t bsize;       /* block size; large: usable bytes */
    uint32_t nblocks;   /* blocks that fit */
    uint32_t ncarved;   /* blocks [0, ncarved) have been handed out once */
    uint8_t kind, cls;
    size_t maplen;      /* large: length of the mapping (>= bsize) */
    struct Page *next;  /* in the large list, the large cache or the pool */
    struct Page *prev;  /* in the large list */
} Page;

typedef struct FreeBlock { struct FreeBlock *next; uint32_t gc; } FreeBlock;

typedef struct SizeClass {
    size_t bsize;
    uint32_t nblocks;
    FreeBlock *free;    /* free blocks of this class, rebuilt by each sweep */
    Page *cur;          /* page being carved (bump allocation) */
} SizeClass;

/* An OS thread whose C stack may hold Values. Only the thread holding the
 * GIL touches the heap; the others are parked: their registers and the top
 * of their stack were saved by pv_gc_thread_park. */
typedef struct GcThread {
    char *base;         /* highest address of the stack (exclusive) */
    char *sp;           /* parked: stack in use is [sp, base) */
    bool parked;
    size_t nsaved;
    uintptr_t saved[64];/* parked: callee-saved registers spilled by park */
    struct GcThread *next;
} GcThread;

/* The header type of side-storage blocks: no mark slot, never finalized. */
static PvType raw_type = {.name = "side storage"};

static SizeClass classes[128];
static int nclasses;
static uint8_t class_of_size[MAX_SMALL / GRAIN + 1];

/* radix[pn >> 16][pn & 0xffff] for page number pn = address >> 16 */
#define L2_BITS 16
#define L1_SIZE ((size_t)1 << (48 - PAGE_SHIFT - L2_BITS))
static Page **radix[L1_SIZE];
static uintptr_t heap_lo = UINTPTR_MAX, heap_hi;

static Page **pages;            /* small pages in use */
static size_t npages, pages_cap;
static Page *pool;              /* empty small pages kept for reuse */
static size_t npool;
static Page *large;             /* large objects */
static size_t large_bytes;
static Page *lcache, *lcache_tail; /* mappings of dead large objects, newest first */
static size_t lcache_bytes;

static uint32_t epoch = GC_FIRST_EPOCH;
static Value *mstack;           /* mark stack */
static size_t msp, mcap;

static Value **roots;
static size_t nroots, roots_cap;
static Value *statics;
static size_t nstatics, statics_cap;

static GcThread *threads;
static __thread GcThread *self;

/* Finalization: the registry holds plain pointers (not roots), pruned by
 * every collection before the sweep; the queue is a root. */
typedef struct FinEntry { Value obj; bool (*needed)(Value obj); } FinEntry;
static FinEntry *freg;
static size_t nfreg, freg_cap;
static Value *fqueue;           /* [fq_head, nfq) waiting for finalize.c */
static size_t fq_head, nfq, fq_cap;
static Value *fcand;            /* scratch of find_finalizable */
static size_t fcand_cap;
static uint64_t last_freed;     /* objects swept by the last collection */
static uint64_t nalloc_since;   /* objects allocated since then (gc.get_count) */
/* Implemented by other parts; weak so that gc.c links alone (unit tests). */
void pv_weakref_gc_clear(void) __attribute__((weak));
void pv_weakref_gc_mark_pending(void) __attribute__((weak));
bool pv_type_has_finalizer(PvType *type) __attribute__((weak));
void pv_gc_finalizers_ready(void) __attribute__((weak));

static int disabled;
static bool in_gc;
static size_t since;            /* bytes allocated since the last collection */
static size_t trigger = MIN_TRIGGER;
static size_t live_bytes;       /* heap bytes live after the last sweep */
static uint64_t ncollections, total_allocated;
static unsigned long stress, stress_count;
static bool verify;

static void fatal(const char *msg)
{
    fprintf(stderr, "pyvm: fatal GC error: %s\n", msg);
    abort();
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        fatal("out of memory for GC tables");
    return p;
}

/* ------------------------------------------------------------------ */
/* Size classes and the page map                                       */
/* ------------------------------------------------------------------ */

static void init_classes(void)
{
    size_t size = GRAIN;
    nclasses = 0;
    while (size <= MAX_SMALL) {
        /* the largest block size with the same number of blocks per page
         * wastes nothing */
        uint32_t n = PAGE_SIZE / size;
        size_t best = (PAGE_SIZE / n) & ~(size_t)(GRAIN - 1);
        if (best > MAX_SMALL)
            best = MAX_SMALL;
        classes[nclasses].bsize = best;
        classes[nclasses].nblocks = PAGE_SIZE / best;
        if (++nclasses == (int)(sizeof classes / sizeof classes[0]))
            fatal("too many size classes");
        size = best + (best < 512 ? GRAIN : (best / 8) & ~(size_t)(GRAIN - 1));
    }
    int c = 0;
    for (size_t i = 0; i <= MAX_SMALL / GRAIN; i++) {
        while (classes[c].bsize < i * GRAIN)
            c++;
        class_of_size[i] = (uint8_t)c;
    }
}

static Page *page_of(uintptr_t a)
{
    if (a < heap_lo || a >= heap_hi)
        return NULL;
    uintptr_t pn = a >> PAGE_SHIFT;
    Page **l2 = radix[pn >> L2_BITS];
    return l2 ? l2[pn & ((1u << L2_BITS) - 1)] : NULL;
}

static void radix_set(uintptr_t a, Page *p)
{
    uintptr_t pn = a >> PAGE_SHIFT;
    Page ***l2 = &radix[pn >> L2_BITS];
    if (!*l2) {
        *l2 = calloc((size_t)1 << L2_BITS, sizeof(Page *));
        if (!*l2)
            fatal("out of memory for the page map");
    }
    (*l2)[pn & ((1u << L2_BITS) - 1)] = p;
}

/* A mapping of len bytes aligned on PAGE_SIZE, or NULL. */
static char *map_aligned(size_t len)
{
    char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    if (((uintptr_t)m & (PAGE_SIZE - 1)) != 0) {
        munmap(m, len);
        m = mmap(NULL, len + PAGE_SIZE, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            return NULL;
        size_t head = PAGE_SIZE - ((uintptr_t)m & (PAGE_SIZE - 1));
        munmap(m, head);
        munmap(m + head + len, PAGE_SIZE - head);
        m += head;
    }
    if ((uintptr_t)m + len > ((uintptr_t)1 << 48)) { /* outside the page map */
        munmap(m, len);
        return NULL;
    }
    if ((uintptr_t)m < heap_lo)
        heap_lo = (uintptr_t)m;
    if ((uintptr_t)m + len > heap_hi)
        heap_hi = (uintptr_t)m + len;
    return m;
}

/* ------------------------------------------------------------------ */
/* Allocation                                                          */
/* ------------------------------------------------------------------ */

static Page *new_page(int cls)
{
    Page *p = pool;
    if (p) {
        pool = p->next;
        npool--;
    } else {
        p = malloc(sizeof *p);
        if (!p)
            return NULL;
        p->mem = map_aligned(PAGE_SIZE);
        if (!p->mem) {
            free(p);
            return NULL;
        }
    }
    if (npages == pages_cap) {
        pages_cap = pages_cap ? 2 * pages_cap : 64;
        pages = xrealloc(pages, pages_cap * sizeof *pages);
    }
    pages[npages++] = p;
    p->kind = PK_SMALL;
    p->cls = (uint8_t)cls;
    p->bsize = classes[cls].bsize;
    p->nblocks = classes[cls].nblocks;
    p->ncarved = 0;
    p->next = NULL;
    radix_set((uintptr_t)p->mem, p);
    return p;
}

/* PYVM_GC_VERIFY: free blocks are filled with POISON after each sweep
 * (past the free-list link and gc word); a block that changed before it
 * is handed out again was written after it was freed. */
#define POISON 0xdb

static void check_poison(const void *b, size_t size)
{
    const unsigned char *p = b;
    for (size_t i = sizeof(FreeBlock); i < size; i++)
        if (p[i] != POISON) {
            fprintf(stderr, "pyvm: GC verify: free block %p was written at offset %zu "
                    "(a Value used after it was collected?)\n", b, i);
            abort();
        }
}

static void poison_free_blocks(void)
{
    for (int c = 0; c < nclasses; c++)
        for (FreeBlock *f = classes[c].free; f; f = f->next)
            memset((char *)f + sizeof(FreeBlock), POISON, classes[c].bsize - sizeof(FreeBlock));
}

static void *alloc_small(size_t size, bool zero)
{
    SizeClass *c = &classes[class_of_size[(size + GRAIN - 1) / GRAIN]];
    void *b = c->free;
    if (b) {
        c->free = c->free->next;
        if (verify)
            check_poison(b, c->bsize);
    } else {
        Page *p = c->cur;
        if (!p || p->ncarved == p->nblocks) {
            p = new_page((int)(c - classes));
            if (!p)
                return NULL;
            c->cur = p;
        }
        b = p->mem + (size_t)p->ncarved++ * c->bsize;
    }
    if (zero)
        memset(b, 0, c->bsize);
    since += c->bsize;
    total_allocated += c->bsize;
    return b;
}

static void lcache_unlink(Page *p)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        lcache = p->next;
    if (p->next)
        p->next->prev = p->prev;
    else
        lcache_tail = p->prev;
    lcache_bytes -= p->maplen;
}

/* A cached mapping of at least len bytes wasting at most half of it. */
static Page *take_cached(size_t len)
{
    Page *best = NULL;
    for (Page *p = lcache; p; p = p->next)
        if (p->maplen >= len && p->maplen - len <= len / 2 + PAGE_SIZE
            && (!best || p->maplen < best->maplen))
            best = p;
    if (!best)
        return NULL;
    lcache_unlink(best);
    memset(best->mem, 0, len);
    return best;
}

static void *alloc_large(size_t size)
{
    size_t len = (size + OS_PAGE - 1) & ~(size_t)(OS_PAGE - 1);
    if (len < size)
        return NULL;
    /* Reusing a dead object's mapping costs a memset; a fresh mapping
     * costs a page fault per 4 KB and TLB shootdowns at unmap. */
    Page *p = take_cached(len);
    if (!p) {
        p = malloc(sizeof *p);
        if (!p)
            return NULL;
        /* whole 64 KB slots: the next mapping the kernel places below
         * this one is then aligned too (only touched pages use memory) */
        size_t maplen = (len + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
        p->mem = map_aligned(maplen);
        if (!p->mem) {
            free(p);
            return NULL;
        }
        p->maplen = maplen;
    }
    p->kind = PK_LARGE;
    p->bsize = len;
    p->nblocks = p->ncarved = 1;
    p->next = large;
    p->prev = NULL;
    if (large)
        large->prev = p;
    large = p;
    for (size_t off = 0; off < p->maplen; off += PAGE_SIZE)
        radix_set((uintptr_t)p->mem + off, p);
    large_bytes += p->maplen;
    since += len;
    total_allocated += len;
    return p->mem;
}

static void collect(void);

void *pv_alloc(PvType *type, size_t size)
{
    if (in_gc)
        fatal("pv_alloc called during a collection (from a mark or finalize slot)");
    if (!nclasses)
        init_classes();
    if (size < sizeof(PvObj))
        size = sizeof(PvObj);
    if (!disabled) {
        if (stress && ++stress_count >= stress) {
            stress_count = 0;
            collect();
        } else if (since >= trigger) {
            collect();
        }
    }
    PvObj *o = size <= MAX_SMALL ? alloc_small(size, true) : alloc_large(size);
    if (!o && !disabled) {
        collect();
        o = size <= MAX_SMALL ? alloc_small(size, true) : alloc_large(size);
    }
    if (!o) {
        pv_nomemory();
        return NULL;
    }
    o->type = type;
    o->gc = GC_NEW;
    nalloc_since++;
    if ((type->flags & PV_TPFLAG_HEAPTYPE) && pv_type_has_finalizer &&
        pv_type_has_finalizer(type))
        pv_gc_register_finalizer(o, NULL);
    return o;
}

void *pv_mem_alloc(size_t size)
{
    if (in_gc)
        fatal("pv_mem_alloc called during a collection");
    if (!nclasses)
        init_classes(); /* GMP's allocator may run before pv_gc_init */
    size_t total = size + RAW_HDR;
    PvObj *o = NULL;
    if (total > size)
        o = total <= MAX_SMALL ? alloc_small(total, false) : alloc_large(total);
    if (!o) {
        pv_nomemory();
        return NULL;
    }
    o->type = &raw_type;
    o->gc = GC_NEW;
    o->flags = RAW_OWNED;
    return (char *)o + RAW_HDR;
}

static PvObj *raw_header(void *p)
{
    PvObj *o = (PvObj *)((char *)p - RAW_HDR);
    if (o->type != &raw_type || o->gc == GC_FREE)
        fatal("pv_mem_free/realloc of a pointer that pv_mem_alloc did not return");
    return o;
}

static void release_large(Page *p);

/* Frees a block at once (outside collections). */
static void free_block(PvObj *o)
{
    Page *p = page_of((uintptr_t)o);
    if (p->kind == PK_LARGE) {
        if (p->prev)
            p->prev->next = p->next;
        else
            large = p->next;
        if (p->next)
            p->next->prev = p->prev;
        release_large(p);
        return;
    }
    SizeClass *c = &classes[p->cls];
    FreeBlock *f = (FreeBlock *)o;
    f->gc = GC_FREE;
    if (verify)
        memset(f + 1, POISON, c->bsize - sizeof *f);
    f->next = c->free;
    c->free = f;
}

void *pv_mem_realloc(void *p, size_t old_size, size_t new_size)
{
    if (!p)
        return pv_mem_alloc(new_size);
    PvObj *o = raw_header(p);
    size_t usable = pv_gc_block_size(o) - RAW_HDR;
    /* in place when it fits and does not waste most of the block */
    if (new_size <= usable && (new_size >= usable / 4 || usable <= 256))
        return p;
    void *q = pv_mem_alloc(new_size);
    if (!q)
        return NULL;
    memcpy(q, p, new_size < usable ? new_size : usable);
    pv_mem_free(p, old_size);
    return q;
}

void pv_mem_free(void *p, size_t size)
{
    if (!p)
        return;
    PvObj *o = raw_header(p);
    if (in_gc)
        o->flags = RAW_ORPHAN; /* from a finalizer: the sweep decides */
    else
        free_block(o);
}

/* ------------------------------------------------------------------ */
/* Marking                                                             */
/* ------------------------------------------------------------------ */

static void check_value(Value v)
{
    Page *p = page_of((uintptr_t)v);
    if (!p)
        return; /* a static object */
    uintptr_t off = (uintptr_t)v - (uintptr_t)p->mem;
    if (p->kind == PK_LARGE ? off != 0
                            : off % p->bsize != 0 || off / p->bsize >= p->ncarved) {
        fprintf(stderr, "pyvm: GC verify: Value %p is not the start of a block\n", (void *)v);
        abort();
    }
    if (v->gc == GC_FREE) {
        fprintf(stderr, "pyvm: GC verify: Value %p points to a free block\n", (void *)v);
        abort();
    }
    if (v->type == &raw_type) {
        fprintf(stderr, "pyvm: GC verify: Value %p is side storage\n", (void *)v);
        abort();
    }
}

static void mark_obj(Value v)
{
    v->gc = epoch;
    if (msp == mcap) {
        mcap = mcap ? 2 * mcap : 4096;
        mstack = xrealloc(mstack, mcap * sizeof *mstack);
    }
    mstack[msp++] = v;
}

void pv_gc_mark(Value v)
{
    if (!v || pv_is_small(v) || v->gc == epoch)
        return;
    if (verify)
        check_value(v);
    mark_obj(v);
}

void pv_gc_mark_array(const Value *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pv_gc_mark(a[i]);
}

static void scan_range(const void *lo, const void *hi);

static void drain(void)
{
    while (msp) {
        Value v = mstack[--msp];
        PvType *t = v->type;
        if (!t)
            continue; /* a static object not set up yet */
        if (t == &raw_type) {
            /* side storage reached from the stack: its words may be Values */
            scan_range(v + 1, (char *)v + pv_gc_block_size(v));
            continue;
        }
        pv_gc_mark((Value)t);
        if (t->mark)
            t->mark(v);
    }
}

/* Marks the block w points into, if it is a live block of ours. */
static void mark_word(uintptr_t w)
{
    Page *p = page_of(w);
    if (!p)
        return;
    PvObj *o;
    if (p->kind == PK_LARGE) {
        if (w >= (uintptr_t)p->mem + p->bsize)
            return;
        o = (PvObj *)p->mem;
    } else {
        size_t i = (w - (uintptr_t)p->mem) / p->bsize;
        if (i >= p->ncarved)
            return;
        o = (PvObj *)(p->mem + i * p->bsize);
    }
    if (o->gc != GC_FREE && o->gc != epoch)
        mark_obj(o);
}

NO_ASAN static void scan_range(const void *lo, const void *hi)
{
    const uintptr_t *p = (const uintptr_t *)(((uintptr_t)lo + sizeof(uintptr_t) - 1)
                                             & ~(uintptr_t)(sizeof(uintptr_t) - 1));
    for (; (const void *)p < hi; p++) {
        uintptr_t w = *p;
        if (w >= heap_lo && w < heap_hi)
            mark_word(w);
    }
}

/* The frame address of a fresh callee: below every local of the caller. */
__attribute__((noinline)) static char *callee_frame(void)
{
    return __builtin_frame_address(0);
}

/* Explicit collections called straight from the outermost interpreter
 * loop: the C stack below this address holds only the loop's frame and the
 * call into the collector, whose live Values the thread frames already
 * hold (NULL: scan all). Skipping them keeps stale temporaries of the loop
 * from delaying finalizers (del x; gc.collect() must finalize x). */
static char *precise_top;

__attribute__((noinline)) static void scan_own_stack(void)
{
    char *sp = callee_frame();
    if (precise_top && self && precise_top > sp && precise_top < self->base)
        sp = precise_top;
    if (self)
        scan_range(sp, self->base);
}

/* Scans the C stacks: ours from here up (after spilling the callee-saved
 * registers into this frame), and the saved state of parked threads. */
__attribute__((noinline)) static void mark_stacks(void)
{
    jmp_buf regs;
    __builtin_unwind_init();
    setjmp(regs);
    scan_own_stack();
    for (GcThread *t = threads; t; t = t->next) {
        if (t == self || !t->parked)
            continue;
        scan_range(t->saved, t->saved + t->nsaved);
        scan_range(t->sp, t->base);
    }
    drain();
}

/* Default for a VM without green threads (unit tests). */
__attribute__((weak)) void pv_gc_mark_threads(void)
{
}

/* ------------------------------------------------------------------ */
/* Sweeping                                                            */
/* ------------------------------------------------------------------ */

static void finalize(PvObj *o)
{
    if (o->type && o->type->finalize)
        o->type->finalize(o);
}

static void release_page(Page *p)
{
    radix_set((uintptr_t)p->mem, NULL);
    p->next = pool;
    pool = p;
    npool++;
}

static void sweep_small(void)
{
    for (int c = 0; c < nclasses; c++)
        classes[c].free = NULL;
    size_t kept = 0;
    for (size_t i = 0; i < npages; i++) {
        Page *p = pages[i];
        SizeClass *c = &classes[p->cls];
        size_t bs = p->bsize, live = 0;
        FreeBlock *head = NULL, *tail = NULL;
        /* backwards, so that the page's free list runs in address order */
        for (size_t j = p->ncarved; j-- > 0;) {
            PvObj *o = (PvObj *)(p->mem + j * bs);
            if (o->gc == epoch) {
                live++;
                continue;
            }
            if (o->gc != GC_FREE) {
                if (o->type == &raw_type && o->flags == RAW_OWNED) {
                    live++; /* side storage: freed by its owner */
                    continue;
                }
                if (o->type != &raw_type)
                    last_freed++;
                finalize(o);
                o->gc = GC_FREE;
            }
            FreeBlock *f = (FreeBlock *)o;
            f->next = head;
            head = f;
            if (!tail)
                tail = f;
        }
        if (live == 0 && p != c->cur) {
            release_page(p);
            continue;
        }
        if (live == 0) {
            p->ncarved = 0; /* the page being carved: start it afresh */
        } else if (head) {
            tail->next = c->free;
            c->free = head;
        }
        live_bytes += live * bs;
        pages[kept++] = p;
    }
    npages = kept;
}

/* A dead large block's mapping: cached for reuse or unmapped. */
static void release_large(Page *p)
{
    for (size_t off = 0; off < p->maplen; off += PAGE_SIZE)
        radix_set((uintptr_t)p->mem + off, NULL);
    large_bytes -= p->maplen;
    if (p->maplen > trigger) {
        munmap(p->mem, p->maplen);
        free(p);
        return;
    }
    /* the oldest entries make room: sizes drift as a program runs */
    while (lcache_bytes + p->maplen > trigger) {
        Page *old = lcache_tail;
        lcache_unlink(old);
        munmap(old->mem, old->maplen);
        free(old);
    }
    p->prev = NULL;
    p->next = lcache;
    if (lcache)
        lcache->prev = p;
    else
        lcache_tail = p;
    lcache = p;
    lcache_bytes += p->maplen;
}

static void sweep_large(void)
{
    Page *dead = NULL;
    for (Page *p = large, *next; p; p = next) {
        next = p->next;
        PvObj *o = (PvObj *)p->mem;
        if (o->gc == epoch || (o->type == &raw_type && o->flags == RAW_OWNED)) {
            live_bytes += p->maplen;
            continue;
        }
        if (o->type != &raw_type)
            last_freed++;
        finalize(o);
        if (p->prev)
            p->prev->next = p->next;
        else
            large = p->next;
        if (p->next)
            p->next->prev = p->prev;
        p->next = dead;
        dead = p;
    }
    /* released only now: finalizers above may still read their types */
    while (dead) {
        Page *p = dead;
        dead = p->next;
        release_large(p);
    }
}

/* Returns the empty pages beyond what is worth keeping to the OS: keep
 * what the allocations until the next collection may use (re-mapping pages
 * at every cycle costs page faults and TLB shootdowns). */
static void trim_pool(void)
{
    size_t keep = trigger / PAGE_SIZE;
    if (keep < POOL_MIN)
        keep = POOL_MIN;
    while (npool > keep) {
        Page *p = pool;
        pool = p->next;
        npool--;
        munmap(p->mem, PAGE_SIZE);
        free(p);
    }
}

/* After 4 billion collections the epoch counter wraps: mark every block
 * "new" again so no stale epoch can look current. */
static void renumber(void)
{
    for (size_t i = 0; i < npages; i++)
        for (size_t j = 0; j < pages[i]->ncarved; j++) {
            PvObj *o = (PvObj *)(pages[i]->mem + j * pages[i]->bsize);
            if (o->gc != GC_FREE)
                o->gc = GC_NEW;
        }
    for (Page *p = large; p; p = p->next)
        ((PvObj *)p->mem)->gc = GC_NEW;
    for (size_t i = 0; i < nstatics; i++)
        statics[i]->gc = GC_NEW;
    epoch = GC_FIRST_EPOCH;
}

/* ------------------------------------------------------------------ */
/* Finalization                                                        */
/* ------------------------------------------------------------------ */

bool pv_gc_is_marked(Value v)
{
    if (!v || pv_is_small(v) || !page_of((uintptr_t)v))
        return true; /* small ints and static objects never die */
    return v->gc == epoch;
}

void pv_gc_register_finalizer(Value obj, bool (*needed)(Value obj))
{
    if (nfreg == freg_cap) {
        freg_cap = freg_cap ? 2 * freg_cap : 256;
        freg = xrealloc(freg, freg_cap * sizeof *freg);
    }
    freg[nfreg].obj = obj;
    freg[nfreg].needed = needed;
    nfreg++;
}

static void fqueue_push(Value v)
{
    if (fq_head > 0 && nfq == fq_cap) { /* slide the live part down */
        memmove(fqueue, fqueue + fq_head, (nfq - fq_head) * sizeof *fqueue);
        nfq -= fq_head;
        fq_head = 0;
    }
    if (nfq == fq_cap) {
        fq_cap = fq_cap ? 2 * fq_cap : 64;
        fqueue = xrealloc(fqueue, fq_cap * sizeof *fqueue);
    }
    fqueue[nfq++] = v;
}

Value pv_gc_finalizer_pop(void)
{
    if (fq_head == nfq)
        return NULL;
    Value v = fqueue[fq_head++];
    if (fq_head == nfq)
        fq_head = nfq = 0;
    return v;
}

bool pv_gc_finalizers_pending(void)
{
    return fq_head < nfq;
}

/* After marking: the registered objects that died and still need their
 * finalizer are resurrected (marked with all they reach) and queued; the
 * others leave the registry. Queue order: objects that no other dying
 * one reaches first (a container's __del__ before its items', as
 * reference counting would do), each group in registration order. */
static void find_finalizable(void)
{
    size_t ncand = 0, kept = 0;
    for (size_t i = 0; i < nfreg; i++) {
        FinEntry e = freg[i];
        if (e.obj->gc == epoch) {
            freg[kept++] = e;
            continue;
        }
        if (e.needed && !e.needed(e.obj))
            continue; /* e.g. a finished generator: nothing to run */
        if (ncand == fcand_cap) {
            fcand_cap = fcand_cap ? 2 * fcand_cap : 64;
            fcand = xrealloc(fcand, fcand_cap * sizeof *fcand);
        }
        fcand[ncand++] = e.obj;
    }
    nfreg = kept;
    if (!ncand)
        return;
    /* mark what each candidate reaches, not the candidate itself: a
     * candidate marked afterwards is reached from a dying object */
    for (size_t i = 0; i < ncand; i++) {
        Value v = fcand[i];
        pv_gc_mark((Value)v->type);
        if (v->type->mark)
            v->type->mark(v);
        drain();
    }
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < ncand; i++) {
            Value v = fcand[i];
            if ((v->gc == epoch) == (pass == 1))
                fqueue_push(v);
        }
    for (size_t i = 0; i < ncand; i++)
        pv_gc_mark(fcand[i]);
    drain();
}

static void collect(void)
{
    if (in_gc || disabled)
        return;
    in_gc = true;
    if (epoch == UINT32_MAX)
        renumber();
    else
        epoch++;
    for (size_t i = 0; i < nroots; i++)
        pv_gc_mark(*roots[i]);
    for (size_t i = 0; i < nstatics; i++)
        pv_gc_mark(statics[i]);
    for (size_t i = fq_head; i < nfq; i++)
        pv_gc_mark(fqueue[i]);
    if (pv_weakref_gc_mark_pending)
        pv_weakref_gc_mark_pending();
    drain();
    pv_gc_mark_threads();
    drain();
    mark_stacks();
    find_finalizable();
    if (pv_weakref_gc_clear)
        pv_weakref_gc_clear();

    live_bytes = 0;
    last_freed = 0;
    nalloc_since = 0;
    sweep_small();
    sweep_large();
    if (verify)
        poison_free_blocks();
    size_t live = live_bytes;
    /* heap <= 2.5 x live: fewer collections of big live heaps */
    trigger = live + live / 2 > MIN_TRIGGER ? live + live / 2 : MIN_TRIGGER;
    trim_pool();
    since = 0;
    ncollections++;
    in_gc = false;
    if (pv_gc_finalizers_ready)
        pv_gc_finalizers_ready(); /* finalize.c: queue or weakref callbacks to run? */
}

/* ------------------------------------------------------------------ */
/* Public control                                                      */
/* ------------------------------------------------------------------ */

void pv_gc_collect(void)
{
    collect();
}

void pv_gc_collect_precise(void *stack_top)
{
    precise_top = stack_top;
    collect();
    precise_top = NULL;
}

void pv_gc_disable(void)
{
    disabled++;
}

void pv_gc_enable(void)
{
    if (disabled > 0)
        disabled--;
}

void pv_gc_add_root(Value *slot)
{
    if (nroots == roots_cap) {
        roots_cap = roots_cap ? 2 * roots_cap : 64;
        roots = xrealloc(roots, roots_cap * sizeof *roots);
    }
    roots[nroots++] = slot;
}

void pv_gc_remove_root(Value *slot)
{
    for (size_t i = nroots; i-- > 0;)
        if (roots[i] == slot) {
            roots[i] = roots[--nroots];
            return;
        }
}

void pv_gc_add_static(Value obj)
{
    if (nstatics == statics_cap) {
        statics_cap = statics_cap ? 2 * statics_cap : 256;
        statics = xrealloc(statics, statics_cap * sizeof *statics);
    }
    statics[nstatics++] = obj;
}

uint64_t pv_gc_freed_last(void)
{
    return last_freed;
}

uint64_t pv_gc_allocated_since(void)
{
    return nalloc_since;
}

void pv_gc_stats(PvGcStats *out)
{
    out->collections = ncollections;
    out->bytes_live = live_bytes;
    out->bytes_allocated_total = total_allocated;
    out->heap_bytes = (npages + npool) * PAGE_SIZE + large_bytes + lcache_bytes;
}

size_t pv_gc_block_size(Value obj)
{
    Page *p = page_of((uintptr_t)obj);
    if (!p)
        return 0;
    return p->bsize - ((uintptr_t)obj - (uintptr_t)p->mem) % p->bsize;
}

/* ------------------------------------------------------------------ */
/* OS threads                                                          */
/* ------------------------------------------------------------------ */

void pv_gc_thread_register(void *stack_base)
{
    GcThread *t = calloc(1, sizeof *t);
    if (!t)
        fatal("out of memory registering a thread");
    t->base = stack_base;
#ifdef HAVE_PTHREAD_GETATTR_NP
    /* Scan up to the real top of the stack, so that locals of the caller
     * above stack_base are seen too. */
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
            char *top = (char *)addr + size;
            if ((char *)stack_base <= top && (char *)stack_base >= (char *)addr)
                t->base = top;
        }
        pthread_attr_destroy(&attr);
    }
#endif
    t->next = threads;
    threads = t;
    self = t;
}

void pv_gc_thread_unregister(void)
{
    for (GcThread **l = &threads; *l; l = &(*l)->next)
        if (*l == self) {
            *l = self->next;
            break;
        }
    free(self);
    self = NULL;
}

NO_ASAN __attribute__((noinline)) void pv_gc_thread_park(void)
{
    GcThread *t = self;
    if (!t)
        return;
    __builtin_unwind_init(); /* callee-saved registers into this frame */
    uintptr_t *lo = (uintptr_t *)callee_frame();
#if defined(__x86_64__) || defined(__i386__)
    /* above the frame pointer: saved frame pointer, return address, then
     * the caller's frame, which stays intact while the thread is parked */
    uintptr_t *hi = (uintptr_t *)__builtin_frame_address(0) + 2;
#else
    uintptr_t *hi = lo + sizeof t->saved / sizeof t->saved[0];
#endif
    size_t n = (size_t)(hi - lo);
    if (n > sizeof t->saved / sizeof t->saved[0])
        n = sizeof t->saved / sizeof t->saved[0]; /* the spills sit near hi */
    for (size_t i = 0; i < n; i++)
        t->saved[i] = hi[-(ptrdiff_t)n + (ptrdiff_t)i];
    t->nsaved = n;
    t->sp = (char *)hi;
    t->parked = true;
}

void pv_gc_thread_unpark(void)
{
    if (self)
        self->parked = false;
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */
/* ------------------------------------------------------------------ */

static void print_stats(void)
{
    PvGcStats s;
    pv_gc_stats(&s);
    fprintf(stderr, "gc: %llu collections, %llu bytes allocated, %llu live, heap %llu\n",
            (unsigned long long)s.collections, (unsigned long long)s.bytes_allocated_total,
            (unsigned long long)s.bytes_live, (unsigned long long)s.heap_bytes);
}

void pv_gc_init(void *stack_base)
{
    init_classes();
    pv_gc_thread_register(stack_base);
    const char *e = getenv("PYVM_GC_STRESS");
    if (e && *e)
        stress = strtoul(e, NULL, 10);
    e = getenv("PYVM_GC_VERIFY");
    verify = e && *e && *e != '0';
    e = getenv("PYVM_GC_DISABLE"); /* debugging: is a crash the GC's doing? */
    if (e && *e && *e != '0')
        disabled = 1;
    e = getenv("PYVM_GC_STATS");
    if (e && *e && *e != '0')
        atexit(print_stats);
}

#if defined(__SANITIZE_THREAD__)
/* MemoryError tests ask for absurd sizes. */
const char *__tsan_default_options(void);
const char *__tsan_default_options(void)
{
    return "allocator_may_return_null=1";
}
#endif

#ifdef PV_ASAN
/* The conservative scan needs every local on the real C stack: ASan's fake
 * stack (detect_stack_use_after_return) would hide them. LeakSanitizer
 * cannot see side storage referenced only from GC pages. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "detect_stack_use_after_return=0:detect_leaks=0:allocator_may_return_null=1";
}
#endif
