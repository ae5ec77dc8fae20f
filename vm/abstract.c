/* abstract.c: the data model for C callers. Every generic operation goes
 * through the type's slots with CPython's rules (reflected operands,
 * subclass first, NotImplemented, fallbacks) and CPython's messages. */
#include "objimpl.h"
#include "eval.h"
#include <string.h>

extern PvType pv_bytearray_type __attribute__((weak)); /* bytes.c, when present */

/* ------------------------------------------------------------------ */
/* repr, str, ascii, hash                                              */
/* ------------------------------------------------------------------ */

Value pv_type_check_result_str(Value r, const char *what)
{
    if (r && !pv_is_str(r))
        return pv_raise(&pv_exc_TypeError, "%s returned non-string (type %T)", what, r);
    return r;
}

Value pv_repr(Value v)
{
    /* nesting counts against sys.getrecursionlimit(), as CPython's C
     * recursion does (deeply nested containers raise RecursionError) */
    static int depth;
    PvType *t = pv_type(v);
    if (pv_recursion_check(PV_IN_REPR) < 0)
        return NULL;
    if (depth >= pv_recursion_limit)
        return pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded" PV_IN_REPR);
    depth++;
    Value r = t->repr ? t->repr(v) : pv_object_repr_default(v);
    depth--;
    return pv_type_check_result_str(r, "__repr__");
}

Value pv_str(Value v)
{
    PvType *t = pv_type(v);
    if (t == &pv_str_type)
        return v;
    if (pv_stack_check() < 0)
        return NULL;
    Value r = t->str ? t->str(v) : pv_repr(v);
    return pv_type_check_result_str(r, "__str__");
}

/* Decode one UTF-8 sequence (input is valid UTF-8, surrogates allowed). */
static uint32_t utf8_next(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    uint32_t c = *p++;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (n)
        c &= 0x3F >> n;
    while (n-- > 0)
        c = (c << 6) | (*p++ & 0x3F);
    *pp = p;
    return c;
}

Value pv_ascii(Value v)
{
    Value r = pv_repr(v);
    if (!r || (((PvStr *)r)->h.flags & PV_STR_ASCII))
        return r;
    PvBuf b;
    pv_buf_init(&b);
    const unsigned char *p = (const unsigned char *)pv_str_data(r);
    const unsigned char *end = p + pv_str_size(r);
    while (p < end) {
        uint32_t c = utf8_next(&p);
        int rc;
        if (c < 0x80) {
            char ch = (char)c;
            rc = pv_buf_append(&b, &ch, 1);
        } else if (c < 0x100)
            rc = pv_buf_printf(&b, "\\x%02x", c);
        else if (c < 0x10000)
            rc = pv_buf_printf(&b, "\\u%04x", c);
        else
            rc = pv_buf_printf(&b, "\\U%08x", c);
        if (rc < 0) {
            pv_buf_free(&b);
            return NULL;
        }
    }
    return pv_buf_finish_str(&b);
}

#define HASH_MODULUS ((INT64_C(1) << 61) - 1)

int64_t pv_hash(Value v)
{
    if (pv_is_small(v)) {
        int64_t n = pv_small_val(v);
        if (n > -HASH_MODULUS && n < HASH_MODULUS)
            return n == -1 ? -2 : n;
    }
    PvType *t = pv_type(v);
    if (!t->hash) {
        pv_raise(&pv_exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

/* ------------------------------------------------------------------ */
/* Comparison and truth                                                */
/* ------------------------------------------------------------------ */

static const int swapped_op[6] = {PV_GT, PV_GE, PV_EQ, PV_NE, PV_LT, PV_LE};
static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};

Value pv_compare(Value a, Value b, int op)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    bool reversed = false;
    Value r;
    if (ta != tb && tb->richcompare && pv_type_is_subtype(tb, ta)) {
        reversed = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != pv_NotImplemented)
            return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != pv_NotImplemented)
            return r;
    }
    if (!reversed && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != pv_NotImplemented)
            return r;
    }
    return pv_compare_default(a, b, op);
}

Value pv_compare_default(Value a, Value b, int op)
{
    if (op == PV_EQ)
        return pv_bool(a == b);
    if (op == PV_NE)
        return pv_bool(a != b);
    return pv_raise(&pv_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], pv_type(a)->name, pv_type(b)->name);
}

int pv_compare_bool(Value a, Value b, int op)
{
    if (a == b) {
        if (op == PV_EQ)
            return 1;
        if (op == PV_NE)
            return 0;
    }
    Value r = pv_compare(a, b, op);
    if (!r)
        return -1;
    if (r == pv_True)
        return 1;
    if (r == pv_False)
        return 0;
    return pv_truthy(r);
}

int pv_eq(Value a, Value b)
{
    if (a == b)
        return 1;
    if (pv_is_small(a) && pv_is_small(b))
        return 0;
    return pv_compare_bool(a, b, PV_EQ);
}

int pv_truthy(Value v)
{
    if (v == pv_True)
        return 1;
    if (v == pv_False || v == pv_None)
        return 0;
    if (pv_is_small(v))
        return pv_small_val(v) != 0;
    PvType *t = v->type;
    if (t->bool_)
        return t->bool_(v);
    if (t->len) {
        ssize_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Operators                                                           */
/* ------------------------------------------------------------------ */

/* CPython's binary_op1: a's slot, b's slot first when b's type is a
 * subclass of a's. */
static Value binary_op1(Value a, Value b, int op)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    Value (*fa)(Value, Value) = ta->binop[op];
    Value (*fb)(Value, Value) = NULL;
    if (tb != ta) {
        fb = tb->binop[op];
        if (fb == fa)
            fb = NULL;
    }
    if (fa) {
        if (fb && pv_type_is_subtype(tb, ta)) {
            Value x = fb(a, b);
            if (x != pv_NotImplemented)
                return x;
            fb = NULL;
        }
        Value x = fa(a, b);
        if (x != pv_NotImplemented)
            return x;
    }
    if (fb)
        return fb(a, b);
    return pv_NotImplemented;
}

static bool is_seq(Value v, bool *bytes_like)
{
    *bytes_like = pv_isinst(v, &pv_bytes_type) || (&pv_bytearray_type && pv_isinst(v, &pv_bytearray_type));
    return *bytes_like || pv_isinst(v, &pv_str_type) || pv_isinst(v, &pv_list_type) ||
           pv_isinst(v, &pv_tuple_type);
}

Value pv_binop_error(Value a, Value b, int op)
{
    bool inplace = op >= PV_OP_INPLACE;
    int base = inplace ? op - PV_OP_INPLACE : op;
    bool bl;
    if (base == PV_OP_ADD && is_seq(a, &bl)) {
        if (bl)
            return pv_raise(&pv_exc_TypeError, "can't concat %T to %T", b, a);
        return pv_raise(&pv_exc_TypeError, "can only concatenate %T (not \"%T\") to %T", a, b, a);
    }
    if (base == PV_OP_MUL) {
        bool sa = is_seq(a, &bl), sb = is_seq(b, &bl);
        if (sa && !pv_type(b)->index)
            return pv_raise(&pv_exc_TypeError, "can't multiply sequence by non-int of type '%T'", b);
        if (sb && !pv_type(a)->index)
            return pv_raise(&pv_exc_TypeError, "can't multiply sequence by non-int of type '%T'", a);
    }
    if (base == PV_OP_POW && !inplace)
        return pv_raise(&pv_exc_TypeError, "unsupported operand type(s) for ** or pow(): "
                        "'%T' and '%T'", a, b);
    if (base == PV_OP_RSHIFT && !inplace && pv_is_type(a, &pv_cfunction_type)) {
        /* CPython's hint for Python 2's `print >> f, x` */
        Value nm = pv_getattr_opt(a, pv_intern("__name__"));
        if (nm && pv_is_str(nm) && pv_str_eq_cstr(nm, "print"))
            return pv_raise(&pv_exc_TypeError, "unsupported operand type(s) for >>: '%T' and '%T'. "
                            "Did you mean \"print(<message>, file=<output_stream>)\"?", a, b);
        pv_err_clear();
    }
    return pv_raise(&pv_exc_TypeError, "unsupported operand type(s) for %s%s: '%T' and '%T'",
                    pv_binop_symbols[base], inplace ? "=" : "", a, b);
}

Value pv_binop(Value a, Value b, int op)
{
    Value r;
    if (op >= PV_OP_INPLACE) {
        Value (*f)(Value, Value) = pv_type(a)->binop[op];
        if (f) {
            r = f(a, b);
            if (r != pv_NotImplemented)
                return r;
        }
        r = binary_op1(a, b, op - PV_OP_INPLACE);
    } else
        r = binary_op1(a, b, op);
    if (r != pv_NotImplemented)
        return r;
    return pv_binop_error(a, b, op);
}

Value pv_pow3(Value a, Value b, Value mod)
{
    if (!mod || mod == pv_None)
        return pv_binop(a, b, PV_OP_POW);
    PvType *ta = pv_type(a), *tb = pv_type(b), *tc = pv_type(mod);
    Value (*fa)(Value, Value, Value) = ta->ternary_pow;
    Value (*fb)(Value, Value, Value) = tb != ta ? tb->ternary_pow : NULL;
    if (fb == fa)
        fb = NULL;
    Value x;
    if (fa) {
        if (fb && pv_type_is_subtype(tb, ta)) {
            if ((x = fb(a, b, mod)) != pv_NotImplemented)
                return x;
            fb = NULL;
        }
        if ((x = fa(a, b, mod)) != pv_NotImplemented)
            return x;
    }
    if (fb && (x = fb(a, b, mod)) != pv_NotImplemented)
        return x;
    Value (*fc)(Value, Value, Value) = tc->ternary_pow;
    if (fc && fc != fa && fc != fb && (x = fc(a, b, mod)) != pv_NotImplemented)
        return x;
    return pv_raise(&pv_exc_TypeError, "unsupported operand type(s) for ** or pow(): "
                    "'%T', '%T', '%T'", a, b, mod);
}

Value pv_unaryop(Value v, int op)
{
    PvType *t = pv_type(v);
    Value (*f)(Value) = NULL;
    const char *sym = "-";
    switch (op) {
    case PV_UNARY_NOT: {
        int r = pv_truthy(v);
        return r < 0 ? NULL : pv_bool(!r);
    }
    case PV_UNARY_NEG: f = t->neg; sym = "-"; break;
    case PV_UNARY_POS: f = t->pos; sym = "+"; break;
    case PV_UNARY_INVERT: f = t->invert; sym = "~"; break;
    default:
        return pv_raise(&pv_exc_SystemError, "bad unary operator %d", op);
    }
    if (!f)
        return pv_raise(&pv_exc_TypeError, "bad operand type for unary %s: '%s'", sym, t->name);
    return f(v);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                          */
/* ------------------------------------------------------------------ */

Value pv_module_getattr_impl(Value m, Value name, bool suppress); /* module.c */

static Value bad_attr_name(Value name)
{
    return pv_raise(&pv_exc_TypeError, "attribute name must be string, not '%T'", name);
}

/* An AttributeError raised without name/obj (by a __getattr__, say) gets
 * them here, as CPython does, for the "Did you mean" hint. */
static void attr_error_context(Value obj, Value name)
{
    if (!pv_err_matches(&pv_exc_AttributeError))
        return;
    Value exc = pv_err_fetch();
    Value cur = pv_getattr_opt(exc, pv_intern("name"));
    pv_err_clear();
    if ((!cur || cur == pv_None) && (pv_setattr(exc, pv_intern("name"), name) < 0 ||
                                     pv_setattr(exc, pv_intern("obj"), obj) < 0))
        pv_err_clear();
    pv_err_restore(exc);
}

Value pv_getattr(Value obj, Value name)
{
    if (!pv_is_str(name))
        return bad_attr_name(name);
    PvType *t = pv_type(obj);
    Value r = t->getattr ? t->getattr(obj, name) : pv_generic_getattr_impl(obj, name, false);
    if (!r)
        attr_error_context(obj, name);
    return r;
}

Value pv_getattr_opt(Value obj, Value name)
{
    if (!pv_is_str(name))
        return bad_attr_name(name);
    PvType *t = pv_type(obj);
    Value (*f)(Value, Value) = t->getattr;
    Value r;
    /* the fast paths skip making the exception for a plain missing name;
     * a descriptor may still raise AttributeError */
    if (!f || f == pv_object_generic_getattr)
        r = pv_generic_getattr_impl(obj, name, true);
    else if (f == pv_type_type.getattr)
        r = pv_type_getattr_impl(obj, name, true);
    else if (f == pv_module_type.getattr)
        r = pv_module_getattr_impl(obj, name, true);
    else
        r = f(obj, name);
    if (!r && pv_err_matches(&pv_exc_AttributeError))
        pv_err_clear();
    return r;
}

Value pv_getattr_str(Value obj, const char *name)
{
    Value n = pv_intern_cached(name);
    return n ? pv_getattr(obj, n) : NULL;
}

int pv_setattr(Value obj, Value name, Value v)
{
    if (!pv_is_str(name)) {
        bad_attr_name(name);
        return -1;
    }
    PvType *t = pv_type(obj);
    if (!(((PvStr *)name)->h.flags & PV_STR_INTERNED))
        name = pv_str_intern(name);
    if (!t->setattr) {
        pv_raise(&pv_exc_TypeError, "'%s' object has no attributes (%s .%S)", t->name,
                 v ? "assign to" : "del", name);
        return -1;
    }
    return t->setattr(obj, name, v);
}

int pv_setattr_str(Value obj, const char *name, Value v)
{
    Value n = pv_intern_cached(name);
    return n ? pv_setattr(obj, n, v) : -1;
}

int pv_hasattr(Value obj, Value name)
{
    Value r = pv_getattr_opt(obj, name);
    if (r)
        return 1;
    return pv_err_occurred() ? -1 : 0;
}

Value pv_get_method(Value obj, Value name, bool *unbound)
{
    PvType *t = pv_type(obj);
    *unbound = false;
    if (t->getattr != pv_object_generic_getattr)
        return pv_getattr(obj, name);
    Value descr = pv_type_lookup(t, name);
    if (descr && (pv_type(descr)->flags & PV_TPFLAG_METHOD_DESCRIPTOR)) {
        Value v = pv_object_own_attr(obj, name);  /* keeps a key layout */
        if (v || pv_err_occurred())
            return v;
        *unbound = true;
        return descr;
    }
    return pv_generic_getattr_impl(obj, name, false);
}

/* ------------------------------------------------------------------ */
/* Containers                                                          */
/* ------------------------------------------------------------------ */

Value pv_getitem(Value obj, Value key)
{
    PvType *t = pv_type(obj);
    if (t->getitem)
        return t->getitem(obj, key);
    if (pv_is_typeobj(obj)) {
        if (obj == (Value)&pv_type_type)   /* type[int], as CPython special-cases it */
            return pv_generic_alias_method(obj, &key, 1, NULL);
        Value m = pv_getattr_opt(obj, pv_id___class_getitem__);
        if (m)
            return pv_call1(m, key);
        if (pv_err_occurred())
            return NULL;
        return pv_raise(&pv_exc_TypeError, "type '%s' is not subscriptable",
                        ((PvType *)obj)->name);
    }
    return pv_raise(&pv_exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int pv_setitem(Value obj, Value key, Value v)
{
    PvType *t = pv_type(obj);
    if (t->setitem)
        return t->setitem(obj, key, v);
    if (v)
        pv_raise(&pv_exc_TypeError, "'%s' object does not support item assignment", t->name);
    else if (t->getitem && pv_is_int(key))   /* CPython's sequence path words it so */
        pv_raise(&pv_exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    else
        pv_raise(&pv_exc_TypeError, "'%s' object does not support item deletion", t->name);
    return -1;
}

int pv_delitem(Value obj, Value key)
{
    return pv_setitem(obj, key, NULL);
}

ssize_t pv_len(Value obj)
{
    PvType *t = pv_type(obj);
    if (t->len)
        return t->len(obj);
    pv_raise(&pv_exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

int pv_contains(Value container, Value item)
{
    PvType *t = pv_type(container);
    if (t->contains)
        return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        pv_raise(&pv_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = pv_iter(container);
    if (!it)
        return -1;
    for (;;) {
        Value x = pv_next(it);
        if (!x)
            return pv_err_occurred() ? -1 : 0;
        int r = pv_eq(x, item);
        if (r != 0)
            return r;
    }
}

Value pv_iter(Value obj)
{
    PvType *t = pv_type(obj);
    if (t->iter) {
        Value r = t->iter(obj);
        if (r && !pv_type(r)->iternext)
            return pv_raise(&pv_exc_TypeError, "iter() returned non-iterator of type '%T'", r);
        return r;
    }
    if (t->getitem && !pv_isinst(obj, &pv_dict_type))
        return pv_seqiter_new(obj);
    return pv_raise(&pv_exc_TypeError, "'%s' object is not iterable", t->name);
}

Value pv_next(Value iter)
{
    PvType *t = pv_type(iter);
    if (!t->iternext)
        return pv_raise(&pv_exc_TypeError, "'%s' object is not an iterator", t->name);
    Value v = t->iternext(iter);
    /* A generator's return value arrives as StopIteration(value): for
     * C callers exhaustion is plain NULL, as PyIter_Next does. */
    if (!v && pv_err_matches(&pv_exc_StopIteration))
        pv_err_clear();
    return v;
}

/* ------------------------------------------------------------------ */
/* Calls                                                               */
/* ------------------------------------------------------------------ */

Value pv_call(Value callable, Value *args, size_t nargs, Value kwnames)
{
    PvType *t = pv_type(callable);
    if (!t->call)
        return pv_raise(&pv_exc_TypeError, "'%s' object is not callable", t->name);
    return t->call(callable, args, nargs, kwnames);
}

Value pv_call0(Value callable)
{
    return pv_call(callable, NULL, 0, NULL);
}

Value pv_call1(Value callable, Value a)
{
    return pv_call(callable, &a, 1, NULL);
}

Value pv_call2(Value callable, Value a, Value b)
{
    Value args[2] = {a, b};
    return pv_call(callable, args, 2, NULL);
}

/* callable(first, *args, **kw) in the vector convention. Long argument
 * lists go into a tuple so the GC sees them. */
Value pv_vcall_prepend(Value callable, Value first, Value *args, size_t nargs, Value kwnames)
{
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
    size_t total = 1 + nargs + nkw;
    Value small[16];
    Value *buf = small;
    if (total > 16) {
        Value t = pv_tuple_new(total);
        if (!t)
            return NULL;
        buf = pv_tuple_items(t);
    }
    buf[0] = first;
    if (nargs + nkw)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    return pv_call(callable, buf, nargs + 1, kwnames);
}

Value pv_call_unbound(Value meth, Value obj, Value *args, size_t nargs, Value kwnames)
{
    PvType *mt = pv_type(meth);
    if (mt->flags & PV_TPFLAG_METHOD_DESCRIPTOR)
        return pv_vcall_prepend(meth, obj, args, nargs, kwnames);
    if (mt->descr_get) {
        Value bound = mt->descr_get(meth, obj, (Value)pv_type(obj));
        if (!bound)
            return NULL;
        return pv_call(bound, args, nargs, kwnames);
    }
    return pv_call(meth, args, nargs, kwnames);
}

Value pv_call_special(Value obj, Value name, Value *args, size_t nargs, bool *found)
{
    Value m = pv_type_lookup(pv_type(obj), name);
    *found = m != NULL;
    if (!m)
        return NULL;
    return pv_call_unbound(m, obj, args, nargs, NULL);
}

Value pv_call_method(Value obj, const char *name, Value *args, size_t nargs)
{
    bool unbound;
    Value n = pv_intern_cached(name);
    Value m = n ? pv_get_method(obj, n, &unbound) : NULL;
    if (!m)
        return NULL;
    if (unbound)
        return pv_vcall_prepend(m, obj, args, nargs, NULL);
    return pv_call(m, args, nargs, NULL);
}

Value pv_call_tuple_dict(Value callable, Value args, Value kwargs)
{
    size_t n = args ? pv_tuple_size(args) : 0;
    if (args && !pv_isinst(args, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "argument list must be a tuple");
    ssize_t nkw = kwargs ? pv_dict_size(kwargs) : 0;
    if (nkw <= 0)
        return pv_call(callable, n ? pv_tuple_items(args) : NULL, n, NULL);
    Value buf = pv_tuple_new(n + (size_t)nkw);
    Value names = pv_tuple_new((size_t)nkw);
    if (!buf || !names)
        return NULL;
    if (n)
        memcpy(pv_tuple_items(buf), pv_tuple_items(args), n * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    while (pv_dict_next(kwargs, &pos, &k, &v)) {
        if (!pv_is_str(k))
            return pv_raise(&pv_exc_TypeError, "keywords must be strings");
        pv_tuple_items(names)[i] = k;
        pv_tuple_items(buf)[n + i] = v;
        i++;
    }
    return pv_call(callable, pv_tuple_items(buf), n, names);
}

/* ------------------------------------------------------------------ */
/* isinstance / issubclass                                             */
/* ------------------------------------------------------------------ */

static Value get_bases(Value cls)
{
    Value b = pv_getattr_opt(cls, pv_intern("__bases__"));
    if (b && !pv_isinst(b, &pv_tuple_type))
        return NULL;
    return b;
}

static int abstract_issubclass(Value derived, Value cls, int depth)
{
    if (depth > 1000) {
        pv_raise(&pv_exc_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
        return -1;
    }
    if (derived == cls)
        return 1;
    Value bases = get_bases(derived);
    if (!bases)
        return pv_err_occurred() ? -1 : 0;
    for (size_t i = 0; i < pv_tuple_size(bases); i++) {
        int r = abstract_issubclass(pv_tuple_items(bases)[i], cls, depth + 1);
        if (r != 0)
            return r;
    }
    return 0;
}

static int check_class(Value cls, const char *msg)
{
    if (pv_is_typeobj(cls))
        return 0;
    if (get_bases(cls))
        return 0;
    if (!pv_err_occurred())
        pv_raise(&pv_exc_TypeError, "%s", msg);
    return -1;
}

int pv_isinstance_plain(Value obj, Value cls)
{
    if (pv_is_typeobj(cls)) {
        if (pv_isinst(obj, (PvType *)cls))
            return 1;
        Value c = pv_getattr_opt(obj, pv_id___class__);
        if (!c)
            return pv_err_occurred() ? -1 : 0;
        if (c != (Value)pv_type(obj) && pv_is_typeobj(c))
            return pv_type_is_subtype((PvType *)c, (PvType *)cls);
        return 0;
    }
    if (check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") < 0)
        return -1;
    Value c = pv_getattr_opt(obj, pv_id___class__);
    if (!c)
        return pv_err_occurred() ? -1 : 0;
    return abstract_issubclass(c, cls, 0);
}

int pv_isinstance(Value obj, Value cls)
{
    if ((Value)pv_type(obj) == cls)
        return 1;
    if (pv_is_type(cls, &pv_type_type))
        return pv_isinstance_plain(obj, cls);
    if (pv_isinst(cls, &pv_tuple_type)) {
        for (size_t i = 0; i < pv_tuple_size(cls); i++) {
            int r = pv_isinstance(obj, pv_tuple_items(cls)[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    Value checker = pv_type_lookup(pv_type(cls), pv_id___instancecheck__);
    if (checker) {
        Value r = pv_call_unbound(checker, cls, &obj, 1, NULL);
        return r ? pv_truthy(r) : -1;
    }
    return pv_isinstance_plain(obj, cls);
}

int pv_issubclass_plain(Value derived, Value cls)
{
    if (pv_is_typeobj(cls) && pv_is_typeobj(derived))
        return pv_type_is_subtype((PvType *)derived, (PvType *)cls);
    if (check_class(derived, "issubclass() arg 1 must be a class") < 0)
        return -1;
    if (check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") < 0)
        return -1;
    return abstract_issubclass(derived, cls, 0);
}

int pv_issubclass(Value derived, Value cls)
{
    if (pv_is_type(cls, &pv_type_type)) {
        if (derived == cls)
            return 1;
        return pv_issubclass_plain(derived, cls);
    }
    if (pv_isinst(cls, &pv_tuple_type)) {
        for (size_t i = 0; i < pv_tuple_size(cls); i++) {
            int r = pv_issubclass(derived, pv_tuple_items(cls)[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    Value checker = pv_type_lookup(pv_type(cls), pv_id___subclasscheck__);
    if (checker) {
        Value r = pv_call_unbound(checker, cls, &derived, 1, NULL);
        return r ? pv_truthy(r) : -1;
    }
    return pv_issubclass_plain(derived, cls);
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/* An int subclass instance (bool included) as an exact int. */
static Value exact_int(Value v)
{
    if (pv_is_small(v) || v->type == &pv_int_type)
        return v;
    int64_t n;
    if (pv_int_to_i64(v, &n) == 0)
        return pv_int_from_i64(n);
    pv_err_clear();
    Value s = pv_int_to_str(v, 10);
    return s ? pv_int_from_string(pv_str_data(s), pv_str_size(s), 10) : NULL;
}

Value pv_index(Value v)
{
    if (pv_is_int(v))
        return v;
    PvType *t = pv_type(v);
    if (!t->index)
        return pv_raise(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                        t->name);
    Value r = t->index(v);
    if (r && !pv_is_int(r))
        return pv_raise(&pv_exc_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

int pv_index_ssize(Value v, ssize_t *out)
{
    if (pv_is_small(v)) {
        *out = (ssize_t)pv_small_val(v);
        return 0;
    }
    Value i = pv_index(v);
    if (!i)
        return -1;
    if (pv_int_to_ssize(i, out) < 0) {
        if (pv_err_matches(&pv_exc_OverflowError)) {
            pv_err_clear();
            pv_raise(&pv_exc_OverflowError, "cannot fit '%T' into an index-sized integer", v);
        }
        return -1;
    }
    return 0;
}

Value pv_number_int(Value v)
{
    if (pv_is_small(v) || v->type == &pv_int_type)
        return v;
    PvType *t = pv_type(v);
    if (t->to_int) {
        Value r = t->to_int(v);
        if (!r)
            return NULL;
        if (!pv_is_int(r))
            return pv_raise(&pv_exc_TypeError, "__int__ returned non-int (type %T)", r);
        return exact_int(r);
    }
    if (t->index) {
        Value r = pv_index(v);
        return r ? exact_int(r) : NULL;
    }
    if (pv_is_int(v))
        return exact_int(v);
    Value trunc = pv_type_lookup(t, pv_id___trunc__);
    if (trunc) {
        if (pv_warn(&pv_exc_DeprecationWarning, 1,
                    "The delegation of int() to __trunc__ is deprecated.") < 0)
            return NULL;
        Value r = pv_call_unbound(trunc, v, NULL, 0, NULL);
        if (!r)
            return NULL;
        if (pv_is_int(r))
            return exact_int(r);
        Value i = pv_type(r)->index ? pv_index(r) : NULL;
        if (!i && !pv_err_occurred())
            return pv_raise(&pv_exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        return i ? exact_int(i) : NULL;
    }
    if (pv_is_str(v))
        return pv_int_from_string(pv_str_data(v), pv_str_size(v), 10);
    if (pv_isinst(v, &pv_bytes_type))
        return pv_int_from_string(pv_bytes_data(v), pv_bytes_size(v), 10);
    return pv_raise(&pv_exc_TypeError, "int() argument must be a string, a bytes-like object "
                    "or a real number, not '%T'", v);
}

Value pv_number_float(Value v)
{
    PvType *t = pv_type(v);
    if (t == &pv_float_type)
        return v;
    if (t->to_float) {
        Value r = t->to_float(v);
        if (!r)
            return NULL;
        if (!pv_isinst(r, &pv_float_type))
            return pv_raise(&pv_exc_TypeError, "%s.__float__ returned non-float (type %T)",
                            t->name, r);
        return pv_type(r) == &pv_float_type ? r : pv_float_new(pv_float_val(r));
    }
    if (pv_isinst(v, &pv_float_type))
        return pv_float_new(pv_float_val(v));
    if (t->index) {
        Value i = pv_index(v);
        if (!i)
            return NULL;
        double d = pv_int_to_double(i);
        if (d == -1.0 && pv_err_occurred())
            return NULL;
        return pv_float_new(d);
    }
    if (pv_is_str(v))
        return pv_float_from_string(pv_str_data(v), pv_str_size(v));
    if (pv_isinst(v, &pv_bytes_type))
        return pv_float_from_string(pv_bytes_data(v), pv_bytes_size(v));
    return pv_raise(&pv_exc_TypeError, "float() argument must be a string or a real number, "
                    "not '%T'", v);
}

/* ------------------------------------------------------------------ */
/* format, dir, sequences                                              */
/* ------------------------------------------------------------------ */

Value pv_format(Value v, Value spec)
{
    PvType *t = pv_type(v);
    bool empty = !spec || pv_str_size(spec) == 0;
    if (empty && (t == &pv_str_type || t == &pv_int_type || t == &pv_float_type))
        return pv_str(v);
    if (!spec)
        spec = pv_intern("");
    Value m = pv_type_lookup(t, pv_id___format__);
    if (!m)
        return pv_raise(&pv_exc_TypeError, "Type %s doesn't define __format__", t->name);
    Value r = pv_call_unbound(m, v, &spec, 1, NULL);
    if (r && !pv_is_str(r))
        return pv_raise(&pv_exc_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

Value pv_dir(Value v)
{
    Value r;
    if (!v) {
        Value locals = pv_frame_locals();
        if (!locals)
            return NULL;
        r = pv_isinst(locals, &pv_dict_type) ? pv_dict_keys_list(locals) : pv_sequence_list(locals);
    } else {
        Value m = pv_type_lookup(pv_type(v), pv_id___dir__);
        if (!m)
            return pv_raise(&pv_exc_TypeError, "object does not provide __dir__");
        Value d = pv_call_unbound(m, v, NULL, 0, NULL);
        if (!d)
            return NULL;
        r = pv_sequence_list(d);
    }
    if (!r || pv_list_sort(r, NULL, false) < 0)
        return NULL;
    return r;
}

/* A list's items as a new tuple. The list is read again after the
 * allocation: a pointer to its item storage alone would not keep it alive
 * through a collection. */
Value pv_sequence_tuple(Value iterable)
{
    PvType *t = pv_type(iterable);
    if (t == &pv_tuple_type)
        return iterable;
    if (t == &pv_list_type)
        return pv_list_as_tuple(iterable);
    Value l = pv_sequence_list(iterable);
    if (!l)
        return NULL;
    return pv_list_as_tuple(l);
}

Value pv_sequence_list(Value iterable)
{
    Value l = pv_list_new(0);
    if (!l || pv_list_extend(l, iterable) < 0)
        return NULL;
    return l;
}
