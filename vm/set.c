/* set.c: set and frozenset.
 *
 * Open addressing exactly as CPython 3.11 (linear probes of 9 slots, then
 * perturbed jumps; same sizes, fill ratio, resize points and merge paths),
 * because a set's iteration order is its table order and programs print
 * sets: {3, 1, 2} must show as {1, 2, 3}. Tables of up to 8 slots live in
 * the object. */
#include "pv.h"
#include <string.h>

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct { Value key; int64_t hash; } SetEntry;
typedef struct {
    PvObj h;
    size_t fill;    /* active + dummy */
    size_t used;    /* active */
    size_t mask;
    size_t finger;  /* where pop() looks next */
    int64_t hash;   /* frozenset hash, -1 until computed */
    SetEntry *table;
    SetEntry small[MINSIZE];
} PvSet;
#define S(v) ((PvSet *)(v))

static PvObj dummy_obj; /* marks deleted slots; never a real key */
#define DUMMY (&dummy_obj)

bool pv_is_anyset(Value v)
{
    return pv_isinst(v, &pv_set_type) || pv_isinst(v, &pv_frozenset_type);
}

static inline bool is_live(Value k)
{
    return k != NULL && k != DUMMY;
}

static inline bool is_exact_str(Value v)
{
    return !pv_is_small(v) && v->type == &pv_str_type;
}

/* ---- the table ---- */

static void free_table(PvSet *so)
{
    if (so->table && so->table != so->small)
        pv_mem_free(so->table, (so->mask + 1) * sizeof(SetEntry));
}

static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(PvSet *so, size_t minused)
{
    size_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    SetEntry *old = so->table, copy[MINSIZE];
    size_t oldmask = so->mask;
    bool old_small = old == so->small;
    if (old_small) {
        memcpy(copy, so->small, sizeof copy);
        old = copy;
    }
    SetEntry *nt;
    if (newsize == MINSIZE) {
        nt = so->small;
    } else {
        nt = pv_mem_alloc(newsize * sizeof(SetEntry));
        if (!nt)
            return -1;
    }
    memset(nt, 0, newsize * sizeof(SetEntry));
    so->table = nt;
    so->mask = newsize - 1;
    for (size_t i = 0; i <= oldmask; i++)
        if (is_live(old[i].key))
            insert_clean(nt, so->mask, old[i].key, old[i].hash);
    so->fill = so->used;
    if (!old_small)
        pv_mem_free(old, (oldmask + 1) * sizeof(SetEntry));
    return 0;
}

/* The slot holding key, or the empty slot ending its probe sequence (key
 * NULL). NULL on error. A Python __eq__ that changes the set restarts. */
static SetEntry *lookkey(PvSet *so, Value key, int64_t hash)
{
restart:;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return e;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key)
                    return e;
                if (is_exact_str(sk) && is_exact_str(key)) {
                    if (pv_str_eq(sk, key))
                        return e;
                } else {
                    SetEntry *table = so->table;
                    int r = pv_eq(sk, key);
                    if (r < 0)
                        return NULL;
                    if (table != so->table || e->key != sk)
                        goto restart;
                    if (r)
                        return e;
                    mask = so->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int add_entry(PvSet *so, Value key, int64_t hash)
{
restart:;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key)
                    return 0;
                if (is_exact_str(sk) && is_exact_str(key)) {
                    if (pv_str_eq(sk, key))
                        return 0;
                } else {
                    SetEntry *table = so->table;
                    int r = pv_eq(sk, key);
                    if (r < 0)
                        return -1;
                    if (r)
                        return 0;
                    if (table != so->table || e->key != sk)
                        goto restart;
                    mask = so->mask;
                }
            } else if (e->hash == -1) {
                freeslot = e; /* CPython 3.11 reuses the last dummy seen */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if (so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int add_key(PvSet *so, Value key)
{
    int64_t h = pv_hash_key(key);
    return h == -1 ? -1 : add_entry(so, key, h);
}

/* 1 found and removed, 0 absent, -1 error. */
static int discard_entry(PvSet *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return 1;
}

static int contains_entry(PvSet *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    return e ? e->key != NULL : -1;
}

/* Hash a key for a lookup; an unhashable set is looked up as the
 * frozenset of its items, as CPython does. *alt receives that frozenset. */
static int64_t lookup_hash(Value *key)
{
    int64_t h = pv_hash_key(*key);
    if (h == -1 && pv_isinst(*key, &pv_set_type) && pv_err_matches(&pv_exc_TypeError)) {
        pv_err_clear();
        Value f = pv_frozenset_new(*key);
        if (!f)
            return -1;
        *key = f;
        h = pv_hash(f);
    }
    return h;
}

static void clear_internal(PvSet *so)
{
    free_table(so);
    memset(so->small, 0, sizeof so->small);
    so->table = so->small;
    so->mask = MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
}

static bool set_next(PvSet *so, size_t *pos, SetEntry **out)
{
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (is_live(e->key)) {
            *out = e;
            return true;
        }
    }
    return false;
}

static int merge(PvSet *so, PvSet *other)
{
    if (so == other || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++)
            if (is_live(other->table[i].key))
                so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++)
            if (is_live(other->table[i].key))
                insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (is_live(e.key) && add_entry(so, e.key, e.hash) < 0)
            return -1;
    }
    return 0;
}

static int update_internal(PvSet *so, Value other)
{
    if (pv_is_anyset(other))
        return merge(so, S(other));
    if (pv_is_type(other, &pv_dict_type)) {
        size_t n = (size_t)pv_dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        PvDict *d = (PvDict *)other;
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key && add_entry(so, d->entries[i].key, d->entries[i].hash) < 0)
                return -1;
        return 0;
    }
    Value it = pv_iter(other);
    if (!it)
        return -1;
    Value k;
    while ((k = pv_next(it)))
        if (add_key(so, k) < 0)
            return -1;
    return pv_err_occurred() ? -1 : 0;
}

/* set.update(iterable) for C callers (SET_UPDATE of set displays). */
int pv_set_update(Value set, Value iterable)
{
    return update_internal(S(set), iterable);
}

static Value make_new(PvType *type, Value iterable)
{
    PvSet *so = pv_alloc(type, type == &pv_set_type || type == &pv_frozenset_type
                                   ? sizeof(PvSet) : type->basicsize);
    if (!so)
        return NULL;
    so->table = so->small;
    so->mask = MINSIZE - 1;
    so->hash = -1;
    if (iterable && update_internal(so, iterable) < 0)
        return NULL;
    return (Value)so;
}

/* New set of the base type of `type` (set or frozenset), as CPython's
 * results of set operations on subclasses. */
static Value make_new_base(PvType *type, Value iterable)
{
    return make_new(pv_type_is_subtype(type, &pv_set_type) ? &pv_set_type : &pv_frozenset_type,
                    iterable);
}

static Value set_copy(Value so)
{
    return make_new_base(pv_type(so), so);
}

Value pv_set_new(Value iterable) { return make_new(&pv_set_type, iterable); }
Value pv_frozenset_new(Value iterable) { return make_new(&pv_frozenset_type, iterable); }
int pv_set_add(Value set, Value key) { return add_key(S(set), key); }
ssize_t pv_set_size(Value set) { return (ssize_t)S(set)->used; }

int pv_set_contains(Value set, Value key)
{
    int64_t h = lookup_hash(&key);
    return h == -1 ? -1 : contains_entry(S(set), key, h);
}

int pv_set_contains_hashed(Value set, Value key, int64_t hash)
{
    return contains_entry(S(set), key, hash);
}

int pv_set_discard(Value set, Value key)
{
    int64_t h = lookup_hash(&key);
    return h == -1 ? -1 : discard_entry(S(set), key, h);
}

bool pv_set_next(Value set, size_t *pos, Value *key)
{
    SetEntry *e;
    if (!set_next(S(set), pos, &e))
        return false;
    *key = e->key;
    return true;
}

/* ---- algebra (CPython's algorithms, which fix the result's order) ---- */

static Value intersection(Value so, Value other)
{
    if (so == other)
        return set_copy(so);
    Value result = make_new_base(pv_type(so), NULL);
    if (!result)
        return NULL;
    if (pv_is_anyset(other)) {
        if (S(other)->used > S(so)->used) {
            Value t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next(S(other), &pos, &e)) {
            Value k = e->key;
            int64_t h = e->hash;
            int r = contains_entry(S(so), k, h);
            if (r < 0 || (r && add_entry(S(result), k, h) < 0))
                return NULL;
        }
        return result;
    }
    Value it = pv_iter(other);
    if (!it)
        return NULL;
    Value k;
    while ((k = pv_next(it))) {
        int64_t h = pv_hash_key(k);
        if (h == -1)
            return NULL;
        int r = contains_entry(S(so), k, h);
        if (r < 0 || (r && add_entry(S(result), k, h) < 0))
            return NULL;
    }
    return pv_err_occurred() ? NULL : result;
}

static void swap_bodies(PvSet *a, PvSet *b)
{
    PvSet t;
    memcpy(&t.fill, &a->fill, sizeof(PvSet) - offsetof(PvSet, fill));
    memcpy(&a->fill, &b->fill, sizeof(PvSet) - offsetof(PvSet, fill));
    memcpy(&b->fill, &t.fill, sizeof(PvSet) - offsetof(PvSet, fill));
    if (a->table == b->small)
        a->table = a->small;
    if (b->table == a->small)
        b->table = b->small;
}

static int difference_update_internal(PvSet *so, Value other)
{
    if ((Value)so == other) {
        clear_internal(so);
        return 0;
    }
    if (pv_is_anyset(other)) {
        if ((S(other)->used >> 3) > so->used && !(other = intersection((Value)so, other)))
            return -1;
        size_t pos = 0;
        SetEntry *e;
        while (set_next(S(other), &pos, &e))
            if (discard_entry(so, e->key, e->hash) < 0)
                return -1;
    } else {
        Value it = pv_iter(other);
        if (!it)
            return -1;
        Value k;
        while ((k = pv_next(it))) {
            int64_t h = lookup_hash(&k);
            if (h == -1 || discard_entry(so, k, h) < 0)
                return -1;
        }
        if (pv_err_occurred())
            return -1;
    }
    if (so->fill - so->used <= so->mask / 4)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value difference(Value so, Value other)
{
    Value result;
    size_t other_size;
    if (pv_is_anyset(other))
        other_size = S(other)->used;
    else if (pv_is_type(other, &pv_dict_type))
        other_size = (size_t)pv_dict_size(other);
    else
        goto copy_and_diff;
    if ((S(so)->used >> 2) > other_size)
        goto copy_and_diff;
    result = make_new_base(pv_type(so), NULL);
    if (!result)
        return NULL;
    size_t pos = 0;
    SetEntry *e;
    while (set_next(S(so), &pos, &e)) {
        /* an __eq__ may clear the set under e: keep the entry in locals */
        Value k = e->key;
        int64_t h = e->hash;
        int r;
        if (pv_is_type(other, &pv_dict_type)) {
            r = pv_dict_contains(other, k);
        } else {
            r = contains_entry(S(other), k, h);
        }
        if (r < 0 || (!r && add_entry(S(result), k, h) < 0))
            return NULL;
    }
    return result;
copy_and_diff:
    result = set_copy(so);
    if (!result || difference_update_internal(S(result), other) < 0)
        return NULL;
    return result;
}

static int symmetric_difference_update(PvSet *so, Value other)
{
    if ((Value)so == other) {
        clear_internal(so);
        return 0;
    }
    Value otherset = other;
    if (pv_is_type(other, &pv_dict_type)) {
        size_t pos = 0;
        Value k, v;
        while (pv_dict_next(other, &pos, &k, &v)) {
            int64_t h = pv_hash_key(k);
            int r = h == -1 ? -1 : discard_entry(so, k, h);
            if (r < 0 || (r == 0 && add_entry(so, k, h) < 0))
                return -1;
        }
        return 0;
    }
    if (!pv_is_anyset(other) && !(otherset = make_new_base(pv_type((Value)so), other)))
        return -1;
    size_t pos = 0;
    SetEntry *e;
    while (set_next(S(otherset), &pos, &e)) {
        Value k = e->key; /* e may be cleared by an __eq__ */
        int64_t h = e->hash;
        int r = discard_entry(so, k, h);
        if (r < 0 || (r == 0 && add_entry(so, k, h) < 0))
            return -1;
    }
    return 0;
}

static Value symmetric_difference(Value so, Value other)
{
    Value r = make_new_base(pv_type(so), other);
    if (!r || symmetric_difference_update(S(r), so) < 0)
        return NULL;
    return r;
}

static int issubset(Value so, Value other)
{
    if (!pv_is_anyset(other)) {
        Value t = pv_set_new(other);
        if (!t)
            return -1;
        other = t;
    }
    if (S(so)->used > S(other)->used)
        return 0;
    size_t pos = 0;
    SetEntry *e;
    while (set_next(S(so), &pos, &e)) {
        int r = contains_entry(S(other), e->key, e->hash);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int issuperset(Value so, Value other)
{
    if (pv_is_anyset(other))
        return issubset(other, so);
    Value it = pv_iter(other);
    if (!it)
        return -1;
    Value k;
    while ((k = pv_next(it))) {
        int r = pv_set_contains(so, k);
        if (r <= 0)
            return r;
    }
    return pv_err_occurred() ? -1 : 1;
}

/* ---- slots ---- */

static void set_mark(Value self)
{
    PvSet *so = S(self);
    for (size_t i = 0; i <= so->mask; i++)
        if (is_live(so->table[i].key))
            pv_gc_mark(so->table[i].key);
}

static void set_finalize(Value self)
{
    free_table(S(self));
    S(self)->table = S(self)->small;
    S(self)->mask = MINSIZE - 1;
    S(self)->used = S(self)->fill = 0;
}

static Value set_repr(Value self)
{
    const char *tname = pv_type_name(pv_type(self));
    if (S(self)->used == 0)
        return pv_str_printf("%s()", tname);
    int r = pv_repr_enter(self);
    if (r)
        return r < 0 ? NULL : pv_str_printf("%s(...)", tname);
    Value keys = pv_sequence_list(self);
    Value lr = keys ? pv_repr(keys) : NULL;
    pv_repr_leave(self);
    if (!lr)
        return NULL;
    Value inner = pv_str_new(pv_str_data(lr) + 1, pv_str_size(lr) - 2);
    if (!inner)
        return NULL;
    if (pv_is_type(self, &pv_set_type))
        return pv_str_printf("{%S}", inner);
    return pv_str_printf("%s({%S})", tname, inner);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167);
}

static int64_t frozenset_hash(Value self)
{
    PvSet *so = S(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++)
        if (is_live(so->table[i].key))
            hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + UINT64_C(907133923);
    if (hash == (uint64_t)-1)
        hash = 590923713;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Value set_richcompare(Value v, Value w, int op)
{
    if (!pv_is_anyset(v) || !pv_is_anyset(w))
        return pv_NotImplemented;
    int r;
    switch (op) {
    case PV_EQ:
    case PV_NE:
        if (S(v)->used != S(w)->used ||
            (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash))
            r = 0;
        else
            r = issubset(v, w);
        if (r >= 0 && op == PV_NE)
            r = !r;
        break;
    case PV_LE: r = issubset(v, w); break;
    case PV_GE: r = issuperset(v, w); break;
    case PV_LT: r = S(v)->used < S(w)->used ? issubset(v, w) : 0; break;
    default: r = S(v)->used > S(w)->used ? issuperset(v, w) : 0; break;
    }
    return r < 0 ? NULL : pv_bool(r);
}

static ssize_t set_len(Value self)
{
    return (ssize_t)S(self)->used;
}

static int set_contains(Value self, Value key)
{
    return pv_set_contains(self, key);
}

static Value set_or(Value a, Value b)
{
    if (!pv_is_anyset(a) || !pv_is_anyset(b))
        return pv_NotImplemented;
    Value r = set_copy(a);
    if (!r || (a != b && update_internal(S(r), b) < 0))
        return NULL;
    return r;
}

static Value set_and(Value a, Value b)
{
    if (!pv_is_anyset(a) || !pv_is_anyset(b))
        return pv_NotImplemented;
    return intersection(a, b);
}

static Value set_sub(Value a, Value b)
{
    if (!pv_is_anyset(a) || !pv_is_anyset(b))
        return pv_NotImplemented;
    return difference(a, b);
}

static Value set_xor(Value a, Value b)
{
    if (!pv_is_anyset(a) || !pv_is_anyset(b))
        return pv_NotImplemented;
    return symmetric_difference(a, b);
}

static Value set_ior(Value a, Value b)
{
    if (!pv_isinst(a, &pv_set_type) || !pv_is_anyset(b))
        return pv_NotImplemented;
    return update_internal(S(a), b) < 0 ? NULL : a;
}

static Value set_iand(Value a, Value b)
{
    if (!pv_isinst(a, &pv_set_type) || !pv_is_anyset(b))
        return pv_NotImplemented;
    Value t = intersection(a, b);
    if (!t)
        return NULL;
    swap_bodies(S(a), S(t));
    return a;
}

static Value set_isub(Value a, Value b)
{
    if (!pv_isinst(a, &pv_set_type) || !pv_is_anyset(b))
        return pv_NotImplemented;
    return difference_update_internal(S(a), b) < 0 ? NULL : a;
}

static Value set_ixor(Value a, Value b)
{
    if (!pv_isinst(a, &pv_set_type) || !pv_is_anyset(b))
        return pv_NotImplemented;
    return symmetric_difference_update(S(a), b) < 0 ? NULL : a;
}

static Value set_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    return make_new(type, NULL);
}

static int set_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames)) {
        pv_raise(&pv_exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        pv_raise(&pv_exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (S(self)->fill)
        clear_internal(S(self));
    return nargs ? update_internal(S(self), args[0]) : 0;
}

static Value frozenset_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames) &&
        (type == &pv_frozenset_type || type->init == pv_frozenset_type.init))
        return pv_raise(&pv_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        return pv_raise(&pv_exc_TypeError, "frozenset expected at most 1 argument, got %zu",
                        nargs);
    if (nargs == 1 && type == &pv_frozenset_type && pv_is_type(args[0], &pv_frozenset_type))
        return args[0];
    return make_new(type, nargs ? args[0] : NULL);
}

/* ---- iterator ---- */

typedef struct { PvObj h; Value set; size_t pos, used, left; } PvSetIter;

static Value set_iter(Value self)
{
    PvSetIter *it = pv_alloc(&pv_set_iter_type, sizeof(PvSetIter));
    if (!it)
        return NULL;
    it->set = self;
    it->used = it->left = S(self)->used;
    return (Value)it;
}

static void setiter_mark(Value self)
{
    pv_gc_mark(((PvSetIter *)self)->set);
}

static Value setiter_next(Value self)
{
    PvSetIter *it = (PvSetIter *)self;
    if (!it->set)
        return NULL;
    PvSet *so = S(it->set);
    if (so->used != it->used) {
        it->used = (size_t)-1;
        return pv_raise(&pv_exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (!set_next(so, &it->pos, &e)) {
        it->set = NULL;
        return NULL;
    }
    if (it->left)
        it->left--;
    return e->key;
}

static Value setiter_self(Value self)
{
    return self;
}

static Value setiter_length_hint(Value self, Value *args, size_t nargs, Value kwnames)
{
    PvSetIter *it = (PvSetIter *)self;
    return pv_small(it->set && S(it->set)->used == it->used ? it->left : 0);
}

static const PvMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_set_iter_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "set_iterator",
    .basicsize = sizeof(PvSetIter),
    .base = &pv_object_type,
    .methods = setiter_methods,
    .mark = setiter_mark,
    .iter = setiter_self,
    .iternext = setiter_next,
};

/* ---- methods ---- */

#define ARGS1(name)                                                     \
    if (pv_arg_one("set." name, nargs, kwnames) < 0)                    \
        return NULL;
#define ARGS0(name)                                                     \
    if (pv_arg_none("set." name, nargs, kwnames) < 0)                   \
        return NULL;
#define ARGSN(name)                                                     \
    if (kwnames && pv_tuple_size(kwnames))                              \
        return pv_raise(&pv_exc_TypeError, "set." name "() takes no keyword arguments");

static Value m_add(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("add");
    return add_key(S(self), args[0]) < 0 ? NULL : pv_None;
}

static Value m_discard(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("discard");
    return pv_set_discard(self, args[0]) < 0 ? NULL : pv_None;
}

static Value m_remove(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("remove");
    int r = pv_set_discard(self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0) {
        Value exc = pv_exc_new(&pv_exc_KeyError, args, 1);
        return exc ? pv_raise_value(exc) : NULL;
    }
    return pv_None;
}

static Value m_pop(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS0("pop");
    PvSet *so = S(self);
    if (so->used == 0)
        return pv_raise(&pv_exc_KeyError, "pop from an empty set");
    SetEntry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!is_live(e->key)) {
        e++;
        if (e > limit)
            e = so->table;
    }
    Value key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = (size_t)(e - so->table) + 1;
    return key;
}

static Value m_clear(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS0("clear");
    clear_internal(S(self));
    return pv_None;
}

static Value m_copy(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS0("copy");
    if (pv_is_type(self, &pv_frozenset_type))
        return self;
    return set_copy(self);
}

static Value m_update(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGSN("update");
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(S(self), args[i]) < 0)
            return NULL;
    return pv_None;
}

static Value m_union(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGSN("union");
    Value r = set_copy(self);
    if (!r)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (args[i] != self && update_internal(S(r), args[i]) < 0)
            return NULL;
    return r;
}

static Value intersection_multi(Value self, Value *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    Value r = self;
    for (size_t i = 0; i < nargs; i++)
        if (!(r = intersection(r, args[i])))
            return NULL;
    return r;
}

static Value m_intersection(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGSN("intersection");
    return intersection_multi(self, args, nargs);
}

static Value m_intersection_update(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGSN("intersection_update");
    Value t = intersection_multi(self, args, nargs);
    if (!t)
        return NULL;
    swap_bodies(S(self), S(t));
    return pv_None;
}

static Value m_difference(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGSN("difference");
    if (nargs == 0)
        return set_copy(self);
    Value r = difference(self, args[0]);
    for (size_t i = 1; r && i < nargs; i++)
        if (difference_update_internal(S(r), args[i]) < 0)
            return NULL;
    return r;
}

static Value m_difference_update(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGSN("difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(S(self), args[i]) < 0)
            return NULL;
    return pv_None;
}

static Value m_symmetric_difference(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("symmetric_difference");
    return symmetric_difference(self, args[0]);
}

static Value m_symmetric_difference_update(Value self, Value *args, size_t nargs,
                                           Value kwnames)
{
    ARGS1("symmetric_difference_update");
    return symmetric_difference_update(S(self), args[0]) < 0 ? NULL : pv_None;
}

static Value m_issubset(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("issubset");
    int r = issubset(self, args[0]);
    return r < 0 ? NULL : pv_bool(r);
}

static Value m_issuperset(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("issuperset");
    int r = issuperset(self, args[0]);
    return r < 0 ? NULL : pv_bool(r);
}

static Value m_isdisjoint(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("isdisjoint");
    Value so = self, other = args[0];
    if (so == other)
        return pv_bool(S(so)->used == 0);
    if (pv_is_type(other, &pv_set_type) || pv_is_type(other, &pv_frozenset_type)) {
        if (S(other)->used > S(so)->used) {
            Value t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next(S(other), &pos, &e)) {
            int r = contains_entry(S(so), e->key, e->hash);
            if (r)
                return r < 0 ? NULL : pv_False;
        }
        return pv_True;
    }
    Value it = pv_iter(other);
    if (!it)
        return NULL;
    Value k;
    while ((k = pv_next(it))) {
        int64_t h = pv_hash_key(k);
        int r = h == -1 ? -1 : contains_entry(S(so), k, h);
        if (r)
            return r < 0 ? NULL : pv_False;
    }
    return pv_err_occurred() ? NULL : pv_True;
}

static Value m_contains(Value self, Value *args, size_t nargs, Value kwnames)
{
    ARGS1("__contains__");
    int r = pv_set_contains(self, args[0]);
    return r < 0 ? NULL : pv_bool(r);
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    size_t n = sizeof(PvSet);
    if (S(self)->table != S(self)->small)
        n += (S(self)->mask + 1) * sizeof(SetEntry);
    return pv_small(n);
}

static Value m_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value keys = pv_sequence_list(self);
    Value t = keys ? pv_tuple_pack(1, keys) : NULL;
    Value *dp = pv_object_dict_ptr(self);
    Value d = dp && *dp ? *dp : pv_None;
    return t ? pv_tuple_pack(3, (Value)pv_type(self), t, d) : NULL;
}

#define COMMON_METHODS                                                       \
    {"copy", m_copy, 0, "Return a shallow copy of a set."},                  \
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."}, \
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."}, \
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."}, \
    {"issubset", m_issubset, 0, "Report whether another set contains this set."}, \
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."}, \
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."}, \
    {"union", m_union, 0, "Return the union of sets as a new set."},        \
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},      \
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},  \
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"}, \
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL}

static const PvMethodDef set_methods[] = {
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

static const PvMethodDef frozenset_methods[] = {
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

PvType pv_set_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "set",
    .basicsize = sizeof(PvSet),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = set_methods,
    .mark = set_mark,
    .finalize = set_finalize,
    .repr = set_repr,
    .hash = pv_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .binop = {[PV_OP_OR] = set_or, [PV_OP_AND] = set_and, [PV_OP_SUB] = set_sub,
              [PV_OP_XOR] = set_xor, [PV_OP_INPLACE + PV_OP_OR] = set_ior,
              [PV_OP_INPLACE + PV_OP_AND] = set_iand,
              [PV_OP_INPLACE + PV_OP_SUB] = set_isub,
              [PV_OP_INPLACE + PV_OP_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains,
};

PvType pv_frozenset_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "frozenset",
    .basicsize = sizeof(PvSet),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = frozenset_methods,
    .mark = set_mark,
    .finalize = set_finalize,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new,
    .binop = {[PV_OP_OR] = set_or, [PV_OP_AND] = set_and, [PV_OP_SUB] = set_sub,
              [PV_OP_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains,
};

/* The constant a compiler uses for a set display of n > 2 constants,
 * emitted as BUILD_SET 0; LOAD_CONST f; SET_UPDATE 1. CPython 3.11 builds
 * frozenset(items) and then rebuilds it from its own iteration order when
 * merging constants; the display's order comes from that second table. */
Value pv_set_display_const(Value items_tuple)
{
    Value f = pv_frozenset_new(items_tuple);
    Value l = f ? pv_sequence_list(f) : NULL;
    return l ? pv_frozenset_new(l) : NULL;
}
