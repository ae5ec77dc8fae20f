/* object.c: the root type `object` (construction, the generic attribute
 * protocol, default repr/hash/comparison) and the singletons None,
 * NotImplemented, Ellipsis, True and False. */
#include "objimpl.h"
#include "shape.h"
#include <string.h>

#define PV_ID_DEF(n) Value pv_id_##n;
PV_IDS(PV_ID_DEF)
#undef PV_ID_DEF

/* ---- singletons ---- */

PvObj pv_none_obj = {&pv_none_type, 0, 0};
PvObj pv_notimpl_obj = {&pv_notimpl_type, 0, 0};
PvObj pv_ellipsis_obj = {&pv_ellipsis_type, 0, 0};
PvInt pv_true_obj = {{&pv_bool_type, 0, 0}, {{0, 0, NULL}}};
PvInt pv_false_obj = {{&pv_bool_type, 0, 0}, {{0, 0, NULL}}};

static Value none_repr(Value self) { (void)self; return pv_str_from_cstr("None"); }
static int none_bool(Value self) { (void)self; return 0; }
static Value notimpl_repr(Value self) { (void)self; return pv_str_from_cstr("NotImplemented"); }
static Value ellipsis_repr(Value self) { (void)self; return pv_str_from_cstr("Ellipsis"); }

/* NoneType(), NotImplementedType() and ellipsis() return the singleton. */
static Value singleton_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (nargs || (kwnames && pv_tuple_size(kwnames)))
        return pv_raise(&pv_exc_TypeError, "%s takes no arguments", type->name);
    if (type == &pv_none_type)
        return pv_None;
    if (type == &pv_notimpl_type)
        return pv_NotImplemented;
    return pv_Ellipsis;
}

static Value singleton_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return pv_str_from_cstr(self == pv_Ellipsis ? "Ellipsis" : "NotImplemented");
}

static const PvMethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_none_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "NoneType",
    .basicsize = sizeof(PvObj),
    .repr = none_repr,
    .bool_ = none_bool,
    .new_ = singleton_new,
};
PvType pv_notimpl_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "NotImplementedType",
    .basicsize = sizeof(PvObj),
    .repr = notimpl_repr,
    .new_ = singleton_new,
    .methods = singleton_methods,
};
PvType pv_ellipsis_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "ellipsis",
    .basicsize = sizeof(PvObj),
    .repr = ellipsis_repr,
    .new_ = singleton_new,
    .methods = singleton_methods,
};

/* ---- identity hash and default repr ---- */

int64_t pv_hash_pointer(const void *p)
{
    /* The low bits of an address are zero: rotate them away. */
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static int64_t object_hash(Value self)
{
    return pv_hash_pointer(self);
}

Value pv_object_repr_default(Value obj)
{
    PvType *t = pv_type(obj);
    Value mod = pv_type_module(t);
    Value qn = pv_type_qualname(t);
    if (!qn)
        return NULL;
    if (mod && pv_is_str(mod) && !pv_str_eq_cstr(mod, "builtins"))
        return pv_str_printf("<%S.%S object at %p>", mod, qn, (void *)obj);
    return pv_str_printf("<%S object at %p>", qn, (void *)obj);
}

static Value object_str(Value self)
{
    PvType *t = pv_type(self);
    return t->repr ? t->repr(self) : pv_object_repr_default(self);
}

/* == is identity; != is the negation of __eq__ (so defining __eq__ alone
 * gives a consistent !=); ordering is not supported. */
static Value object_richcompare(Value a, Value b, int op)
{
    if (op == PV_EQ)
        return a == b ? pv_True : pv_NotImplemented;
    if (op == PV_NE) {
        PvType *t = pv_type(a);
        if (!t->richcompare)
            return pv_NotImplemented;
        Value r = t->richcompare(a, b, PV_EQ);
        if (!r || r == pv_NotImplemented)
            return r;
        int k = pv_truthy(r);
        if (k < 0)
            return NULL;
        return pv_bool(!k);
    }
    return pv_NotImplemented;
}

/* ---- construction ---- */

static bool excess_args(size_t nargs, Value kwnames)
{
    return nargs > 0 || (kwnames && pv_tuple_size(kwnames) > 0);
}

static Value abstract_error(PvType *type)
{
    Value am = pv_type_lookup(type, pv_id___abstractmethods__);
    Value names = am ? pv_sequence_list(am) : NULL;
    if (!names || pv_list_sort(names, NULL, false) < 0)
        return NULL;
    Value joined = pv_str_join(pv_str_from_cstr(", "), names);
    if (!joined)
        return NULL;
    return pv_raise(&pv_exc_TypeError,
                    "Can't instantiate abstract class %s with abstract method%s %S",
                    type->name, pv_list_size(names) == 1 ? "" : "s", joined);
}

Value pv_object_new_impl(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != pv_object_new_impl)
            return pv_raise(&pv_exc_TypeError, "object.__new__() takes exactly one "
                            "argument (the type to instantiate)");
        if (type->init == pv_object_init_impl)
            return pv_raise(&pv_exc_TypeError, "%s() takes no arguments", type->name);
    }
    if (type->flags & PV_TPFLAG_ABSTRACT)
        return abstract_error(type);
    return pv_type_alloc(type, 0);
}

int pv_object_init_impl(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    PvType *type = pv_type(self);
    if (excess_args(nargs, kwnames)) {
        if (type->init != pv_object_init_impl) {
            pv_raise(&pv_exc_TypeError, "object.__init__() takes exactly one argument "
                     "(the instance to initialize)");
            return -1;
        }
        if (type->new_ == pv_object_new_impl) {
            pv_raise(&pv_exc_TypeError, "%s.__init__() takes exactly one argument "
                     "(the instance to initialize)", type->name);
            return -1;
        }
    }
    return 0;
}

/* ---- the generic attribute protocol ---- */

/* The __dict__ slot. Attributes kept in a shared layout (shape.c) are
 * turned into a dict first: whoever asks for the slot may hand the dict
 * out or change it. */
Value *pv_object_dict_ptr(Value obj)
{
    if (pv_is_small(obj))
        return NULL;
    size_t off = obj->type->dictoffset;
    if (off == 0)
        return NULL;
    if (off == PV_DICT_AT_END)
        return (Value *)((char *)obj + pv_gc_block_size(obj) - sizeof(Value));
    Value *slot = (Value *)((char *)obj + off);
    if (pv_is_instvalues(*slot) && !pv_shape_materialize(slot))
        return NULL;
    return slot;
}

/* The raw slot: may hold values of a layout (see shape.h). */
static Value *raw_dict_ptr(Value obj)
{
    Value *slot = pv_shape_slot(obj);
    return slot ? slot : pv_object_dict_ptr(obj);
}

Value pv_object_own_attr(Value obj, Value name)
{
    Value *dp = raw_dict_ptr(obj);
    if (!dp || !*dp)
        return NULL;
    return pv_is_instvalues(*dp) ? pv_shape_get(*dp, name) : pv_dict_get(*dp, name);
}

/* The attributes as a dict without leaving a layout: the instance's dict,
 * or a new one with the values; NULL when there are none (or error). */
static Value attrs_as_dict(Value obj)
{
    Value *dp = raw_dict_ptr(obj);
    if (!dp || !*dp)
        return NULL;
    return pv_is_instvalues(*dp) ? pv_shape_dict_copy(*dp) : *dp;
}

Value pv_raise_no_attr(Value obj, Value name)
{
    if (pv_is_typeobj(obj))
        pv_raise(&pv_exc_AttributeError, "type object '%s' has no attribute '%S'",
                 ((PvType *)obj)->name, name);
    else if (pv_isinst(obj, &pv_module_type)) {
        Value mn = pv_dict_get_str(((PvModule *)obj)->dict, "__name__");
        if (mn && pv_is_str(mn))
            pv_raise(&pv_exc_AttributeError, "module '%S' has no attribute '%S'", mn, name);
        else
            pv_raise(&pv_exc_AttributeError, "module has no attribute '%S'", name);
    } else
        pv_raise(&pv_exc_AttributeError, "'%T' object has no attribute '%S'", obj, name);
    /* name and obj let the traceback printer suggest a close name */
    Value exc = pv_err_fetch();
    if (exc && pv_isinst(exc, &pv_exc_AttributeError)) {
        pv_setattr_str(exc, "name", name);
        pv_setattr_str(exc, "obj", obj);
        pv_err_clear();
    }
    pv_err_restore(exc);
    return NULL;
}

Value pv_generic_getattr_impl(Value obj, Value name, bool suppress)
{
    PvType *t = pv_type(obj);
    Value descr = pv_type_lookup(t, name);
    Value (*get)(Value, Value, Value) = NULL;
    if (descr) {
        PvType *dt = pv_type(descr);
        get = dt->descr_get;
        if (get && dt->descr_set)
            return get(descr, obj, (Value)t);
    }
    Value v = pv_object_own_attr(obj, name);
    if (v || pv_err_occurred())
        return v;
    if (get)
        return get(descr, obj, (Value)t);
    if (descr)
        return descr;
    if (suppress)
        return NULL;
    return pv_raise_no_attr(obj, name);
}

Value pv_object_generic_getattr(Value obj, Value name)
{
    return pv_generic_getattr_impl(obj, name, false);
}

int pv_object_generic_setattr(Value obj, Value name, Value value)
{
    PvType *t = pv_type(obj);
    Value descr = pv_type_lookup(t, name);
    if (descr) {
        int (*set)(Value, Value, Value) = pv_type(descr)->descr_set;
        if (set)
            return set(descr, obj, value);
    }
    Value *dp = raw_dict_ptr(obj);
    if (!dp) {
        if (descr)
            pv_raise(&pv_exc_AttributeError, "'%T' object attribute '%S' is read-only",
                     obj, name);
        else
            pv_raise_no_attr(obj, name);
        return -1;
    }
    if (value) {
        if (pv_is_instvalues(*dp) || (!*dp && pv_shape_type_ok(t))) {
            int r = pv_shape_set(obj, dp, name, value);
            if (r)
                return r > 0 ? 0 : -1;
        }
        if (!*dp && !(*dp = pv_dict_new()))
            return -1;
        return pv_dict_set(*dp, name, value);
    }
    if (pv_is_instvalues(*dp)) {
        int r = pv_shape_del(dp, name);
        if (r > 0)
            return 0;
        if (r == -1) {
            pv_raise_no_attr(obj, name);
            return -1;
        }
        if (r < 0)
            return -1;
    }
    if (*dp && pv_dict_del(*dp, name) == 0)
        return 0;
    if (*dp && !pv_err_matches(&pv_exc_KeyError))
        return -1;
    pv_err_clear();
    pv_raise_no_attr(obj, name);
    return -1;
}


/* ---- methods of object ---- */

static Value obj_dir_add_type(Value d, PvType *t)
{
    Value mro = t->mro;
    size_t n = mro ? pv_tuple_size(mro) : 0;
    for (size_t i = 0; i < n; i++) {
        PvType *b = (PvType *)pv_tuple_items(mro)[i];
        if (b->dict && pv_dict_update(d, b->dict) < 0)
            return NULL;
    }
    return d;
}

/* object.__dir__: the instance dict plus the attributes of the class. */
Value pv_object_dir_impl(Value obj)
{
    Value d = pv_dict_new();
    if (!d)
        return NULL;
    Value attrs = attrs_as_dict(obj);
    if (!attrs && pv_err_occurred())
        return NULL;
    if (attrs && pv_isinst(attrs, &pv_dict_type) && pv_dict_update(d, attrs) < 0)
        return NULL;
    Value cls = pv_getattr_opt(obj, pv_id___class__);
    if (!cls && pv_err_occurred())
        return NULL;
    if (!cls || !pv_is_typeobj(cls))
        cls = (Value)pv_type(obj);
    if (!obj_dir_add_type(d, (PvType *)cls))
        return NULL;
    return pv_dict_keys_list(d);
}

static Value object_dir(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (pv_check_nargs("__dir__", nargs, 0, 0) < 0 || pv_check_no_kwargs("__dir__", kwnames) < 0)
        return NULL;
    return pv_object_dir_impl(self);
}

static Value object_format(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("__format__", nargs, 1, 1) < 0 || pv_check_no_kwargs("__format__", kwnames) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (pv_str_size(args[0]) > 0)
        return pv_raise(&pv_exc_TypeError, "unsupported format string passed to %s.__format__",
                        pv_type(self)->name);
    return pv_str(self);
}

static Value object_init_subclass(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (nargs || (kwnames && pv_tuple_size(kwnames)))
        return pv_raise(&pv_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        pv_is_typeobj(self) ? ((PvType *)self)->name : "object");
    return pv_None;
}

static Value object_subclasshook(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return pv_NotImplemented;
}

static Value object_sizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("__sizeof__", nargs, 0, 0) < 0)
        return NULL;
    PvType *t = pv_type(self);
    size_t n = t->basicsize;
    if (t->itemsize && !pv_is_small(self))
        n = pv_gc_block_size(self);
    return pv_int_from_u64(n);
}

/* ---- pickling and copying: CPython's protocol-2 reduce ---- */

/* The __slots__ values that are set, as a dict (NULL: none). */
static Value slot_state(Value self)
{
    Value d = NULL;
    for (PvType *t = pv_type(self); t && pv_is_heaptype(t); t = t->base) {
        Value names = ((PvHeapType *)t)->slotnames;
        for (size_t i = 0; names && i < pv_tuple_size(names); i++) {
            Value v = pv_getattr_opt(self, pv_tuple_items(names)[i]);
            if (!v) {
                if (pv_err_occurred())
                    return NULL;
                continue;
            }
            if ((!d && !(d = pv_dict_new())) || pv_dict_set(d, pv_tuple_items(names)[i], v) < 0)
                return NULL;
        }
    }
    return d ? d : pv_None;
}

static Value getstate_default(Value self, bool required)
{
    PvType *t = pv_type(self);
    if (required && t->itemsize)
        return pv_raise(&pv_exc_TypeError, "cannot pickle '%s' object", t->name);
    Value state = pv_None;
    Value attrs = attrs_as_dict(self);
    if (!attrs && pv_err_occurred())
        return NULL;
    if (attrs && pv_dict_size(attrs) > 0 && !(state = pv_dict_copy(attrs)))
        return NULL;
    Value slots = slot_state(self);
    if (!slots)
        return NULL;
    if (slots != pv_None)
        return pv_tuple_pack(2, state, slots);
    return state;
}

static Value object_getstate(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("__getstate__", nargs, 0, 0) < 0)
        return NULL;
    return getstate_default(self, false);
}

/* object's own __getstate__ / __reduce__, to detect overrides (kept alive
 * by object's dict, which never changes) */
static Value object_getstate_entry, object_reduce_entry;

static Value object_entry(Value *cache, Value id)
{
    if (!*cache && pv_object_type.dict)
        *cache = pv_dict_get(pv_object_type.dict, id);
    return *cache;
}

static Value get_state(Value self, bool required)
{
    Value m = pv_type_lookup(pv_type(self), pv_id___getstate__);
    if (!m || m == object_entry(&object_getstate_entry, pv_id___getstate__))
        return getstate_default(self, required);
    return pv_call_unbound(m, self, NULL, 0, NULL);
}

static Value reduce_newobj(Value self)
{
    PvType *t = pv_type(self);
    if (!t->new_)
        return pv_raise(&pv_exc_TypeError, "cannot pickle '%s' object", t->name);
    Value copyreg = pv_import_cstr("copyreg");
    if (!copyreg)
        return NULL;
    Value args = NULL, kwargs = NULL;
    bool found;
    Value r = pv_call_special(self, pv_intern("__getnewargs_ex__"), NULL, 0, &found);
    if (found) {
        if (!r)
            return NULL;
        if (!pv_isinst(r, &pv_tuple_type) || pv_tuple_size(r) != 2)
            return pv_raise(&pv_exc_TypeError, "__getnewargs_ex__ should return a tuple of length 2");
        args = pv_tuple_items(r)[0];
        kwargs = pv_tuple_items(r)[1];
    } else {
        r = pv_call_special(self, pv_intern("__getnewargs__"), NULL, 0, &found);
        if (found && !r)
            return NULL;
        if (found && !pv_isinst(r, &pv_tuple_type))
            return pv_raise(&pv_exc_TypeError, "__getnewargs__ should return a tuple, not '%T'", r);
        args = found ? r : pv_empty_tuple;
    }
    Value newobj, newargs;
    if (!kwargs || pv_dict_size(kwargs) == 0) {
        newobj = pv_getattr_str(copyreg, "__newobj__");
        newargs = pv_tuple_new(1 + pv_tuple_size(args));
        if (!newobj || !newargs)
            return NULL;
        pv_tuple_items(newargs)[0] = (Value)t;
        for (size_t i = 0; i < pv_tuple_size(args); i++)
            pv_tuple_items(newargs)[i + 1] = pv_tuple_items(args)[i];
    } else {
        newobj = pv_getattr_str(copyreg, "__newobj_ex__");
        newargs = pv_tuple_pack(3, (Value)t, args, kwargs);
        if (!newobj || !newargs)
            return NULL;
    }
    bool is_list = pv_isinst(self, &pv_list_type), is_dict = pv_isinst(self, &pv_dict_type);
    Value state = get_state(self, !found && !is_list && !is_dict);
    if (!state)
        return NULL;
    Value listitems = is_list ? pv_iter(self) : pv_None;
    Value dictitems = pv_None;
    if (is_dict) {
        Value items = pv_call_method(self, "items", NULL, 0);
        dictitems = items ? pv_iter(items) : NULL;
    }
    if (!listitems || !dictitems)
        return NULL;
    return pv_tuple_pack(5, newobj, newargs, state, listitems, dictitems);
}

static Value common_reduce(Value self, int proto)
{
    if (proto >= 2)
        return reduce_newobj(self);
    Value copyreg = pv_import_cstr("copyreg");
    Value f = copyreg ? pv_getattr_str(copyreg, "_reduce_ex") : NULL;
    return f ? pv_call2(f, self, pv_small(proto)) : NULL;
}

static Value object_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)kwnames;
    if (pv_check_nargs("__reduce__", nargs, 0, 0) < 0)
        return NULL;
    return common_reduce(self, 0);
}

static Value object_reduce_ex(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("__reduce_ex__", nargs, 1, 1) < 0)
        return NULL;
    ssize_t proto;
    if (pv_index_ssize(args[0], &proto) < 0)
        return NULL;
    Value m = pv_type_lookup(pv_type(self), pv_id___reduce__);
    if (m && m != object_entry(&object_reduce_entry, pv_id___reduce__))
        return pv_call_unbound(m, self, NULL, 0, NULL);
    return common_reduce(self, (int)proto);
}

static const PvMethodDef object_methods[] = {
    {"__dir__", object_dir, 0, NULL},
    {"__format__", object_format, 0, NULL},
    {"__init_subclass__", object_init_subclass, PV_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, PV_METH_CLASS, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__getstate__", object_getstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* __class__: reading gives type(obj); assignment is allowed between heap
 * types of the same layout, as in CPython. */
static Value object_get_class(Value self)
{
    return (Value)pv_type(self);
}

static bool same_layout(PvType *a, PvType *b)
{
    if (pv_static_base(a) != pv_static_base(b))
        return false;
    if (a->basicsize != b->basicsize || a->itemsize != b->itemsize ||
        a->dictoffset != b->dictoffset)
        return false;
    Value sa = pv_is_heaptype(a) ? ((PvHeapType *)a)->slotnames : NULL;
    Value sb = pv_is_heaptype(b) ? ((PvHeapType *)b)->slotnames : NULL;
    size_t na = sa ? pv_tuple_size(sa) : 0, nb = sb ? pv_tuple_size(sb) : 0;
    if (na != nb)
        return false;
    for (size_t i = 0; i < na; i++)
        if (!pv_str_eq(pv_tuple_items(sa)[i], pv_tuple_items(sb)[i]))
            return false;
    return true;
}

static int object_set_class(Value self, Value value)
{
    if (!value) {
        pv_raise(&pv_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!pv_is_typeobj(value)) {
        pv_raise(&pv_exc_TypeError, "__class__ must be set to a class, not '%T' object", value);
        return -1;
    }
    PvType *old = pv_type(self), *new = (PvType *)value;
    bool modtype = pv_isinst(self, &pv_module_type) && pv_type_is_subtype(new, &pv_module_type);
    if (!modtype && (!pv_is_heaptype(old) || !pv_is_heaptype(new))) {
        pv_raise(&pv_exc_TypeError, "__class__ assignment only supported for mutable types "
                 "or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(old, new)) {
        pv_raise(&pv_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 new->name, old->name);
        return -1;
    }
    self->type = new;
    return 0;
}

static const PvGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_object_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "object",
    .basicsize = sizeof(PvObj),
    .flags = PV_TPFLAG_BASETYPE,
    .methods = object_methods,
    .getsets = object_getsets,
    .repr = pv_object_repr_default,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = pv_object_generic_getattr,
    .setattr = pv_object_generic_setattr,
    .new_ = pv_object_new_impl,
    .init = pv_object_init_impl,
};

/* ---- startup ---- */

void pv_object_init(void)
{
#define PV_ID_INIT(n) pv_id_##n = pv_intern(#n);
    PV_IDS(PV_ID_INIT)
#undef PV_ID_INIT
}
