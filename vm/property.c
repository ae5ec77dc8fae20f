/* property.c: the property descriptor (getter/setter/deleter copies,
 * __set_name__ for CPython 3.11's error messages, doc taken from fget). */
#include "objimpl.h"

typedef struct Property {
    PvObj h;
    Value fget, fset, fdel, doc, name;
    Value dict;
    bool getter_doc;   /* doc came from fget */
} Property;
#define PR(v) ((Property *)(v))

static Value nn(Value v) { return v ? v : pv_None; }

static Value prop_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return pv_type_alloc(type, 0);
}

static int prop_init(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    Value fget = pv_None, fset = pv_None, fdel = pv_None, doc = pv_None;
    if (pv_parse_args("property", args, nargs, kwnames, "|OOOO", kw, &fget, &fset, &fdel, &doc) < 0)
        return -1;
    Property *p = PR(self);
    p->fget = fget == pv_None ? NULL : fget;
    p->fset = fset == pv_None ? NULL : fset;
    p->fdel = fdel == pv_None ? NULL : fdel;
    p->doc = doc == pv_None ? NULL : doc;
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        Value d = pv_getattr_opt(p->fget, pv_id___doc__);
        if (!d && pv_err_occurred())
            return -1;
        if (d && d != pv_None) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    /* a subclass keeps its doc in the instance dict, as in CPython */
    if (pv_type(self) != &pv_property_type && p->doc) {
        Value *dp = pv_object_dict_ptr(self);
        if (dp) {
            if (!*dp && !(*dp = pv_dict_new()))
                return -1;
            if (pv_dict_set(*dp, pv_id___doc__, p->doc) < 0)
                return -1;
        }
    }
    return 0;
}

static Value prop_qualname_of(Value obj)
{
    return obj ? pv_type_qualname(pv_type(obj)) : NULL;
}

static Value prop_error(Value self, Value obj, const char *what)
{
    Value qn = prop_qualname_of(obj);
    if (PR(self)->name && qn)
        return pv_raise(&pv_exc_AttributeError, "property %R of %R object has no %s",
                        PR(self)->name, qn, what);
    if (qn)
        return pv_raise(&pv_exc_AttributeError, "property of %R object has no %s", qn, what);
    return pv_raise(&pv_exc_AttributeError, "property has no %s", what);
}

static Value prop_get(Value self, Value obj, Value type)
{
    (void)type;
    if (!obj)   /* accessed on the class */
        return self;
    if (!PR(self)->fget)
        return prop_error(self, obj, "getter");
    return pv_call1(PR(self)->fget, obj);
}

static int prop_set(Value self, Value obj, Value value)
{
    Value f = value ? PR(self)->fset : PR(self)->fdel;
    if (!f) {
        prop_error(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    Value r = value ? pv_call2(f, obj, value) : pv_call1(f, obj);
    return r ? 0 : -1;
}

static void prop_mark(Value self)
{
    Property *p = PR(self);
    pv_gc_mark(p->fget);
    pv_gc_mark(p->fset);
    pv_gc_mark(p->fdel);
    pv_gc_mark(p->doc);
    pv_gc_mark(p->name);
    pv_gc_mark(p->dict);
}

/* getter/setter/deleter: a copy with one function replaced, made by
 * calling type(self) so subclasses are preserved. */
static Value prop_copy(Value self, Value fget, Value fset, Value fdel)
{
    Property *p = PR(self);
    Value doc = p->getter_doc && fget != pv_None ? pv_None : nn(p->doc);
    Value args[4] = {fget, fset, fdel, doc};
    Value np = pv_call((Value)pv_type(self), args, 4, NULL);
    if (np && pv_isinst(np, &pv_property_type))
        PR(np)->name = p->name;
    return np;
}

static Value prop_getter(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("getter", nargs, 1, 1) < 0)
        return NULL;
    return prop_copy(self, args[0], nn(PR(self)->fset), nn(PR(self)->fdel));
}

static Value prop_setter(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("setter", nargs, 1, 1) < 0)
        return NULL;
    return prop_copy(self, nn(PR(self)->fget), args[0], nn(PR(self)->fdel));
}

static Value prop_deleter(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("deleter", nargs, 1, 1) < 0)
        return NULL;
    return prop_copy(self, nn(PR(self)->fget), nn(PR(self)->fset), args[0]);
}

static Value prop_set_name(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)kwnames;
    if (pv_check_nargs("__set_name__", nargs, 2, 2) < 0)
        return NULL;
    PR(self)->name = args[1];
    return pv_None;
}

static const PvMethodDef prop_methods[] = {
    {"getter", prop_getter, 0, NULL},
    {"setter", prop_setter, 0, NULL},
    {"deleter", prop_deleter, 0, NULL},
    {"__set_name__", prop_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value prop_fget(Value self) { return nn(PR(self)->fget); }
static Value prop_fset(Value self) { return nn(PR(self)->fset); }
static Value prop_fdel(Value self) { return nn(PR(self)->fdel); }
static Value prop_doc(Value self) { return nn(PR(self)->doc); }
static int prop_set_doc(Value self, Value v)
{
    PR(self)->doc = v;
    PR(self)->getter_doc = false;
    return 0;
}

static Value prop_isabstract(Value self)
{
    Value fs[3] = {PR(self)->fget, PR(self)->fset, PR(self)->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        Value v = pv_getattr_opt(fs[i], pv_id___isabstractmethod__);
        if (!v && pv_err_occurred())
            return NULL;
        int r = v ? pv_truthy(v) : 0;
        if (r != 0)
            return r < 0 ? NULL : pv_True;
    }
    return pv_False;
}

static const PvGetSetDef prop_getsets[] = {
    {"fget", prop_fget, NULL, NULL},
    {"fset", prop_fset, NULL, NULL},
    {"fdel", prop_fdel, NULL, NULL},
    {"__doc__", prop_doc, prop_set_doc, NULL},
    {"__isabstractmethod__", prop_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_property_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "property",
    .basicsize = sizeof(Property),
    .flags = PV_TPFLAG_BASETYPE,
    .dictoffset = offsetof(Property, dict),
    .methods = prop_methods,
    .getsets = prop_getsets,
    .mark = prop_mark,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new_ = prop_new,
    .init = prop_init,
};

