/* Unit tests of the garbage collector alone (vm/gc.c), with a tiny object
 * type of its own and stubs for the rest of the VM. */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pv.h"

/* --- stubs for what gc.c needs from the rest of the VM ------------- */
static int nomemory_calls;
Value pv_nomemory(void)
{
    nomemory_calls++;
    return NULL;
}

/* --- a test object type ---------------------------------------------- */
typedef struct Node {
    PvObj h;
    Value next, other;
    int64_t id;
} Node;

#define MAXID 4096
static int finalized;
static unsigned char dead_id[MAXID];

static void node_mark(Value v)
{
    Node *n = (Node *)v;
    pv_gc_mark(n->next);
    pv_gc_mark(n->other);
}

static void node_finalize(Value v)
{
    Node *n = (Node *)v;
    finalized++;
    if (n->id >= 0 && n->id < MAXID)
        dead_id[n->id] = 1;
}

static PvType node_type = {
    .name = "node", .basicsize = sizeof(Node),
    .mark = node_mark, .finalize = node_finalize,
};

static Node *node(int64_t id, Value next)
{
    Node *n = pv_alloc(&node_type, sizeof(Node));
    ck_assert_ptr_nonnull(n);
    n->id = id;
    n->next = next;
    return n;
}

/* Overwrites dead stack below the caller so stale pointers left by earlier
 * calls do not keep garbage alive. */
__attribute__((noinline)) static void wipe_stack(void)
{
    volatile char buf[32768];
    memset((char *)buf, 0, sizeof buf);
}

/* Runs fn deeper in the stack than the callers of wipe_stack, so that all
 * of fn's frames get wiped. */
__attribute__((noinline)) static void run_deep(void (*fn)(void))
{
    char pad[512];
    __asm__ volatile("" : : "r"(pad) : "memory");
    wipe_stack(); /* leftovers of earlier calls at fn's depth */
    fn();
    __asm__ volatile("" : : "r"(pad) : "memory");
}

static void collect_clean(void)
{
    wipe_stack();
    pv_gc_collect();
}

static void reset_counts(void)
{
    finalized = 0;
    memset(dead_id, 0, sizeof dead_id);
}

/* --------------------------------------------------------------------- */

START_TEST(test_alloc_zeroed)
{
    for (size_t size = 16; size < 70000; size = size * 3 / 2 + 8) {
        unsigned char *p = pv_alloc(&node_type, size);
        ck_assert_ptr_nonnull(p);
        ck_assert_ptr_eq(((PvObj *)p)->type, &node_type);
        ck_assert_uint_eq(((PvObj *)p)->flags, 0);
        for (size_t i = sizeof(PvObj); i < size; i++)
            ck_assert_uint_eq(p[i], 0);
        ck_assert_uint_ge(pv_gc_block_size((Value)p), size);
        memset(p + sizeof(PvObj), 0xab, size - sizeof(PvObj));
    }
    /* static objects are not in the heap */
    ck_assert_uint_eq(pv_gc_block_size((Value)&node_type), 0);
}
END_TEST

__attribute__((noinline)) static void make_garbage(int n)
{
    for (int i = 0; i < n; i++)
        node(i, NULL);
}

START_TEST(test_unreachable_collected)
{
    reset_counts();
    make_garbage(1000);
    collect_clean();
    /* a few may be kept by stale words in registers; nearly all must go */
    ck_assert_int_ge(finalized, 990);
    /* freed blocks are reused */
    PvGcStats before, after;
    pv_gc_stats(&before);
    make_garbage(900);
    pv_gc_stats(&after);
    ck_assert_uint_eq(after.heap_bytes, before.heap_bytes);
}
END_TEST

START_TEST(test_stack_roots)
{
    reset_counts();
    Node *volatile keep = node(7, NULL);
    Node *chain = node(8, (Value)node(9, (Value)node(10, NULL)));
    collect_clean();
    ck_assert(!dead_id[7] && !dead_id[8] && !dead_id[9] && !dead_id[10]);
    ck_assert_int_eq(keep->id, 7);
    ck_assert_int_eq(((Node *)((Node *)chain->next)->next)->id, 10);
    ck_assert_ptr_eq(keep->h.type, &node_type);
}
END_TEST

__attribute__((noinline)) static char *make_inner(int64_t id, size_t size, size_t off)
{
    Node *n = pv_alloc(&node_type, size);
    n->id = id;
    return (char *)n + off;
}

START_TEST(test_interior_pointers)
{
    reset_counts();
    char *volatile small_inner = make_inner(20, sizeof(Node), 20);
    char *volatile large_inner = make_inner(21, 200000, 150000);
    make_garbage(10);
    collect_clean();
    ck_assert(!dead_id[20]);
    ck_assert(!dead_id[21]);
    ck_assert_int_eq(((Node *)(small_inner - 20))->id, 20);
    ck_assert_int_eq(((Node *)(large_inner - 150000))->id, 21);
}
END_TEST

START_TEST(test_large_objects)
{
    reset_counts();
    PvGcStats s0, s1, s2;
    collect_clean();
    pv_gc_stats(&s0);
    pv_gc_disable();
    for (int i = 0; i < 50; i++) {
        Node *n = pv_alloc(&node_type, 1 << 20);
        n->id = 100 + i;
    }
    pv_gc_enable();
    pv_gc_stats(&s1);
    ck_assert_uint_ge(s1.heap_bytes, s0.heap_bytes + 50u * (1 << 20));
    collect_clean();
    pv_gc_stats(&s2);
    ck_assert_int_ge(finalized, 48);
    /* up to 16 MB (the collection trigger) of dead mappings stay cached */
    ck_assert_uint_le(s2.heap_bytes, s0.heap_bytes + 20u * (1 << 20));
}
END_TEST

static Value root_slot;

static void set_root(void)
{
    root_slot = (Value)node(32, NULL);
}

START_TEST(test_registered_roots)
{
    reset_counts();
    pv_gc_add_root(&root_slot);
    root_slot = (Value)node(30, (Value)node(31, NULL));
    collect_clean();
    ck_assert(!dead_id[30] && !dead_id[31]);
    root_slot = NULL;
    collect_clean();
    ck_assert(dead_id[30] && dead_id[31]);
    run_deep(set_root);
    pv_gc_remove_root(&root_slot);
    root_slot = NULL;
    collect_clean();
    ck_assert(dead_id[32]);
}
END_TEST

static Node static_node = {.h = {.type = &node_type}, .id = -1};

START_TEST(test_static_objects)
{
    reset_counts();
    pv_gc_add_static((Value)&static_node);
    static_node.next = (Value)node(40, (Value)node(41, NULL));
    collect_clean();
    collect_clean();
    ck_assert(!dead_id[40] && !dead_id[41]);
    static_node.next = NULL;
    collect_clean();
    ck_assert(dead_id[40] && dead_id[41]);
}
END_TEST

__attribute__((noinline)) static void make_cycle(void)
{
    Node *a = node(50, NULL), *b = node(51, (Value)a);
    a->next = (Value)b;
    a->other = (Value)a;
}

START_TEST(test_cycles_collected)
{
    reset_counts();
    run_deep(make_cycle);
    collect_clean();
    ck_assert(dead_id[50] && dead_id[51]);
}
END_TEST

__attribute__((noinline)) static Value build_list(int n)
{
    Value head = NULL;
    for (int i = 0; i < n; i++)
        head = (Value)node(MAXID + i, head);
    return head;
}

START_TEST(test_deep_list)
{
    reset_counts();
    Value head = build_list(1000000);
    collect_clean();
    ck_assert_int_eq(finalized, 0);
    int n = 0;
    for (Value v = head; v; v = ((Node *)v)->next)
        n++;
    ck_assert_int_eq(n, 1000000);
    head = NULL;
    collect_clean();
    ck_assert_int_ge(finalized, 999000);
}
END_TEST

START_TEST(test_trigger_bounds_heap)
{
    PvGcStats s0, s1;
    pv_gc_stats(&s0);
    for (int i = 0; i < 4000000; i++) /* 256 MB in 64-byte objects */
        pv_alloc(&node_type, 64);
    pv_gc_stats(&s1);
    ck_assert_uint_gt(s1.collections, s0.collections + 5);
    ck_assert_uint_lt(s1.heap_bytes, 64u << 20);
    ck_assert_uint_ge(s1.bytes_allocated_total - s0.bytes_allocated_total, 256000000u);
}
END_TEST

START_TEST(test_disable)
{
    reset_counts();
    PvGcStats s0, s1;
    pv_gc_stats(&s0);
    pv_gc_disable();
    pv_gc_disable();
    make_garbage(10);
    pv_gc_collect();
    pv_gc_enable();
    pv_gc_collect();
    pv_gc_stats(&s1);
    ck_assert_uint_eq(s1.collections, s0.collections);
    ck_assert_int_eq(finalized, 0);
    pv_gc_enable();
    collect_clean();
    ck_assert_int_ge(finalized, 9);
}
END_TEST

START_TEST(test_mem_accounting)
{
    PvGcStats s0, s1, s2;
    collect_clean();
    pv_gc_stats(&s0);
    char *p = pv_mem_alloc(1000000);
    ck_assert_ptr_nonnull(p);
    p = pv_mem_realloc(p, 1000000, 3000000);
    ck_assert_ptr_nonnull(p);
    collect_clean();
    pv_gc_stats(&s1);
    /* side storage lives in the heap, rounded to whole blocks */
    ck_assert_uint_ge(s1.bytes_live, s0.bytes_live + 3000000);
    ck_assert_uint_le(s1.bytes_live, s0.bytes_live + 3000000 + 65536);
    memset(p, 1, 3000000);
    pv_mem_free(p, 3000000);
    collect_clean();
    pv_gc_stats(&s2);
    ck_assert_uint_eq(s2.bytes_live, s0.bytes_live);
    /* small blocks: realloc keeps the contents, free makes them reusable */
    char *a = pv_mem_alloc(10);
    memcpy(a, "abcdefghij", 10);
    a = pv_mem_realloc(a, 10, 12); /* fits its block: in place */
    a = pv_mem_realloc(a, 12, 5000);
    ck_assert(memcmp(a, "abcdefghij", 10) == 0);
    a = pv_mem_realloc(a, 5000, 100000);
    ck_assert(memcmp(a, "abcdefghij", 10) == 0);
    a = pv_mem_realloc(a, 100000, 8);
    ck_assert(memcmp(a, "abcdefgh", 8) == 0);
    pv_mem_free(a, 8);
    nomemory_calls = 0;
    ck_assert_ptr_null(pv_mem_alloc((size_t)1 << 62));
    ck_assert_int_eq(nomemory_calls, 1);
}
END_TEST

/* An object with side storage, like a list: items in a pv_mem block,
 * marked by the mark slot and freed by the finalizer. */
typedef struct Vec {
    PvObj h;
    size_t n;
    Value *items;
    int64_t id;
} Vec;

static void vec_mark(Value v)
{
    pv_gc_mark_array(((Vec *)v)->items, ((Vec *)v)->n);
}

static void vec_finalize(Value v)
{
    Vec *x = (Vec *)v;
    pv_mem_free(x->items, x->n * sizeof(Value));
    dead_id[x->id] = 1;
}

static PvType vec_type = {
    .name = "vec", .basicsize = sizeof(Vec), .mark = vec_mark, .finalize = vec_finalize,
};

/* Keeps only the item array: the vector itself becomes garbage, as when
 * C code keeps pv_list_items(l) and drops l. */
static Value *items_only;

static void make_vec(void)
{
    Vec *x = pv_alloc(&vec_type, sizeof(Vec));
    x->id = 80;
    x->n = 3;
    x->items = pv_mem_alloc(3 * sizeof(Value));
    for (int i = 0; i < 3; i++)
        x->items[i] = (Value)node(81 + i, NULL);
    items_only = x->items;
}

/* Keeps the item array only in a local of a frame of its own while two
 * collections run. */
static void hold_items(void)
{
    Value *volatile items = items_only;
    items_only = NULL;
    collect_clean();
    /* the owner is normally gone (a stale word may keep it, as under TSan)
     * but never its items */
    ck_assert(!dead_id[81] && !dead_id[82] && !dead_id[83]);
    collect_clean();
    ck_assert(!dead_id[81] && !dead_id[82] && !dead_id[83]);
    ck_assert_int_eq(((Node *)items[2])->id, 83);
}

START_TEST(test_side_storage_pointer)
{
    reset_counts();
    run_deep(make_vec);
    run_deep(hold_items);
    collect_clean();
    collect_clean();
    ck_assert(dead_id[81] && dead_id[82] && dead_id[83]);
}
END_TEST

/* A second OS thread holds an object only in its stack and registers while
 * it is parked; a collection by the main thread must keep it. */
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int phase;

__attribute__((noinline)) static Node *thread_alloc(void)
{
    return node(60, NULL);
}

static void *thread_main(void *arg)
{
    char base;
    pthread_mutex_lock(&mu);
    pv_gc_thread_register(&base);
    Node *mine = thread_alloc();
    pv_gc_thread_park();
    phase = 1;
    pthread_cond_broadcast(&cv);
    while (phase != 2)
        pthread_cond_wait(&cv, &mu);
    pv_gc_thread_unpark();
    *(int64_t *)arg = mine->id;
    pv_gc_thread_unregister();
    pthread_mutex_unlock(&mu);
    return NULL;
}

START_TEST(test_parked_thread)
{
    reset_counts();
    pthread_t th;
    int64_t seen = 0;
    pthread_mutex_lock(&mu);
    phase = 0;
    ck_assert_int_eq(pthread_create(&th, NULL, thread_main, &seen), 0);
    while (phase != 1)
        pthread_cond_wait(&cv, &mu);
    collect_clean();
    collect_clean();
    ck_assert(!dead_id[60]);
    phase = 2;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    pthread_join(th, NULL);
    ck_assert_int_eq(seen, 60);
    collect_clean();
    ck_assert(dead_id[60]);
}
END_TEST

int main(void)
{
    pv_gc_init(__builtin_frame_address(0));
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("gc");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_alloc_zeroed);
    tcase_add_test(tc, test_unreachable_collected);
    tcase_add_test(tc, test_stack_roots);
    tcase_add_test(tc, test_interior_pointers);
    tcase_add_test(tc, test_large_objects);
    tcase_add_test(tc, test_registered_roots);
    tcase_add_test(tc, test_static_objects);
    tcase_add_test(tc, test_cycles_collected);
    tcase_add_test(tc, test_deep_list);
    tcase_add_test(tc, test_trigger_bounds_heap);
    tcase_add_test(tc, test_disable);
    tcase_add_test(tc, test_mem_accounting);
    tcase_add_test(tc, test_parked_thread);
    tcase_add_test(tc, test_side_storage_pointer);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
