/* typenew.c: creating classes: type(name, bases, dict) and the class
 * statement's metaclass call. Metaclass selection, instance layout
 * (__dict__ slot, __slots__, layout conflicts), the C3 MRO, __classcell__,
 * __set_name__ and __init_subclass__. */
#include "objimpl.h"
#include "eval.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- instance layout ---- */

static bool extra_ivars(PvType *t, PvType *b)
{
    size_t ts = t->basicsize, bs = b->basicsize;
    if (t->itemsize || b->itemsize)
        return ts != bs || t->itemsize != b->itemsize;
    if (pv_is_heaptype(t) && t->dictoffset && !b->dictoffset && t->dictoffset != PV_DICT_AT_END &&
        t->dictoffset + sizeof(Value) == ts)
        ts -= sizeof(Value);
    return ts != bs;
}

static PvType *solid_base(PvType *t)
{
    PvType *b = t->base ? solid_base(t->base) : &pv_object_type;
    return extra_ivars(t, b) ? t : b;
}

static PvType *best_base(Value bases)
{
    PvType *base = NULL, *winner = NULL;
    for (size_t i = 0; i < pv_tuple_size(bases); i++) {
        PvType *b = (PvType *)pv_tuple_items(bases)[i];
        PvType *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (pv_type_is_subtype(winner, cand)) {
            /* keep */
        } else if (pv_type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            pv_raise(&pv_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* ---- C3 linearization ---- */

static Value mro_error(PvType **seqs[], size_t *len, size_t *pos, size_t nseq)
{
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    PvType *seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < nseq; i++) {
        if (pos[i] >= len[i])
            continue;
        PvType *h = seqs[i][pos[i]];
        bool dup = false;
        for (size_t k = 0; k < nseen; k++)
            dup |= seen[k] == h;
        if (dup || nseen >= 64)
            continue;
        seen[nseen++] = h;
        pv_buf_printf(&b, "%s %s", nseen > 1 ? "," : "", h->name);
    }
    Value msg = pv_buf_finish_str(&b);
    return msg ? pv_raise(&pv_exc_TypeError, "%S", msg) : NULL;
}

Value pv_type_default_mro(PvType *t)
{
    Value bases = t->bases;
    size_t nb = pv_tuple_size(bases);
    if (nb == 0)
        return pv_tuple_pack(1, (Value)t);
    if (nb == 1) {
        PvType *b = (PvType *)pv_tuple_items(bases)[0];
        size_t n = pv_tuple_size(b->mro);
        Value mro = pv_tuple_new(n + 1);
        if (!mro)
            return NULL;
        pv_tuple_items(mro)[0] = (Value)t;
        memcpy(pv_tuple_items(mro) + 1, pv_tuple_items(b->mro), n * sizeof(Value));
        return mro;
    }
    /* sequences: each base's MRO, then the bases list. The types stay
     * reachable through t->bases while these C arrays exist. */
    size_t nseq = nb + 1, total = 0;
    PvType ***seqs = calloc(nseq, sizeof *seqs);
    size_t *len = calloc(nseq, sizeof *len), *pos = calloc(nseq, sizeof *pos);
    Value result = NULL;
    if (!seqs || !len || !pos)
        goto out_nomem;
    for (size_t i = 0; i < nb; i++) {
        Value m = ((PvType *)pv_tuple_items(bases)[i])->mro;
        len[i] = pv_tuple_size(m);
        seqs[i] = (PvType **)pv_tuple_items(m);
        total += len[i];
    }
    len[nb] = nb;
    seqs[nb] = (PvType **)pv_tuple_items(bases);
    Value out = pv_list_new(0);
    if (!out || pv_list_append(out, (Value)t) < 0)
        goto out;
    for (;;) {
        PvType *cand = NULL;
        bool any = false;
        for (size_t i = 0; i < nseq && !cand; i++) {
            if (pos[i] >= len[i])
                continue;
            any = true;
            PvType *c = seqs[i][pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < len[j]; k++)
                    if (seqs[j][k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail)
                cand = c;
        }
        if (!any)
            break;
        if (!cand) {
            mro_error(seqs, len, pos, nseq);
            goto out;
        }
        if (pv_list_append(out, (Value)cand) < 0)
            goto out;
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < len[i] && seqs[i][pos[i]] == cand)
                pos[i]++;
    }
    (void)total;
    result = pv_list_as_tuple(out);
    goto out;
out_nomem:
    pv_nomemory();
out:
    free(seqs);
    free(len);
    free(pos);
    return result;
}

/* The MRO, through a metaclass's own mro() when it overrides it. */
static Value compute_mro(PvType *t)
{
    PvType *meta = pv_type((Value)t);
    if (meta != &pv_type_type) {
        Value m = pv_type_lookup(meta, pv_intern("mro"));
        Value base_m = pv_type_lookup(&pv_type_type, pv_intern("mro"));
        if (m && m != base_m) {
            Value r = pv_call_unbound(m, (Value)t, NULL, 0, NULL);
            if (!r)
                return NULL;
            Value tup = pv_sequence_tuple(r);
            if (!tup)
                return NULL;
            for (size_t i = 0; i < pv_tuple_size(tup); i++)
                if (!pv_is_typeobj(pv_tuple_items(tup)[i]))
                    return pv_raise(&pv_exc_TypeError, "mro() returned a non-class ('%T')",
                                    pv_tuple_items(tup)[i]);
            return tup;
        }
    }
    return pv_type_default_mro(t);
}

static int remove_subclass(PvType *base, PvType *sub)
{
    Value l = base->subclasses;
    if (!l)
        return 0;
    for (size_t i = 0; i < pv_list_size(l); i++)
        if (pv_list_items(l)[i] == (Value)sub) {
            memmove(pv_list_items(l) + i, pv_list_items(l) + i + 1,
                    (pv_list_size(l) - i - 1) * sizeof(Value));
            ((PvList *)l)->size--;
            return 1;
        }
    return 0;
}

/* Recomputes the MROs of t and its subclasses; undo collects (type, old
 * MRO) pairs so that a failure can restore them without running any mro()
 * again (a user mro() may be what failed, and may reenter). */
static int remro_rec(PvType *t, int depth, Value undo)
{
    Value m = compute_mro(t);
    if (!m)
        return -1;
    if (pv_list_append(undo, (Value)t) < 0 || pv_list_append(undo, t->mro ? t->mro : pv_None) < 0)
        return -1;
    t->mro = m;
    if (t->subclasses && depth < 1000)
        for (size_t i = 0; i < pv_list_size(t->subclasses); i++)
            if (remro_rec((PvType *)pv_list_items(t->subclasses)[i], depth + 1, undo) < 0)
                return -1;
    return 0;
}

int pv_type_set_bases(PvType *t, Value bases)
{
    if (!pv_isinst(bases, &pv_tuple_type)) {
        pv_raise(&pv_exc_TypeError, "can only assign tuple to %s.__bases__, not %T", t->name, bases);
        return -1;
    }
    if (pv_tuple_size(bases) == 0) {
        pv_raise(&pv_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                 t->name);
        return -1;
    }
    for (size_t i = 0; i < pv_tuple_size(bases); i++) {
        Value b = pv_tuple_items(bases)[i];
        if (!pv_is_typeobj(b)) {
            pv_raise(&pv_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%T'",
                     t->name, b);
            return -1;
        }
        /* the base chain too: a reentrant mro() may not have updated MROs */
        bool cycle = false;
        int guard = 0;
        for (PvType *p = (PvType *)b; p && guard < 100000; p = p->base, guard++)
            cycle |= p == t;
        if (cycle || pv_type_is_subtype((PvType *)b, t)) {
            pv_raise(&pv_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    PvType *nb = best_base(bases);
    if (!nb)
        return -1;
    if (solid_base(nb) != solid_base(t->base)) {
        pv_raise(&pv_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                 nb->name, t->base->name);
        return -1;
    }
    Value old_bases = t->bases, old_mro = t->mro;
    PvType *old_base = t->base;
    t->bases = bases;
    t->base = nb;
    Value undo = pv_list_new(0);
    if (!undo)
        return -1;
    if (remro_rec(t, 0, undo) < 0) {
        t->bases = old_bases;
        t->base = old_base;
        t->mro = old_mro;
        for (size_t i = pv_list_size(undo); i >= 2; i -= 2) {
            Value m = pv_list_items(undo)[i - 1];
            ((PvType *)pv_list_items(undo)[i - 2])->mro = m == pv_None ? NULL : m;
        }
        return -1;
    }
    for (size_t i = 0; i < pv_tuple_size(old_bases); i++)
        remove_subclass((PvType *)pv_tuple_items(old_bases)[i], t);
    for (size_t i = 0; i < pv_tuple_size(bases); i++)
        if (pv_type_add_subclass((PvType *)pv_tuple_items(bases)[i], t) < 0)
            return -1;
    pv_type_modified(t, NULL);
    return 0;
}

/* ---- GC of instances of heap types ---- */

static void heap_mark(Value self)
{
    PvType *t = self->type;
    PvType *sb = pv_static_base(t);
    pv_gc_mark((Value)t);
    if (sb->mark)
        sb->mark(self);
    if (t->basicsize > sb->basicsize) {
        Value *p = (Value *)((char *)self + sb->basicsize);
        pv_gc_mark_array(p, (t->basicsize - sb->basicsize) / sizeof(Value));
    }
    if (t->dictoffset == PV_DICT_AT_END)
        pv_gc_mark(*pv_object_dict_ptr(self));
}

/* ---- __slots__ ---- */

static bool is_identifier(Value s)
{
    const unsigned char *p = (const unsigned char *)pv_str_data(s);
    size_t n = pv_str_size(s);
    if (n == 0 || isdigit(p[0]))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(isalnum(p[i]) || p[i] == '_' || p[i] >= 0x80))
            return false;
    return true;
}

static Value mangle(Value cls_name, Value name)
{
    const char *n = pv_str_data(name);
    size_t len = pv_str_size(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len >= 4 && n[len - 1] == '_' && n[len - 2] == '_'))
        return name;
    const char *c = pv_str_data(cls_name);
    while (*c == '_')
        c++;
    if (!*c)
        return name;
    return pv_str_printf("_%s%S", c, name);
}

/* Parse __slots__ into a tuple of mangled names; sets *want_dict if
 * '__dict__' is listed. '__weakref__' is accepted and ignored. */
static Value parse_slots(Value slots, Value name, Value dict, PvType *base, bool *want_dict,
                         bool *want_weakref)
{
    Value seq = pv_is_str(slots) ? pv_tuple_pack(1, slots) : pv_sequence_tuple(slots);
    if (!seq)
        return NULL;
    Value out = pv_list_new(0);
    if (!out)
        return NULL;
    *want_dict = false;
    bool had_weakref = false;
    for (size_t i = 0; i < pv_tuple_size(seq); i++) {
        Value s = pv_tuple_items(seq)[i];
        if (!pv_is_str(s))
            return pv_raise(&pv_exc_TypeError, "__slots__ items must be strings, not '%T'", s);
        if (!is_identifier(s))
            return pv_raise(&pv_exc_TypeError, "__slots__ must be identifiers");
        if (pv_str_eq_cstr(s, "__dict__")) {
            if (*want_dict || base->dictoffset)
                return pv_raise(&pv_exc_TypeError, "__dict__ slot disallowed: we already got one");
            *want_dict = true;
            continue;
        }
        if (pv_str_eq_cstr(s, "__weakref__")) {
            if (had_weakref)
                return pv_raise(&pv_exc_TypeError, "__weakref__ slot disallowed: "
                                "either we already got one, or __itemsize__ != 0");
            had_weakref = true;
            continue;
        }
        Value m = mangle(name, s);
        if (!m)
            return NULL;
        m = pv_str_intern(m);
        if (pv_dict_get(dict, m))
            return pv_raise(&pv_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
        /* CPython accepts a repeated name (one slot serves both) */
        bool dup = false;
        for (size_t k = 0; k < pv_list_size(out) && !dup; k++)
            dup = pv_str_eq(pv_list_items(out)[k], m);
        if (dup)
            continue;
        if (pv_list_append(out, m) < 0)
            return NULL;
    }
    *want_weakref = had_weakref;
    if (pv_list_sort(out, NULL, false) < 0)
        return NULL;
    return pv_list_as_tuple(out);
}

/* ---- the metaclass and the bases ---- */

PvType *pv_calculate_metaclass(PvType *meta, Value bases)
{
    PvType *winner = meta;
    for (size_t i = 0; i < pv_tuple_size(bases); i++) {
        PvType *bt = pv_type(pv_tuple_items(bases)[i]);
        if (pv_type_is_subtype(winner, bt))
            continue;
        if (pv_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        pv_raise(&pv_exc_TypeError, "metaclass conflict: the metaclass of a derived class must "
                 "be a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Implicit classmethod/staticmethod wrapping of special names. */
static int wrap_special(Value dict, const char *name, bool classm)
{
    Value v = pv_dict_get_str(dict, name);
    if (!v || !pv_is_type(v, &pv_function_type))
        return 0;
    Value w = classm ? pv_classmethod_new(v) : pv_staticmethod_new(v);
    return w ? pv_dict_set_str(dict, name, w) : -1;
}

static int set_names(PvType *t)
{
    Value items = pv_dict_items_list(t->dict);
    if (!items)
        return -1;
    for (size_t i = 0; i < pv_list_size(items); i++) {
        Value kv = pv_list_items(items)[i];
        Value v = pv_tuple_items(kv)[1];
        Value m = pv_type_lookup(pv_type(v), pv_id___set_name__);
        if (!m)
            continue;
        Value args[2] = {(Value)t, pv_tuple_items(kv)[0]};
        if (!pv_call_unbound(m, v, args, 2, NULL)) {
            /* 3.11 wraps the error, with the original as __cause__ */
            Value cause = pv_err_fetch();
            pv_raise(&pv_exc_RuntimeError, "Error calling __set_name__ on '%T' instance %R in '%s'",
                     v, pv_tuple_items(kv)[0], t->name);
            Value exc = pv_err_fetch();
            if (exc) {
                pv_setattr_str(exc, "__cause__", cause);
                pv_setattr_str(exc, "__context__", cause);
                pv_err_clear();
            }
            pv_err_restore(exc);
            return -1;
        }
    }
    return 0;
}

/* super(t, t).__init_subclass__(**kwargs) */
static int init_subclass(PvType *t, Value *kwvals, Value kwnames)
{
    Value mro = t->mro;
    for (size_t i = 1; i < pv_tuple_size(mro); i++) {
        PvType *b = (PvType *)pv_tuple_items(mro)[i];
        Value f = pv_dict_get(b->dict, pv_id___init_subclass__);
        if (!f)
            continue;
        Value (*get)(Value, Value, Value) = pv_type(f)->descr_get;
        Value bound = get ? get(f, NULL, (Value)t) : f;
        if (!bound)
            return -1;
        return pv_call(bound, kwvals, 0, kwnames) ? 0 : -1;
    }
    return 0;
}

static int frame_module_name(Value dict)
{
    if (pv_dict_get(dict, pv_id___module__))
        return 0;
    Value g = pv_frame_globals();
    if (!g) {
        pv_err_clear();
        return 0;
    }
    Value n = pv_dict_get(g, pv_id___name__);
    return n ? pv_dict_set(dict, pv_id___module__, n) : 0;
}

/* type.__new__(meta, name, bases, dict, **kwargs) */
static Value type_new_impl(PvType *meta, Value name, Value bases, Value orig_dict,
                           Value *kwvals, Value kwnames)
{
    PvType *winner = pv_calculate_metaclass(meta, bases);
    if (!winner)
        return NULL;
    if (winner != meta && winner->new_ != meta->new_) {
        size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
        Value buf = pv_tuple_new(3 + nkw);
        if (!buf)
            return NULL;
        pv_tuple_items(buf)[0] = name;
        pv_tuple_items(buf)[1] = bases;
        pv_tuple_items(buf)[2] = orig_dict;
        memcpy(pv_tuple_items(buf) + 3, kwvals, nkw * sizeof(Value));
        return winner->new_(winner, pv_tuple_items(buf), 3, kwnames);
    }
    meta = winner;
    if (pv_tuple_size(bases) == 0)
        bases = pv_tuple_pack(1, (Value)&pv_object_type);
    for (size_t i = 0; i < pv_tuple_size(bases); i++) {
        Value b = pv_tuple_items(bases)[i];
        if (!pv_is_typeobj(b))
            return pv_raise(&pv_exc_TypeError, "bases must be types");
        if (pv_type_ready((PvType *)b) < 0)
            return NULL;
        if (!(((PvType *)b)->flags & PV_TPFLAG_BASETYPE))
            return pv_raise(&pv_exc_TypeError, "type '%s' is not an acceptable base type",
                            ((PvType *)b)->name);
        /* a class still inside its metaclass's mro() has no MRO yet */
        if (!((PvType *)b)->mro)
            return pv_raise(&pv_exc_TypeError, "Cannot extend an incomplete type '%s'",
                            ((PvType *)b)->name);
        for (size_t j = 0; j < i; j++)
            if (pv_tuple_items(bases)[j] == b)
                return pv_raise(&pv_exc_TypeError, "duplicate base class %s", ((PvType *)b)->name);
    }
    PvType *base = best_base(bases);
    if (!base)
        return NULL;
    if (strlen(pv_str_data(name)) != pv_str_size(name))
        return pv_raise(&pv_exc_ValueError, "type name must not contain null characters");

    Value dict = pv_dict_new();
    if (!dict || pv_dict_update(dict, orig_dict) < 0)
        return NULL;
    if (frame_module_name(dict) < 0)
        return NULL;

    Value qualname = pv_dict_get(dict, pv_id___qualname__);
    if (qualname) {
        if (!pv_is_str(qualname))
            return pv_raise(&pv_exc_TypeError, "type __qualname__ must be a str, not %T", qualname);
        if (pv_dict_del(dict, pv_id___qualname__) < 0)
            return NULL;
    } else
        qualname = name;

    /* layout */
    size_t basicsize = base->basicsize, dictoffset = base->dictoffset;
    bool add_dict = dictoffset == 0;
    /* __weakref__ is only a placeholder (no weak references yet), shown
     * where CPython shows it: the first class of a chain without slots */
    bool add_weakref = !pv_type_lookup(base, pv_id___weakref__) && !base->itemsize &&
                       !(base->flags & PV_TPFLAG_INT_SUBCLASS);
    Value slotnames = NULL;
    Value slots = pv_dict_get(dict, pv_id___slots__);
    if (slots) {
        bool want_dict, want_weakref = false;
        slotnames = parse_slots(slots, name, dict, base, &want_dict, &want_weakref);
        if (!slotnames)
            return NULL;
        add_dict = want_dict;
        add_weakref = add_weakref && want_weakref;
        /* CPython's int is variable-sized (digits inline), pyvm's is not:
         * refuse slots there too so programs see the same TypeError. */
        if ((base->itemsize || (base->flags & PV_TPFLAG_INT_SUBCLASS)) &&
            pv_tuple_size(slotnames) > 0)
            return pv_raise(&pv_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            base->name);
    }
    size_t slot_start = basicsize;
    if (slotnames)
        basicsize += pv_tuple_size(slotnames) * sizeof(Value);
    if (add_dict) {
        if (base->itemsize)
            dictoffset = PV_DICT_AT_END;
        else {
            dictoffset = basicsize;
            basicsize += sizeof(Value);
        }
    }

    if (!meta->basicsize || meta->basicsize < sizeof(PvHeapType))
        return pv_raise(&pv_exc_TypeError, "metaclass '%s' is not a type", meta->name);
    PvHeapType *ht = (PvHeapType *)pv_type_alloc(meta, 0);
    if (!ht)
        return NULL;
    PvType *t = &ht->t;
    ht->name = pv_str_intern(name);
    ht->slotnames = slotnames;
    t->name = pv_str_data(ht->name);
    t->flags = PV_TPFLAG_HEAPTYPE | PV_TPFLAG_BASETYPE | PV_TPFLAG_READY |
               (base->flags & (PV_TPFLAG_INT_SUBCLASS | PV_TPFLAG_STR_SUBCLASS |
                               PV_TPFLAG_TUPLE_SUBCLASS | PV_TPFLAG_LIST_SUBCLASS |
                               PV_TPFLAG_DICT_SUBCLASS | PV_TPFLAG_EXC_SUBCLASS |
                               PV_TPFLAG_TYPE_SUBCLASS | PV_TPFLAG_SEQUENCE | PV_TPFLAG_MAPPING));
    Value abcflags = pv_dict_get_str(dict, "__abc_tpflags__");
    if (abcflags && pv_is_small(abcflags)) {
        /* CPython's bits: 1 << 5 sequence, 1 << 6 mapping */
        t->flags &= ~(uint32_t)(PV_TPFLAG_SEQUENCE | PV_TPFLAG_MAPPING);
        if (pv_small_val(abcflags) & (1 << 5))
            t->flags |= PV_TPFLAG_SEQUENCE;
        else if (pv_small_val(abcflags) & (1 << 6))
            t->flags |= PV_TPFLAG_MAPPING;
    }
    t->base = base;
    t->bases = bases;
    t->dict = dict;
    t->qualname = qualname;
    t->basicsize = basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = dictoffset;
    t->slots = slots;
    t->mark = heap_mark;
    t->finalize = pv_static_base(base)->finalize;

    if (wrap_special(dict, "__new__", false) < 0 ||
        wrap_special(dict, "__init_subclass__", true) < 0 ||
        wrap_special(dict, "__class_getitem__", true) < 0)
        return NULL;
    if (slotnames)
        for (size_t i = 0; i < pv_tuple_size(slotnames); i++) {
            Value sn = pv_tuple_items(slotnames)[i];
            Value d = pv_member_descr_new(t, sn, slot_start + i * sizeof(Value));
            if (!d || pv_dict_set(dict, sn, d) < 0)
                return NULL;
        }
    if (add_dict && !pv_dict_get(dict, pv_id___dict__)) {
        extern const PvGetSetDef pv_dict_getset;
        Value d = pv_getset_descr_new(t, &pv_dict_getset);
        if (!d || pv_dict_set(dict, pv_id___dict__, d) < 0)
            return NULL;
    }
    if (add_weakref && !pv_dict_get(dict, pv_id___weakref__)) {
        extern const PvGetSetDef pv_weakref_getset;
        Value w = pv_getset_descr_new(t, &pv_weakref_getset);
        if (!w || pv_dict_set(dict, pv_id___weakref__, w) < 0)
            return NULL;
    }
    if (!pv_dict_get(dict, pv_id___doc__) && pv_dict_set(dict, pv_id___doc__, pv_None) < 0)
        return NULL;
    /* __eq__ without __hash__ makes instances unhashable */
    if (pv_dict_get(dict, pv_id___eq__) && !pv_dict_get(dict, pv_id___hash__) &&
        pv_dict_set(dict, pv_id___hash__, pv_None) < 0)
        return NULL;

    Value cell = pv_dict_get(dict, pv_id___classcell__);
    if (cell) {
        if (!pv_is_type(cell, &pv_cell_type))
            return pv_raise(&pv_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                            (Value)pv_type(cell));
        ((PvCell *)cell)->ref = (Value)t;
        if (pv_dict_del(dict, pv_id___classcell__) < 0)
            return NULL;
    }
    Value mro = compute_mro(t);
    if (!mro)
        return NULL;
    t->mro = mro;
    pv_type_modified(t, NULL);   /* version tag + all slots from the MRO */
    for (size_t i = 0; i < pv_tuple_size(bases); i++)
        if (pv_type_add_subclass((PvType *)pv_tuple_items(bases)[i], t) < 0)
            return NULL;

    if (set_names(t) < 0 || init_subclass(t, kwvals, kwnames) < 0) {
        /* the class never existed: forget it in __subclasses__() */
        for (size_t i = 0; i < pv_tuple_size(bases); i++)
            remove_subclass((PvType *)pv_tuple_items(bases)[i], t);
        return NULL;
    }
    return (Value)t;
}

/* The new_ slot of type. */
Value pv_type_new_slot(PvType *meta, Value *args, size_t nargs, Value kwnames)
{
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
    if (meta == &pv_type_type && nargs == 1 && nkw == 0)
        return (Value)pv_type(args[0]);
    if (nargs != 3) {
        if (meta == &pv_type_type)
            return pv_raise(&pv_exc_TypeError, "type() takes 1 or 3 arguments");
        return pv_raise(&pv_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                        nargs);
    }
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!pv_isinst(args[1], &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T",
                        args[1]);
    if (!pv_isinst(args[2], &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, "type.__new__() argument 3 must be dict, not %T",
                        args[2]);
    return type_new_impl(meta, args[0], args[1], args[2], args + 3, kwnames);
}

Value pv_type_new(Value name, Value bases, Value dict)
{
    Value args[3] = {name, bases, dict};
    return pv_type_new_slot(&pv_type_type, args, 3, NULL);
}
