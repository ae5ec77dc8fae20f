/* capi.c: the native add-on object API (include/pyvm/pyvm.h) as thin
 * wrappers over the internal pv_* API. pyvm_obj is a Value under another
 * name; the wrappers only convert types, add C-string conveniences and
 * keep the public surface independent of pv.h's layout. The pyvm binary
 * is linked with -export-dynamic so add-ons resolve these at dlopen. */
#include "pv.h"
#include "objimpl.h"
#include "../include/pyvm/pyvm.h"
#include <stdlib.h>
#include <string.h>

#define V(o) ((Value)(o))
#define O(v) ((pyvm_obj)(v))

_Static_assert(sizeof(pyvm_method) == sizeof(PvMethodDef), "pyvm_method layout");
_Static_assert(offsetof(pyvm_method, fn) == offsetof(PvMethodDef, fn), "pyvm_method layout");
_Static_assert(offsetof(pyvm_method, flags) == offsetof(PvMethodDef, flags), "pyvm_method layout");
_Static_assert((int)PYVM_METH_STATIC == PV_METH_STATIC && (int)PYVM_METH_CLASS == PV_METH_CLASS,
               "method flags");
_Static_assert((int)PYVM_LT == (int)PV_LT && (int)PYVM_GE == (int)PV_GE, "comparison ids");
_Static_assert(sizeof(pyvm_foreign) == sizeof(PvForeign), "pyvm_foreign layout");

int pyvm_abi_version(void) { return PYVM_ABI_VERSION; }

/* ---- constants and type tests ---- */
pyvm_obj pyvm_none(void) { return O(pv_None); }
pyvm_obj pyvm_bool(int b) { return O(pv_bool(b)); }
int pyvm_is_none(pyvm_obj o) { return V(o) == pv_None; }
int pyvm_truthy(pyvm_obj o) { return pv_truthy(V(o)); }
const char *pyvm_type_name(pyvm_obj o) { return pv_type_name(pv_type(V(o))); }
pyvm_obj pyvm_type_of(pyvm_obj o) { return O(pv_type(V(o))); }
int pyvm_isinstance(pyvm_obj o, pyvm_obj cls) { return pv_isinstance(V(o), V(cls)); }

/* ---- numbers ---- */
pyvm_obj pyvm_int(long long v) { return O(pv_int_from_i64(v)); }
pyvm_obj pyvm_uint(unsigned long long v) { return O(pv_int_from_u64(v)); }
int pyvm_is_int(pyvm_obj o) { return pv_is_int(V(o)); }

int pyvm_int_value(pyvm_obj o, long long *out)
{
    Value v = V(o);
    if (!pv_is_int(v)) {
        v = pv_index(v);
        if (!v)
            return -1;
    }
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    *out = n;
    return 0;
}

pyvm_obj pyvm_float(double v) { return O(pv_float_new(v)); }
int pyvm_is_float(pyvm_obj o) { return pv_isinst(V(o), &pv_float_type); }
int pyvm_float_value(pyvm_obj o, double *out) { return pv_float_as_double(V(o), out); }

/* ---- str and bytes ---- */
pyvm_obj pyvm_str(const char *utf8) { return O(pv_str_decode_utf8(utf8, strlen(utf8), "strict")); }
pyvm_obj pyvm_str_n(const char *utf8, size_t size)
{
    return O(pv_str_decode_utf8(utf8, size, "strict"));
}

pyvm_obj pyvm_str_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value s = pv_str_vprintf(fmt, ap);
    va_end(ap);
    return O(s);
}

int pyvm_is_str(pyvm_obj o) { return pv_is_str(V(o)); }

const char *pyvm_str_utf8(pyvm_obj o, size_t *size)
{
    if (!pv_is_str(V(o))) {
        pv_raise(&pv_exc_TypeError, "expected str, got %T", V(o));
        return NULL;
    }
    if (size)
        *size = pv_str_size(V(o));
    return pv_str_data(V(o));
}

pyvm_obj pyvm_repr(pyvm_obj o) { return O(pv_repr(V(o))); }
pyvm_obj pyvm_to_str(pyvm_obj o) { return O(pv_str(V(o))); }
pyvm_obj pyvm_bytes(const void *data, size_t size) { return O(pv_bytes_new(data, size)); }
int pyvm_is_bytes(pyvm_obj o) { return pv_isinst(V(o), &pv_bytes_type); }

const char *pyvm_bytes_data(pyvm_obj o, size_t *size)
{
    if (!pv_isinst(V(o), &pv_bytes_type)) {
        pv_raise(&pv_exc_TypeError, "expected bytes, got %T", V(o));
        return NULL;
    }
    if (size)
        *size = pv_bytes_size(V(o));
    return pv_bytes_data(V(o));
}

/* ---- containers ---- */
pyvm_obj pyvm_list_new(size_t n) { return O(pv_list_new(n)); }
int pyvm_list_append(pyvm_obj list, pyvm_obj item)
{
    if (!pv_isinst(V(list), &pv_list_type)) {
        pv_raise(&pv_exc_TypeError, "expected list, got %T", V(list));
        return -1;
    }
    return pv_list_append(V(list), V(item));
}
int pyvm_is_list(pyvm_obj o) { return pv_isinst(V(o), &pv_list_type); }
pyvm_obj pyvm_tuple_new(const pyvm_obj *items, size_t n)
{
    return O(pv_tuple_from((const Value *)items, n));
}

pyvm_obj pyvm_tuple_pack(size_t n, ...)
{
    Value t = pv_tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        pv_tuple_items(t)[i] = V(va_arg(ap, pyvm_obj));
    va_end(ap);
    return O(t);
}

int pyvm_is_tuple(pyvm_obj o) { return pv_isinst(V(o), &pv_tuple_type); }
long pyvm_len(pyvm_obj o) { return (long)pv_len(V(o)); }
pyvm_obj pyvm_item(pyvm_obj seq, long i) { return O(pv_getitem(V(seq), pv_small(i))); }
int pyvm_set_item(pyvm_obj seq, long i, pyvm_obj v) { return pv_setitem(V(seq), pv_small(i), V(v)); }
pyvm_obj pyvm_getitem(pyvm_obj o, pyvm_obj key) { return O(pv_getitem(V(o), V(key))); }
int pyvm_setitem(pyvm_obj o, pyvm_obj key, pyvm_obj v) { return pv_setitem(V(o), V(key), V(v)); }
pyvm_obj pyvm_iter(pyvm_obj o) { return O(pv_iter(V(o))); }
pyvm_obj pyvm_next(pyvm_obj it) { return O(pv_next(V(it))); }
pyvm_obj pyvm_dict_new(void) { return O(pv_dict_new()); }
int pyvm_is_dict(pyvm_obj o) { return pv_isinst(V(o), &pv_dict_type); }

static int need_dict(Value d)
{
    if (pv_isinst(d, &pv_dict_type))
        return 0;
    pv_raise(&pv_exc_TypeError, "expected dict, got %T", d);
    return -1;
}

pyvm_obj pyvm_dict_get(pyvm_obj d, const char *key)
{
    return need_dict(V(d)) < 0 ? NULL : O(pv_dict_get_str(V(d), key));
}

int pyvm_dict_set(pyvm_obj d, const char *key, pyvm_obj v)
{
    return need_dict(V(d)) < 0 ? -1 : pv_dict_set_str(V(d), key, V(v));
}

int pyvm_dict_next(pyvm_obj d, size_t *pos, pyvm_obj *key, pyvm_obj *value)
{
    Value k, v;
    if (!pv_isinst(V(d), &pv_dict_type) || !pv_dict_next(V(d), pos, &k, &v))
        return 0;
    if (key)
        *key = O(k);
    if (value)
        *value = O(v);
    return 1;
}

int pyvm_compare(pyvm_obj a, pyvm_obj b, int op)
{
    if (op < PYVM_LT || op > PYVM_GE) {
        pv_raise(&pv_exc_ValueError, "pyvm_compare: bad operator %d", op);
        return -1;
    }
    return pv_compare_bool(V(a), V(b), op);
}

/* ---- calls and attributes ---- */
pyvm_obj pyvm_call(pyvm_obj callable, pyvm_obj *args, size_t nargs)
{
    return O(pv_call(V(callable), (Value *)args, nargs, NULL));
}

pyvm_obj pyvm_call_method(pyvm_obj obj, const char *name, pyvm_obj *args, size_t nargs)
{
    return O(pv_call_method(V(obj), name, (Value *)args, nargs));
}

pyvm_obj pyvm_getattr(pyvm_obj obj, const char *name) { return O(pv_getattr_str(V(obj), name)); }
int pyvm_setattr(pyvm_obj obj, const char *name, pyvm_obj v)
{
    return pv_setattr_str(V(obj), name, V(v));
}

int pyvm_hasattr(pyvm_obj obj, const char *name)
{
    Value n = pv_str_from_cstr(name);
    if (!n)
        return -1;
    Value r = pv_getattr_opt(V(obj), n);
    pv_err_clear();
    return r != NULL;
}

pyvm_obj pyvm_import(const char *name) { return O(pv_import_cstr(name)); }

int pyvm_check_args(const char *fname, size_t nargs, pyvm_obj kwnames, size_t min, size_t max)
{
    if (pv_check_no_kwargs(fname, V(kwnames)) < 0)
        return -1;
    return pv_check_nargs(fname, nargs, min, max);
}

/* ---- exceptions ---- */
pyvm_obj pyvm_exc(const char *name)
{
    Value c = pv_dict_get_str(pv_builtins_dict, name);
    if (!c || !pv_isinst(c, &pv_type_type) ||
        !pv_type_is_subtype((PvType *)c, &pv_exc_BaseException))
        return O(pv_raise(&pv_exc_LookupError, "no built-in exception named '%s'", name));
    return O(c);
}

pyvm_obj pyvm_raise(pyvm_obj cls, const char *fmt, ...)
{
    Value c = V(cls);
    if (!pv_isinst(c, &pv_type_type) || !pv_type_is_subtype((PvType *)c, &pv_exc_BaseException))
        return O(pv_raise(&pv_exc_TypeError, "pyvm_raise: %R is not an exception class", c));
    va_list ap;
    va_start(ap, fmt);
    pv_raisev((PvType *)c, fmt, ap);
    va_end(ap);
    return NULL;
}

pyvm_obj pyvm_raise_errno(int err) { return O(pv_raise_errno(err)); }
pyvm_obj pyvm_raise_object(pyvm_obj exc) { return O(pv_raise_value(V(exc))); }
pyvm_obj pyvm_err_occurred(void) { return O(pv_err_occurred()); }
pyvm_obj pyvm_err_fetch(void) { return O(pv_err_fetch()); }
void pyvm_err_clear(void) { pv_err_clear(); }
void pyvm_err_print(void) { pv_err_print(); }

pyvm_obj pyvm_exc_new_class(const char *qualified_name, pyvm_obj base)
{
    const char *dot = strrchr(qualified_name, '.');
    Value name = pv_str_from_cstr(dot ? dot + 1 : qualified_name);
    Value bases = name ? pv_tuple_pack(1, base ? V(base) : (Value)&pv_exc_Exception) : NULL;
    Value dict = bases ? pv_dict_new() : NULL;
    if (!dict)
        return NULL;
    if (dot) {
        Value mod = pv_str_new(qualified_name, (size_t)(dot - qualified_name));
        if (!mod || pv_dict_set_str(dict, "__module__", mod) < 0)
            return NULL;
    }
    return O(pv_type_new(name, bases, dict));
}

/* ---- GC ---- */
void pyvm_gc_root(pyvm_obj *slot) { pv_gc_add_root((Value *)slot); }
void pyvm_gc_unroot(pyvm_obj *slot) { pv_gc_remove_root((Value *)slot); }
void pyvm_gc_collect(void) { pv_gc_collect(); }

typedef struct CPointer { PvObj h; void *ptr; void (*free_fn)(void *); } CPointer;

static void cpointer_finalize(Value self)
{
    CPointer *p = (CPointer *)self;
    if (p->free_fn && p->ptr)
        p->free_fn(p->ptr);
    p->ptr = NULL;
}

static PvType cpointer_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "pyvm_pointer",
    .basicsize = sizeof(CPointer),
    .finalize = cpointer_finalize,
};

pyvm_obj pyvm_pointer_new(void *ptr, void (*free_fn)(void *))
{
    if (!(cpointer_type.flags & PV_TPFLAG_READY) && pv_type_ready(&cpointer_type) < 0)
        return NULL;
    CPointer *p = pv_alloc(&cpointer_type, sizeof *p);
    if (!p)
        return NULL;
    p->ptr = ptr;
    p->free_fn = free_fn;
    return O(p);
}

void *pyvm_pointer_get(pyvm_obj o)
{
    if (!pv_is_type(V(o), &cpointer_type)) {
        pv_raise(&pv_exc_TypeError, "expected a pyvm_pointer, got %T", V(o));
        return NULL;
    }
    return ((CPointer *)o)->ptr;
}

/* ---- modules and types ---- */
pyvm_obj pyvm_module_new(const char *name) { return O(pv_module_new_cstr(name)); }
int pyvm_module_add(pyvm_obj module, const char *name, pyvm_obj v)
{
    return pv_module_add(V(module), name, V(v));
}
int pyvm_module_add_int(pyvm_obj module, const char *name, long long v)
{
    return pv_module_add_int(V(module), name, v);
}
int pyvm_module_add_str(pyvm_obj module, const char *name, const char *utf8)
{
    Value s = V(pyvm_str(utf8));
    return s ? pv_module_add(V(module), name, s) : -1;
}
int pyvm_module_add_functions(pyvm_obj module, const pyvm_method *table)
{
    return pv_module_add_functions(V(module), (const PvMethodDef *)table);
}

pyvm_obj pyvm_type_new(pyvm_obj module, const char *name, pyvm_obj base,
                       const pyvm_method *methods)
{
    Value nm = pv_str_from_cstr(name);
    Value bases = nm ? pv_tuple_pack(1, base ? V(base) : (Value)&pv_object_type) : NULL;
    Value dict = bases ? pv_dict_new() : NULL;
    if (!dict)
        return NULL;
    if (module) {
        Value mn = pv_getattr_str(V(module), "__name__");
        if (!mn || pv_dict_set_str(dict, "__module__", mn) < 0)
            return NULL;
    }
    Value cls = pv_type_new(nm, bases, dict);
    if (!cls)
        return NULL;
    for (const pyvm_method *m = methods; m && m->name; m++) {
        const PvMethodDef *def = (const PvMethodDef *)m;
        Value f;
        if (def->flags & PV_METH_STATIC) {
            f = pv_cfunction_new(def, NULL, module ? V(module) : NULL);
            f = f ? pv_staticmethod_new(f) : NULL;
        } else
            f = pv_method_descr_new((PvType *)cls, def);
        if (!f || pv_setattr_str(cls, m->name, f) < 0)
            return NULL;
    }
    if (module && pv_module_add(V(module), name, cls) < 0)
        return NULL;
    return O(cls);
}

/* ---- blocking ---- */
typedef struct Blocking {
    PvBlocking b;
    void (*run)(void *);
    pyvm_obj (*finish)(void *);
    void (*release)(void *);
} Blocking;

static void blk_run(PvBlocking *b) { ((Blocking *)b)->run(b->arg); }
static Value blk_finish(PvBlocking *b)
{
    Blocking *k = (Blocking *)b;
    return k->finish ? V(k->finish(b->arg)) : pv_None;
}
static void blk_release(PvBlocking *b)
{
    Blocking *k = (Blocking *)b;
    if (k->release)
        k->release(b->arg);
}

pyvm_obj pyvm_blocking(pyvm_obj self, void (*run)(void *arg), pyvm_obj (*finish)(void *arg),
                       void (*release)(void *arg), void *arg, const char *name)
{
    Blocking *k = pv_blocking_alloc(sizeof *k);
    if (!k)
        return NULL;
    k->b.run = blk_run;
    k->b.finish = blk_finish;
    k->b.release = blk_release;
    k->b.arg = arg;
    k->run = run;
    k->finish = finish;
    k->release = release;
    return O(pv_blocking_call(&k->b, V(self), name, name));
}

int pyvm_gil_release(void) { return pv_gil_release_all(); }
void pyvm_gil_restore(int state) { pv_gil_restore(state); }
void pyvm_foreign_enter(pyvm_foreign *st) { pv_foreign_enter((PvForeign *)st); }
void pyvm_foreign_leave(pyvm_foreign *st) { pv_foreign_leave((PvForeign *)st); }
