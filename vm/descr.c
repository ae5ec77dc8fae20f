/* descr.c: callables and descriptors of the object model: built-in
 * functions and methods (cfunction), bound methods, method / classmethod /
 * getset / member descriptors of C types, classmethod, staticmethod and
 * mappingproxy. property is in property.c, super in super.c. */
#include "objimpl.h"
#include <string.h>

static bool is_class_access(Value obj)
{
    return obj == NULL;
}

static Value name_or_none(const char *s)
{
    return s ? pv_str_from_cstr(s) : pv_None;
}

/* ------------------------------------------------------------------ */
/* builtin_function_or_method                                          */
/* ------------------------------------------------------------------ */

typedef struct CFunc { PvObj h; const PvMethodDef *def; Value self; Value module; } CFunc;
#define CF(v) ((CFunc *)(v))

Value pv_cfunction_new(const PvMethodDef *def, Value self, Value module)
{
    CFunc *f = pv_alloc(&pv_cfunction_type, sizeof(CFunc));
    if (!f)
        return NULL;
    f->def = def;
    f->self = self;
    f->module = module;
    return (Value)f;
}

Value pv_cfunction_new_static(const PvMethodDef *def, Value self)
{
    return pv_cfunction_new(def, self, NULL);
}

bool pv_cfunction_is(Value v, const PvMethodDef *def, Value *self)
{
    if (!pv_is_type(v, &pv_cfunction_type) || CF(v)->def != def)
        return false;
    *self = CF(v)->self;
    return true;
}

static Value cfunc_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    CFunc *f = CF(self);
    return f->def->fn(f->def->flags & PV_METH_STATIC ? NULL : f->self, args, nargs, kwnames);
}

static bool cfunc_is_function(CFunc *f)
{
    return !f->self || pv_isinst(f->self, &pv_module_type);
}

static Value cfunc_repr(Value self)
{
    CFunc *f = CF(self);
    if (cfunc_is_function(f))
        return pv_str_printf("<built-in function %s>", f->def->name);
    return pv_str_printf("<built-in method %s of %T object at %p>", f->def->name, f->self,
                         (void *)f->self);
}

static void cfunc_mark(Value self)
{
    pv_gc_mark(CF(self)->self);
    pv_gc_mark(CF(self)->module);
}

static Value cfunc_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_is_type(b, &pv_cfunction_type))
        return pv_NotImplemented;
    bool eq = CF(a)->def == CF(b)->def && CF(a)->self == CF(b)->self;
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static int64_t cfunc_hash(Value self)
{
    int64_t h = pv_hash_pointer(CF(self)->def) ^ pv_hash_pointer(CF(self)->self);
    return h == -1 ? -2 : h;
}

static Value cfunc_name(Value self) { return pv_str_from_cstr(CF(self)->def->name); }

static Value cfunc_qualname(Value self)
{
    CFunc *f = CF(self);
    if (cfunc_is_function(f))
        return pv_str_from_cstr(f->def->name);
    PvType *t = pv_is_typeobj(f->self) ? (PvType *)f->self : pv_type(f->self);
    return pv_str_printf("%s.%s", pv_type_name(t), f->def->name);
}

static Value cfunc_self(Value self)
{
    CFunc *f = CF(self);
    return f->self ? f->self : f->module ? f->module : pv_None;
}

static Value cfunc_module(Value self)
{
    CFunc *f = CF(self);
    Value m = f->module ? f->module : f->self && pv_isinst(f->self, &pv_module_type) ? f->self : NULL;
    if (m && pv_isinst(m, &pv_module_type))
        return ((PvModule *)m)->name ? ((PvModule *)m)->name : pv_None;
    if (m && pv_is_str(m))
        return m;
    return pv_None;
}

static Value cfunc_doc(Value self) { return name_or_none(CF(self)->def->doc); }
static Value none_getter(Value self) { (void)self; return pv_None; }

static const PvGetSetDef cfunc_getsets[] = {
    {"__name__", cfunc_name, NULL, NULL},
    {"__qualname__", cfunc_qualname, NULL, NULL},
    {"__self__", cfunc_self, NULL, NULL},
    {"__module__", cfunc_module, NULL, NULL},
    {"__doc__", cfunc_doc, NULL, NULL},
    {"__text_signature__", none_getter, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* (getattr, (owner, name)): how pickle and copy rebuild a C callable. */
static Value reduce_getattr(Value owner, const char *name)
{
    Value getattr = pv_dict_get_str(pv_builtins_dict, "getattr");
    Value n = pv_str_from_cstr(name);
    if (!getattr || !n)
        return NULL;
    Value args = pv_tuple_pack(2, owner, n);
    return args ? pv_tuple_pack(2, getattr, args) : NULL;
}

/* A module-level function pickles as a global (its name); a bound
 * built-in method as getattr(self, name). */
static Value cfunc_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    CFunc *f = CF(self);
    if (cfunc_is_function(f))
        return pv_str_from_cstr(f->def->name);
    return reduce_getattr(f->self, f->def->name);
}

static const PvMethodDef cfunc_methods[] = {
    {"__reduce__", cfunc_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_cfunction_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFunc),
    .getsets = cfunc_getsets,
    .methods = cfunc_methods,
    .mark = cfunc_mark,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .call = cfunc_call,
};

/* ------------------------------------------------------------------ */
/* method (bound method)                                               */
/* ------------------------------------------------------------------ */

#define ME(v) ((PvMethod *)(v))

Value pv_method_new(Value func, Value self)
{
    PvMethod *m = pv_alloc(&pv_method_type, sizeof(PvMethod));
    if (!m)
        return NULL;
    m->func = func;
    m->self = self;
    return (Value)m;
}

static Value method_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_vcall_prepend(ME(self)->func, ME(self)->self, args, nargs, kwnames);
}

static Value method_repr(Value self)
{
    Value name = pv_getattr_opt(ME(self)->func, pv_id___qualname__);
    if (!name && !pv_err_occurred())
        name = pv_getattr_opt(ME(self)->func, pv_id___name__);
    if (!name && pv_err_occurred())
        return NULL;
    Value r = pv_repr(ME(self)->self);
    if (!r)
        return NULL;
    if (!name || !pv_is_str(name))
        name = pv_str_from_cstr("?");
    return pv_str_printf("<bound method %S of %S>", name, r);
}

static void method_mark(Value self)
{
    pv_gc_mark(ME(self)->func);
    pv_gc_mark(ME(self)->self);
}

static Value method_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_is_type(b, &pv_method_type))
        return pv_NotImplemented;
    int eq = ME(a)->self == ME(b)->self;
    if (eq && (eq = pv_eq(ME(a)->func, ME(b)->func)) < 0)
        return NULL;
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static int64_t method_hash(Value self)
{
    int64_t h = pv_hash(ME(self)->func);
    if (h == -1)
        return -1;
    h ^= pv_hash_pointer(ME(self)->self);
    return h == -1 ? -2 : h;
}

/* Attributes of the method type first, then those of the function. */
static Value method_getattr(Value self, Value name)
{
    Value r = pv_generic_getattr_impl(self, name, true);
    if (r || pv_err_occurred())
        return r;
    return pv_getattr(ME(self)->func, name);
}

static Value method_func(Value self) { return ME(self)->func; }
static Value method_self(Value self) { return ME(self)->self; }
static Value method_doc(Value self)
{
    Value d = pv_getattr_opt(ME(self)->func, pv_id___doc__);
    return d ? d : pv_err_occurred() ? NULL : pv_None;
}

static const PvGetSetDef method_getsets[] = {
    {"__func__", method_func, NULL, NULL},
    {"__self__", method_self, NULL, NULL},
    {"__doc__", method_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value method_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)type;
    if (pv_check_no_kwargs("method", kwnames) < 0 || pv_check_nargs("method", nargs, 2, 2) < 0)
        return NULL;
    if (!pv_type(args[0])->call)
        return pv_raise(&pv_exc_TypeError, "first argument must be callable");
    if (args[1] == pv_None)
        return pv_raise(&pv_exc_TypeError, "instance must not be None");
    return pv_method_new(args[0], args[1]);
}

static Value method_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    Value getattr = pv_dict_get_str(pv_builtins_dict, "getattr");
    Value name = pv_getattr(ME(self)->func, pv_id___name__);
    if (!getattr || !name)
        return NULL;
    return pv_tuple_pack(2, getattr, pv_tuple_pack(2, ME(self)->self, name));
}

static const PvMethodDef method_methods[] = {
    {"__reduce__", method_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_method_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "method",
    .basicsize = sizeof(PvMethod),
    .getsets = method_getsets,
    .methods = method_methods,
    .mark = method_mark,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .new_ = method_new,
};

/* ------------------------------------------------------------------ */
/* method_descriptor, classmethod_descriptor                           */
/* ------------------------------------------------------------------ */

typedef struct MDescr { PvObj h; PvType *type; const PvMethodDef *def; } MDescr;
#define MD(v) ((MDescr *)(v))

static Value descr_new(PvType *dt, PvType *t, const PvMethodDef *def)
{
    MDescr *d = pv_alloc(dt, sizeof(MDescr));
    if (!d)
        return NULL;
    d->type = t;
    d->def = def;
    return (Value)d;
}

Value pv_method_descr_new(PvType *t, const PvMethodDef *def)
{
    return descr_new(def->flags & PV_METH_CLASS ? &pv_classmethod_descr_type : &pv_method_descr_type,
                     t, def);
}

static Value mdescr_check(MDescr *d, Value obj)
{
    if (pv_isinst(obj, d->type))
        return obj;
    return pv_raise(&pv_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a "
                    "'%T' object", d->def->name, d->type->name, obj);
}

static Value mdescr_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    MDescr *d = MD(self);
    if (nargs < 1)
        return pv_raise(&pv_exc_TypeError, "unbound method %s.%s() needs an argument",
                        pv_type_name(d->type), d->def->name);
    if (!mdescr_check(d, args[0]))
        return NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value mdescr_get(Value self, Value obj, Value type)
{
    (void)type;
    if (is_class_access(obj))
        return self;
    if (!mdescr_check(MD(self), obj))
        return NULL;
    return pv_cfunction_new(MD(self)->def, obj, NULL);
}

static Value mdescr_repr(Value self)
{
    return pv_str_printf("<method '%s' of '%s' objects>", MD(self)->def->name,
                         pv_type_name(MD(self)->type));
}

static void mdescr_mark(Value self)
{
    pv_gc_mark((Value)MD(self)->type);
}

static Value mdescr_name(Value self) { return pv_str_from_cstr(MD(self)->def->name); }
static Value mdescr_qualname(Value self)
{
    return pv_str_printf("%s.%s", pv_type_name(MD(self)->type), MD(self)->def->name);
}
static Value mdescr_objclass(Value self) { return (Value)MD(self)->type; }
static Value mdescr_doc(Value self) { return name_or_none(MD(self)->def->doc); }

static const PvGetSetDef mdescr_getsets[] = {
    {"__name__", mdescr_name, NULL, NULL},
    {"__qualname__", mdescr_qualname, NULL, NULL},
    {"__objclass__", mdescr_objclass, NULL, NULL},
    {"__doc__", mdescr_doc, NULL, NULL},
    {"__text_signature__", none_getter, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value mdescr_reduce(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return reduce_getattr((Value)MD(self)->type, MD(self)->def->name);
}

static const PvMethodDef mdescr_methods[] = {
    {"__reduce__", mdescr_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_method_descr_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "method_descriptor",
    .basicsize = sizeof(MDescr),
    .flags = PV_TPFLAG_METHOD_DESCRIPTOR,
    .getsets = mdescr_getsets,
    .methods = mdescr_methods,
    .mark = mdescr_mark,
    .repr = mdescr_repr,
    .call = mdescr_call,
    .descr_get = mdescr_get,
};

static Value cmdescr_get(Value self, Value obj, Value type)
{
    if (!type)
        type = (Value)pv_type(obj);
    if (!pv_is_typeobj(type) || !pv_type_is_subtype((PvType *)type, MD(self)->type))
        return pv_raise(&pv_exc_TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s'",
                        MD(self)->def->name, MD(self)->type->name, MD(self)->type->name);
    return pv_cfunction_new(MD(self)->def, type, NULL);
}

static Value cmdescr_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    MDescr *d = MD(self);
    if (nargs < 1 || !pv_is_typeobj(args[0]) || !pv_type_is_subtype((PvType *)args[0], d->type))
        return pv_raise(&pv_exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%T' "
                        "as arg 1", d->def->name, d->type->name, nargs ? args[0] : pv_None);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

PvType pv_classmethod_descr_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MDescr),
    .getsets = mdescr_getsets,
    .methods = mdescr_methods,
    .mark = mdescr_mark,
    .repr = mdescr_repr,
    .call = cmdescr_call,
    .descr_get = cmdescr_get,
};

/* ------------------------------------------------------------------ */
/* getset_descriptor, member_descriptor                                */
/* ------------------------------------------------------------------ */

typedef struct GSDescr { PvObj h; PvType *type; const PvGetSetDef *def; } GSDescr;
#define GS(v) ((GSDescr *)(v))

Value pv_getset_descr_new(PvType *t, const PvGetSetDef *def)
{
    GSDescr *d = pv_alloc(&pv_getset_descr_type, sizeof(GSDescr));
    if (!d)
        return NULL;
    d->type = t;
    d->def = def;
    return (Value)d;
}

static bool gs_check(GSDescr *d, Value obj)
{
    if (pv_isinst(obj, d->type))
        return true;
    pv_raise(&pv_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
             d->def->name, d->type->name, obj);
    return false;
}

static Value gs_get(Value self, Value obj, Value type)
{
    (void)type;
    if (is_class_access(obj))
        return self;
    if (!gs_check(GS(self), obj))
        return NULL;
    if (!GS(self)->def->get)
        return pv_raise(&pv_exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                        GS(self)->def->name, GS(self)->type->name);
    return GS(self)->def->get(obj);
}

static int gs_set(Value self, Value obj, Value value)
{
    if (!gs_check(GS(self), obj))
        return -1;
    if (!GS(self)->def->set) {
        pv_raise(&pv_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                 GS(self)->def->name, pv_type_name(GS(self)->type));
        return -1;
    }
    return GS(self)->def->set(obj, value);
}

static Value gs_repr(Value self)
{
    return pv_str_printf("<attribute '%s' of '%s' objects>", GS(self)->def->name,
                         pv_type_name(GS(self)->type));
}

static void gs_mark(Value self) { pv_gc_mark((Value)GS(self)->type); }
static Value gs_name(Value self) { return pv_str_from_cstr(GS(self)->def->name); }
static Value gs_qualname(Value self)
{
    return pv_str_printf("%s.%s", pv_type_name(GS(self)->type), GS(self)->def->name);
}
static Value gs_objclass(Value self) { return (Value)GS(self)->type; }
static Value gs_doc(Value self) { return name_or_none(GS(self)->def->doc); }

static const PvGetSetDef gs_getsets[] = {
    {"__name__", gs_name, NULL, NULL},
    {"__qualname__", gs_qualname, NULL, NULL},
    {"__objclass__", gs_objclass, NULL, NULL},
    {"__doc__", gs_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_getset_descr_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "getset_descriptor",
    .basicsize = sizeof(GSDescr),
    .getsets = gs_getsets,
    .mark = gs_mark,
    .repr = gs_repr,
    .descr_get = gs_get,
    .descr_set = gs_set,
};

typedef struct MemDescr { PvObj h; PvType *type; Value name; size_t offset; } MemDescr;
#define MEM(v) ((MemDescr *)(v))

Value pv_member_descr_new(PvType *t, Value name, size_t offset)
{
    MemDescr *d = pv_alloc(&pv_member_descr_type, sizeof(MemDescr));
    if (!d)
        return NULL;
    d->type = t;
    d->name = name;
    d->offset = offset;
    return (Value)d;
}

static bool mem_check(MemDescr *d, Value obj)
{
    if (pv_isinst(obj, d->type))
        return true;
    pv_raise(&pv_exc_TypeError, "descriptor '%S' for '%s' objects doesn't apply to a '%T' object",
             d->name, d->type->name, obj);
    return false;
}

static Value mem_get(Value self, Value obj, Value type)
{
    (void)type;
    if (is_class_access(obj))
        return self;
    if (!mem_check(MEM(self), obj))
        return NULL;
    Value v = *(Value *)((char *)obj + MEM(self)->offset);
    if (!v)
        return pv_raise(&pv_exc_AttributeError, "'%T' object has no attribute '%S'", obj,
                        MEM(self)->name);
    return v;
}

static int mem_set(Value self, Value obj, Value value)
{
    if (!mem_check(MEM(self), obj))
        return -1;
    Value *slot = (Value *)((char *)obj + MEM(self)->offset);
    if (!value && !*slot) {
        pv_raise(&pv_exc_AttributeError, "'%T' object has no attribute '%S'", obj, MEM(self)->name);
        return -1;
    }
    *slot = value;
    return 0;
}

static Value mem_repr(Value self)
{
    return pv_str_printf("<member '%S' of '%s' objects>", MEM(self)->name,
                         pv_type_name(MEM(self)->type));
}

static void mem_mark(Value self)
{
    pv_gc_mark((Value)MEM(self)->type);
    pv_gc_mark(MEM(self)->name);
}

static Value mem_name(Value self) { return MEM(self)->name; }
static Value mem_objclass(Value self) { return (Value)MEM(self)->type; }

static const PvGetSetDef mem_getsets[] = {
    {"__name__", mem_name, NULL, NULL},
    {"__objclass__", mem_objclass, NULL, NULL},
    {"__doc__", none_getter, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_member_descr_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "member_descriptor",
    .basicsize = sizeof(MemDescr),
    .getsets = mem_getsets,
    .mark = mem_mark,
    .repr = mem_repr,
    .descr_get = mem_get,
    .descr_set = mem_set,
};

/* ------------------------------------------------------------------ */
/* classmethod, staticmethod                                           */
/* ------------------------------------------------------------------ */

typedef struct FuncWrap { PvObj h; Value func; Value dict; } FuncWrap;
#define FW(v) ((FuncWrap *)(v))

static Value fw_alloc(PvType *t, Value func)
{
    FuncWrap *w = (FuncWrap *)pv_type_alloc(t, 0);
    if (!w)
        return NULL;
    w->func = func;
    return (Value)w;
}

Value pv_classmethod_new(Value func) { return fw_alloc(&pv_classmethod_type, func); }
Value pv_staticmethod_new(Value func) { return fw_alloc(&pv_staticmethod_type, func); }

static Value fw_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return fw_alloc(type, pv_None);
}

/* classmethod(f) / staticmethod(f): like functools.wraps, copy the
 * function's descriptive attributes (3.10+). */
static int fw_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    const char *name = pv_type_is_subtype(pv_type(self), &pv_classmethod_type) ? "classmethod"
                                                                               : "staticmethod";
    if (kwnames && pv_tuple_size(kwnames)) {
        pv_raise(&pv_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        pv_raise(&pv_exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    FW(self)->func = args[0];
    static const char *const copy[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                       "__annotations__"};
    for (size_t i = 0; i < 5; i++) {
        Value v = pv_getattr_opt(args[0], pv_intern(copy[i]));
        if (!v) {
            if (pv_err_occurred())
                return -1;
            continue;
        }
        if (!FW(self)->dict && !(FW(self)->dict = pv_dict_new()))
            return -1;
        if (pv_dict_set_str(FW(self)->dict, copy[i], v) < 0)
            return -1;
    }
    return 0;
}

static void fw_mark(Value self)
{
    pv_gc_mark(FW(self)->func);
    pv_gc_mark(FW(self)->dict);
}

static Value cm_get(Value self, Value obj, Value type)
{
    if (!type)
        type = (Value)pv_type(obj);
    Value f = FW(self)->func;
    Value (*get)(Value, Value, Value) = pv_type(f)->descr_get;
    if (get && !pv_is_typeobj(f))
        return get(f, type, type);
    return pv_method_new(f, type);
}

static Value sm_get(Value self, Value obj, Value type)
{
    (void)obj; (void)type;
    return FW(self)->func;
}

static Value sm_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_call(FW(self)->func, args, nargs, kwnames);
}

static Value fw_repr(Value self)
{
    return pv_str_printf("<%s(%R)>", pv_type(self)->name, FW(self)->func);
}

static Value fw_func(Value self) { return FW(self)->func; }

static Value fw_isabstract(Value self)
{
    Value v = pv_getattr_opt(FW(self)->func, pv_id___isabstractmethod__);
    if (!v)
        return pv_err_occurred() ? NULL : pv_False;
    int r = pv_truthy(v);
    return r < 0 ? NULL : pv_bool(r);
}

static const PvGetSetDef fw_getsets[] = {
    {"__func__", fw_func, NULL, NULL},
    {"__wrapped__", fw_func, NULL, NULL},
    {"__isabstractmethod__", fw_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_classmethod_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "classmethod",
    .basicsize = sizeof(FuncWrap),
    .flags = PV_TPFLAG_BASETYPE,
    .dictoffset = offsetof(FuncWrap, dict),
    .getsets = fw_getsets,
    .mark = fw_mark,
    .repr = fw_repr,
    .descr_get = cm_get,
    .new_ = fw_new,
    .init = fw_init,
};

PvType pv_staticmethod_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "staticmethod",
    .basicsize = sizeof(FuncWrap),
    .flags = PV_TPFLAG_BASETYPE,
    .dictoffset = offsetof(FuncWrap, dict),
    .getsets = fw_getsets,
    .mark = fw_mark,
    .repr = fw_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .new_ = fw_new,
    .init = fw_init,
};

/* ------------------------------------------------------------------ */
/* mappingproxy: the read-only view returned by C.__dict__             */
/* ------------------------------------------------------------------ */

typedef struct MProxy { PvObj h; Value mapping; } MProxy;
#define MP(v) (((MProxy *)(v))->mapping)

static Value mp_make(PvType *t, Value mapping)
{
    MProxy *p = pv_alloc(t, sizeof(MProxy));
    if (!p)
        return NULL;
    p->mapping = mapping;
    return (Value)p;
}

Value pv_type_get_dict_copy(PvType *type)
{
    return mp_make(&pv_mappingproxy_type, type->dict);
}

static Value mp_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("mappingproxy", kwnames) < 0 ||
        pv_check_nargs("mappingproxy", nargs, 1, 1) < 0)
        return NULL;
    PvType *t = pv_type(args[0]);
    if (!t->getitem || pv_isinst(args[0], &pv_list_type) || pv_isinst(args[0], &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "mappingproxy() argument must be a mapping, not %T",
                        args[0]);
    return mp_make(type, args[0]);
}

static Value mp_getitem(Value self, Value key) { return pv_getitem(MP(self), key); }
static ssize_t mp_len(Value self) { return pv_len(MP(self)); }
static int mp_contains(Value self, Value k) { return pv_contains(MP(self), k); }
static Value mp_iter(Value self) { return pv_iter(MP(self)); }
static Value mp_str(Value self) { return pv_str(MP(self)); }
static Value mp_repr(Value self) { return pv_str_printf("mappingproxy(%R)", MP(self)); }
static void mp_mark(Value self) { pv_gc_mark(MP(self)); }
static Value mp_richcompare(Value a, Value b, int op) { return pv_compare(MP(a), b, op); }

static Value mp_forward(Value self, const char *name, Value *args, size_t nargs)
{
    return pv_call_method(MP(self), name, args, nargs);
}

static Value mp_keys(Value self, Value *a, size_t n, Value k) { (void)k; return mp_forward(self, "keys", a, n); }
static Value mp_values(Value self, Value *a, size_t n, Value k) { (void)k; return mp_forward(self, "values", a, n); }
static Value mp_items(Value self, Value *a, size_t n, Value k) { (void)k; return mp_forward(self, "items", a, n); }
static Value mp_get(Value self, Value *a, size_t n, Value k) { (void)k; return mp_forward(self, "get", a, n); }
static Value mp_copy(Value self, Value *a, size_t n, Value k) { (void)k; return mp_forward(self, "copy", a, n); }

static const PvMethodDef mp_methods[] = {
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"get", mp_get, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PvType pv_mappingproxy_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "mappingproxy",
    .basicsize = sizeof(MProxy),
    .flags = PV_TPFLAG_MAPPING,
    .methods = mp_methods,
    .mark = mp_mark,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
};

void pv_descr_init(void)
{
}
