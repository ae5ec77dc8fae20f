/* numbuiltins.c: the number built-in functions abs, divmod, pow, round,
 * bin, hex, oct (the pv_builtins_num table). */
#include "num.h"

static Value b_abs(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("abs", kw) < 0 || pv_check_nargs("abs", nargs, 1, 1) < 0)
        return NULL;
    Value x = args[0];
    PvType *t = pv_type(x);
    if (t->abs)
        return t->abs(x);
    Value m = pv_type_lookup_str(t, "__abs__");
    if (m)
        return pv_call1(m, x);
    return pv_raise(&pv_exc_TypeError, "bad operand type for abs(): '%s'", t->name);
}

/* divmod has no slot: ints and floats natively, else __divmod__ and
 * __rdivmod__ looked up on the types. */
static Value call_dunder(Value obj, const char *name, Value arg)
{
    Value m = pv_type_lookup_str(pv_type(obj), name);
    if (!m)
        return pv_NotImplemented;
    return pv_call2(m, obj, arg);
}

static bool is_builtin_real(Value v)
{
    PvType *t = pv_type(v);
    return t == &pv_int_type || t == &pv_bool_type || t == &pv_float_type;
}

static Value b_divmod(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("divmod", kw) < 0 || pv_check_nargs("divmod", nargs, 2, 2) < 0)
        return NULL;
    Value a = args[0], b = args[1];
    if (is_builtin_real(a) && is_builtin_real(b)) {
        if (pv_type(a) != &pv_float_type && pv_type(b) != &pv_float_type)
            return pv_int_divmod(a, b);
        double x, y;
        if (pv_float_as_double(a, &x) < 0 || pv_float_as_double(b, &y) < 0)
            return NULL;
        return pv_float_divmod_d(x, y);
    }
    PvType *ta = pv_type(a), *tb = pv_type(b);
    Value r = pv_NotImplemented;
    bool b_first = tb != ta && pv_type_is_subtype(tb, ta);
    if (b_first && (r = call_dunder(b, "__rdivmod__", a)) != pv_NotImplemented)
        return r;
    if ((r = call_dunder(a, "__divmod__", b)) != pv_NotImplemented)
        return r;
    if (!b_first && tb != ta && (r = call_dunder(b, "__rdivmod__", a)) != pv_NotImplemented)
        return r;
    return pv_raise(&pv_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    ta->name, tb->name);
}

static Value b_pow(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"base", "exp", "mod", NULL};
    Value base, exp, mod = pv_None;
    if (pv_parse_args("pow", args, nargs, kw, "OO|O", kwlist, &base, &exp, &mod) < 0)
        return NULL;
    if (mod == pv_None)
        return pv_binop(base, exp, PV_OP_POW);
    return pv_pow3(base, exp, mod);
}

static Value b_round(Value self, Value *args, size_t nargs, Value kw)
{
    static const char *const kwlist[] = {"number", "ndigits", NULL};
    Value num, nd = pv_None;
    if (pv_parse_args("round", args, nargs, kw, "O|O", kwlist, &num, &nd) < 0)
        return NULL;
    PvType *t = pv_type(num);
    Value m = pv_type_lookup_str(t, "__round__");
    if (!m)
        return pv_raise(&pv_exc_TypeError, "type %s doesn't define __round__ method", t->name);
    if (nd == pv_None)
        return pv_call1(m, num);
    return pv_call2(m, num, nd);
}

static Value to_base(const char *name, Value *args, size_t nargs, Value kw, int base)
{
    if (pv_check_no_kwargs(name, kw) < 0 || pv_check_nargs(name, nargs, 1, 1) < 0)
        return NULL;
    Value i = pv_index(args[0]);
    return i ? pv_int_to_str(i, base) : NULL;
}

static Value b_bin(Value self, Value *args, size_t nargs, Value kw) { return to_base("bin", args, nargs, kw, 2); }
static Value b_oct(Value self, Value *args, size_t nargs, Value kw) { return to_base("oct", args, nargs, kw, 8); }
static Value b_hex(Value self, Value *args, size_t nargs, Value kw) { return to_base("hex", args, nargs, kw, 16); }

const PvMethodDef pv_builtins_num[] = {
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {NULL, NULL, 0, NULL},
};
