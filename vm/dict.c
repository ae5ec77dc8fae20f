/* dict.c: the compact, insertion-ordered hash table.
 *
 * An index table of 2^k small signed ints (int8, int16 or int32 by size)
 * maps hash slots to positions in a dense array of (hash, key, value)
 * entries kept in insertion order. Deleting leaves a DUMMY in the index
 * table and a NULL key in the entry; both go away at the next resize. Both
 * arrays live in one pv_mem block. Probing is CPython's (perturbation by
 * the high hash bits), so behaviour with colliding hashes is the same. */
#include "pv.h"
#include <string.h>

#define D(v) ((PvDict *)(v))
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MINSIZE 8
#define PERTURB_SHIFT 5

static uint64_t version_counter;

static inline void bump(PvDict *d)
{
    d->version = ++version_counter;
}

static inline size_t usable_of(size_t size)
{
    return (size << 1) / 3;
}

static inline size_t ix_width(size_t size)
{
    return size <= 128 ? 1 : size <= 32768 ? 2 : 4;
}

static inline size_t block_size(size_t size)
{
    return size * ix_width(size) + usable_of(size) * sizeof(PvDictEntry);
}

static inline ssize_t ix_get(PvDict *d, size_t i)
{
    size_t size = d->mask + 1;
    if (size <= 128)
        return ((int8_t *)d->indices)[i];
    if (size <= 32768)
        return ((int16_t *)d->indices)[i];
    return ((int32_t *)d->indices)[i];
}

static inline void ix_set(PvDict *d, size_t i, ssize_t ix)
{
    size_t size = d->mask + 1;
    if (size <= 128)
        ((int8_t *)d->indices)[i] = (int8_t)ix;
    else if (size <= 32768)
        ((int16_t *)d->indices)[i] = (int16_t)ix;
    else
        ((int32_t *)d->indices)[i] = (int32_t)ix;
}

/* The first EMPTY slot on key's probe sequence (the table has one). */
static size_t find_empty(PvDict *d, int64_t hash)
{
    size_t mask = d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(d, i) != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with an index table of `size` slots, compacting the entries. */
static int resize(PvDict *d, size_t size)
{
    void *blk = pv_mem_alloc(block_size(size));
    if (!blk)
        return -1;
    size_t w = ix_width(size);
    memset(blk, 0xff, size * w); /* all IX_EMPTY */
    PvDictEntry *ents = (PvDictEntry *)((char *)blk + size * w);
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key)
            ents[n++] = d->entries[i];
    if (d->indices)
        pv_mem_free(d->indices, block_size(d->mask + 1));
    d->indices = blk;
    d->entries = ents;
    d->mask = size - 1;
    d->nentries = n;
    d->fill = n;
    for (size_t i = 0; i < n; i++)
        ix_set(d, find_empty(d, ents[i].hash), (ssize_t)i);
    return 0;
}

static int grow(PvDict *d)
{
    size_t want = d->used * 3, size = MINSIZE;
    while (size < want)
        size <<= 1;
    return resize(d, size);
}

/* Find key. Returns its entry position, -1 when absent, -2 on error.
 * *slot gets the index-table slot of the key when found. A Python __eq__
 * that changes the dict restarts the search. */
static ssize_t lookup(PvDict *d, Value key, int64_t hash, size_t *slot)
{
restart:
    if (!d->indices)
        return -1;
    size_t mask = d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = ix_get(d, i);
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            PvDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                Value sk = e->key;
                int r;
                if (!pv_is_small(sk) && !pv_is_small(key) && sk->type == &pv_str_type &&
                    key->type == &pv_str_type) {
                    r = pv_str_eq(sk, key);
                } else {
                    void *blk = d->indices;
                    r = pv_eq(sk, key);
                    if (r < 0)
                        return -2;
                    if (blk != d->indices || d->entries[ix].key != sk)
                        goto restart;
                }
                if (r) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static int insert(PvDict *d, Value key, int64_t hash, Value v)
{
    size_t slot;
    ssize_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        if (d->entries[ix].value != v) {
            d->entries[ix].value = v;
            bump(d);
        }
        return 0;
    }
    if (!d->indices || d->fill >= usable_of(d->mask + 1)) {
        if (grow(d) < 0)
            return -1;
    }
    size_t pos = d->nentries++;
    d->fill++;
    d->entries[pos] = (PvDictEntry){hash, key, v};
    ix_set(d, find_empty(d, hash), (ssize_t)pos);
    d->used++;
    bump(d);
    return 0;
}

static void del_at(PvDict *d, size_t slot, ssize_t ix)
{
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = NULL;
    d->entries[ix].value = NULL;
    d->used--;
    bump(d);
}

/* ---- C API ---- */

Value pv_dict_new(void)
{
    PvDict *d = pv_alloc(&pv_dict_type, sizeof(PvDict));
    if (d)
        bump(d);
    return (Value)d;
}

Value pv_dict_get(Value d, Value key)
{
    int64_t h = pv_hash_key(key);
    if (h == -1)
        return NULL;
    size_t slot;
    ssize_t ix = lookup(D(d), key, h, &slot);
    return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

/* With the key's hash known (eval.c runs a Python __hash__ as a frame). */
Value pv_dict_get_hashed(Value d, Value key, int64_t hash)
{
    size_t slot;
    ssize_t ix = lookup(D(d), key, hash, &slot);
    return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

int pv_dict_set_hashed(Value d, Value key, int64_t hash, Value v)
{
    return insert(D(d), key, hash, v);
}

Value pv_dict_get_str(Value d, const char *key)
{
    Value k = pv_intern(key); /* no allocation for known names */
    return k ? pv_dict_get(d, k) : NULL;
}

int pv_dict_set(Value d, Value key, Value v)
{
    int64_t h = pv_hash_key(key);
    if (h == -1)
        return -1;
    return insert(D(d), key, h, v);
}

int pv_dict_set_str(Value d, const char *key, Value v)
{
    Value k = pv_intern(key);
    return k ? pv_dict_set(d, k, v) : -1;
}

static Value key_error(Value key)
{
    Value exc = pv_exc_new(&pv_exc_KeyError, &key, 1);
    return exc ? pv_raise_value(exc) : NULL;
}

int pv_dict_del(Value d, Value key)
{
    int64_t h = pv_hash_key(key);
    if (h == -1)
        return -1;
    size_t slot;
    ssize_t ix = lookup(D(d), key, h, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0) {
        key_error(key);
        return -1;
    }
    del_at(D(d), slot, ix);
    return 0;
}

int pv_dict_contains(Value d, Value key)
{
    int64_t h = pv_hash_key(key);
    if (h == -1)
        return -1;
    size_t slot;
    ssize_t ix = lookup(D(d), key, h, &slot);
    return ix == -2 ? -1 : ix >= 0;
}

ssize_t pv_dict_size(Value d)
{
    return (ssize_t)D(d)->used;
}

bool pv_dict_next(Value d, size_t *pos, Value *key, Value *value)
{
    PvDict *dd = D(d);
    while (*pos < dd->nentries) {
        PvDictEntry *e = &dd->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

Value pv_dict_pop(Value d, Value key, Value dflt)
{
    int64_t h = pv_hash_key(key);
    if (h == -1)
        return NULL;
    size_t slot;
    ssize_t ix = lookup(D(d), key, h, &slot);
    if (ix == -2)
        return NULL;
    if (ix < 0)
        return dflt ? dflt : key_error(key);
    Value v = D(d)->entries[ix].value;
    del_at(D(d), slot, ix);
    return v;
}

Value pv_dict_setdefault(Value d, Value key, Value dflt)
{
    int64_t h = pv_hash_key(key);
    if (h == -1)
        return NULL;
    size_t slot;
    ssize_t ix = lookup(D(d), key, h, &slot);
    if (ix == -2)
        return NULL;
    if (ix >= 0)
        return D(d)->entries[ix].value;
    return insert(D(d), key, h, dflt) < 0 ? NULL : dflt;
}

void pv_dict_clear(Value d)
{
    PvDict *dd = D(d);
    if (dd->indices)
        pv_mem_free(dd->indices, block_size(dd->mask + 1));
    dd->indices = NULL;
    dd->entries = NULL;
    dd->mask = 0;
    dd->used = dd->nentries = dd->fill = 0;
    bump(dd);
}

/* Copy every entry of dict b into a (override: replace existing keys). */
static int merge_dict(Value a, Value b, bool override)
{
    if (a == b || D(b)->used == 0)
        return 0;
    if (D(a)->used == 0 && pv_is_type(a, &pv_dict_type) && D(a)->indices == NULL &&
        D(b)->nentries == D(b)->used) {
        /* the common copy: clone both arrays */
        size_t bs = block_size(D(b)->mask + 1);
        void *blk = pv_mem_alloc(bs);
        if (!blk)
            return -1;
        memcpy(blk, D(b)->indices, bs);
        D(a)->indices = blk;
        D(a)->entries = (PvDictEntry *)((char *)blk + ((char *)D(b)->entries - (char *)D(b)->indices));
        D(a)->mask = D(b)->mask;
        D(a)->used = D(b)->used;
        D(a)->nentries = D(b)->nentries;
        D(a)->fill = D(b)->fill;
        bump(D(a));
        return 0;
    }
    for (size_t i = 0; i < D(b)->nentries; i++) {
        PvDictEntry e = D(b)->entries[i];
        if (!e.key)
            continue;
        if (!override) {
            size_t slot;
            ssize_t ix = lookup(D(a), e.key, e.hash, &slot);
            if (ix == -2)
                return -1;
            if (ix >= 0)
                continue;
        }
        if (insert(D(a), e.key, e.hash, e.value) < 0)
            return -1;
        if (i >= D(b)->nentries)
            break;
    }
    return 0;
}

Value pv_dict_copy(Value d)
{
    Value r = pv_dict_new();
    if (!r || merge_dict(r, d, true) < 0)
        return NULL;
    return r;
}

/* dict.update(other) without keywords: a mapping (has keys()) or an
 * iterable of pairs. */
int pv_dict_update(Value d, Value other)
{
    if (pv_isinst(other, &pv_dict_type) && pv_type(other)->iter == pv_dict_type.iter)
        return merge_dict(d, other, true);
    Value keys = pv_getattr_opt(other, pv_intern("keys"));
    if (keys) {
        Value ks = pv_call0(keys);
        if (!ks)
            return -1;
        Value it = pv_iter(ks);
        if (!it) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                pv_raise(&pv_exc_TypeError, "%s.keys() returned a non-iterable (type %T)",
                         pv_type_name(pv_type(other)), ks);
            }
            return -1;
        }
        Value k;
        while ((k = pv_next(it))) {
            Value v = pv_getitem(other, k);
            if (!v || pv_dict_set(d, k, v) < 0)
                return -1;
        }
        return pv_err_occurred() ? -1 : 0;
    }
    if (pv_err_occurred())
        return -1;
    Value it = pv_iter(other);
    if (!it)
        return -1;
    Value item;
    for (size_t n = 0; (item = pv_next(it)); n++) {
        Value pair = NULL;
        if (pv_is_type(item, &pv_tuple_type) || pv_is_type(item, &pv_list_type)) {
            pair = item;
        } else if (pv_type(item)->iter || pv_type(item)->getitem) {
            pair = pv_sequence_tuple(item);
            if (!pair)
                return -1;
        } else {
            pv_raise(&pv_exc_TypeError,
                     "cannot convert dictionary update sequence element #%zu to a sequence",
                     n);
            return -1;
        }
        size_t len = pv_is_type(pair, &pv_list_type) ? pv_list_size(pair) : pv_tuple_size(pair);
        if (len != 2) {
            pv_raise(&pv_exc_ValueError,
                     "dictionary update sequence element #%zu has length %zu; 2 is required",
                     n, len);
            return -1;
        }
        Value *kv = pv_is_type(pair, &pv_list_type) ? pv_list_items(pair) : pv_tuple_items(pair);
        if (pv_dict_set(d, kv[0], kv[1]) < 0)
            return -1;
    }
    return pv_err_occurred() ? -1 : 0;
}

static Value dict_list_of(Value d, int what)
{
    Value r = pv_list_new(0);
    if (!r)
        return NULL;
    for (size_t i = 0; i < D(d)->nentries; i++) {
        PvDictEntry *e = &D(d)->entries[i];
        if (!e->key)
            continue;
        Value x = what == 0 ? e->key : what == 1 ? e->value : pv_tuple_pack(2, e->key, e->value);
        if (!x || pv_list_append(r, x) < 0)
            return NULL;
    }
    return r;
}

Value pv_dict_keys_list(Value d) { return dict_list_of(d, 0); }
Value pv_dict_values_list(Value d) { return dict_list_of(d, 1); }
Value pv_dict_items_list(Value d) { return dict_list_of(d, 2); }

/* ---- slots ---- */

static void dict_mark(Value self)
{
    PvDict *d = D(self);
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) {
            pv_gc_mark(d->entries[i].key);
            pv_gc_mark(d->entries[i].value);
        }
}

static void dict_finalize(Value self)
{
    PvDict *d = D(self);
    if (d->indices)
        pv_mem_free(d->indices, block_size(d->mask + 1));
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->fill = 0;
}

static Value dict_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    PvDict *d = pv_alloc(type, type == &pv_dict_type ? sizeof(PvDict) : type->basicsize);
    if (d)
        bump(d);
    return (Value)d;
}

/* update(arg, **kw) as done by dict.update and dict.__init__. */
static int update_common(Value self, const char *name, Value *args, size_t nargs,
                         Value kwnames)
{
    if (nargs > 1) {
        pv_raise(&pv_exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    if (nargs == 1 && pv_dict_update(self, args[0]) < 0)
        return -1;
    size_t nk = kwnames ? pv_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++)
        if (pv_dict_set(self, pv_tuple_items(kwnames)[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

static int dict_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    return update_common(self, "dict", args, nargs, kwnames);
}

static Value dict_repr(Value self)
{
    if (D(self)->used == 0)
        return pv_str_from_cstr("{}");
    int r = pv_repr_enter(self);
    if (r)
        return r < 0 ? NULL : pv_str_from_cstr("{...}");
    if (pv_recursion_check(PV_IN_REPR) < 0) {
        pv_repr_leave(self);
        return NULL;
    }
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, "{");
    bool first = true;
    for (size_t i = 0; i < D(self)->nentries; i++) {
        PvDictEntry e = D(self)->entries[i];
        if (!e.key)
            continue;
        if (!first)
            pv_buf_append_cstr(&b, ", ");
        first = false;
        Value ks = pv_repr(e.key);
        if (!ks || pv_buf_append_str(&b, ks) < 0)
            goto fail;
        pv_buf_append_cstr(&b, ": ");
        Value vs = pv_repr(e.value);
        if (!vs || pv_buf_append_str(&b, vs) < 0)
            goto fail;
    }
    pv_buf_append_cstr(&b, "}");
    pv_repr_leave(self);
    return pv_buf_finish_str(&b);
fail:
    pv_buf_free(&b);
    pv_repr_leave(self);
    return NULL;
}

static ssize_t dict_len(Value self)
{
    return (ssize_t)D(self)->used;
}

static Value dict_getitem(Value self, Value key)
{
    Value v = pv_dict_get(self, key);
    if (v || pv_err_occurred())
        return v;
    if (!pv_is_type(self, &pv_dict_type)) {
        Value missing = pv_type_lookup_str(pv_type(self), "__missing__");
        if (missing)
            return pv_call2(missing, self, key);
    }
    return key_error(key);
}

static int dict_setitem(Value self, Value key, Value v)
{
    return v ? pv_dict_set(self, key, v) : pv_dict_del(self, key);
}

static int dict_contains(Value self, Value key)
{
    return pv_dict_contains(self, key);
}

static Value dict_richcompare(Value a, Value b, int op)
{
    if (!pv_isinst(a, &pv_dict_type) || !pv_isinst(b, &pv_dict_type) ||
        (op != PV_EQ && op != PV_NE))
        return pv_NotImplemented;
    if (pv_recursion_check(PV_IN_CMP) < 0)
        return NULL;
    bool eq = D(a)->used == D(b)->used;
    for (size_t i = 0; eq && i < D(a)->nentries; i++) {
        PvDictEntry e = D(a)->entries[i];
        if (!e.key)
            continue;
        size_t slot;
        ssize_t ix = lookup(D(b), e.key, e.hash, &slot);
        if (ix == -2)
            return NULL;
        if (ix < 0) {
            eq = false;
            break;
        }
        int r = pv_eq(e.value, D(b)->entries[ix].value);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static Value dict_or(Value a, Value b)
{
    if (!pv_isinst(a, &pv_dict_type) || !pv_isinst(b, &pv_dict_type))
        return pv_NotImplemented;
    Value r = pv_dict_copy(a);
    if (!r || pv_dict_update(r, b) < 0)
        return NULL;
    return r;
}

static Value dict_ior(Value a, Value b)
{
    if (!pv_isinst(a, &pv_dict_type))
        return pv_NotImplemented;
    if (pv_dict_update(a, b) < 0)
        return NULL;
    return a;
}

/* ---- methods ---- */

static Value m_get(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("dict.get", kwnames) < 0 || pv_check_nargs("get", nargs, 1, 2) < 0)
        return NULL;
    Value v = pv_dict_get(self, args[0]);
    if (v || pv_err_occurred())
        return v;
    return nargs > 1 ? args[1] : pv_None;
}

static Value m_setdefault(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("dict.setdefault", kwnames) < 0 ||
        pv_check_nargs("setdefault", nargs, 1, 2) < 0)
        return NULL;
    return pv_dict_setdefault(self, args[0], nargs > 1 ? args[1] : pv_None);
}

static Value m_pop(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("dict.pop", kwnames) < 0 || pv_check_nargs("pop", nargs, 1, 2) < 0)
        return NULL;
    return pv_dict_pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static Value m_popitem(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.popitem", nargs, kwnames) < 0)
        return NULL;
    PvDict *d = D(self);
    if (d->used == 0)
        return pv_raise(&pv_exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (!d->entries[i - 1].key)
        i--;
    PvDictEntry e = d->entries[i - 1];
    Value t = pv_tuple_pack(2, e.key, e.value);
    if (!t)
        return NULL;
    size_t slot;
    ssize_t ix = lookup(d, e.key, e.hash, &slot); /* identity: cannot fail */
    del_at(d, slot, ix);
    d->nentries = i - 1;
    return t;
}

static Value m_update(Value self, Value *args, size_t nargs, Value kwnames)
{
    return update_common(self, "update", args, nargs, kwnames) < 0 ? NULL : pv_None;
}

static Value m_fromkeys(Value cls, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("dict.fromkeys", kwnames) < 0 ||
        pv_check_nargs("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Value v = nargs > 1 ? args[1] : pv_None;
    Value d = pv_call0(cls);
    if (!d)
        return NULL;
    bool fast = pv_is_type(d, &pv_dict_type);
    Value it = pv_iter(args[0]);
    if (!it)
        return NULL;
    Value k;
    while ((k = pv_next(it)))
        if ((fast ? pv_dict_set(d, k, v) : pv_setitem(d, k, v)) < 0)
            return NULL;
    return pv_err_occurred() ? NULL : d;
}

static Value m_copy(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.copy", nargs, kwnames) < 0)
        return NULL;
    return pv_dict_copy(self);
}

static Value m_clear(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("dict.clear", nargs, kwnames) < 0)
        return NULL;
    pv_dict_clear(self);
    return pv_None;
}

static Value m_sizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    size_t n = sizeof(PvDict) + (D(self)->indices ? block_size(D(self)->mask + 1) : 0);
    return pv_small(n);
}

static Value m_contains(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("dict.__contains__", nargs, kwnames) < 0)
        return NULL;
    int r = pv_dict_contains(self, args[0]);
    return r < 0 ? NULL : pv_bool(r);
}

static Value m_getitem(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("dict.__getitem__", nargs, kwnames) < 0)
        return NULL;
    return dict_getitem(self, args[0]);
}

static const PvMethodDef dict_methods[] = {
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", m_fromkeys, PV_METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"keys", pv_dict_keys_method, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", pv_dict_values_method, 0, "D.values() -> an object providing a view on D's values"},
    {"items", pv_dict_items_method, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"__reversed__", pv_dict_reversed_method, 0, "Return a reverse iterator over the dict keys."},
    {"__contains__", m_contains, 0, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, 0, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", pv_generic_alias_method, PV_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_dict_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "dict",
    .basicsize = sizeof(PvDict),
    .flags = PV_TPFLAG_BASETYPE | PV_TPFLAG_DICT_SUBCLASS | PV_TPFLAG_MAPPING,
    .base = &pv_object_type,
    .methods = dict_methods,
    .mark = dict_mark,
    .finalize = dict_finalize,
    .repr = dict_repr,
    .hash = pv_unhashable,
    .richcompare = dict_richcompare,
    .iter = pv_dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .binop = {[PV_OP_OR] = dict_or, [PV_OP_INPLACE + PV_OP_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
};
