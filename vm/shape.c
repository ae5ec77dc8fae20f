/* shape.c: shared key layouts for instance attributes (see shape.h) and
 * the attribute inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD.
 *
 * Why: a dict per instance costs ~200 bytes and a hash probe per access.
 * With shapes an instance holds only its values (8 bytes each); the keys
 * live once per layout, and a cached access is a type version check, a
 * shape id check and an indexed load.
 *
 * Everything unusual leaves the layout for an ordinary dict in the same
 * slot (materializing): a deletion, a key that is not an exact str, more
 * than MAX_KEYS keys, a layout tree grown too wide, and any code asking
 * for the dict itself (pv_object_dict_ptr: __dict__, vars(), ...). */
#include "shape.h"
#include "objimpl.h"
#include <string.h>

#define MAX_KEYS 30        /* CPython's limit for shared keys too */
#define MAX_CHILDREN 32    /* distinct next keys after one layout */
#define MAX_SHAPES 4096    /* layouts per class */

#define IV(v) ((PvInstValues *)(v))

static uint32_t next_id = PV_SHAPE_ID_EMPTY + 1;

/* ---- GC ---- */

static void shape_mark(Value self)
{
    PvShape *s = (PvShape *)self;
    pv_gc_mark((Value)s->parent);
    pv_gc_mark(s->children);
    pv_gc_mark_array(s->keys, s->size);
}

static void iv_mark(Value self)
{
    PvInstValues *iv = IV(self);
    pv_gc_mark((Value)iv->shape);
    if (iv->shape)
        pv_gc_mark_array(iv->values, iv->shape->size);
}

PvType pv_shape_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "shape",
    .basicsize = sizeof(PvShape),
    .mark = shape_mark,
};

PvType pv_instvalues_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "instvalues",
    .basicsize = sizeof(PvInstValues),
    .mark = iv_mark,
};

/* ---- layouts ---- */

bool pv_shape_type_ok(PvType *t)
{
    size_t off = t->dictoffset;
    return pv_is_heaptype(t) && off && off != PV_DICT_AT_END &&
           off >= pv_static_base(t)->basicsize;
}

static PvShape *shape_alloc(PvShape *parent, Value key)
{
    if (next_id == UINT32_MAX)   /* ids are never reused: stop making layouts */
        return NULL;
    uint32_t n = parent ? parent->size + 1 : 0;
    PvShape *s = pv_alloc(&pv_shape_type, sizeof(PvShape) + n * sizeof(Value));
    if (!s)
        return NULL;
    s->parent = parent;
    s->id = next_id++;
    s->size = s->hint = n;
    if (parent) {
        memcpy(s->keys, parent->keys, parent->size * sizeof(Value));
        s->keys[n - 1] = key;
    }
    return s;
}

static PvShape *root_of(PvType *t)
{
    PvHeapType *ht = (PvHeapType *)t;
    if (!ht->shape_root)
        ht->shape_root = (Value)shape_alloc(NULL, NULL);
    return (PvShape *)ht->shape_root;
}

static ssize_t shape_index(PvShape *s, Value name)
{
    for (uint32_t i = 0; i < s->size; i++)
        if (s->keys[i] == name)
            return i;
    if (!(name->flags & PV_STR_INTERNED))
        for (uint32_t i = 0; i < s->size; i++)
            if (pv_str_eq(s->keys[i], name))
                return i;
    return -1;
}

/* The layout after adding `key` (an interned str) to s, or NULL. */
static PvShape *find_child(PvShape *s, Value key)
{
    PvShape *c = s->last;
    if (c && c->keys[s->size] == key)
        return c;
    if (!s->children)
        return NULL;
    for (size_t i = 0; i < pv_list_size(s->children); i++) {
        c = (PvShape *)pv_list_items(s->children)[i];
        if (c->keys[s->size] == key) {
            s->last = c;
            return c;
        }
    }
    return NULL;
}

/* Find or make the child for name. NULL without error: over a limit. */
static PvShape *child_for(PvShape *s, Value name)
{
    Value key = pv_str_intern(name);
    if (!key)
        return NULL;
    PvShape *c = find_child(s, key);
    if (c)
        return c;
    PvShape *root = s;
    while (root->parent)
        root = root->parent;
    if (s->size >= MAX_KEYS || root->count >= MAX_SHAPES ||
        (s->children && pv_list_size(s->children) >= MAX_CHILDREN))
        return NULL;
    if (!s->children && !(s->children = pv_list_new(0)))
        return NULL;
    c = shape_alloc(s, key);
    if (!c || pv_list_append(s->children, (Value)c) < 0)
        return NULL;
    root->count++;
    s->last = c;
    for (PvShape *p = s; p && p->hint < c->size; p = p->parent)
        p->hint = c->size;
    return c;
}

/* ---- values ---- */

/* Room for one more value after s's keys in *slot (NULL or values). */
static PvInstValues *reserve(Value *slot, PvShape *s, PvShape *next)
{
    PvInstValues *iv = IV(*slot);
    if (iv && iv->h.flags > s->size)
        return iv;
    uint32_t cap = next->hint;
    if (cap < 2 * s->size)   /* first instances of a class: grow geometrically */
        cap = 2 * s->size;
    if (cap > MAX_KEYS)
        cap = MAX_KEYS;
    if (cap < next->size)
        cap = next->size;
    /* the GC's blocks are multiples of 16 bytes: use the whole block */
    size_t bytes = (sizeof(PvInstValues) + cap * sizeof(Value) + 15) & ~(size_t)15;
    cap = (uint32_t)((bytes - sizeof(PvInstValues)) / sizeof(Value));
    PvInstValues *n = pv_alloc(&pv_instvalues_type, bytes);
    if (!n)
        return NULL;
    n->h.flags = cap;
    n->shape = s;
    if (iv)
        memcpy(n->values, iv->values, s->size * sizeof(Value));
    *slot = (Value)n;
    return n;
}

Value pv_shape_get(Value iv, Value name)
{
    ssize_t i = shape_index(IV(iv)->shape, name);
    return i >= 0 ? IV(iv)->values[i] : NULL;
}

Value pv_shape_dict_copy(Value iv)
{
    Value d = pv_dict_new();
    if (!d)
        return NULL;
    PvShape *s = IV(iv)->shape;
    for (uint32_t i = 0; i < s->size; i++)
        if (pv_dict_set(d, s->keys[i], IV(iv)->values[i]) < 0)
            return NULL;
    return d;
}

int pv_shape_del(Value *slot, Value name)
{
    PvInstValues *iv = IV(*slot);
    PvShape *s = iv->shape;
    ssize_t i = shape_index(s, name);
    if (i < 0)
        return -1;
    if ((uint32_t)i + 1 == s->size && s->parent) {
        /* the key added last: back to the parent layout */
        iv->values[i] = NULL;
        iv->shape = s->parent;
        return 1;
    }
    return pv_shape_materialize(slot) ? 0 : -2;
}

Value pv_shape_materialize(Value *slot)
{
    Value d = pv_shape_dict_copy(*slot);
    if (d)
        *slot = d;
    return d;
}

int pv_shape_set(Value obj, Value *slot, Value name, Value value)
{
    Value cur = *slot;
    if (pv_is_type(name, &pv_str_type) && (!cur || pv_is_instvalues(cur))) {
        PvShape *s = cur ? IV(cur)->shape : root_of(pv_type(obj));
        if (!s)   /* out of memory, or out of layout ids: a dict */
            return pv_err_occurred() ? -1 : (*slot = pv_dict_new()) ? 0 : -1;
        ssize_t i = cur ? shape_index(s, name) : -1;
        if (i >= 0) {
            IV(cur)->values[i] = value;
            return 1;
        }
        PvShape *c = child_for(s, name);
        if (c) {
            PvInstValues *iv = reserve(slot, s, c);
            if (!iv)
                return -1;
            iv->values[s->size] = value;
            iv->shape = c;
            return 1;
        }
        if (pv_err_occurred())
            return -1;
    }
    if (!cur)
        return (*slot = pv_dict_new()) ? 0 : -1;
    if (pv_is_instvalues(cur))
        return pv_shape_materialize(slot) ? 0 : -1;
    return 0;
}

/* ---- inline caches ---- */

static bool interned(Value name)
{
    return pv_is_type(name, &pv_str_type) && (name->flags & PV_STR_INTERNED);
}

static void fill(uint32_t *cw, PvType *tp, uint32_t id, uint32_t index, int kind)
{
    cw[0] = (uint32_t)tp->version;
    cw[1] = (uint32_t)(tp->version >> 32);
    cw[2] = id;
    cw[3] = index << 3 | (uint32_t)kind;
}

/* Module attributes: keyed by the module dict's version, which is unique
 * per state of one dict (dict.c), so no module identity is needed. Only
 * exact modules: their type's attributes never change. */
static void module_fill(uint32_t *cw, Value o, Value name)
{
    if (pv_is_small(o) || o->type != &pv_module_type || !interned(name))
        return;
    Value d = ((PvModule *)o)->dict;
    if (!d || !pv_is_type(d, &pv_dict_type))
        return;
    Value td = pv_type_lookup(&pv_module_type, name);
    if (td && pv_type(td)->descr_get && pv_type(td)->descr_set)
        return;
    PvDict *dd = (PvDict *)d;
    for (size_t i = 0; i < dd->nentries && i < (1u << 28); i++)
        if (dd->entries[i].key == name) {
            cw[0] = (uint32_t)dd->version;
            cw[1] = (uint32_t)(dd->version >> 32);
            cw[2] = 0;
            cw[3] = (uint32_t)i << 3 | PV_AC_MODULE;
            return;
        }
}

static Value module_cached(const uint32_t *cw, Value o)
{
    if (pv_is_small(o) || o->type != &pv_module_type)
        return NULL;
    PvDict *d = (PvDict *)((PvModule *)o)->dict;
    if (!d || cw[0] != (uint32_t)d->version || cw[1] != (uint32_t)(d->version >> 32))
        return NULL;
    return d->entries[PV_AC_INDEX(cw[3])].value;
}

/* Attributes of a class whose metaclass is exactly type (type's own
 * attributes never change): keyed by the class's version, which covers
 * its MRO. Not when type has a data descriptor of that name (__name__,
 * __dict__...), nor a __get__ written in Python. */
static void class_fill(uint32_t *cw, Value o, Value name)
{
    if (pv_is_small(o) || o->type != &pv_type_type || !interned(name) ||
        !((PvType *)o)->version)
        return;
    Value ma = pv_type_lookup(&pv_type_type, name);
    if (ma && pv_type(ma)->descr_get && pv_type(ma)->descr_set)
        return;
    Value a = pv_type_lookup((PvType *)o, name);
    if (!a || (pv_type(a)->descr_get && (pv_type(a)->flags & PV_TPFLAG_HEAPTYPE)))
        return;
    fill(cw, (PvType *)o, 0, 0, PV_AC_CLASS);
}

/* NULL without error: a miss; NULL with an error: __get__ failed. */
static Value class_cached(const uint32_t *cw, Value o, Value name)
{
    if (pv_is_small(o) || o->type != &pv_type_type || !pv_ac_version_ok(cw, (PvType *)o))
        return NULL;
    Value a = pv_type_lookup((PvType *)o, name);
    if (!a)
        return NULL;
    Value (*get)(Value, Value, Value) = pv_type(a)->descr_get;
    return get ? get(a, NULL, o) : a;
}

Value pv_other_cached(const uint32_t *cw, Value o, Value name)
{
    if (PV_AC_KIND(cw[3]) == PV_AC_MODULE)
        return module_cached(cw, o);
    Value v = class_cached(cw, o, name);
    if (!v && pv_err_occurred())
        pv_err_clear();   /* the slow path raises it again */
    return v;
}

/* A class attribute that LOAD_ATTR may fetch again on a hit without
 * running Python code: not a data descriptor, __get__ (if any) in C. */
static bool plain_class_attr(Value d)
{
    PvType *dt = pv_type(d);
    if (!dt->descr_get)
        return true;
    return !dt->descr_set && !(dt->flags & PV_TPFLAG_HEAPTYPE);
}

/* Does tp find attributes as object.__getattribute__ does? A class with
 * only a Python __getattr__ does: that one is called for missing names
 * alone, so what was found stays right while the version stays. */
static bool generic_lookup(PvType *tp)
{
    if (tp->getattr == pv_object_generic_getattr)
        return true;
    if (!pv_is_heaptype(tp) || pv_static_base(tp)->getattr != pv_object_generic_getattr)
        return false;
    Value ga = pv_type_lookup(tp, pv_id___getattribute__);
    return ga && ga == pv_type_lookup(&pv_object_type, pv_id___getattribute__);
}

void pv_attr_load_fill(uint32_t *cw, Value o, Value name)
{
    cw[3] = PV_AC_NONE;
    PvType *tp = pv_type(o);
    if (!generic_lookup(tp)) {
        module_fill(cw, o, name);
        class_fill(cw, o, name);
        return;
    }
    if (!tp->version || !interned(name))
        return;
    Value d = pv_type_lookup(tp, name);
    if (d && pv_type(d)->descr_get && pv_type(d)->descr_set)
        return;   /* data descriptor: the slow path (or property_getter) */
    Value *slot = pv_shape_slot(o);
    if (slot && *slot) {
        if (pv_is_instvalues(*slot)) {
            ssize_t i = shape_index(IV(*slot)->shape, name);
            if (i >= 0) {
                fill(cw, tp, IV(*slot)->shape->id, (uint32_t)i, PV_AC_VALUE);
                return;
            }
        } else if (pv_is_type(*slot, &pv_dict_type)) {
            PvDict *dd = (PvDict *)*slot;
            for (size_t i = 0; i < dd->nentries && i < (1u << 29); i++)
                if (dd->entries[i].key == name) {
                    fill(cw, tp, 0, (uint32_t)i, PV_AC_DICT);
                    return;
                }
        }
    }
    uint32_t id = pv_shape_id_of(o);
    /* with a __getattr__, a __get__ raising AttributeError falls back to
     * it: only take attributes whose __get__ cannot fail that way */
    if (d && id && plain_class_attr(d) &&
        (tp->getattr == pv_object_generic_getattr || !pv_type(d)->descr_get ||
         (pv_type(d)->flags & PV_TPFLAG_METHOD_DESCRIPTOR)))
        fill(cw, tp, id, 0, PV_AC_TYPE);
}

Value pv_attr_load_slow(uint32_t *cw, Value o, Value name, int *rc)
{
    PvType *tp = pv_type(o);
    if (PV_AC_KIND(cw[3]) == PV_AC_MODULE) {
        Value v = module_cached(cw, o);
        *rc = v != NULL;
        return v;
    }
    if (PV_AC_KIND(cw[3]) == PV_AC_CLASS) {
        Value v = class_cached(cw, o, name);
        *rc = v ? 1 : pv_err_occurred() ? -1 : 0;
        return v;
    }
    if (!pv_ac_version_ok(cw, tp))
        return NULL;
    if (PV_AC_KIND(cw[3]) == PV_AC_DICT) {
        /* an instance whose attributes are in a dict: the entry index */
        Value *slot = pv_shape_slot(o);
        PvDict *d = slot ? (PvDict *)*slot : NULL;
        uint32_t i = PV_AC_INDEX(cw[3]);
        if (d && pv_is_type((Value)d, &pv_dict_type) && i < d->nentries &&
            d->entries[i].key == name) {
            *rc = 1;
            return d->entries[i].value;
        }
        return NULL;
    }
    if (PV_AC_KIND(cw[3]) != PV_AC_TYPE || pv_shape_id_of(o) != cw[2])
        return NULL;
    Value d = pv_type_lookup(tp, name);
    if (!d)   /* cannot be while the version holds; a miss then */
        return NULL;
    Value (*get)(Value, Value, Value) = pv_type(d)->descr_get;
    Value v = get ? get(d, o, (Value)tp) : d;
    *rc = v ? 1 : -1;
    return v;
}

void pv_attr_store_fill(uint32_t *cw, Value o, Value name, uint32_t pre)
{
    cw[3] = PV_AC_NONE;
    PvType *tp = pv_type(o);
    if (tp->setattr != pv_object_generic_setattr || !tp->version || !interned(name))
        return;
    Value d = pv_type_lookup(tp, name);
    if (d && pv_type(d)->descr_set)
        return;
    Value *slot = pv_shape_slot(o);
    if (!slot || !pv_is_instvalues(*slot))
        return;
    PvShape *s = IV(*slot)->shape;
    ssize_t i = shape_index(s, name);
    if (i < 0)
        return;
    if (s->id == pre)
        fill(cw, tp, pre, (uint32_t)i, PV_AC_VALUE);
    else if (s->parent && (uint32_t)i == s->size - 1 &&
             (s->parent->id == pre || (pre == PV_SHAPE_ID_EMPTY && !s->parent->parent)))
        fill(cw, tp, pre, (uint32_t)i, PV_AC_DICT);
}

int pv_attr_store_add(uint32_t *cw, Value o, Value name, Value v)
{
    if (PV_AC_KIND(cw[3]) != PV_AC_DICT)
        return 0;
    PvType *tp = pv_type(o);
    Value *slot = (Value *)((char *)o + tp->dictoffset);
    PvShape *s;
    if (!*slot) {
        if (cw[2] != PV_SHAPE_ID_EMPTY || !((PvHeapType *)tp)->shape_root)
            return 0;
        s = (PvShape *)((PvHeapType *)tp)->shape_root;
    } else if (pv_is_instvalues(*slot)) {
        s = IV(*slot)->shape;
        if (s->id != cw[2])
            return 0;
    } else
        return 0;
    PvShape *c = find_child(s, name);
    if (!c)
        return 0;
    PvInstValues *iv = reserve(slot, s, c);
    if (!iv)
        return -1;
    iv->values[s->size] = v;
    iv->shape = c;
    return 1;
}

Value pv_method_load(uint32_t *cw, Value o, Value name, bool *unbound)
{
    PvType *tp = pv_type(o);
    cw[3] = PV_AC_NONE;
    *unbound = false;
    if (!generic_lookup(tp)) {
        Value v = pv_getattr(o, name);
        if (v) {
            module_fill(cw, o, name);
            class_fill(cw, o, name);
        }
        return v;
    }
    Value d = pv_type_lookup(tp, name);
    if (!d || !(pv_type(d)->flags & PV_TPFLAG_METHOD_DESCRIPTOR))
        return pv_getattr(o, name);
    Value v = pv_object_own_attr(o, name);
    if (v || pv_err_occurred())
        return v;
    *unbound = true;
    uint32_t id = pv_shape_id_of(o);
    if (id && tp->version && interned(name))
        fill(cw, tp, id, 0, PV_AC_TYPE);
    return d;
}
