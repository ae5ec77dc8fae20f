/* super.c: super(), super(type), super(type, obj). The zero-argument form
 * reads the calling frame: its first argument and its __class__ cell. */
#include "objimpl.h"
#include "eval.h"

typedef struct Super { PvObj h; PvType *type; Value obj; PvType *obj_type; } Super;
#define SU(v) ((Super *)(v))

/* The type to start the MRO walk from: obj's type, or obj itself when it
 * is a subclass of type (class methods, __new__). */
static PvType *super_check(PvType *type, Value obj)
{
    if (pv_is_typeobj(obj) && pv_type_is_subtype((PvType *)obj, type))
        return (PvType *)obj;
    if (pv_isinst(obj, type))
        return pv_type(obj);
    Value cls = pv_getattr_opt(obj, pv_id___class__);
    if (cls && pv_is_typeobj(cls) && cls != (Value)pv_type(obj) &&
        pv_type_is_subtype((PvType *)cls, type))
        return (PvType *)cls;
    if (!pv_err_occurred())
        pv_raise(&pv_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int frame_super_args(PvType **type, Value *obj)
{
    PvFrame *f = pv_current_thread ? pv_current_thread->top : NULL;
    if (!f || !f->code) {
        pv_raise(&pv_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    PvCode *co = (PvCode *)f->code;
    if (co->argcount == 0 && !(co->flags & PV_CO_VARARGS)) {
        pv_raise(&pv_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    size_t ncells = co->cellvars ? pv_tuple_size(co->cellvars) : 0;
    Value first = f->localsplus[0];
    if (co->cell2arg)
        for (size_t i = 0; i < ncells; i++)
            if (co->cell2arg[i] == 0) {
                Value c = f->localsplus[co->nlocals + i];
                first = c ? ((PvCell *)c)->ref : NULL;
            }
    if (!first) {
        pv_raise(&pv_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    size_t nfree = co->freevars ? pv_tuple_size(co->freevars) : 0;
    for (size_t i = 0; i < nfree; i++) {
        if (!pv_str_eq_cstr(pv_tuple_items(co->freevars)[i], "__class__"))
            continue;
        Value c = f->localsplus[co->nlocals + ncells + i];
        Value cls = c ? ((PvCell *)c)->ref : NULL;
        if (!cls) {
            pv_raise(&pv_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!pv_is_typeobj(cls)) {
            pv_raise(&pv_exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type = (PvType *)cls;
        *obj = first;
        return 0;
    }
    pv_raise(&pv_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static Value super_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return pv_type_alloc(type, 0);
}

static int super_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("super", kwnames) < 0 || pv_check_nargs("super", nargs, 0, 2) < 0)
        return -1;
    PvType *type;
    Value obj = NULL;
    if (nargs == 0) {
        if (frame_super_args(&type, &obj) < 0)
            return -1;
    } else {
        if (!pv_is_typeobj(args[0])) {
            pv_raise(&pv_exc_TypeError, "super() argument 1 must be a type, not %T", args[0]);
            return -1;
        }
        type = (PvType *)args[0];
        if (nargs == 2 && args[1] != pv_None)
            obj = args[1];
    }
    PvType *obj_type = NULL;
    if (obj && !(obj_type = super_check(type, obj)))
        return -1;
    SU(self)->type = type;
    SU(self)->obj = obj;
    SU(self)->obj_type = obj_type;
    return 0;
}

static Value super_getattr(Value self, Value name)
{
    Super *s = SU(self);
    PvType *start = s->obj_type;
    if (start && !pv_str_eq_cstr(name, "__class__")) {
        Value mro = start->mro;  /* NULL while the metaclass's mro() runs */
        size_t n = mro ? pv_tuple_size(mro) : 0, i = 0;
        while (i < n && pv_tuple_items(mro)[i] != (Value)s->type)
            i++;
        for (i++; i < n; i++) {
            PvType *t = (PvType *)pv_tuple_items(mro)[i];
            Value r = t->dict ? pv_dict_get(t->dict, name) : NULL;
            if (!r)
                continue;
            Value (*get)(Value, Value, Value) = pv_type(r)->descr_get;
            if (!get)
                return r;
            return get(r, s->obj == (Value)start ? NULL : s->obj, (Value)start);
        }
    }
    return pv_object_generic_getattr(self, name);
}

static Value super_descr_get(Value self, Value obj, Value type)
{
    (void)type;
    Super *s = SU(self);
    if (!obj || s->obj)
        return self;
    PvType *ot = super_check(s->type, obj);
    if (!ot)
        return NULL;
    Super *n = pv_alloc(pv_type(self), pv_type(self)->basicsize);
    if (!n)
        return NULL;
    n->type = s->type;
    n->obj = obj;
    n->obj_type = ot;
    return (Value)n;
}

static Value super_repr(Value self)
{
    Super *s = SU(self);
    const char *tn = s->type ? s->type->name : "NULL";
    if (s->obj_type)
        return pv_str_printf("<super: <class '%s'>, <%s object>>", tn, s->obj_type->name);
    return pv_str_printf("<super: <class '%s'>, NULL>", tn);
}

static void super_mark(Value self)
{
    pv_gc_mark((Value)SU(self)->type);
    pv_gc_mark(SU(self)->obj);
    pv_gc_mark((Value)SU(self)->obj_type);
}

static Value nz(Value v) { return v ? v : pv_None; }
static Value super_thisclass(Value self) { return nz((Value)SU(self)->type); }
static Value super_self(Value self) { return nz(SU(self)->obj); }
static Value super_self_class(Value self) { return nz((Value)SU(self)->obj_type); }

static const PvGetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL, NULL},
    {"__self__", super_self, NULL, NULL},
    {"__self_class__", super_self_class, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_super_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "super",
    .basicsize = sizeof(Super),
    .flags = PV_TPFLAG_BASETYPE,
    .getsets = super_getsets,
    .mark = super_mark,
    .repr = super_repr,
    .getattr = super_getattr,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
};
