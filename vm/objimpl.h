/* objimpl.h: internals shared by the object-model files (object.c, type.c,
 * slots.c, abstract.c, descr.c, module.c, builtins.c). Not for other parts:
 * they use pv.h. */
#ifndef PV_OBJIMPL_H
#define PV_OBJIMPL_H

#include "pv.h"

/* A type created by a class statement or type(name, bases, dict). The
 * instance words beyond the first static base's basicsize are all Values
 * (the __dict__ slot and __slots__ members), which is how heap_mark finds
 * them. */
typedef struct PvHeapType {
    PvType t;
    Value name;        /* str: __name__ (t.name points into it) */
    Value slotnames;   /* tuple of (mangled) __slots__ names, or NULL */
    Value shape_root;  /* shape.c: root of the instances' key layouts, or NULL */
} PvHeapType;

#define pv_is_heaptype(t) (((t)->flags & PV_TPFLAG_HEAPTYPE) != 0)
#define pv_is_typeobj(v) ((pv_type(v)->flags & PV_TPFLAG_TYPE_SUBCLASS) != 0)

/* object.c */
int64_t pv_hash_pointer(const void *p);
Value pv_raise_no_attr(Value obj, Value name);  /* the AttributeError of obj.name */
/* Generic getattr; with `suppress` a missing attribute returns NULL
 * without raising. */
Value pv_generic_getattr_impl(Value obj, Value name, bool suppress);
Value pv_object_dir_impl(Value obj);
/* obj's own (instance) attribute, NULL when absent (an error only if a
 * dict lookup raised); does not turn a key layout into a dict. */
Value pv_object_own_attr(Value obj, Value name);

/* type.c */
Value pv_type_getattr_impl(Value type, Value name, bool suppress);
Value pv_type_qualname(PvType *t);     /* str */
Value pv_type_module(PvType *t);       /* str or NULL */
Value pv_type_repr_impl(Value type);
PvType *pv_static_base(PvType *t);     /* first non-heap type on the base chain */
int pv_type_add_subclass(PvType *base, PvType *sub);
extern bool pv_types_initialized;

/* slots.c: the table of special methods <-> PvType slots. */
int pv_slots_add_wrappers(PvType *t);             /* C type: add __add__ etc. */
void pv_slots_fixup(PvType *t, Value name);       /* heap type: fill slots (name NULL: all) */
void pv_slots_init(void);
bool pv_is_slot_name(Value name);
int64_t pv_slot_unhashable(Value self);     /* hash slot of unhashable types */

/* union.c */
extern PvType pv_union_type;
Value pv_union_new(Value a, Value b);   /* NotImplemented if not types */
/* genericalias.c: the type variables of a GenericAlias's or union's
 * args, and the args of alias[key] with them substituted. */
Value pv_typing_parameters(Value args);
Value pv_typing_subs(Value self, Value args, Value params, Value key);

/* descr.c */
Value pv_method_descr_new(PvType *t, const PvMethodDef *def);
Value pv_getset_descr_new(PvType *t, const PvGetSetDef *def);
Value pv_member_descr_new(PvType *t, Value name, size_t offset);
Value pv_cfunction_new_static(const PvMethodDef *def, Value self); /* keeps def pointer */
void pv_descr_init(void);

/* abstract.c */
Value pv_vcall_prepend(Value callable, Value first, Value *args, size_t nargs,
                       Value kwnames);
Value pv_type_check_result_str(Value r, const char *what);
ssize_t pv_len_from_result(Value r); /* slots.c: a __len__ result checked, -1 on error */
int pv_bool_from_result(Value r);      /* slots.c: a __bool__ result checked, -1 on error */

/* builtins.c */
Value pv_build_class(Value self, Value *args, size_t nargs, Value kwnames);

#endif
