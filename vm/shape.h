/* shape.h: shared key layouts ("shapes", hidden classes) for the
 * attributes of instances of ordinary classes, and the inline caches of
 * LOAD_ATTR / STORE_ATTR / LOAD_METHOD built on them (shape.c).
 *
 * The __dict__ slot of an instance of a class whose dict slot lies in the
 * class-made part of the instance holds one of:
 *   NULL             no attribute set yet
 *   a PvInstValues   values in the order of its shape's keys
 *   a dict           the general case ("materialized": __dict__ handed
 *                    out, a deletion, too many keys, an odd key)
 * pv_object_dict_ptr() turns a PvInstValues into a dict before it hands
 * the slot out, so code outside object.c/shape.c only ever sees dicts. */
#ifndef PV_SHAPE_H
#define PV_SHAPE_H

#include "pv.h"

/* A shape: an ordered tuple of interned str keys. Shapes form a tree per
 * class (root: no keys); a child adds one key. Instances that got the same
 * keys in the same order share one shape. `id` is never reused, so caches
 * may hold it without keeping the shape alive. */
typedef struct PvShape {
    PvObj h;
    struct PvShape *parent;  /* NULL for a root */
    Value children;          /* list of child shapes, or NULL */
    struct PvShape *last;    /* child taken last (the common next step) */
    uint32_t id;
    uint32_t size;           /* number of keys */
    uint32_t hint;           /* most keys reached below: capacity to allocate */
    uint32_t count;          /* root only: shapes in the tree (bounded) */
    Value keys[];
} PvShape;

/* The values of one instance; h.flags is the capacity. */
typedef struct PvInstValues {
    PvObj h;
    PvShape *shape;
    Value values[];
} PvInstValues;

extern PvType pv_shape_type, pv_instvalues_type;

#define PV_SHAPE_ID_EMPTY 1u /* cache word for "no values yet" (slot NULL) */

static inline bool pv_is_instvalues(Value v)
{
    return v && !pv_is_small(v) && v->type == &pv_instvalues_type;
}

/* The raw __dict__ slot (no materializing), or NULL. */
static inline Value *pv_shape_slot(Value obj)
{
    if (pv_is_small(obj))
        return NULL;
    size_t off = obj->type->dictoffset;
    if (off == 0 || off == PV_DICT_AT_END)
        return NULL;
    return (Value *)((char *)obj + off);
}

/* Instance attribute `name` (a str) from values: NULL when absent. */
Value pv_shape_get(Value iv, Value name);
/* Set an instance attribute in the shaped slot *slot of obj. 1: done,
 * 0: the slot now holds a dict (caller stores there), -1: error. */
int pv_shape_set(Value obj, Value *slot, Value name, Value value);
/* Delete name from the values in *slot: 1 done, 0 the slot now holds a
 * dict (delete there), -1 absent (no error set), -2 error. */
int pv_shape_del(Value *slot, Value name);
/* Replace the values in *slot by a dict with the same items; returns it. */
Value pv_shape_materialize(Value *slot);
/* A new dict with the items of values. */
Value pv_shape_dict_copy(Value iv);
/* May obj's class keep attributes as values (dict slot of its own)? */
bool pv_shape_type_ok(PvType *t);

/* ---- inline caches (4 words after the instruction) ----
 * cw[0], cw[1]: type version; cw[2]: shape id (or PV_SHAPE_ID_EMPTY);
 * cw[3]: index << 3 | kind. The type version covers the class and every
 * base: any change to them (a new data descriptor, __getattribute__, ...)
 * gives new versions, so a hit needs no lookup on the type. */
enum {
    PV_AC_NONE = 0,
    PV_AC_VALUE = 1,   /* LOAD: values[index] of that shape; STORE: replace it */
    PV_AC_DICT = 2,    /* LOAD: dict entry, index is a hint; STORE: add a key */
    PV_AC_TYPE = 3,    /* LOAD/LOAD_METHOD: from the class, the instance lacks it */
    PV_AC_MODULE = 4,  /* LOAD/LOAD_METHOD: entry index of a module's dict;
                          cw[0], cw[1] hold the dict's version instead */
    PV_AC_CLASS = 5,   /* LOAD/LOAD_METHOD on a class whose metaclass is
                          type: cw[0], cw[1] hold the class's own version */
};
#define PV_AC_KIND(w) ((w) & 7)
#define PV_AC_INDEX(w) ((w) >> 3)

static inline bool pv_ac_version_ok(const uint32_t *cw, PvType *tp)
{
    return cw[0] == (uint32_t)tp->version && cw[1] == (uint32_t)(tp->version >> 32) &&
           (cw[0] | cw[1]);
}

/* The instance's current shape id for a cache check: the values' shape,
 * PV_SHAPE_ID_EMPTY for an empty slot, 0 when it cannot be checked. */
static inline uint32_t pv_shape_id_of(Value obj)
{
    if (pv_is_small(obj))
        return PV_SHAPE_ID_EMPTY;
    size_t off = obj->type->dictoffset;
    if (off == 0)
        return PV_SHAPE_ID_EMPTY;
    if (off == PV_DICT_AT_END)
        return 0;
    Value s = *(Value *)((char *)obj + off);
    if (!s)
        return PV_SHAPE_ID_EMPTY;
    return s->type == &pv_instvalues_type ? ((PvInstValues *)s)->shape->id : 0;
}

Value pv_attr_load_slow(uint32_t *cw, Value o, Value name, int *rc);

/* LOAD_ATTR: 1 and *out on a hit, 0 on a miss, -1 on error. */
static inline int pv_attr_load_cached(uint32_t *cw, Value o, Value name, Value *out)
{
    PvType *tp = pv_type(o);
    if (PV_AC_KIND(cw[3]) == PV_AC_VALUE) {
        if (!pv_ac_version_ok(cw, tp))
            return 0;
        Value iv = *(Value *)((char *)o + tp->dictoffset);
        if (iv && iv->type == &pv_instvalues_type &&
            ((PvInstValues *)iv)->shape->id == cw[2]) {
            *out = ((PvInstValues *)iv)->values[PV_AC_INDEX(cw[3])];
            return 1;
        }
        return 0;
    }
    if (PV_AC_KIND(cw[3]) == PV_AC_NONE)
        return 0;
    int rc = 0;
    *out = pv_attr_load_slow(cw, o, name, &rc);
    return rc;
}
void pv_attr_load_fill(uint32_t *cw, Value o, Value name);

/* STORE_ATTR: 1 stored, 0 miss, -1 error. */
int pv_attr_store_add(uint32_t *cw, Value o, Value name, Value v);
static inline int pv_attr_store_cached(uint32_t *cw, Value o, Value name, Value v)
{
    PvType *tp = pv_type(o);
    if (!pv_ac_version_ok(cw, tp))
        return 0;
    if (PV_AC_KIND(cw[3]) == PV_AC_VALUE) {
        Value iv = *(Value *)((char *)o + tp->dictoffset);
        if (iv && iv->type == &pv_instvalues_type &&
            ((PvInstValues *)iv)->shape->id == cw[2]) {
            ((PvInstValues *)iv)->values[PV_AC_INDEX(cw[3])] = v;
            return 1;
        }
        return 0;
    }
    return pv_attr_store_add(cw, o, name, v);
}
/* After a slow store: pre is pv_shape_id_of(o) taken before it. */
void pv_attr_store_fill(uint32_t *cw, Value o, Value name, uint32_t pre);

/* Hits of the MODULE and CLASS kinds: the value, or NULL (no error). */
Value pv_other_cached(const uint32_t *cw, Value o, Value name);

/* LOAD_METHOD: on a hit the method, and *unbound set when it is to be
 * called with o prepended; else NULL (no error). */
static inline Value pv_method_cached(const uint32_t *cw, Value o, Value name, bool *unbound)
{
    PvType *tp = pv_type(o);
    if (PV_AC_KIND(cw[3]) == PV_AC_TYPE) {
        if (!pv_ac_version_ok(cw, tp) || pv_shape_id_of(o) != cw[2])
            return NULL;
        *unbound = true;
        return pv_type_lookup(tp, name);
    }
    *unbound = false;
    return PV_AC_KIND(cw[3]) >= PV_AC_MODULE ? pv_other_cached(cw, o, name) : NULL;
}
/* LOAD_METHOD's slow path: as pv_get_method, then fills the cache. */
Value pv_method_load(uint32_t *cw, Value o, Value name, bool *unbound);

#endif
