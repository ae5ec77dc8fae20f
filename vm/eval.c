/* eval.c: the interpreter loop. Stackless: Python -> Python calls, class
 * instantiation with a Python __init__, and generator resumption from
 * FOR_ITER / YIELD_FROM push or link a frame and continue in the same C
 * loop. C code calling Python (pv_call on a function) runs a nested loop
 * that returns when its bottom frame (PV_FRAME_ENTRY) returns.
 *
 * Invariants: at each dispatch f->ip (the next word) and f->sp are saved in
 * the frame, so the GC marks exactly the live stack and tracebacks find the
 * instruction in progress at f->ip - 1. */
#include "eval.h"
#include "cont.h"
#include "opcode.h"
#include "shape.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

int pv_preempt_depth;
uint64_t pv_preempt_count;
static int run_depth;
static _Thread_local char *stack_base; /* per OS thread: foreign threads run the loop too */
/* A C stack address above the outermost run() (gc.c: explicit collections
 * may skip the loop's own C frame and its stale temporaries). */
_Thread_local char *pv_eval_outer_sp;
static _Thread_local size_t stack_limit;

int pv_stack_check(void)
{
    char here;
    if (!stack_base)
        return 0;
    size_t used = stack_base > &here ? (size_t)(stack_base - &here) : (size_t)(&here - stack_base);
    if (used > stack_limit) {
        pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

static void stack_init(char *base)
{
    struct rlimit rl;
    size_t lim = 8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        lim = rl.rlim_cur;
    if (lim > (256u << 20))
        lim = 256u << 20;
    stack_limit = lim - lim / 4;
    stack_base = base;
}

/* ---- helpers ---- */

static Value name_error(Value name)
{
    Value msg = pv_str_printf("name '%S' is not defined", name);
    if (!msg)
        return NULL;
    Value exc = pv_exc_new(&pv_exc_NameError, &msg, 1);
    if (!exc)
        return NULL;
    pv_setattr_str(exc, "name", name);
    return pv_raise_value(exc);
}

static Value unbound_local(Value name)
{
    return pv_raise(&pv_exc_UnboundLocalError,
                    "cannot access local variable '%S' where it is not associated with a value",
                    name);
}

static Value cell_name(PvCode *c, int i)
{
    size_t ncells = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    return (size_t)i < ncells ? pv_tuple_items(c->cellvars)[i]
                              : pv_tuple_items(c->freevars)[i - ncells];
}

static Value unbound_deref(PvCode *c, int i)
{
    size_t ncells = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    if ((size_t)i < ncells)
        return unbound_local(cell_name(c, i));
    return pv_raise(&pv_exc_NameError,
                    "cannot access free variable '%S' where it is not associated with a value in "
                    "enclosing scope",
                    cell_name(c, i));
}

/* Lookup in a dict, or any mapping; NULL without error when missing. */
static Value mapping_get(Value m, Value key)
{
    if (pv_is_type(m, &pv_dict_type)) {
        Value v = pv_dict_get(m, key);
        return v;
    }
    Value v = pv_getitem(m, key);
    if (!v && pv_err_matches(&pv_exc_KeyError))
        pv_err_clear();
    return v;
}

/* "mod.f()" style name of a callable for error messages (CPython's
 * _PyObject_FunctionStr). */
static Value callable_desc(Value func)
{
    Value q = pv_getattr_opt(func, pv_intern("__qualname__"));
    if (!q || !pv_is_str(q)) {
        pv_err_clear();
        return pv_str_printf("%T object", func);
    }
    Value m = pv_getattr_opt(func, pv_intern("__module__"));
    pv_err_clear();
    if (m && pv_is_str(m) && !pv_str_eq_cstr(m, "builtins"))
        return pv_str_printf("%S.%S()", m, q);
    return pv_str_printf("%S()", q);
}

/* PyIter_Next: NULL without error at the end, also when the iterator
 * (a generator returning a value) signalled it with StopIteration. */
static inline Value next_item(Value it)
{
    Value v = pv_next(it);
    if (!v && pv_err_matches(&pv_exc_StopIteration))
        pv_err_clear();
    return v;
}

static int unpack_iterable(Value v, int before, int after, Value *sp_out)
{
    /* Writes items so that item 0 ends on top: sp_out[total-1-i] = item i. */
    if (after < 0) {
        int n = before;
        Value *items = NULL;
        size_t size = 0;
        if (pv_is_type(v, &pv_tuple_type)) {
            items = pv_tuple_items(v);
            size = pv_tuple_size(v);
        } else if (pv_is_type(v, &pv_list_type)) {
            items = pv_list_items(v);
            size = pv_list_size(v);
        }
        if (items) {
            if (size == (size_t)n) {
                for (int i = 0; i < n; i++)
                    sp_out[n - 1 - i] = items[i];
                return 0;
            }
            if (size < (size_t)n)
                pv_raise(&pv_exc_ValueError, "not enough values to unpack (expected %d, got %zu)",
                         n, size);
            else
                pv_raise(&pv_exc_ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
    }
    Value it = pv_iter(v);
    if (!it) {
        if (pv_err_matches(&pv_exc_TypeError) && !pv_type(v)->iter && !pv_type(v)->getitem) {
            pv_err_clear();
            pv_raise(&pv_exc_TypeError, "cannot unpack non-iterable %T object", v);
        }
        return -1;
    }
    int total = before + (after >= 0 ? after + 1 : 0);
    for (int i = 0; i < before; i++) {
        Value x = next_item(it);
        if (!x) {
            if (pv_err_occurred())
                return -1;
            if (after < 0)
                pv_raise(&pv_exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                         before, i);
            else
                pv_raise(&pv_exc_ValueError,
                         "not enough values to unpack (expected at least %d, got %d)",
                         before + after, i);
            return -1;
        }
        sp_out[total - 1 - i] = x;
    }
    if (after < 0) {
        Value x = next_item(it);
        if (x) {
            pv_raise(&pv_exc_ValueError, "too many values to unpack (expected %d)", before);
            return -1;
        }
        return pv_err_occurred() ? -1 : 0;
    }
    Value rest = pv_sequence_list(it);
    if (!rest)
        return -1;
    size_t n = pv_list_size(rest);
    if (n < (size_t)after) {
        pv_raise(&pv_exc_ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                 before + after, before + n);
        return -1;
    }
    sp_out[total - 1 - before] = rest;
    for (int j = 0; j < after; j++) {
        sp_out[after - 1 - j] = pv_list_items(rest)[n - after + j];
    }
    /* truncate the starred list */
    for (int j = 0; j < after; j++) {
        Value idx = pv_small((int64_t)pv_list_size(rest) - 1);
        if (pv_delitem(rest, idx) < 0)
            return -1;
    }
    return 0;
}

/* Turn [args_tuple, kwargs_dict] of CALL_FUNCTION_EX into a vector (a
 * tuple holding positional values then keyword values) and kwnames. */
static Value ex_vector(Value func, Value args, Value kwargs, size_t *nargs, Value *kwnames)
{
    if (!pv_isinst(args, &pv_tuple_type)) {
        if (!pv_type(args)->iter && !pv_type(args)->getitem) {
            Value d = callable_desc(func);
            return d ? pv_raise(&pv_exc_TypeError, "%S argument after * must be an iterable, not %T",
                                d, args)
                     : NULL;
        }
        args = pv_sequence_tuple(args);
        if (!args)
            return NULL;
    }
    *nargs = pv_tuple_size(args);
    *kwnames = NULL;
    if (!kwargs || (pv_isinst(kwargs, &pv_dict_type) && pv_dict_size(kwargs) == 0))
        return args;
    if (!pv_isinst(kwargs, &pv_dict_type)) {
        Value d = pv_dict_new();
        if (!d || pv_dict_update(d, kwargs) < 0)
            return NULL;
        kwargs = d;
    }
    size_t nkw = pv_dict_size(kwargs);
    Value vec = pv_tuple_new(*nargs + nkw);
    Value names = pv_tuple_new(nkw);
    if (!vec || !names)
        return NULL;
    for (size_t i = 0; i < *nargs; i++)
        pv_tuple_items(vec)[i] = pv_tuple_items(args)[i];
    size_t pos = 0, i = 0;
    Value k, v;
    while (pv_dict_next(kwargs, &pos, &k, &v) && i < nkw) {
        if (!pv_is_str(k)) {
            Value d = callable_desc(func);
            return d ? pv_raise(&pv_exc_TypeError, "keywords must be strings") : NULL;
        }
        pv_tuple_items(names)[i] = k;
        pv_tuple_items(vec)[*nargs + i] = v;
        i++;
    }
    *kwnames = names;
    return vec;
}

static Value format_value(Value v, int flags, Value spec)
{
    switch (flags & 3) {
    case 1: v = pv_str(v); break;
    case 2: v = pv_repr(v); break;
    case 3: v = pv_ascii(v); break;
    }
    if (!v)
        return NULL;
    if (!spec && pv_is_type(v, &pv_str_type))
        return v;
    if (!spec) {
        spec = pv_str_from_cstr("");
        if (!spec)
            return NULL;
    }
    return pv_format(v, spec);
}

static Value build_string(Value *items, size_t n)
{
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n; i++)
        if (pv_buf_append_str(&b, items[i]) < 0) {
            pv_buf_free(&b);
            return NULL;
        }
    return pv_buf_finish_str(&b);
}

static Value lookup_special(Value obj, const char *name)
{
    Value d = pv_type_lookup_str(pv_type(obj), name);
    if (!d)
        return NULL;
    PvType *dt = pv_type(d);
    if (dt->descr_get)
        return dt->descr_get(d, obj, (Value)pv_type(obj));
    return d;
}

static bool exc_class_ok(Value cls)
{
    if (pv_isinst(cls, &pv_tuple_type)) {
        for (size_t i = 0; i < pv_tuple_size(cls); i++)
            if (!exc_class_ok(pv_tuple_items(cls)[i]))
                return false;
        return true;
    }
    return pv_isinst(cls, &pv_type_type) && (((PvType *)cls)->flags & PV_TPFLAG_EXC_SUBCLASS);
}

static Value make_function(Value code, Value qualname, int flags, Value *extras, Value globals)
{
    Value fn = pv_function_new(code, globals, qualname);
    if (!fn)
        return NULL;
    PvFunction *f = (PvFunction *)fn;
    int i = 0;
    if (flags & 1)
        f->defaults = extras[i++];
    if (flags & 2)
        f->kwdefaults = extras[i++];
    if (flags & 4) {
        Value a = extras[i++];
        if (pv_isinst(a, &pv_tuple_type)) {
            Value d = pv_dict_new();
            if (!d)
                return NULL;
            for (size_t j = 0; j + 1 < pv_tuple_size(a); j += 2)
                if (pv_dict_set(d, pv_tuple_items(a)[j], pv_tuple_items(a)[j + 1]) < 0)
                    return NULL;
            a = d;
        }
        f->annotations = a;
    }
    if (flags & 8)
        f->closure = extras[i++];
    return fn;
}

/* Class instantiation without C recursion: only for plain classes whose
 * metaclass is type, __new__ is object.__new__ and __init__ a function. */
static Value object_new_entry;

static Value inline_init(Value cls)
{
    if (!pv_is_type(cls, &pv_type_type))
        return NULL;
    PvType *t = (PvType *)cls;
    if (!(t->flags & PV_TPFLAG_HEAPTYPE) || (t->flags & PV_TPFLAG_EXC_SUBCLASS))
        return NULL;
    if (!object_new_entry) {
        object_new_entry = pv_type_lookup_str(&pv_object_type, "__new__");
        if (!object_new_entry)
            return NULL;
        pv_gc_add_root(&object_new_entry);
    }
    if (pv_type_lookup_str(t, "__new__") != object_new_entry)
        return NULL;
    Value init = pv_type_lookup_str(t, "__init__");
    if (!init || !pv_is_type(init, &pv_function_type))
        return NULL;
    PvCode *c = (PvCode *)((PvFunction *)init)->code;
    if (c->flags & (PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR))
        return NULL;
    return init;
}

/* Fill LOAD_GLOBAL's cache words after a successful slow lookup. */
static void global_cache_fill(uint32_t *cw, Value globals, Value builtins, Value name,
                              bool in_builtins)
{
    cw[0] = cw[1] = 0;
    if (!pv_is_type(globals, &pv_dict_type))
        return;
    PvDict *d = (PvDict *)(in_builtins ? builtins : globals);
    if (!pv_is_type((Value)d, &pv_dict_type))
        return;
    for (size_t i = 0; i < d->nentries && i < 0x7fffffff; i++) {
        if (d->entries[i].key == name) {
            PvDict *g = (PvDict *)globals;
            cw[0] = (uint32_t)g->version;
            cw[1] = (uint32_t)(g->version >> 32);
            cw[2] = (uint32_t)i | (in_builtins ? 0x80000000u : 0);
            cw[3] = (uint32_t)d->version;
            return;
        }
    }
}

/* ---- operators: CPython's order of dunder calls, stackless ----
 * A binary operator or a comparison runs as a plan of attempts (slots and,
 * for classes, the dunder calls their generic slots make), in exactly
 * CPython's order (binary_op1 + SLOT1BINFULL, do_richcompare). C slots run
 * right here; a Python method ends the step: the loop calls it in a frame
 * (PV_RET_BINOP / PV_RET_COMPARE) and, when it returns NotImplemented,
 * resumes the plan at the stage kept in the frame's retstate. */
static inline Value py_special(Value obj, Value name);
static Value *const binop_ids[3][PV_OP_COUNT] = {
    {&pv_id___add__, &pv_id___sub__, &pv_id___mul__, &pv_id___matmul__, &pv_id___truediv__,
     &pv_id___floordiv__, &pv_id___mod__, &pv_id___pow__, &pv_id___lshift__,
     &pv_id___rshift__, &pv_id___and__, &pv_id___or__, &pv_id___xor__},
    {&pv_id___radd__, &pv_id___rsub__, &pv_id___rmul__, &pv_id___rmatmul__,
     &pv_id___rtruediv__, &pv_id___rfloordiv__, &pv_id___rmod__, &pv_id___rpow__,
     &pv_id___rlshift__, &pv_id___rrshift__, &pv_id___rand__, &pv_id___ror__,
     &pv_id___rxor__},
    {&pv_id___iadd__, &pv_id___isub__, &pv_id___imul__, &pv_id___imatmul__,
     &pv_id___itruediv__, &pv_id___ifloordiv__, &pv_id___imod__, &pv_id___ipow__,
     &pv_id___ilshift__, &pv_id___irshift__, &pv_id___iand__, &pv_id___ior__,
     &pv_id___ixor__},
};
static Value *const cmp_ids[6] = {&pv_id___lt__, &pv_id___le__, &pv_id___eq__,
                                  &pv_id___ne__, &pv_id___gt__, &pv_id___ge__};
static const int cmp_swapped[6] = {PV_GT, PV_GE, PV_EQ, PV_NE, PV_LT, PV_LE};

typedef Value (*BinSlot)(Value, Value);
typedef Value (*CmpSlot)(Value, Value, int);
static void *binop_disp[PV_OP_ALL], *cmp_disp; /* the generic slots, once seen */

/* Is fn the generic slot (the one calling dunders) of its kind? */
static bool is_disp(void **cache, void *fn)
{
    if (*cache)
        return fn == *cache;
    if (!fn || !pv_is_python_slot(fn))
        return false;
    *cache = fn;
    return true;
}

/* A call of dunder m (found on self's type) as self.m(other): Python
 * functions become a call request (*call, cargs), others run here. */
static Value plan_call(Value m, Value self, Value other, Value *call, Value *cargs)
{
    if (pv_is_type(m, &pv_function_type) &&
        !(((PvCode *)((PvFunction *)m)->code)->flags &
          (PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR))) {
        *call = m;
        cargs[0] = self;
        cargs[1] = other;
        return NULL;
    }
    return pv_call_unbound(m, self, &other, 1, NULL);
}

static Value plan_dunder(Value self, Value id, Value other, Value *call, Value *cargs)
{
    Value m = pv_type_lookup(pv_type(self), id);
    return m ? plan_call(m, self, other, call, cargs) : pv_NotImplemented;
}

/* Stage = slot * 4 + sub. Slots: 0 a's in-place slot, 1 b's slot first
 * (b's type subclasses a's), 2 a's slot, 3 b's slot. A generic slot's
 * subs: 0 b.__rop__ first (overridden in the subclass b), 1 a.__op__ then
 * maybe 3, 2 a.__op__ only, 3 b.__rop__. Returns the result; or NULL with
 * *call set (call it, then resume at *stage unless it gives a result); or
 * NULL with an exception. */
static Value binop_plan(Value a, Value b, int op, int *stage, Value *call, Value *cargs)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    bool inplace = op >= PV_OP_INPLACE;
    int base = inplace ? op - PV_OP_INPLACE : op;
    BinSlot fa = ta->binop[base], fb = tb != ta ? tb->binop[base] : NULL;
    if (fb == fa)
        fb = NULL;
    bool bfirst = fa && fb && pv_type_is_subtype(tb, ta);
    *call = NULL;
    while (*stage < 16) {
        int slot = *stage >> 2, sub = *stage & 3, next = (slot + 1) << 2;
        BinSlot fn = slot == 0 ? (inplace ? ta->binop[op] : NULL)
                   : slot == 1 ? (bfirst ? fb : NULL)
                   : slot == 2 ? fa : (bfirst ? NULL : fb);
        Value r = pv_NotImplemented;
        if (!fn) {
            *stage = next;
            continue;
        }
        if (!is_disp(&binop_disp[slot == 0 ? op : base], (void *)fn)) {
            *stage = next;
            r = fn(a, b);
        } else if (slot == 0) {
            *stage = next;
            r = plan_dunder(a, *binop_ids[2][base], b, call, cargs);
        } else {
            /* CPython's SLOT1BINFULL */
            bool adisp = (void *)fa == binop_disp[base];
            bool other = ta != tb && (void *)tb->binop[base] == binop_disp[base];
            Value lid = *binop_ids[0][base], rid = *binop_ids[1][base];
            if (sub == 0) {
                *stage = slot * 4 + 1;
                if (adisp && other && pv_type_is_subtype(tb, ta) &&
                    pv_type_lookup(tb, rid) != pv_type_lookup(ta, rid)) {
                    *stage = slot * 4 + 2;
                    r = plan_dunder(b, rid, a, call, cargs);
                }
            } else if (sub == 1 || sub == 2) {
                *stage = sub == 1 && other ? slot * 4 + 3 : next;
                if (adisp)
                    r = plan_dunder(a, lid, b, call, cargs);
            } else {
                *stage = next;
                if (other)
                    r = plan_dunder(b, rid, a, call, cargs);
            }
        }
        if (r != pv_NotImplemented)
            return r;
    }
    return pv_binop_error(a, b, op);
}

/* Stage: 0 b's reflected comparison first (subclass), 1 a's, 2 b's;
 * + 4 when a Python __eq__ answers for object.__ne__ (negate it). */
static Value compare_plan(Value a, Value b, int op, int *stage, Value *call, Value *cargs)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    bool bfirst = ta != tb && tb->richcompare && pv_type_is_subtype(tb, ta);
    *call = NULL;
    for (int st = *stage & 3; st < 3; st++) {
        bool rev = st != 1;
        if ((st == 0 && !bfirst) || (st == 2 && bfirst))
            continue;
        Value self = rev ? b : a, other = rev ? a : b;
        int o = rev ? cmp_swapped[op] : op;
        CmpSlot fn = pv_type(self)->richcompare;
        if (!fn)
            continue;
        *stage = st + 1;
        Value r;
        if (!is_disp(&cmp_disp, (void *)fn)) {
            r = fn(self, other, o);
        } else {
            Value m = pv_type_lookup(pv_type(self), *cmp_ids[o]);
            if (o == PV_NE && m && m == pv_type_lookup(&pv_object_type, pv_id___ne__)) {
                /* object.__ne__: not self.__eq__(other) */
                Value eq = pv_type_lookup(pv_type(self), pv_id___eq__);
                r = eq ? plan_call(eq, self, other, call, cargs) : pv_NotImplemented;
                if (!r && *call) {
                    *stage |= 4;
                    return NULL;
                }
                if (r && r != pv_NotImplemented) {
                    int t = pv_truthy(r);
                    r = t < 0 ? NULL : pv_bool(!t);
                }
            } else {
                r = m ? plan_call(m, self, other, call, cargs) : pv_NotImplemented;
            }
        }
        if (r != pv_NotImplemented)
            return r;
    }
    return pv_compare_default(a, b, op);
}

bool pv_cont_class_call(Value callable)
{
    return inline_init(callable) != NULL;
}

Value pv_compare_plan(Value a, Value b, int op, int *stage, Value *call, Value *cargs)
{
    return compare_plan(a, b, op, stage, call, cargs);
}

/* Does the operator need the plan (a class is involved)? Otherwise the C
 * slots, which never call Python, are used directly. */
static inline bool op_needs_plan(Value a, Value b)
{
    return (!pv_is_small(a) && (a->type->flags & PV_TPFLAG_HEAPTYPE)) ||
           (!pv_is_small(b) && (b->type->flags & PV_TPFLAG_HEAPTYPE));
}

/* The Python __hash__ of key's class when hashing key would call it (for
 * dict and set operations of the loop: PV_RET_HASH), else NULL. */
static void *hash_disp;

static Value py_hash_method(Value key)
{
    if (pv_is_small(key) || !(key->type->flags & PV_TPFLAG_HEAPTYPE) ||
        !is_disp(&hash_disp, (void *)key->type->hash))
        return NULL;
    return py_special(key, pv_id___hash__);
}

/* The hash from a Python __hash__'s result r, as the generic slot makes it. */
static int hash_result(Value r, int64_t *h)
{
    *h = pv_hash_from_result(r);
    return *h == -1 ? -1 : 0;
}

/* Is this container an exact dict (or set, for `in`) whose operation with
 * key would run key's Python __hash__? Then that method, else NULL. */
static inline Value hash_first(Value container, Value key, bool sets)
{
    PvType *t = pv_type(container);
    if (t != &pv_dict_type && (!sets || (t != &pv_set_type && t != &pv_frozenset_type)))
        return NULL;
    return py_hash_method(key);
}

/* The getter of a property found on o's class when it is a Python
 * function and o uses the generic attribute lookup, else NULL. */
static Value property_getter(Value o, Value name)
{
    PvType *tp = pv_type(o);
    if (pv_is_small(o) || tp->getattr != pv_object_generic_getattr)
        return NULL;
    Value d = pv_type_lookup(tp, name);
    if (!d || !pv_is_type(d, &pv_property_type))
        return NULL;
    Value fget = pv_getattr_opt(d, pv_intern("fget"));
    if (!fget) {
        pv_err_clear();
        return NULL;
    }
    if (!pv_is_type(fget, &pv_function_type) ||
        (((PvCode *)((PvFunction *)fget)->code)->flags &
         (PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR)))
        return NULL;
    return fget;
}

/* The Python __bool__ (kind PV_RET_BOOL) or, without any __bool__, the
 * Python __len__ (PV_RET_LEN_BOOL) of v's class, else NULL. */
static Value truth_method(Value v, int *kind)
{
    PvType *tp = pv_type(v);
    if (pv_is_small(v) || !(tp->flags & PV_TPFLAG_HEAPTYPE))
        return NULL;
    Value m = pv_type_lookup(tp, pv_id___bool__);
    if (m) {
        *kind = PV_RET_BOOL;
        return pv_is_type(m, &pv_function_type) ? py_special(v, pv_id___bool__) : NULL;
    }
    m = pv_type_lookup(tp, pv_id___len__);
    if (m) {
        *kind = PV_RET_LEN_BOOL;
        return pv_is_type(m, &pv_function_type) ? py_special(v, pv_id___len__) : NULL;
    }
    return NULL;
}

/* Is this call gen.send(v) or next(gen) on a suspended generator that can
 * be resumed in the loop? (Other cases take the C path for its errors.) */
static Value gen_send_descr, builtin_next;

static bool is_gen_resume(Value callable, Value *args, size_t nargs)
{
    if (nargs < 1 || nargs > 2 || !pv_is_type(args[0], &pv_generator_type))
        return false;
    PvGen *g = (PvGen *)args[0];
    if (!g->frame || g->running)
        return false;
    if (!gen_send_descr) {
        gen_send_descr = pv_type_lookup_str(&pv_generator_type, "send");
        builtin_next = pv_dict_get_str(pv_builtins_dict, "next");
        if (!gen_send_descr || !builtin_next) {
            pv_err_clear();
            gen_send_descr = builtin_next = NULL;
            return false;
        }
        pv_gc_add_root(&gen_send_descr);
        pv_gc_add_root(&builtin_next);
    }
    if (callable == gen_send_descr && nargs == 2)
        return g->started || args[1] == pv_None;
    return callable == builtin_next && nargs == 1;
}

/* ---- `x += s` on str: amortised in-place appends ----
 * pv_str_inplace_concat appends in place to a str flagged EXCLUSIVE (made
 * by such a site and seen by nothing else since). Fast locals: LOAD_FAST
 * clears the flag unless it loads the left operand of `x += ...; store x`
 * (concat_follows); frame.c clears it when locals are exposed. Names and
 * globals live in dicts, which C code reads by many paths, so their sites
 * use their own flag (PV_STR_NAME_EXCL), cleared by LOAD_NAME/LOAD_GLOBAL
 * the same way, and also need the escape epoch unchanged since the site
 * stored the str: every instruction or C call that could read a value
 * out of a container and keep it bumps the epoch (op_escapes and the
 * conditional bumps); plain loads, stores, arithmetic on numbers and str,
 * jumps, range/list/tuple iteration and calls of Python functions or of a
 * few pure builtins with number/str arguments do not. */
static uint64_t escape_epoch;
static bool concat_armed; /* a name site has appended: count escapes */
static uint8_t op_escapes[256];
static Value pure_builtins[8];

static void escapes_init(void)
{
    static const uint8_t safe[] = {
        OP_NOP, OP_POP_TOP, OP_ROT_TWO, OP_ROT_THREE, OP_ROT_FOUR, OP_ROT_N, OP_DUP_TOP,
        OP_DUP_TOP_TWO, OP_LOAD_CONST, OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST,
        OP_LOAD_NAME, OP_STORE_NAME, OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_LOAD_DEREF,
        OP_STORE_DEREF, OP_LOAD_CLOSURE, OP_UNARY_OP, OP_BINARY_OP, OP_COMPARE_OP, OP_IS_OP,
        OP_BUILD_TUPLE, OP_BUILD_LIST, OP_BUILD_STRING, OP_BUILD_SLICE, OP_LIST_APPEND,
        OP_FORMAT_VALUE, OP_JUMP_FORWARD, OP_JUMP_ABSOLUTE, OP_POP_JUMP_IF_FALSE,
        OP_POP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE_OR_POP, OP_JUMP_IF_TRUE_OR_POP, OP_GET_ITER,
        OP_FOR_ITER, OP_RETURN_VALUE, OP_CALL_FUNCTION, OP_CALL_FUNCTION_KW, OP_CALL_METHOD,
        OP_CALL_METHOD_KW, OP_MAKE_FUNCTION, OP_SETUP_FINALLY, OP_POP_BLOCK, OP_POP_EXCEPT,
        OP_YIELD_VALUE, OP_GEN_START, OP_LOAD_ASSERTION_ERROR,
    };
    memset(op_escapes, 1, sizeof op_escapes);
    for (size_t i = 0; i < sizeof safe; i++)
        op_escapes[safe[i]] = 0;
    static const char *const pure[] = {"repr", "len", "chr", "ord", "abs", "hex", "min", "max"};
    for (size_t i = 0; i < 8; i++) {
        pure_builtins[i] = pv_builtins_dict ? pv_dict_get_str(pv_builtins_dict, pure[i]) : NULL;
        pv_gc_add_root(&pure_builtins[i]);
    }
}

/* Numbers, str, bytes, None: operating on them cannot expose another value. */
static inline bool is_scalar(Value v)
{
    if (pv_is_small(v))
        return true;
    PvType *t = v->type;
    return t == &pv_str_type || t == &pv_int_type || t == &pv_float_type ||
           t == &pv_bool_type || t == &pv_none_type || t == &pv_bytes_type;
}

/* A call of a C function that cannot hand out values it did not get:
 * str/int/float() and a few builtins, on number and str arguments. */
static bool pure_call(Value callable, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames)
        return false;
    bool known = callable == (Value)&pv_str_type || callable == (Value)&pv_int_type ||
                 callable == (Value)&pv_float_type;
    for (size_t i = 0; i < 8 && !known; i++)
        known = callable == pure_builtins[i];
    if (!known)
        return false;
    for (size_t i = 0; i < nargs; i++)
        if (!is_scalar(args[i]))
            return false;
    return true;
}

/* Is the value just loaded (ip: the next word) the left operand of a `+=`
 * whose result goes straight to (store_op, arg)? Follows the stack effect
 * of the operand's code over simple instructions. */
static bool concat_follows(const uint32_t *ip, int store_op, int store_arg)
{
    int depth = 0; /* values above ours */
    for (int n = 0; n < 24; n++) {
        int op = PV_OP(ip[0]), a = (int)PV_ARG(ip[0]);
        switch (op) {
        case OP_LOAD_FAST: case OP_LOAD_CONST: case OP_LOAD_NAME: case OP_LOAD_GLOBAL:
        case OP_LOAD_DEREF:
            depth++;
            break;
        case OP_LOAD_ATTR: case OP_UNARY_OP:
            if (depth == 0)
                return false;
            break;
        case OP_LOAD_METHOD:
            if (depth == 0)
                return false;
            depth++;
            break;
        case OP_FORMAT_VALUE:
            if (depth < ((a & 4) ? 2 : 1))
                return false;
            depth -= (a & 4) ? 1 : 0;
            break;
        case OP_BINARY_OP:
            if (depth == 1)
                return a == PV_OP_INPLACE + PV_OP_ADD && (int)PV_OP(ip[1]) == store_op &&
                       (int)PV_ARG(ip[1]) == store_arg;
            if (depth < 2)
                return false;
            depth--;
            break;
        case OP_BINARY_SUBSCR:
            if (depth < 2)
                return false;
            depth--;
            break;
        case OP_CALL_FUNCTION:
            if (depth < a + 1)
                return false;
            depth -= a;
            break;
        case OP_CALL_METHOD:
            if (depth < a + 2)
                return false;
            depth -= a + 1;
            break;
        case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_STRING:
            if (depth < a)
                return false;
            depth -= a - 1;
            break;
        default:
            return false;
        }
        ip += 1 + pv_cache_words(op);
    }
    return false;
}

/* A str loaded from a name or global: may it stay exclusive? */
static inline void name_load_check(Value v, const uint32_t *ip, int store_op, int arg)
{
    if (!pv_is_small(v) && (v->flags & PV_STR_NAME_EXCL) && v->type == &pv_str_type &&
        (!ip || !concat_follows(ip, store_op, arg)))
        v->flags &= ~PV_STR_NAME_EXCL;
}

/* `x += b` at ip where x is a name or global holding str a (b a str). */
static struct { const uint32_t *ip; Value s; uint64_t epoch; } concat_sites[16];

static Value name_concat(const uint32_t *ip, Value a, Value b)
{
    size_t h = ((uintptr_t)ip >> 2) & 15;
    bool mine = (a->flags & PV_STR_NAME_EXCL) && concat_sites[h].ip == ip &&
                concat_sites[h].s == a && concat_sites[h].epoch == escape_epoch;
    a->flags &= ~PV_STR_NAME_EXCL;
    if (mine)
        a->flags |= PV_STR_EXCLUSIVE;
    Value r = pv_str_inplace_concat(a, b);
    if (r != a)
        a->flags &= ~PV_STR_EXCLUSIVE;
    if (!r || r == pv_NotImplemented || !(r->flags & PV_STR_EXCLUSIVE))
        return r;
    r->flags = (uint32_t)((r->flags & ~PV_STR_EXCLUSIVE) | PV_STR_NAME_EXCL);
    if (!concat_armed) {
        /* epochs start now: instructions only count from here on */
        concat_armed = true;
        escape_epoch++;
    }
    concat_sites[h].ip = ip;
    concat_sites[h].s = r;
    concat_sites[h].epoch = escape_epoch;
    return r;
}

/* A special method defined in Python on a class (for inline calls), or
 * NULL. */
static inline Value py_special(Value obj, Value name)
{
    PvType *tp = pv_type(obj);
    if (!(tp->flags & PV_TPFLAG_HEAPTYPE))
        return NULL;
    Value m = pv_type_lookup(tp, name);
    if (!m || !pv_is_type(m, &pv_function_type))
        return NULL;
    if (((PvCode *)((PvFunction *)m)->code)->flags &
        (PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR))
        return NULL;
    return m;
}

/* ---- frames for calls ---- */

/* Push a frame for calling a Python function, or make a generator. Returns
 * the frame; NULL with *gen set for generator functions; NULL with gen
 * unset on error. */
static PvFrame *push_call(PvThread *t, Value func, Value *args, size_t nargs, Value kwnames,
                          Value *gen)
{
    PvFunction *fn = (PvFunction *)func;
    escape_epoch++; /* a str being appended to may be on the caller's stack */
    PvCode *c = (PvCode *)fn->code;
    if (c->flags & (PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR)) {
        PvFrame *gf;
        Value g = pv_gen_new(&gf, func);
        if (!g)
            return NULL;
        if (pv_bind_args(gf, func, args, nargs, kwnames) < 0 || pv_frame_setup_cells(gf) < 0)
            return NULL;
        *gen = g;
        return NULL;
    }
    if (t->depth >= pv_recursion_limit) {
        pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    PvFrame *nf = pv_frame_push(t, fn->code, func, fn->globals, fn->builtins, NULL);
    if (!nf)
        return NULL;
    if (pv_bind_args(nf, func, args, nargs, kwnames) < 0 || pv_frame_setup_cells(nf) < 0) {
        pv_frame_pop(t, nf);
        return NULL;
    }
    return nf;
}

/* Resume the suspended generator g on top of f with v pushed (the value
 * of its yield); its return goes by retmode. Returns its frame. */
static inline PvFrame *gen_link(PvThread *t, PvFrame *f, PvGen *g, Value v, int retmode)
{
    PvFrame *gf = g->frame;
    escape_epoch++;
    *gf->sp++ = v;
    g->running = true;
    g->started = true;
    gf->prev = f;
    gf->retmode = (uint8_t)retmode;
    gf->flags &= ~PV_FRAME_ENTRY;
    t->top = gf;
    t->depth++;
    return gf;
}

static Value run(PvThread *t, PvFrame *f, Value throwexc);

static Value run_nested(PvThread *t, PvFrame *f, Value throwexc)
{
    char here;
    escape_epoch++;
    if (!stack_base)
        stack_init(&here);
    if (run_depth > 0) {
        if (pv_stack_check() < 0) {
            /* unlink the frame without running it */
            PvFrame *caller = f->prev;
            if (f->flags & PV_FRAME_GEN) {
                t->top = caller;
                t->depth--;
                f->prev = NULL;
                ((PvGen *)f->gen)->running = false;
            } else {
                pv_frame_pop(t, f);
            }
            return NULL;
        }
        pv_preempt_depth++;
        pv_preempt_count++;
    } else {
        pv_eval_outer_sp = &here;
    }
    run_depth++;
    Value r = run(t, f, throwexc);
    run_depth--;
    if (run_depth > 0 && --pv_preempt_depth == 0)
        pv_sched_rearm_breaker();
    return r;
}

Value pv_eval_function(Value func, Value *args, size_t nargs, Value kwnames)
{
    PvThread *t = pv_current_thread;
    Value gen = NULL;
    PvFrame *nf = push_call(t, func, args, nargs, kwnames, &gen);
    if (!nf)
        return gen;
    nf->flags |= PV_FRAME_ENTRY;
    return run_nested(t, nf, NULL);
}

Value pv_eval_frame(PvFrame *f, Value throwexc)
{
    f->flags |= PV_FRAME_ENTRY;
    return run_nested(pv_current_thread, f, throwexc);
}

Value pv_eval_code(Value code, Value globals, Value locals)
{
    PvThread *t = pv_current_thread;
    if (!pv_dict_get_str(globals, "__builtins__")) {
        if (pv_err_occurred())
            return NULL;
        if (pv_dict_set_str(globals, "__builtins__", pv_builtins_module) < 0)
            return NULL;
    }
    if (t->depth >= pv_recursion_limit)
        return pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
    PvFrame *f = pv_frame_push(t, code, NULL, globals, pv_builtins_of(globals),
                               locals ? locals : globals);
    if (!f)
        return NULL;
    if (pv_frame_setup_cells(f) < 0) {
        pv_frame_pop(t, f);
        return NULL;
    }
    f->flags |= PV_FRAME_ENTRY;
    return run_nested(t, f, NULL);
}

Value pv_call_with_locals(Value func, Value locals)
{
    PvThread *t = pv_current_thread;
    PvFunction *fn = (PvFunction *)func;
    if (t->depth >= pv_recursion_limit)
        return pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
    PvFrame *f = pv_frame_push(t, fn->code, func, fn->globals, fn->builtins, locals);
    if (!f)
        return NULL;
    if (pv_frame_setup_cells(f) < 0) {
        pv_frame_pop(t, f);
        return NULL;
    }
    f->flags |= PV_FRAME_ENTRY;
    return run_nested(t, f, NULL);
}

/* ---- seams for the scheduler ---- */

/* Push a call of a Python function as the bottom frame of thread t (not
 * run yet). Returns 0, or -1 with an exception (TypeError for other
 * callables: wrap them in a Python function). */
int pv_thread_push_call(PvThread *t, Value func, Value *args, size_t nargs, Value kwnames)
{
    if (!pv_is_type(func, &pv_function_type)) {
        pv_raise(&pv_exc_TypeError, "a green thread must start with a Python function");
        return -1;
    }
    Value gen = NULL;
    PvFrame *nf = push_call(t, func, args, nargs, kwnames, &gen);
    if (!nf) {
        if (gen)
            pv_raise(&pv_exc_TypeError, "a green thread cannot start with a generator function");
        return -1;
    }
    nf->flags |= PV_FRAME_THREAD_BOTTOM;
    return 0;
}

/* Make t current and run its frames until a thread-bottom frame returns and
 * pv_thread_exit_hook declines to switch. Only outside nested runs. */
Value pv_thread_run(PvThread *t)
{
    pv_current_thread = t;
    if (!t->top)
        return pv_None;
    char here;
    if (!stack_base)
        stack_init(&here);
    if (run_depth == 0)
        pv_eval_outer_sp = &here;
    run_depth++;
    Value r = run(t, t->top, NULL);
    run_depth--;
    return r;
}

/* Replace the result a soft-blocking C function returned (the value on top
 * of the blocked thread's innermost frame). */
void pv_thread_set_result(PvThread *t, Value v)
{
    if (t->top && t->top->sp > t->top->stack)
        t->top->sp[-1] = v;
}

void pv_thread_free(PvThread *t)
{
    for (PvThread **pp = &pv_all_threads; *pp; pp = &(*pp)->next_all)
        if (*pp == t) {
            *pp = t->next_all;
            break;
        }
    while (t->chunk) {
        PvChunk *c = t->chunk;
        t->chunk = c->prev;
        free(c);
    }
    free(t->spare);
    if (t != &pv_main_thread)
        free(t);
}

/* sys.exc_info()[1]: the innermost frame's handled exception. */
Value pv_exc_handled(void)
{
    for (PvFrame *f = pv_current_thread->top; f; f = f->prev)
        if (f->exc)
            return f->exc == pv_None ? NULL : f->exc;
    return NULL;
}

/* The generator's frame finished (returned or raised): detach it. */
static void gen_finish(PvThread *t, PvFrame *f)
{
    PvGen *g = (PvGen *)f->gen;
    t->top = f->prev;
    t->depth--;
    f->prev = NULL;
    g->running = false;
    if (f->fobj) {
        /* keep the frame object valid after the frame memory is dropped */
        PvFrame *save = t->top;
        (void)save;
    }
    g->frame = NULL;
}

/* PEP 479: StopIteration escaping a generator becomes RuntimeError. */
static void gen_convert_stop(PvGen *g)
{
    Value exc = pv_err_occurred();
    if (!exc)
        return;
    const char *msg = NULL;
    if (pv_isinst(exc, &pv_exc_StopIteration))
        msg = g->kind == 'c' ? "coroutine raised StopIteration"
                             : g->kind == 'a' ? "async generator raised StopIteration"
                                              : "generator raised StopIteration";
    else if (g->kind == 'a' && pv_isinst(exc, &pv_exc_StopAsyncIteration))
        msg = "async generator raised StopAsyncIteration";
    if (!msg)
        return;
    pv_err_clear();
    Value m = pv_str_from_cstr(msg);
    Value r = m ? pv_exc_new(&pv_exc_RuntimeError, &m, 1) : NULL;
    if (!r)
        return;
    ((PvExc *)r)->cause = exc;
    ((PvExc *)r)->context = exc;
    ((PvExc *)r)->suppress_context = true;
    pv_err_restore(r);
}

/* ---- the loop ---- */

#define LOAD_FRAME()                                 \
    do {                                             \
        co = (PvCode *)f->code;                      \
        ip = f->ip;                                  \
        sp = f->sp;                                  \
        fast = f->localsplus;                        \
        consts = pv_tuple_items(co->consts);         \
        names = co->names ? pv_tuple_items(co->names) : NULL; \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define CHECK(x) do { if (!(x)) goto error; } while (0)
#define BREAKER_CHECK()                                                         \
    do {                                                                        \
        if (atomic_load_explicit(&pv_eval_breaker, memory_order_relaxed)) {     \
            f->ip = ip;                                                         \
            f->sp = sp;                                                         \
            escape_epoch++; /* another thread may run */                         \
            pv_eval_breaker_hook();                                             \
            t = pv_current_thread;                                              \
            f = t->top;                                                         \
            LOAD_FRAME();                                                       \
            if (t->exc)                                                         \
                goto error;                                                     \
        }                                                                       \
    } while (0)

/* Continue in frame nf just pushed on f; its return goes by retmode. */
#define ENTER_FRAME(nf, mode)                                                   \
    do {                                                                        \
        (nf)->retmode = (uint8_t)(mode);                                        \
        f = (nf);                                                               \
        LOAD_FRAME();                                                           \
        BREAKER_CHECK();                                                        \
    } while (0)

/* Call Python function m with n arguments at argv in a new frame (its
 * return goes by mode). */
#define CALL_FRAME(m, argv, n, mode)                                            \
    do {                                                                        \
        Value gen_ = NULL;                                                      \
        PvFrame *nf_ = push_call(t, (m), (argv), (n), NULL, &gen_);             \
        CHECK(nf_);                                                             \
        ENTER_FRAME(nf_, mode);                                                 \
    } while (0)

/* Call a Python __bool__/__len__ (m) on v inline; the return finishes the
 * instruction in progress (truth_finish). */
#define TRUTH_CALL(m, v, kind)                                                  \
    do {                                                                        \
        Value targ_ = (v);                                                      \
        CALL_FRAME(m, &targ_, 1, kind);                                         \
    } while (0)

static inline bool fast_truth(Value v, int *out)
{
    if (v == pv_True) { *out = 1; return true; }
    if (v == pv_False || v == pv_None) { *out = 0; return true; }
    if (pv_is_small(v)) { *out = pv_small_val(v) != 0; return true; }
    return false;
}

static Value run(PvThread *t, PvFrame *f, Value throwexc)
{
    PvCode *co;
    uint32_t *ip;
    Value *sp, *fast, *consts, *names;
    Value retval = NULL, contv = NULL;
    uint32_t word;
    int arg, opstage;
    bool armed;

    if (!op_escapes[OP_LOAD_ATTR])
        escapes_init();
    /* Escapes count once a name site appended (concat_armed). A run that
     * began earlier can miss a few: harmless, since control gets back to
     * that site only through a call, a resume or a switch, which bump. */
    armed = concat_armed;
    LOAD_FRAME();
    if (throwexc) {
        pv_err_restore(throwexc);
        goto error;
    }
    BREAKER_CHECK();
    for (;;) {
        word = *ip++;
        f->ip = ip;
        f->sp = sp;
        arg = (int)PV_ARG(word);
        if (__builtin_expect(armed, 0))
            escape_epoch += op_escapes[PV_OP(word)];
        switch (PV_OP(word)) {
        case OP_NOP:
            break;
        case OP_POP_TOP: {
            Value v = *--sp;
            /* a generator made for a for loop dies when the loop is left
             * (break, return): close it now, as reference counting would */
            if (v && !pv_is_small(v) && v->type == &pv_generator_type &&
                ((PvGen *)v)->loop_owned)
                pv_gen_loop_release(v);
            break;
        }
        case OP_ROT_TWO: {
            Value a = TOP();
            TOP() = SECOND();
            SECOND() = a;
            break;
        }
        case OP_ROT_THREE: {
            Value a = TOP();
            TOP() = SECOND();
            SECOND() = THIRD();
            THIRD() = a;
            break;
        }
        case OP_ROT_FOUR: {
            Value a = TOP();
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = sp[-4];
            sp[-4] = a;
            break;
        }
        case OP_ROT_N: {
            Value a = TOP();
            for (int i = 1; i < arg; i++)
                sp[-i] = sp[-i - 1];
            sp[-arg] = a;
            break;
        }
        case OP_DUP_TOP: {
            Value a = TOP();
            PUSH(a);
            break;
        }
        case OP_DUP_TOP_TWO: {
            Value a = SECOND(), b = TOP();
            PUSH(a);
            PUSH(b);
            break;
        }

        /* ---- names ---- */
        case OP_LOAD_CONST:
            PUSH(consts[arg]);
            break;
        case OP_LOAD_FAST: {
            Value v = fast[arg];
            if (!v) {
                unbound_local(pv_tuple_items(co->varnames)[arg]);
                goto error;
            }
            if (!pv_is_small(v) && (v->flags & PV_STR_EXCLUSIVE) && v->type == &pv_str_type &&
                !concat_follows(ip, OP_STORE_FAST, arg))
                v->flags &= ~PV_STR_EXCLUSIVE; /* an alias may be made now */
            PUSH(v);
            break;
        }
        case OP_STORE_FAST:
            fast[arg] = POP();
            break;
        case OP_DELETE_FAST:
            if (!fast[arg]) {
                unbound_local(pv_tuple_items(co->varnames)[arg]);
                goto error;
            }
            fast[arg] = NULL;
            break;
        case OP_LOAD_NAME: {
            Value name = names[arg], v = NULL;
            if (!f->locals) {
                pv_raise(&pv_exc_SystemError, "no locals when loading %R", name);
                goto error;
            }
            v = mapping_get(f->locals, name);
            if (!v) {
                if (pv_err_occurred())
                    goto error;
                v = pv_dict_get(f->globals, name);
                if (!v) {
                    if (pv_err_occurred())
                        goto error;
                    v = mapping_get(f->builtins, name);
                    if (!v) {
                        if (!pv_err_occurred())
                            name_error(name);
                        goto error;
                    }
                }
                name_load_check(v, NULL, 0, 0); /* not where the store goes */
            } else {
                name_load_check(v, ip, OP_STORE_NAME, arg);
            }
            PUSH(v);
            break;
        }
        case OP_STORE_NAME: {
            Value name = names[arg], v = POP();
            if (!f->locals) {
                pv_raise(&pv_exc_SystemError, "no locals found when storing %R", name);
                goto error;
            }
            if (pv_is_type(f->locals, &pv_dict_type)) {
                CHECK(pv_dict_set(f->locals, name, v) >= 0);
            } else {
                CHECK(pv_setitem(f->locals, name, v) >= 0);
            }
            break;
        }
        case OP_DELETE_NAME: {
            Value name = names[arg];
            if (!f->locals) {
                pv_raise(&pv_exc_SystemError, "no locals when deleting %R", name);
                goto error;
            }
            if (pv_delitem(f->locals, name) < 0) {
                if (pv_err_matches(&pv_exc_KeyError)) {
                    pv_err_clear();
                    name_error(name);
                }
                goto error;
            }
            break;
        }
        case OP_LOAD_GLOBAL: {
            Value name = names[arg];
            /* inline cache: [globals version lo, hi, builtin flag | entry
             * index, builtins version lo] */
            uint32_t *cw = ip;
            ip += pv_cache_words(OP_LOAD_GLOBAL);
            if (pv_is_type(f->globals, &pv_dict_type)) {
                PvDict *g = (PvDict *)f->globals;
                if (cw[0] == (uint32_t)g->version && cw[1] == (uint32_t)(g->version >> 32) &&
                    (cw[0] | cw[1])) {
                    uint32_t idx = cw[2] & 0x7fffffff;
                    PvDict *d = (cw[2] >> 31) ? (PvDict *)f->builtins : g;
                    if (pv_is_type((Value)d, &pv_dict_type) &&
                        (!(cw[2] >> 31) || cw[3] == (uint32_t)d->version) &&
                        idx < d->nentries && d->entries[idx].key == name) {
                        Value v = d->entries[idx].value;
                        name_load_check(v, (cw[2] >> 31) ? NULL : ip, OP_STORE_GLOBAL, arg);
                        PUSH(v);
                        break;
                    }
                }
            }
            Value v = pv_dict_get(f->globals, name);
            if (!v) {
                if (pv_err_occurred())
                    goto error;
                v = mapping_get(f->builtins, name);
                if (!v) {
                    if (!pv_err_occurred())
                        name_error(name);
                    goto error;
                }
                global_cache_fill(cw, f->globals, f->builtins, name, true);
                name_load_check(v, NULL, 0, 0);
            } else {
                global_cache_fill(cw, f->globals, f->builtins, name, false);
                name_load_check(v, ip, OP_STORE_GLOBAL, arg);
            }
            PUSH(v);
            break;
        }
        case OP_STORE_GLOBAL:
            CHECK(pv_dict_set(f->globals, names[arg], POP()) >= 0);
            break;
        case OP_DELETE_GLOBAL:
            if (pv_dict_del(f->globals, names[arg]) < 0) {
                if (pv_err_matches(&pv_exc_KeyError)) {
                    pv_err_clear();
                    name_error(names[arg]);
                }
                goto error;
            }
            break;
        case OP_LOAD_DEREF: {
            Value v = ((PvCell *)fast[co->nlocals + arg])->ref;
            if (!v) {
                unbound_deref(co, arg);
                goto error;
            }
            PUSH(v);
            break;
        }
        case OP_STORE_DEREF:
            ((PvCell *)fast[co->nlocals + arg])->ref = POP();
            break;
        case OP_DELETE_DEREF: {
            PvCell *c = (PvCell *)fast[co->nlocals + arg];
            if (!c->ref) {
                unbound_deref(co, arg);
                goto error;
            }
            c->ref = NULL;
            break;
        }
        case OP_LOAD_CLOSURE:
            PUSH(fast[co->nlocals + arg]);
            break;
        case OP_LOAD_CLASSDEREF: {
            Value name = cell_name(co, arg);
            Value v = f->locals ? mapping_get(f->locals, name) : NULL;
            if (!v) {
                if (pv_err_occurred())
                    goto error;
                v = ((PvCell *)fast[co->nlocals + arg])->ref;
                if (!v) {
                    unbound_deref(co, arg);
                    goto error;
                }
            }
            PUSH(v);
            break;
        }
        case OP_LOAD_ATTR: {
            /* cache: shape.h (type version, layout id, index | kind) */
            Value o = TOP(), name = names[arg], v;
            uint32_t *cw = ip;
            ip += pv_cache_words(OP_LOAD_ATTR);
            int hit = pv_attr_load_cached(cw, o, name, &v);
            if (hit) {
                CHECK(hit > 0);
                TOP() = v;
                break;
            }
            Value fget = property_getter(o, name);
            if (fget) {
                /* a property whose getter is a Python function: inline */
                Value gen = NULL;
                PvFrame *nf = push_call(t, fget, sp - 1, 1, NULL, &gen);
                CHECK(nf);
                sp--;
                f->sp = sp;
                f->ip = ip;   /* resume after the cache words */
                nf->retmode = PV_RET_PUSH;
                f = nf;
                LOAD_FRAME();
                BREAKER_CHECK();
                break;
            }
            v = pv_getattr(o, name);
            CHECK(v);
            TOP() = v;
            pv_attr_load_fill(cw, o, name);
            break;
        }
        case OP_STORE_ATTR: {
            Value o = TOP(), v = SECOND(), name = names[arg];
            uint32_t *cw = ip;
            ip += pv_cache_words(OP_STORE_ATTR);
            int hit = pv_attr_store_cached(cw, o, name, v);
            if (!hit) {
                uint32_t pre = pv_shape_id_of(o);
                hit = pv_setattr(o, name, v) < 0 ? -1 : 1;
                if (hit > 0)
                    pv_attr_store_fill(cw, o, name, pre);
            }
            CHECK(hit > 0);
            sp -= 2;
            break;
        }
        case OP_DELETE_ATTR:
            CHECK(pv_setattr(TOP(), names[arg], NULL) >= 0);
            sp--;
            break;
        case OP_LOAD_METHOD: {
            Value o = TOP(), name = names[arg];
            uint32_t *cw = ip;
            ip += pv_cache_words(OP_LOAD_METHOD);
            bool unbound;
            Value m = pv_method_cached(cw, o, name, &unbound);
            if (!m) {
                m = pv_method_load(cw, o, name, &unbound);
                CHECK(m);
            }
            if (unbound) {
                TOP() = m;
                PUSH(o);
            } else {
                TOP() = NULL;
                PUSH(m);
            }
            break;
        }

        /* ---- operators ---- */
        case OP_UNARY_OP: {
            Value v = TOP(), r;
            if (arg == PV_UNARY_NOT) {
                int b;
                if (!fast_truth(v, &b)) {
                    int kind;
                    Value m = truth_method(v, &kind);
                    if (m) {
                        /* v stays on the stack; the return sets TOP */
                        TRUTH_CALL(m, v, kind);
                        break;
                    }
                    b = pv_truthy(v);
                    CHECK(b >= 0);
                }
                r = pv_bool(!b);
            } else if (arg == PV_UNARY_NEG && pv_is_small(v) && pv_small_val(v) != PV_SMALL_MIN) {
                r = pv_small(-pv_small_val(v));
            } else {
                r = pv_unaryop(v, arg);
                CHECK(r);
            }
            TOP() = r;
            break;
        }
        case OP_BINARY_OP: {
            Value a = SECOND(), b = TOP(), r = NULL;
            if (arg == PV_OP_INPLACE + PV_OP_ADD && pv_is_type(a, &pv_str_type) &&
                pv_is_type(b, &pv_str_type)) {
                /* x += s on a str: amortised in-place appends (see
                 * concat_follows) for locals, names and globals */
                int sop = PV_OP(ip[0]);
                if (sop == OP_STORE_FAST && fast[PV_ARG(ip[0])] == a)
                    r = pv_str_inplace_concat(a, b);
                else if ((sop == OP_STORE_NAME && f->locals &&
                          pv_is_type(f->locals, &pv_dict_type)) ||
                         (sop == OP_STORE_GLOBAL && pv_is_type(f->globals, &pv_dict_type)))
                    r = name_concat(ip, a, b), armed = concat_armed;
                if (r) {
                    sp--;
                    TOP() = r;
                    break;
                }
                CHECK(!pv_err_occurred());
            }
            if (pv_is_small(a) && pv_is_small(b)) {
                int64_t x = pv_small_val(a), y = pv_small_val(b), z;
                switch (arg & 15) {
                case PV_OP_ADD:
                    z = x + y;
                    if (pv_fits_small(z))
                        r = pv_small(z);
                    break;
                case PV_OP_SUB:
                    z = x - y;
                    if (pv_fits_small(z))
                        r = pv_small(z);
                    break;
                case PV_OP_MUL:
                    if (!__builtin_mul_overflow(x, y, &z) && pv_fits_small(z))
                        r = pv_small(z);
                    break;
                case PV_OP_AND: r = pv_small(x & y); break;
                case PV_OP_OR: r = pv_small(x | y); break;
                case PV_OP_XOR: r = pv_small(x ^ y); break;
                case PV_OP_FLOORDIV:
                    if (y != 0) {
                        z = x / y;
                        if ((x % y != 0) && ((x < 0) != (y < 0)))
                            z--;
                        if (pv_fits_small(z)) /* MIN // -1 overflows */
                            r = pv_small(z);
                    }
                    break;
                case PV_OP_MOD:
                    if (y != 0) {
                        z = x % y;
                        if (z != 0 && ((z < 0) != (y < 0)))
                            z += y;
                        r = pv_small(z);
                    }
                    break;
                }
            }
            if (!r) {
                if (op_needs_plan(a, b)) {
                    opstage = 0;
                    goto op_plan;
                }
                if (!is_scalar(a) || !is_scalar(b))
                    escape_epoch++;
                r = pv_binop(a, b, arg);
                CHECK(r);
            }
            sp--;
            TOP() = r;
            break;
        }
        case OP_COMPARE_OP: {
            Value a = SECOND(), b = TOP(), r;
            if (pv_is_small(a) && pv_is_small(b)) {
                intptr_t x = (intptr_t)a, y = (intptr_t)b;
                bool c;
                switch (arg) {
                case PV_LT: c = x < y; break;
                case PV_LE: c = x <= y; break;
                case PV_EQ: c = x == y; break;
                case PV_NE: c = x != y; break;
                case PV_GT: c = x > y; break;
                default: c = x >= y; break;
                }
                r = pv_bool(c);
            } else {
                if (op_needs_plan(a, b)) {
                    opstage = 0;
                    goto op_plan;
                }
                if (!is_scalar(a) || !is_scalar(b))
                    escape_epoch++;
                r = pv_compare(a, b, arg);
                CHECK(r);
            }
            sp--;
            TOP() = r;
            break;
        }
        case OP_IS_OP: {
            bool c = (SECOND() == TOP()) ^ (arg != 0);
            sp--;
            TOP() = pv_bool(c);
            break;
        }
        case OP_CONTAINS_OP: {
            Value ci = py_special(TOP(), pv_id___contains__);
            if (ci) {
                Value a2[2] = {TOP(), SECOND()};
                Value gen = NULL;
                PvFrame *nf = push_call(t, ci, a2, 2, NULL, &gen);
                CHECK(nf);
                sp -= 2;
                f->sp = sp;
                ENTER_FRAME(nf, PV_RET_CONTAINS);
                break;
            }
            Value hm = hash_first(TOP(), SECOND(), true);
            if (hm) {
                /* key.__hash__() as a frame, then the lookup (PV_RET_HASH) */
                CALL_FRAME(hm, sp - 2, 1, PV_RET_HASH);
                break;
            }
            int c = pv_contains(TOP(), SECOND());
            CHECK(c >= 0);
            sp--;
            TOP() = pv_bool(c ^ (arg != 0));
            break;
        }
        case OP_BINARY_SUBSCR: {
            Value o = SECOND(), k = TOP(), r = NULL;
            if (pv_is_small(k)) {
                intptr_t i = pv_small_val(k);
                if (pv_is_type(o, &pv_list_type)) {
                    if (i < 0)
                        i += (intptr_t)pv_list_size(o);
                    if (i >= 0 && (size_t)i < pv_list_size(o))
                        r = pv_list_items(o)[i];
                } else if (pv_is_type(o, &pv_tuple_type)) {
                    if (i < 0)
                        i += (intptr_t)pv_tuple_size(o);
                    if (i >= 0 && (size_t)i < pv_tuple_size(o))
                        r = pv_tuple_items(o)[i];
                }
            }
            Value hm = r ? NULL : hash_first(o, k, false);
            if (hm) {
                CALL_FRAME(hm, sp - 1, 1, PV_RET_HASH);
                break;
            }
            if (!r) {
                Value gi = py_special(o, pv_id___getitem__);
                if (gi) {
                    Value gen = NULL;
                    PvFrame *nf = push_call(t, gi, sp - 2, 2, NULL, &gen);
                    CHECK(nf);
                    sp -= 2;
                    f->sp = sp;
                    ENTER_FRAME(nf, PV_RET_PUSH);
                    break;
                }
                r = pv_getitem(o, k);
                CHECK(r);
            }
            sp--;
            TOP() = r;
            break;
        }
        case OP_STORE_SUBSCR: {
            Value k = TOP(), o = SECOND(), v = THIRD();
            if (pv_is_small(k) && pv_is_type(o, &pv_list_type)) {
                intptr_t i = pv_small_val(k);
                if (i < 0)
                    i += (intptr_t)pv_list_size(o);
                if (i >= 0 && (size_t)i < pv_list_size(o)) {
                    pv_list_items(o)[i] = v;
                    sp -= 3;
                    break;
                }
            }
            Value hm = hash_first(o, k, false);
            if (hm) {
                CALL_FRAME(hm, sp - 1, 1, PV_RET_HASH);
                break;
            }
            Value si = py_special(o, pv_id___setitem__);
            if (si) {
                Value a3[3] = {o, k, v};
                Value gen = NULL;
                PvFrame *nf = push_call(t, si, a3, 3, NULL, &gen);
                CHECK(nf);
                sp -= 3;
                f->sp = sp;
                ENTER_FRAME(nf, PV_RET_DISCARD);
                break;
            }
            CHECK(pv_setitem(o, k, v) >= 0);
            sp -= 3;
            break;
        }
        case OP_DELETE_SUBSCR: {
            Value di = py_special(SECOND(), pv_id___delitem__);
            if (di) {
                Value gen = NULL;
                PvFrame *nf = push_call(t, di, sp - 2, 2, NULL, &gen);
                CHECK(nf);
                sp -= 2;
                f->sp = sp;
                ENTER_FRAME(nf, PV_RET_DISCARD);
                break;
            }
            CHECK(pv_delitem(SECOND(), TOP()) >= 0);
            sp -= 2;
            break;
        }
        case OP_BUILD_SLICE: {
            Value step = arg == 3 ? POP() : pv_None;
            Value stop = POP(), start = TOP();
            Value s = pv_slice_new(start, stop, step);
            CHECK(s);
            TOP() = s;
            break;
        }

        /* ---- building ---- */
        case OP_BUILD_TUPLE: {
            Value v = pv_tuple_from(sp - arg, arg);
            CHECK(v);
            sp -= arg;
            PUSH(v);
            break;
        }
        case OP_BUILD_LIST: {
            Value v = pv_list_from(sp - arg, arg);
            CHECK(v);
            sp -= arg;
            PUSH(v);
            break;
        }
        case OP_BUILD_SET: {
            Value s = pv_set_new(NULL);
            CHECK(s);
            for (int i = arg; i > 0; i--)
                CHECK(pv_set_add(s, sp[-i]) >= 0);
            sp -= arg;
            PUSH(s);
            break;
        }
        case OP_BUILD_MAP: {
            Value d = pv_dict_new();
            CHECK(d);
            for (int i = arg; i > 0; i--)
                CHECK(pv_dict_set(d, sp[-2 * i], sp[-2 * i + 1]) >= 0);
            sp -= 2 * arg;
            PUSH(d);
            break;
        }
        case OP_BUILD_CONST_KEY_MAP: {
            Value keys = TOP();
            Value d = pv_dict_new();
            CHECK(d);
            for (int i = 0; i < arg; i++)
                CHECK(pv_dict_set(d, pv_tuple_items(keys)[i], sp[-1 - arg + i]) >= 0);
            sp -= arg + 1;
            PUSH(d);
            break;
        }
        case OP_BUILD_STRING: {
            Value s = build_string(sp - arg, arg);
            CHECK(s);
            sp -= arg;
            PUSH(s);
            break;
        }
        case OP_LIST_APPEND: {
            Value v = TOP();
            CHECK(pv_list_append(sp[-1 - arg], v) >= 0);
            sp--;
            break;
        }
        case OP_SET_ADD: {
            Value v = TOP();
            CHECK(pv_set_add(sp[-1 - arg], v) >= 0);
            sp--;
            break;
        }
        case OP_MAP_ADD: {
            Value v = TOP(), k = SECOND();
            CHECK(pv_setitem(sp[-2 - arg], k, v) >= 0);
            sp -= 2;
            break;
        }
        case OP_LIST_EXTEND: {
            Value it = TOP();
            if (pv_cont_python_iterable(it)) {
                /* [*gen], f(*gen): drained in continuation-passing style */
                Value r = pv_cont_extend(sp[-1 - arg], it);
                PUSH(r == PV_REQUEST ? NULL : r);
                if (r == PV_REQUEST)
                    goto cont_take;
                contv = r;
                goto cont_finish;
            }
            if (pv_list_extend(sp[-1 - arg], it) < 0) {
                if (pv_err_matches(&pv_exc_TypeError) && !pv_type(it)->iter &&
                    !pv_type(it)->getitem) {
                    pv_err_clear();
                    /* f(*x) builds a list first: name the callable as CPython */
                    int n1 = PV_OP(ip[0]), n2 = PV_OP(ip[1]);
                    Value desc = NULL;
                    if (n1 == OP_LIST_TO_TUPLE && pv_list_size(sp[-1 - arg]) == 0 &&
                        (n2 == OP_CALL_FUNCTION_EX || n2 == OP_BUILD_MAP))
                        desc = callable_desc(sp[-2 - arg]);
                    if (desc)
                        pv_raise(&pv_exc_TypeError, "%S argument after * must be an iterable, not %T",
                                 desc, it);
                    else
                        pv_raise(&pv_exc_TypeError, "Value after * must be an iterable, not %T", it);
                }
                goto error;
            }
            sp--;
            break;
        }
        case OP_SET_UPDATE: {
            Value it = TOP(), s = sp[-1 - arg];
            CHECK(pv_set_update(s, it) >= 0);
            sp--;
            break;
        }
        case OP_DICT_UPDATE: {
            Value o = TOP();
            if (pv_dict_update(sp[-1 - arg], o) < 0) {
                if (pv_err_matches(&pv_exc_AttributeError) || pv_err_matches(&pv_exc_TypeError)) {
                    if (!pv_isinst(o, &pv_dict_type) &&
                        !pv_type_lookup_str(pv_type(o), "keys")) {
                        pv_err_clear();
                        pv_raise(&pv_exc_TypeError, "'%s' object is not a mapping",
                                 pv_type_name(pv_type(o)));
                    }
                }
                goto error;
            }
            sp--;
            break;
        }
        case OP_DICT_MERGE: {
            Value o = TOP(), d = sp[-1 - arg];
            Value func = sp[-3 - arg];
            if (!pv_isinst(o, &pv_dict_type) && !pv_type_lookup_str(pv_type(o), "keys")) {
                Value desc = callable_desc(func);
                if (desc)
                    pv_raise(&pv_exc_TypeError, "%S argument after ** must be a mapping, not %T",
                             desc, o);
                goto error;
            }
            Value tmp = o;
            if (!pv_isinst(o, &pv_dict_type)) {
                tmp = pv_dict_new();
                CHECK(tmp && pv_dict_update(tmp, o) >= 0);
            }
            size_t pos = 0;
            Value k, v;
            while (pv_dict_next(tmp, &pos, &k, &v)) {
                Value old = pv_dict_get(d, k);
                if (old) {
                    Value desc = callable_desc(func);
                    if (desc && pv_is_str(k))
                        pv_raise(&pv_exc_TypeError,
                                 "%S got multiple values for keyword argument '%S'", desc, k);
                    else if (desc)
                        pv_raise(&pv_exc_TypeError, "keywords must be strings");
                    goto error;
                }
                CHECK(!pv_err_occurred());
                CHECK(pv_dict_set(d, k, v) >= 0);
            }
            sp--;
            break;
        }
        case OP_LIST_TO_TUPLE: {
            Value l = TOP();
            Value tu = pv_list_as_tuple(l);
            CHECK(tu);
            TOP() = tu;
            break;
        }
        case OP_FORMAT_VALUE: {
            Value spec = (arg & 4) ? POP() : NULL;
            Value r = format_value(TOP(), arg, spec);
            CHECK(r);
            TOP() = r;
            break;
        }
        case OP_UNPACK_SEQUENCE: {
            Value v = TOP();
            sp--;
            f->sp = sp; /* v stays alive in a C local */
            Value tmp[arg > 0 ? arg : 1];
            for (int i = 0; i < arg; i++)
                tmp[i] = NULL;
            if (unpack_iterable(v, arg, -1, tmp) < 0) {
                sp++;
                goto error;
            }
            for (int i = 0; i < arg; i++)
                PUSH(tmp[i]);
            break;
        }
        case OP_UNPACK_EX: {
            int before = arg & 0xff, after = arg >> 8;
            int total = before + after + 1;
            Value v = TOP();
            sp--;
            f->sp = sp;
            Value tmp[total];
            for (int i = 0; i < total; i++)
                tmp[i] = NULL;
            if (unpack_iterable(v, before, after, tmp) < 0) {
                sp++;
                goto error;
            }
            for (int i = 0; i < total; i++)
                PUSH(tmp[i]);
            break;
        }

        /* ---- control ---- */
        case OP_JUMP_FORWARD:
            ip = co->code + arg;
            break;
        case OP_JUMP_ABSOLUTE:
            ip = co->code + arg;
            BREAKER_CHECK();
            break;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE: {
            Value v = POP();
            int b;
            if (!fast_truth(v, &b)) {
                int kind;
                Value m = truth_method(v, &kind);
                if (m) {
                    f->sp = sp; /* v popped; it is the call's argument */
                    TRUTH_CALL(m, v, kind);
                    break;
                }
                b = pv_truthy(v);
                CHECK(b >= 0);
            }
            if (b == (PV_OP(word) == OP_POP_JUMP_IF_TRUE))
                ip = co->code + arg;
            break;
        }
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: {
            Value v = TOP();
            int b;
            if (!fast_truth(v, &b)) {
                int kind;
                Value m = truth_method(v, &kind);
                if (m) {
                    TRUTH_CALL(m, v, kind);
                    break;
                }
                b = pv_truthy(v);
                CHECK(b >= 0);
            }
            if (b == (PV_OP(word) == OP_JUMP_IF_TRUE_OR_POP))
                ip = co->code + arg;
            else
                sp--;
            break;
        }
        case OP_GET_ITER: {
            Value v = TOP();
            Value pi = py_special(v, pv_id___iter__);
            if (pi) {
                Value gen = NULL;
                PvFrame *nf = push_call(t, pi, sp - 1, 1, NULL, &gen);
                CHECK(nf);
                sp--;
                f->sp = sp;
                ENTER_FRAME(nf, PV_RET_ITER);
                break;
            }
            if (!pv_is_type(v, &pv_generator_type)) {
                Value it = pv_iter(v);
                CHECK(it);
                TOP() = it;
            }
            break;
        }
        case OP_FOR_ITER: {
            Value it = TOP();
            if (pv_is_type(it, &pv_generator_type)) {
                PvGen *g = (PvGen *)it;
                if (!g->frame) {
                    sp--;
                    ip = co->code + arg;
                    break;
                }
                if (g->running) {
                    pv_raise(&pv_exc_ValueError, "generator already executing");
                    goto error;
                }
                if (t->depth >= pv_recursion_limit) {
                    pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
                    goto error;
                }
                f = gen_link(t, f, g, pv_None, PV_RET_FOR_ITER);
                LOAD_FRAME();
                break;
            }
            Value nx = py_special(it, pv_id___next__);
            if (nx) {
                CALL_FRAME(nx, sp - 1, 1, PV_RET_NEXT);
                break;
            }
            Value (*cnext)(Value) = pv_cont_iternext(pv_type(it));
            if (cnext) {
                /* map, filter: continuation-passing (cont.h) */
                escape_epoch++;
                Value v = cnext(it);
                if (v == PV_REQUEST) {
                    PUSH(NULL);
                    goto cont_take;
                }
                if (v) {
                    PUSH(v);
                    break;
                }
                if (pv_err_matches(&pv_exc_StopIteration))
                    pv_err_clear();
                CHECK(!pv_err_occurred());
                sp--;
                ip = co->code + arg;
                break;
            }
            PvType *itt = pv_type(it);
            if (itt != &pv_range_iter_type && itt != &pv_list_iter_type &&
                itt != &pv_tuple_iter_type && itt != &pv_longrange_iter_type)
                escape_epoch++;
            Value v = next_item(it);
            if (v) {
                if (t->state != PV_THREAD_RUNNING) {
                    /* the C iterator soft-blocked (a pipe's next line):
                     * the wake-up puts the iterator back on top and this
                     * FOR_ITER runs again (see pv_sched_can_soft_block) */
                    f->ip = ip - 1;
                    f->sp = sp;
                    escape_epoch++; /* another thread may run */
                    pv_eval_breaker_hook();
                    t = pv_current_thread;
                    f = t->top;
                    LOAD_FRAME();
                    if (t->exc)
                        goto error;
                    break;
                }
                PUSH(v);
                break;
            }
            CHECK(!pv_err_occurred());
            sp--;
            ip = co->code + arg;
            break;
        }
        case OP_RETURN_VALUE:
            retval = POP();
            f->sp = sp;
            goto frame_return;

        /* ---- functions and calls ---- */
        case OP_MAKE_FUNCTION: {
            int nextra = !!(arg & 1) + !!(arg & 2) + !!(arg & 4) + !!(arg & 8);
            Value qualname = TOP(), code = SECOND();
            Value fn = make_function(code, qualname, arg, sp - 2 - nextra, f->globals);
            CHECK(fn);
            sp -= 2 + nextra;
            PUSH(fn);
            break;
        }
        case OP_CALL_FUNCTION:
        case OP_CALL_FUNCTION_KW:
        case OP_CALL_METHOD:
        case OP_CALL_METHOD_KW:
        case OP_CALL_FUNCTION_EX: {
            int op = PV_OP(word);
            Value kwnames = NULL, callable, *args, *base, vec = NULL;
            size_t nargs = 0;
            if (op == OP_CALL_FUNCTION_EX) {
                Value kw = (arg & 1) ? TOP() : NULL;
                Value tup = (arg & 1) ? SECOND() : TOP();
                base = sp - 2 - (arg & 1);
                callable = base[0];
                vec = ex_vector(callable, tup, kw, &nargs, &kwnames);
                CHECK(vec);
                args = pv_tuple_items(vec);
            } else {
                int n = arg;
                if (op == OP_CALL_FUNCTION_KW || op == OP_CALL_METHOD_KW) {
                    kwnames = TOP();
                    sp--;
                }
                size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
                if (op == OP_CALL_METHOD || op == OP_CALL_METHOD_KW) {
                    base = sp - n - 2;
                    if (base[0]) {
                        callable = base[0];
                        args = base + 1;
                        nargs = n + 1 - nkw;
                    } else {
                        callable = base[1];
                        args = base + 2;
                        nargs = n - nkw;
                    }
                } else {
                    base = sp - n - 1;
                    callable = base[0];
                    args = base + 1;
                    nargs = n - nkw;
                }
            }
            /* Unwrap bound methods of Python functions when the slot just
             * below the arguments can hold self. */
            if (pv_is_type(callable, &pv_method_type) && args > base &&
                pv_is_type(((PvMethod *)callable)->func, &pv_function_type) && !vec) {
                args[-1] = ((PvMethod *)callable)->self;
                callable = ((PvMethod *)callable)->func;
                args--;
                nargs++;
            } else if (!vec && args > base && !pv_is_type(callable, &pv_function_type) &&
                       (pv_type(callable)->flags & PV_TPFLAG_HEAPTYPE) &&
                       !(pv_type(callable)->flags & PV_TPFLAG_TYPE_SUBCLASS)) {
                /* an instance with a Python __call__ */
                Value cf = py_special(callable, pv_id___call__);
                if (cf) {
                    args[-1] = callable;
                    callable = cf;
                    args--;
                    nargs++;
                }
            } else if (vec && pv_is_type(callable, &pv_method_type) &&
                       pv_is_type(((PvMethod *)callable)->func, &pv_function_type)) {
                /* f(*a, **k) on a bound method: prepend self to the vector */
                size_t total = nargs + (kwnames ? pv_tuple_size(kwnames) : 0);
                Value v2 = pv_tuple_new(total + 1);
                CHECK(v2);
                pv_tuple_items(v2)[0] = ((PvMethod *)callable)->self;
                for (size_t i = 0; i < total; i++)
                    pv_tuple_items(v2)[i + 1] = args[i];
                vec = v2;
                args = pv_tuple_items(v2);
                nargs++;
                callable = ((PvMethod *)callable)->func;
            }
            if (!vec && !kwnames && is_gen_resume(callable, args, nargs)) {
                /* g.send(v) / next(g) from Python: resume g in this loop */
                PvGen *g = (PvGen *)args[0];
                Value v = nargs == 2 ? args[1] : pv_None;
                if (t->depth >= pv_recursion_limit) {
                    pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
                    goto error;
                }
                sp = base;
                f->sp = sp;
                f = gen_link(t, f, g, v, PV_RET_SEND);
                LOAD_FRAME();
                break;
            }
            if (pv_is_type(callable, &pv_function_type)) {
                Value gen = NULL;
                PvFrame *nf = push_call(t, callable, args, nargs, kwnames, &gen);
                if (!nf) {
                    CHECK(gen);
                    sp = base;
                    PUSH(gen);
                    /* `for x in gen(...)`: only the loop will see it */
                    if (PV_OP(ip[0]) == OP_GET_ITER && PV_OP(ip[1]) == OP_FOR_ITER)
                        ((PvGen *)gen)->loop_owned = true;
                    break;
                }
                sp = base;
                f->sp = sp;
                ENTER_FRAME(nf, PV_RET_PUSH);
                break;
            }
            if (pv_is_type(callable, &pv_type_type) && args > base && !vec) {
                Value init = inline_init(callable);
                if (init) {
                    PvType *tp = (PvType *)callable;
                    Value inst = tp->new_(tp, args, nargs, kwnames);
                    CHECK(inst);
                    if (pv_isinst(inst, tp)) {
                        args[-1] = inst;
                        Value gen = NULL;
                        PvFrame *nf = push_call(t, init, args - 1, nargs + 1, kwnames, &gen);
                        CHECK(nf);
                        sp = base;
                        f->sp = sp;
                        nf->flags |= PV_FRAME_INIT;
                        nf->init_self = inst;
                        ENTER_FRAME(nf, PV_RET_PUSH);
                        break;
                    }
                    sp = base;
                    PUSH(inst);
                    break;
                }
            }
            if (!concat_armed || !pure_call(callable, args, nargs, kwnames))
                escape_epoch++;
            PvCallFn cps = pv_cont_callable(callable);
            if (cps) {
                /* a C function in continuation-passing style (cont.h) */
                Value r = cps(callable, args, nargs, kwnames);
                sp = base;
                PUSH(r == PV_REQUEST ? NULL : r);
                if (r == PV_REQUEST)
                    goto cont_take;
                CHECK(r);
                break;
            }
            Value r = pv_call(callable, args, nargs, kwnames);
            CHECK(r);
            sp = base;
            PUSH(r);
            if (t->state != PV_THREAD_RUNNING) {
                /* The C function soft-blocked this thread: let the
                 * scheduler switch now. On wake-up it may replace the
                 * pushed result (pv_thread_set_result) or set t->exc. */
                f->ip = ip;
                f->sp = sp;
                escape_epoch++; /* another thread may run */
                pv_eval_breaker_hook();
                t = pv_current_thread;
                f = t->top;
                LOAD_FRAME();
                if (t->exc)
                    goto error;
            }
            break;
        }
        case OP_LOAD_BUILD_CLASS: {
            Value bc = mapping_get(f->builtins, pv_id___build_class__);
            if (!bc) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_NameError, "__build_class__ not found");
                goto error;
            }
            PUSH(bc);
            break;
        }
        case OP_SETUP_ANNOTATIONS: {
            Value key = pv_id___annotations__;
            if (!f->locals) {
                pv_raise(&pv_exc_SystemError, "no locals found when setting up annotations");
                goto error;
            }
            Value a = mapping_get(f->locals, key);
            if (!a) {
                CHECK(!pv_err_occurred());
                Value d = pv_dict_new();
                CHECK(d);
                CHECK(pv_setitem(f->locals, key, d) >= 0);
            }
            break;
        }

        /* ---- exceptions ---- */
        case OP_SETUP_FINALLY: {
            PvBlock *b = &f->blocks[f->nblocks++];
            b->type = PV_BLOCK_FINALLY;
            b->handler = arg;
            b->level = (int32_t)(sp - f->stack);
            break;
        }
        case OP_POP_BLOCK:
            f->nblocks--;
            break;
        case OP_POP_EXCEPT: {
            f->nblocks--;
            Value prev = POP();
            f->exc = prev == pv_None ? NULL : prev;
            break;
        }
        case OP_RERAISE: {
            Value exc = POP();
            f->sp = sp;
            pv_err_restore(exc);
            goto unwind;
        }
        case OP_RAISE_VARARGS: {
            if (arg == 0) {
                Value exc = pv_exc_handled();
                if (!exc) {
                    pv_raise(&pv_exc_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                pv_err_restore(exc);
                goto unwind;
            }
            Value cause = arg == 2 ? POP() : NULL;
            Value exc = POP();
            f->sp = sp;
            if (pv_isinst(exc, &pv_type_type)) {
                if (!(((PvType *)exc)->flags & PV_TPFLAG_EXC_SUBCLASS)) {
                    pv_raise(&pv_exc_TypeError, "exceptions must derive from BaseException");
                    goto error;
                }
                Value inst = pv_call0(exc);
                CHECK(inst);
                if (!pv_is_exc(inst)) {
                    pv_raise(&pv_exc_TypeError,
                             "calling %R should have returned an instance of BaseException, not %T",
                             exc, inst);
                    goto error;
                }
                exc = inst;
            } else if (!pv_is_exc(exc)) {
                pv_raise(&pv_exc_TypeError, "exceptions must derive from BaseException");
                goto error;
            }
            if (cause) {
                if (cause == pv_None) {
                    cause = NULL;
                } else if (pv_isinst(cause, &pv_type_type) &&
                           (((PvType *)cause)->flags & PV_TPFLAG_EXC_SUBCLASS)) {
                    cause = pv_call0(cause);
                    CHECK(cause);
                } else if (!pv_is_exc(cause)) {
                    pv_raise(&pv_exc_TypeError, "exception causes must derive from BaseException");
                    goto error;
                }
                ((PvExc *)exc)->cause = cause;
                ((PvExc *)exc)->suppress_context = true;
            }
            pv_raise_value(exc);
            goto error;
        }
        case OP_JUMP_IF_NOT_EXC_MATCH: {
            Value cls = TOP(), exc = SECOND();
            if (!exc_class_ok(cls)) {
                pv_raise(&pv_exc_TypeError,
                         "catching classes that do not inherit from BaseException is not allowed");
                goto error;
            }
            sp -= 2;
            if (!pv_exc_matches(exc, cls))
                ip = co->code + arg;
            break;
        }
        case OP_LOAD_ASSERTION_ERROR:
            PUSH((Value)&pv_exc_AssertionError);
            break;
        case OP_SETUP_WITH: {
            Value mgr = TOP();
            Value enter = lookup_special(mgr, "__enter__");
            if (!enter) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_TypeError,
                             "'%s' object does not support the context manager protocol",
                             pv_type_name(pv_type(mgr)));
                goto error;
            }
            Value exitf = lookup_special(mgr, "__exit__");
            if (!exitf) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_TypeError,
                             "'%s' object does not support the context manager protocol "
                             "(missed __exit__ method)",
                             pv_type_name(pv_type(mgr)));
                goto error;
            }
            TOP() = exitf;
            if (pv_is_type(enter, &pv_method_type) &&
                pv_is_type(((PvMethod *)enter)->func, &pv_function_type)) {
                /* __enter__ written in Python: inline; the block is pushed
                 * when it returns (PV_RET_ENTER) */
                Value self = ((PvMethod *)enter)->self, gen = NULL;
                PvFrame *nf = push_call(t, ((PvMethod *)enter)->func, &self, 1, NULL, &gen);
                if (nf) {
                    ENTER_FRAME(nf, PV_RET_ENTER);
                    break;
                }
                CHECK(gen);
                enter = NULL;
                PvBlock *b = &f->blocks[f->nblocks++];
                b->type = PV_BLOCK_FINALLY;
                b->handler = arg;
                b->level = (int32_t)(sp - f->stack);
                PUSH(gen);
                break;
            }
            Value res = pv_call0(enter);
            CHECK(res);
            PvBlock *b = &f->blocks[f->nblocks++];
            b->type = PV_BLOCK_FINALLY;
            b->handler = arg;
            b->level = (int32_t)(sp - f->stack);
            PUSH(res);
            if (t->state != PV_THREAD_RUNNING) {
                /* a C __enter__ soft-blocked (with lock:): switch as after a call */
                f->ip = ip;
                f->sp = sp;
                escape_epoch++; /* another thread may run */
                pv_eval_breaker_hook();
                t = pv_current_thread;
                f = t->top;
                LOAD_FRAME();
                if (t->exc)
                    goto error;
            }
            break;
        }
        case OP_WITH_EXCEPT_START: {
            Value exc = TOP(), exitf = THIRD();
            Value a[4] = {NULL, (Value)pv_type(exc), exc, pv_None};
            if (pv_is_exc(exc) && ((PvExc *)exc)->traceback)
                a[3] = ((PvExc *)exc)->traceback;
            if (pv_is_type(exitf, &pv_method_type) &&
                pv_is_type(((PvMethod *)exitf)->func, &pv_function_type)) {
                /* __exit__ written in Python: run it inline */
                a[0] = ((PvMethod *)exitf)->self;
                Value gen = NULL;
                PvFrame *nf = push_call(t, ((PvMethod *)exitf)->func, a, 4, NULL, &gen);
                if (nf) {
                    ENTER_FRAME(nf, PV_RET_PUSH);
                    break;
                }
                CHECK(gen);
                PUSH(gen);
                break;
            }
            a[0] = a[1];
            a[1] = a[2];
            a[2] = a[3];
            Value r = pv_call(exitf, a, 3, NULL);
            CHECK(r);
            PUSH(r);
            break;
        }

        /* ---- imports ---- */
        case OP_IMPORT_NAME: {
            Value fromlist = TOP(), level = SECOND();
            Value m = pv_import(names[arg], f->globals, fromlist,
                                pv_is_small(level) ? (int)pv_small_val(level) : 0);
            CHECK(m);
            sp--;
            TOP() = m;
            break;
        }
        case OP_IMPORT_FROM: {
            extern Value pv_import_from(Value module, Value name);
            Value v = pv_import_from(TOP(), names[arg]);
            CHECK(v);
            PUSH(v);
            break;
        }
        case OP_IMPORT_STAR: {
            extern int pv_import_star(Value module, Value locals);
            if (!f->locals) {
                pv_raise(&pv_exc_SystemError, "no locals found during 'import *'");
                goto error;
            }
            CHECK(pv_import_star(TOP(), f->locals) >= 0);
            sp--;
            break;
        }

        /* ---- generators ---- */
        case OP_GEN_START:
            sp--;
            break;
        case OP_YIELD_VALUE:
            retval = POP();
            f->sp = sp;
            if (co->flags & PV_CO_ASYNC_GENERATOR) {
                /* async generators: mark values of `yield` (not of await) */
                retval = pv_async_wrap(retval);
                CHECK(retval);
            }
            goto frame_yield;
        case OP_GET_YIELD_FROM_ITER: {
            Value v = TOP();
            if (pv_is_type(v, &pv_coroutine_type)) {
                if (!(co->flags & (PV_CO_COROUTINE | PV_CO_ITERABLE_COROUTINE))) {
                    pv_raise(&pv_exc_TypeError,
                             "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    goto error;
                }
            } else if (!pv_is_type(v, &pv_generator_type)) {
                Value it = pv_iter(v);
                CHECK(it);
                TOP() = it;
            }
            break;
        }
        case OP_YIELD_FROM: {
            Value v = POP();
            Value recv = TOP();
            f->sp = sp;
            if ((pv_is_type(recv, &pv_generator_type) || pv_is_type(recv, &pv_coroutine_type)) &&
                ((PvGen *)recv)->frame && !((PvGen *)recv)->running) {
                PvGen *g = (PvGen *)recv;
                if (!g->started && v != pv_None) {
                    pv_raise(&pv_exc_TypeError,
                             "can't send non-None value to a just-started generator");
                    goto error;
                }
                if (t->depth >= pv_recursion_limit) {
                    pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded");
                    goto error;
                }
                f = gen_link(t, f, g, v, PV_RET_YIELD_FROM);
                LOAD_FRAME();
                break;
            }
            Value r;
            if (pv_is_type(recv, &pv_generator_type) || pv_is_type(recv, &pv_coroutine_type)) {
                r = pv_gen_send(recv, v);
            } else if (v == pv_None && pv_type(recv)->iternext) {
                r = pv_type(recv)->iternext(recv);
            } else {
                r = pv_call_method(recv, "send", &v, 1);
            }
            if (r) {
                /* re-execute YIELD_FROM when resumed */
                ip--;
                f->ip = ip;
                retval = r;
                goto frame_yield;
            }
            Value exc = pv_err_occurred();
            if (exc) {
                if (!pv_isinst(exc, &pv_exc_StopIteration))
                    goto error;
                pv_err_clear();
                TOP() = pv_stop_iteration_value(exc);
            } else {
                TOP() = pv_None;
            }
            break;
        }
        case OP_GET_AWAITABLE: {
            Value v = TOP();
            if (pv_is_type(v, &pv_coroutine_type)) {
                PvFrame *cf = ((PvGen *)v)->frame;
                if (cf && ((PvGen *)v)->started && PV_OP(*cf->ip) == OP_YIELD_FROM) {
                    pv_raise(&pv_exc_RuntimeError, "coroutine is being awaited already");
                    goto error;
                }
                break;
            }
            /* a generator made by @types.coroutine (CO_ITERABLE_COROUTINE) */
            if (pv_is_type(v, &pv_generator_type) &&
                (((PvCode *)((PvGen *)v)->code)->flags & PV_CO_ITERABLE_COROUTINE))
                break;
            Value aw = lookup_special(v, "__await__");
            if (!aw) {
                if (pv_err_occurred())
                    goto error;
                if (arg)  /* 1, 2: async with (CPython's messages) */
                    pv_raise(&pv_exc_TypeError, "'async with' received an object from %s "
                             "that does not implement __await__: %s",
                             arg == 1 ? "__aenter__" : "__aexit__", pv_type_name(pv_type(v)));
                else
                    pv_raise(&pv_exc_TypeError, "object %s can't be used in 'await' expression",
                             pv_type_name(pv_type(v)));
                goto error;
            }
            Value it = pv_call0(aw);
            CHECK(it);
            if (pv_is_type(it, &pv_coroutine_type)) {
                pv_raise(&pv_exc_TypeError, "__await__() returned a coroutine");
                goto error;
            }
            if (!pv_type(it)->iternext) {
                pv_raise(&pv_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                         pv_type_name(pv_type(it)));
                goto error;
            }
            TOP() = it;
            break;
        }
        case OP_GET_AITER: {
            Value v = TOP();
            Value m = lookup_special(v, "__aiter__");
            if (!m) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_TypeError,
                             "'async for' requires an object with __aiter__ method, got %s",
                             pv_type_name(pv_type(v)));
                goto error;
            }
            Value it = pv_call0(m);
            CHECK(it);
            TOP() = it;
            break;
        }
        case OP_GET_ANEXT: {
            Value it = TOP();
            Value m = lookup_special(it, "__anext__");
            if (!m) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_TypeError,
                             "'async for' received an object from __aiter__ that does not "
                             "implement __anext__: %s",
                             pv_type_name(pv_type(it)));
                goto error;
            }
            Value aw = pv_call0(m);
            CHECK(aw);
            if (!pv_is_type(aw, &pv_coroutine_type)) {
                Value a2 = lookup_special(aw, "__await__");
                Value it2 = a2 ? pv_call0(a2) : NULL;
                if (!it2) {
                    /* as CPython: a TypeError caused by whatever failed */
                    Value cause = pv_err_occurred() ? pv_err_fetch() : NULL;
                    pv_raise(&pv_exc_TypeError,
                             "'async for' received an invalid object from __anext__: %s",
                             pv_type_name(pv_type(aw)));
                    if (cause) {
                        PvExc *te = (PvExc *)pv_err_occurred();
                        te->cause = te->context = cause;
                        te->suppress_context = true;
                    }
                    goto error;
                }
                aw = it2;
            }
            PUSH(aw);
            break;
        }
        case OP_END_ASYNC_FOR: {
            /* [.., aiter, prev_exc, exc] under an EXCEPT_HANDLER block */
            Value exc = TOP();
            if (!pv_isinst(exc, &pv_exc_StopAsyncIteration)) {
                sp--;
                f->sp = sp;
                pv_err_restore(exc);
                goto unwind;
            }
            PvBlock *b = &f->blocks[--f->nblocks];
            Value prev = f->stack[b->level];
            f->exc = prev == pv_None ? NULL : prev;
            sp = f->stack + b->level;
            sp--; /* the async iterator */
            break;
        }
        case OP_BEFORE_ASYNC_WITH: {
            Value mgr = TOP();
            Value enter = lookup_special(mgr, "__aenter__");
            if (!enter) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_TypeError,
                             "'%s' object does not support the asynchronous context manager "
                             "protocol",
                             pv_type_name(pv_type(mgr)));
                goto error;
            }
            Value exitf = lookup_special(mgr, "__aexit__");
            if (!exitf) {
                if (!pv_err_occurred())
                    pv_raise(&pv_exc_TypeError,
                             "'%s' object does not support the asynchronous context manager "
                             "protocol (missed __aexit__ method)",
                             pv_type_name(pv_type(mgr)));
                goto error;
            }
            TOP() = exitf;
            Value res = pv_call0(enter);
            CHECK(res);
            PUSH(res);
            break;
        }
        case OP_SETUP_ASYNC_WITH: {
            Value res = POP();
            PvBlock *b = &f->blocks[f->nblocks++];
            b->type = PV_BLOCK_FINALLY;
            b->handler = arg;
            b->level = (int32_t)(sp - f->stack);
            PUSH(res);
            break;
        }

        /* ---- pattern matching ---- */
        case OP_GET_LEN: {
            ssize_t n = pv_len(TOP());
            CHECK(n >= 0);
            PUSH(pv_small(n));
            break;
        }
        case OP_MATCH_MAPPING: {
            Value v = TOP();
            PUSH(pv_bool(pv_type(v)->flags & PV_TPFLAG_MAPPING));
            break;
        }
        case OP_MATCH_SEQUENCE: {
            Value v = TOP();
            PUSH(pv_bool(pv_type(v)->flags & PV_TPFLAG_SEQUENCE));
            break;
        }
        case OP_MATCH_KEYS: {
            Value keys = TOP(), subj = SECOND();
            size_t n = pv_tuple_size(keys);
            Value vals = pv_tuple_new(n);
            CHECK(vals);
            bool ok = true;
            Value get = pv_getattr_str(subj, "get");
            CHECK(get);
            Value dummy = pv_tuple_new(0); /* a unique sentinel */
            CHECK(dummy);
            for (size_t i = 0; i < n && ok; i++) {
                Value a[2] = {pv_tuple_items(keys)[i], dummy};
                Value v = pv_call(get, a, 2, NULL);
                CHECK(v);
                if (v == dummy)
                    ok = false;
                else
                    pv_tuple_items(vals)[i] = v;
            }
            PUSH(ok ? vals : pv_None);
            PUSH(pv_bool(ok));
            break;
        }
        case OP_MATCH_CLASS: {
            Value kwn = TOP(), cls = SECOND(), subj = THIRD();
            if (!pv_isinst(cls, &pv_type_type)) {
                pv_raise(&pv_exc_TypeError, "called match pattern must be a type");
                goto error;
            }
            int r = pv_isinstance(subj, cls);
            CHECK(r >= 0);
            Value attrs = NULL;
            if (r) {
                size_t nk = pv_tuple_size(kwn);
                attrs = pv_tuple_new(arg + nk);
                CHECK(attrs);
                bool ok = true;
                Value matchargs = NULL;
                if (arg > 0) {
                    matchargs = pv_getattr_opt(cls, pv_intern("__match_args__"));
                    CHECK(!pv_err_occurred());
                }
                PvType *ct = (PvType *)cls;
                bool self_match = !matchargs &&
                                  (ct == &pv_bool_type || ct == &pv_int_type || ct == &pv_float_type ||
                                   ct == &pv_str_type || ct == &pv_bytes_type ||
                                   ct == &pv_bytearray_type || ct == &pv_list_type ||
                                   ct == &pv_tuple_type || ct == &pv_dict_type ||
                                   ct == &pv_set_type || ct == &pv_frozenset_type);
                for (int i = 0; i < arg && ok; i++) {
                    if (self_match) {
                        if (arg > 1) {
                            pv_raise(&pv_exc_TypeError,
                                     "%s() accepts 1 positional sub-pattern (%d given)",
                                     pv_type_name(ct), arg);
                            goto error;
                        }
                        pv_tuple_items(attrs)[i] = subj;
                        continue;
                    }
                    if (!matchargs || !pv_isinst(matchargs, &pv_tuple_type) ||
                        (size_t)i >= pv_tuple_size(matchargs)) {
                        size_t have = matchargs && pv_isinst(matchargs, &pv_tuple_type)
                                          ? pv_tuple_size(matchargs) : 0;
                        pv_raise(&pv_exc_TypeError,
                                 "%s() accepts %zu positional sub-pattern%s (%d given)",
                                 pv_type_name(ct), have, have == 1 ? "" : "s", arg);
                        goto error;
                    }
                    Value a = pv_getattr_opt(subj, pv_tuple_items(matchargs)[i]);
                    CHECK(a || !pv_err_occurred());
                    if (!a)
                        ok = false;
                    else
                        pv_tuple_items(attrs)[i] = a;
                }
                for (size_t i = 0; i < nk && ok; i++) {
                    Value a = pv_getattr_opt(subj, pv_tuple_items(kwn)[i]);
                    CHECK(a || !pv_err_occurred());
                    if (!a)
                        ok = false;
                    else
                        pv_tuple_items(attrs)[arg + i] = a;
                }
                if (!ok)
                    attrs = NULL;
            }
            sp--;
            if (attrs)
                SECOND() = attrs;
            TOP() = pv_bool(attrs != NULL);
            break;
        }
        case OP_COPY_DICT_WITHOUT_KEYS: {
            Value keys = TOP(), subj = SECOND();
            Value d = pv_dict_new();
            CHECK(d);
            CHECK(pv_dict_update(d, subj) >= 0);
            for (size_t i = 0; i < pv_tuple_size(keys); i++)
                CHECK(pv_dict_del(d, pv_tuple_items(keys)[i]) >= 0);
            TOP() = d;
            break;
        }

        /* ---- misc ---- */
        case OP_PRINT_EXPR: {
            Value v = POP();
            f->sp = sp;
            Value sysm = pv_import_cstr("sys");
            CHECK(sysm);
            Value hook = pv_getattr_str(sysm, "displayhook");
            CHECK(hook);
            CHECK(pv_call1(hook, v));
            break;
        }
        case OP_PRINT_ITEM: {
            extern int pv_print_item(Value file, Value v);
            Value v = TOP();
            CHECK(pv_print_item(SECOND(), v) >= 0);
            sp--;
            break;
        }
        case OP_PRINT_NEWLINE:
        case OP_PRINT_END: {
            extern int pv_print_end(Value file, bool newline);
            CHECK(pv_print_end(TOP(), PV_OP(word) == OP_PRINT_NEWLINE) >= 0);
            sp--;
            break;
        }
        default:
            pv_raise(&pv_exc_SystemError, "unknown opcode %d", (int)PV_OP(word));
            goto error;
        }
        continue;

    op_plan: {
            /* BINARY_OP / COMPARE_OP (at ip[-1]) with operands a, b still on
             * the stack: run the plan from opstage; a Python dunder runs in
             * a frame whose return resumes here (PV_RET_BINOP/COMPARE). */
            uint32_t w = ip[-1];
            bool cmp = PV_OP(w) == OP_COMPARE_OP;
            Value call = NULL, cargs[2];
            escape_epoch++; /* C slots of list or dict subclasses */
            Value r = cmp ? compare_plan(SECOND(), TOP(), (int)PV_ARG(w), &opstage, &call, cargs)
                          : binop_plan(SECOND(), TOP(), (int)PV_ARG(w), &opstage, &call, cargs);
            if (!r) {
                CHECK(call);
                Value gen = NULL;
                PvFrame *nf = push_call(t, call, cargs, 2, NULL, &gen);
                CHECK(nf);
                nf->retstate = (uint8_t)opstage;
                ENTER_FRAME(nf, cmp ? PV_RET_COMPARE : PV_RET_BINOP);
                goto next;
            }
            sp--;
            TOP() = r;
            goto next;
        }

    cont_take: {
            /* A continuation request is pending (cont.h). TOP() is the slot
             * of the instruction at ip[-1] (a call or FOR_ITER): the chain
             * waiting for the request's result. Python code runs in a
             * frame that delivers its result (PV_RET_CONT*), the rest in C. */
            int kind;
            Value target, argt;
            PvCont *head = pv_cont_take((PvCont *)TOP(), &kind, &target, &argt);
            TOP() = (Value)head;
            f->ip = ip;
            f->sp = sp;
            if (kind == PV_CONT_CALL) {
                Value fn = target;
                if (pv_is_type(fn, &pv_method_type) &&
                    pv_is_type(((PvMethod *)fn)->func, &pv_function_type)) {
                    size_t n = pv_tuple_size(argt);
                    Value a2 = pv_tuple_new(n + 1);
                    if (!a2) {
                        contv = NULL;
                        goto cont_deliver;
                    }
                    pv_tuple_items(a2)[0] = ((PvMethod *)fn)->self;
                    memcpy(pv_tuple_items(a2) + 1, pv_tuple_items(argt), n * sizeof(Value));
                    argt = a2;
                    fn = ((PvMethod *)fn)->func;
                }
                if (pv_is_type(fn, &pv_function_type)) {
                    Value gen = NULL;
                    PvFrame *nf = push_call(t, fn, pv_tuple_items(argt), pv_tuple_size(argt),
                                            NULL, &gen);
                    if (!nf) {
                        contv = gen;
                        goto cont_deliver;
                    }
                    ENTER_FRAME(nf, PV_RET_CONT);
                    goto next;
                }
                Value init = inline_init(fn);
                if (init) {
                    /* a class with a Python __init__: as CALL_FUNCTION does */
                    PvType *tp = (PvType *)fn;
                    size_t n = pv_tuple_size(argt);
                    Value inst = tp->new_(tp, pv_tuple_items(argt), n, NULL);
                    Value a2 = inst && pv_isinst(inst, tp) ? pv_tuple_new(n + 1) : NULL;
                    if (!a2) {
                        contv = pv_err_occurred() ? NULL : inst;
                        goto cont_deliver;
                    }
                    pv_tuple_items(a2)[0] = inst;
                    memcpy(pv_tuple_items(a2) + 1, pv_tuple_items(argt), n * sizeof(Value));
                    Value gen = NULL;
                    PvFrame *nf = push_call(t, init, pv_tuple_items(a2), n + 1, NULL, &gen);
                    if (!nf) {
                        contv = NULL;
                        goto cont_deliver;
                    }
                    nf->flags |= PV_FRAME_INIT;
                    nf->init_self = inst;
                    ENTER_FRAME(nf, PV_RET_CONT);
                    goto next;
                }
            } else if (pv_is_type(target, &pv_generator_type) && ((PvGen *)target)->frame &&
                       !((PvGen *)target)->running && t->depth < pv_recursion_limit) {
                PvGen *g = (PvGen *)target;
                f = gen_link(t, f, g, pv_None, PV_RET_CONT_GEN);
                LOAD_FRAME();
                goto next;
            } else {
                Value nx = py_special(target, pv_id___next__);
                if (nx) {
                    Value gen = NULL;
                    PvFrame *nf = push_call(t, nx, &target, 1, NULL, &gen);
                    if (!nf) {
                        contv = NULL;
                        goto cont_deliver;
                    }
                    ENTER_FRAME(nf, PV_RET_CONT);
                    goto next;
                }
            }
            contv = pv_cont_perform(kind, target, argt);
            if (contv == PV_REQUEST)
                goto cont_take;
            goto cont_deliver;
        }

    cont_deliver: {
            /* contv (NULL: an exception, or the end of an iterator) goes to
             * the chain in TOP(); its final result finishes the instruction */
            PvCont *up = NULL;
            Value r = pv_cont_deliver((PvCont *)TOP(), contv, &up);
            if (r == PV_REQUEST) {
                TOP() = (Value)up;
                goto cont_take;
            }
            contv = r;
        }
    cont_finish: {
            /* contv: the result of the instruction at ip[-1], whose slot is TOP() */
            Value r = contv;
            uint32_t w = ip[-1];
            if (PV_OP(w) == OP_LIST_EXTEND) {
                sp--; /* the slot; then the iterable */
                CHECK(r);
                sp--;
                goto next;
            }
            if (PV_OP(w) == OP_FOR_ITER) {
                if (r) {
                    TOP() = r;
                    goto next;
                }
                sp--;
                if (pv_err_matches(&pv_exc_StopIteration))
                    pv_err_clear();
                CHECK(!pv_err_occurred());
                sp--;
                ip = co->code + PV_ARG(w);
                goto next;
            }
            if (!r) {
                sp--;
                goto error;
            }
            TOP() = r;
            goto next;
        }

    error:
        /* An exception is pending: record this frame in its traceback. */
        if (!t->exc)
            pv_raise(&pv_exc_SystemError, "error return without exception set");
        pv_traceback_here(t->exc, f);
    unwind:
        while (f->nblocks > 0) {
            PvBlock *b = &f->blocks[--f->nblocks];
            if (b->type == PV_BLOCK_EXCEPT_HANDLER) {
                Value prev = f->stack[b->level];
                f->exc = prev == pv_None ? NULL : prev;
                f->sp = sp;
                pv_gen_release_range(f->stack + b->level, sp);
                sp = f->stack + b->level;
                continue;
            }
            /* a handler: [.., prev_exc, exc]; the handler block reuses b's slot */
            int32_t level = b->level, handler = b->handler;
            Value exc = pv_err_fetch();
            f->sp = sp;
            pv_gen_release_range(f->stack + level, sp);
            sp = f->stack + level;
            PvBlock *h = &f->blocks[f->nblocks++];
            h->type = PV_BLOCK_EXCEPT_HANDLER;
            h->handler = -1;
            h->level = level;
            PUSH(f->exc ? f->exc : pv_None);
            PUSH(exc);
            f->exc = exc;
            ip = co->code + handler;
            goto next;
        }
        f->sp = sp;
        pv_gen_release_range(f->stack, sp);
        retval = NULL;
        f->sp = f->stack;
        sp = f->stack;
        /* fall through: the frame exits with the exception */

    frame_return: {
            PvFrame *done = f;
            uint16_t flags = done->flags;
            int retmode = done->retmode, retstate = done->retstate;
            if (flags & PV_FRAME_GEN) {
                PvGen *g = (PvGen *)done->gen;
                if (!retval)
                    gen_convert_stop(g);
                gen_finish(t, done);
            } else {
                if ((flags & PV_FRAME_INIT) && retval) {
                    if (retval != pv_None) {
                        pv_raise(&pv_exc_TypeError, "__init__() should return None, not '%s'",
                                 pv_type_name(pv_type(retval)));
                        retval = NULL;
                    } else {
                        retval = done->init_self;
                    }
                }
                pv_frame_pop(t, done);
            }
            if (flags & PV_FRAME_ENTRY)
                return retval;
            if (flags & PV_FRAME_THREAD_BOTTOM) {
                if (pv_thread_exit_hook(t, retval)) {
                    t = pv_current_thread;
                    f = t->top;
                    LOAD_FRAME();
                    if (t->exc)
                        goto error;
                    goto next;
                }
                return retval;
            }
            f = t->top;
            LOAD_FRAME();
            if (retmode == PV_RET_CONT || retmode == PV_RET_CONT_GEN) {
                /* a generator's return is the end of the iteration */
                contv = retmode == PV_RET_CONT_GEN && retval ? NULL : retval;
                goto cont_deliver;
            }
            if (!retval) {
                if (retmode == PV_RET_NEXT && pv_err_matches(&pv_exc_StopIteration)) {
                    /* a Python __next__ ended the for loop */
                    pv_err_clear();
                    sp--;
                    ip = co->code + PV_ARG(ip[-1]);
                    goto next;
                }
                goto error;
            }
            switch (retmode) {
            case PV_RET_NEXT:
            case PV_RET_PUSH:
                PUSH(retval);
                break;
            case PV_RET_DISCARD:
                break;
            case PV_RET_BOOL:
            case PV_RET_LEN_BOOL: {
                int b;
                if (retmode == PV_RET_BOOL) {
                    if (!pv_isinst(retval, &pv_bool_type)) {
                        pv_raise(&pv_exc_TypeError, "__bool__ should return bool, returned %s",
                                 pv_type_name(pv_type(retval)));
                        goto error;
                    }
                    b = retval == pv_True;
                } else {
                    ssize_t n;
                    if (pv_isinst(retval, &pv_float_type)) {
                        pv_raise(&pv_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
                        goto error;
                    }
                    Value iv = pv_index(retval);
                    if (!iv || pv_int_to_ssize(iv, &n) < 0)
                        goto error;
                    if (n < 0) {
                        pv_raise(&pv_exc_ValueError, "__len__() should return >= 0");
                        goto error;
                    }
                    b = n != 0;
                }
                /* finish the instruction that asked */
                uint32_t w = ip[-1];
                switch (PV_OP(w)) {
                case OP_POP_JUMP_IF_FALSE:
                case OP_POP_JUMP_IF_TRUE:
                    if (b == (PV_OP(w) == OP_POP_JUMP_IF_TRUE))
                        ip = co->code + PV_ARG(w);
                    break;
                case OP_JUMP_IF_FALSE_OR_POP:
                case OP_JUMP_IF_TRUE_OR_POP:
                    if (b == (PV_OP(w) == OP_JUMP_IF_TRUE_OR_POP))
                        ip = co->code + PV_ARG(w);
                    else
                        sp--;
                    break;
                default: /* UNARY_OP not */
                    TOP() = pv_bool(!b);
                    break;
                }
                break;
            }
            case PV_RET_CONTAINS: {
                int c;
                if (!fast_truth(retval, &c)) {
                    c = pv_truthy(retval);
                    if (c < 0)
                        goto error;
                }
                PUSH(pv_bool(c ^ (PV_ARG(ip[-1]) != 0)));
                break;
            }
            case PV_RET_BINOP:
            case PV_RET_COMPARE:
                /* the operands are still below: go on with the plan */
                if (retmode == PV_RET_COMPARE && (retstate & 4) && retval != pv_NotImplemented) {
                    int tr = pv_truthy(retval);
                    if (tr < 0)
                        goto error;
                    retval = pv_bool(!tr);
                }
                if (retval == pv_NotImplemented) {
                    opstage = retstate;
                    goto op_plan;
                }
                sp--;
                TOP() = retval;
                break;
            case PV_RET_HASH: {
                /* key.__hash__() of a dict/set operation: finish it */
                int64_t h;
                if (hash_result(retval, &h) < 0)
                    goto error;
                uint32_t w = ip[-1];
                if (PV_OP(w) == OP_CONTAINS_OP) {
                    Value c = TOP(), key = SECOND();
                    int in = pv_is_type(c, &pv_dict_type) ? pv_dict_get_hashed(c, key, h) != NULL
                                                         : pv_set_contains_hashed(c, key, h);
                    if (in < 0 || pv_err_occurred())
                        goto error;
                    sp--;
                    TOP() = pv_bool(in ^ (PV_ARG(w) != 0));
                } else if (PV_OP(w) == OP_BINARY_SUBSCR) {
                    Value v = pv_dict_get_hashed(SECOND(), TOP(), h);
                    if (!v) {
                        if (!pv_err_occurred()) {
                            Value key = TOP();
                            Value exc = pv_exc_new(&pv_exc_KeyError, &key, 1);
                            if (exc)
                                pv_raise_value(exc);
                        }
                        goto error;
                    }
                    sp--;
                    TOP() = v;
                } else { /* STORE_SUBSCR: value, dict, key */
                    if (pv_dict_set_hashed(SECOND(), TOP(), h, THIRD()) < 0)
                        goto error;
                    sp -= 3;
                }
                break;
            }
            case PV_RET_ITER:
                if (!pv_type(retval)->iternext &&
                    !pv_type_lookup(pv_type(retval), pv_id___next__)) {
                    pv_raise(&pv_exc_TypeError, "iter() returned non-iterator of type '%s'",
                             pv_type_name(pv_type(retval)));
                    goto error;
                }
                PUSH(retval);
                break;
            case PV_RET_ENTER: {
                PvBlock *b = &f->blocks[f->nblocks++];
                b->type = PV_BLOCK_FINALLY;
                b->handler = (int32_t)PV_ARG(ip[-1]);
                b->level = (int32_t)(sp - f->stack);
                PUSH(retval);
                break;
            }
            case PV_RET_FOR_ITER:
                /* generator exhausted: pop it and leave the loop */
                sp--;
                ip = co->code + PV_ARG(ip[-1]);
                break;
            case PV_RET_SEND:
                pv_raise_stop_iteration(retval);
                goto error;
            case PV_RET_YIELD_FROM:
                TOP() = retval;
                break;
            }
            goto next;
        }

    frame_yield: {
            PvFrame *gfr = f;
            PvGen *g = (PvGen *)gfr->gen;
            uint16_t flags = gfr->flags;
            int retmode = gfr->retmode;
            gfr->ip = ip;
            gfr->sp = sp;
            t->top = gfr->prev;
            t->depth--;
            gfr->prev = NULL;
            gfr->flags &= ~PV_FRAME_ENTRY;
            g->running = false;
            if (flags & PV_FRAME_ENTRY)
                return retval;
            f = t->top;
            LOAD_FRAME();
            if (retmode == PV_RET_CONT_GEN) {
                contv = retval;
                goto cont_deliver;
            }
            if (retmode == PV_RET_YIELD_FROM) {
                /* the delegating generator yields the same value */
                ip--;
                f->ip = ip;
                f->sp = sp;
                goto frame_yield;
            }
            PUSH(retval);
            goto next;
        }
    next:;
    }
}
