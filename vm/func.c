/* func.c: Python function objects and closure cells. Calling a function
 * from C runs it in a nested loop (pv_eval_function); the loop itself calls
 * functions inline. */
#include "eval.h"

#define F(v) ((PvFunction *)(v))

Value pv_builtins_of(Value globals)
{
    if (globals && pv_isinst(globals, &pv_dict_type)) {
        Value b = pv_dict_get_str(globals, "__builtins__");
        if (b) {
            if (pv_isinst(b, &pv_module_type))
                return ((PvModule *)b)->dict;
            if (pv_isinst(b, &pv_dict_type))
                return b;
        }
    }
    return pv_builtins_dict;
}

Value pv_function_new(Value code, Value globals, Value qualname)
{
    PvCode *c = (PvCode *)code;
    PvFunction *f = pv_alloc(&pv_function_type, sizeof(PvFunction));
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = pv_builtins_of(globals);
    f->name = c->name;
    f->qualname = qualname ? qualname : c->qualname ? c->qualname : c->name;
    f->doc = c->docstring ? c->docstring : pv_None;
    Value mod = pv_dict_get_str(globals, "__name__");
    f->module = mod ? mod : pv_None;
    return (Value)f;
}

static void func_mark(Value self)
{
    PvFunction *f = F(self);
    pv_gc_mark(f->code);
    pv_gc_mark(f->globals);
    pv_gc_mark(f->builtins);
    pv_gc_mark(f->name);
    pv_gc_mark(f->qualname);
    pv_gc_mark(f->doc);
    pv_gc_mark(f->module);
    pv_gc_mark(f->defaults);
    pv_gc_mark(f->kwdefaults);
    pv_gc_mark(f->closure);
    pv_gc_mark(f->annotations);
    pv_gc_mark(f->dict);
}

static Value func_repr(Value self)
{
    return pv_str_printf("<function %S at %p>", F(self)->qualname, self);
}

static Value func_descr_get(Value self, Value obj, Value type)
{
    if (!obj || obj == pv_None)
        return self;
    return pv_method_new(self, obj);
}

static Value func_call(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_eval_function(self, args, nargs, kwnames);
}

static Value nz(Value v) { return v ? v : pv_None; }

static Value g_name(Value s) { return F(s)->name; }
static int s_name(Value s, Value v)
{
    if (!v || !pv_is_str(v))
        return pv_raise(&pv_exc_TypeError, "__name__ must be set to a string object"), -1;
    F(s)->name = v;
    return 0;
}
static Value g_qualname(Value s) { return F(s)->qualname; }
static int s_qualname(Value s, Value v)
{
    if (!v || !pv_is_str(v))
        return pv_raise(&pv_exc_TypeError, "__qualname__ must be set to a string object"), -1;
    F(s)->qualname = v;
    return 0;
}
static Value g_doc(Value s) { return nz(F(s)->doc); }
static int s_doc(Value s, Value v) { F(s)->doc = v ? v : pv_None; return 0; }
static Value g_module(Value s) { return nz(F(s)->module); }
static int s_module(Value s, Value v) { F(s)->module = v ? v : pv_None; return 0; }
static Value g_defaults(Value s) { return nz(F(s)->defaults); }
static int s_defaults(Value s, Value v)
{
    if (v == pv_None)
        v = NULL;
    if (v && !pv_isinst(v, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "__defaults__ must be set to a tuple object"), -1;
    F(s)->defaults = v;
    return 0;
}
static Value g_kwdefaults(Value s) { return nz(F(s)->kwdefaults); }
static int s_kwdefaults(Value s, Value v)
{
    if (v == pv_None)
        v = NULL;
    if (v && !pv_isinst(v, &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, "__kwdefaults__ must be set to a dict object"), -1;
    F(s)->kwdefaults = v;
    return 0;
}
static Value g_annotations(Value s)
{
    if (!F(s)->annotations)
        F(s)->annotations = pv_dict_new();
    return F(s)->annotations;
}
static int s_annotations(Value s, Value v)
{
    if (v == pv_None)
        v = NULL;
    if (v && !pv_isinst(v, &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, "__annotations__ must be set to a dict object"), -1;
    F(s)->annotations = v;
    return 0;
}
static Value g_code(Value s) { return F(s)->code; }
static int s_code(Value s, Value v)
{
    if (!v || !pv_is_type(v, &pv_code_type))
        return pv_raise(&pv_exc_TypeError, "__code__ must be set to a code object"), -1;
    /* the frame takes its cells from the closure: the counts must agree */
    Value fv = ((PvCode *)v)->freevars;
    size_t nfree = fv ? pv_tuple_size(fv) : 0;
    size_t nclosure = F(s)->closure ? pv_tuple_size(F(s)->closure) : 0;
    if (nfree != nclosure)
        return pv_raise(&pv_exc_ValueError,
                        "%S() requires a code object with %zu free vars, not %zu",
                        F(s)->name, nclosure, nfree), -1;
    F(s)->code = v;
    return 0;
}
static Value g_globals(Value s) { return F(s)->globals; }
static Value g_builtins(Value s) { return F(s)->builtins; }
static Value g_closure(Value s) { return nz(F(s)->closure); }

static const PvGetSetDef func_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"__doc__", g_doc, s_doc, NULL},
    {"__module__", g_module, s_module, NULL},
    {"__defaults__", g_defaults, s_defaults, NULL},
    {"__kwdefaults__", g_kwdefaults, s_kwdefaults, NULL},
    {"__annotations__", g_annotations, s_annotations, NULL},
    {"__code__", g_code, s_code, NULL},
    {"__globals__", g_globals, NULL, NULL},
    {"__builtins__", g_builtins, NULL, NULL},
    {"__closure__", g_closure, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* function(code, globals, name=None, argdefs=None, closure=None) */
static Value func_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)type;
    static const char *const kw[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    Value code, globals, name = pv_None, defs = pv_None, closure = pv_None;
    if (pv_parse_args("function", args, nargs, kwnames, "OO|OOO", kw, &code, &globals, &name,
                      &defs, &closure) < 0)
        return NULL;
    if (!pv_is_type(code, &pv_code_type))
        return pv_raise(&pv_exc_TypeError, "function() argument 'code' must be code, not %T",
                        code);
    if (!pv_isinst(globals, &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, "function() argument 'globals' must be dict, not %T",
                        globals);
    if (name != pv_None && !pv_is_str(name))
        return pv_raise(&pv_exc_TypeError, "arg 3 (name) must be None or string");
    if (defs != pv_None && !pv_is_type(defs, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "arg 4 (defaults) must be None or tuple");
    Value fv = ((PvCode *)code)->freevars;
    size_t nfree = fv ? pv_tuple_size(fv) : 0;
    if (closure != pv_None && !pv_is_type(closure, &pv_tuple_type))
        return pv_raise(&pv_exc_TypeError, "arg 5 (closure) must be tuple");
    size_t nclosure = closure == pv_None ? 0 : pv_tuple_size(closure);
    if (nfree && closure == pv_None)
        return pv_raise(&pv_exc_TypeError, "arg 5 (closure) must be tuple");
    if (nfree != nclosure)
        return pv_raise(&pv_exc_ValueError, "%S requires closure of length %zu, not %zu",
                        ((PvCode *)code)->name, nfree, nclosure);
    for (size_t i = 0; i < nclosure; i++)
        if (!pv_is_type(pv_tuple_items(closure)[i], &pv_cell_type))
            return pv_raise(&pv_exc_TypeError, "arg 5 (closure) expected cell, found %T",
                            pv_tuple_items(closure)[i]);
    Value f = pv_function_new(code, globals, NULL);
    if (!f)
        return NULL;
    if (name != pv_None)
        F(f)->name = name;
    if (defs != pv_None)
        F(f)->defaults = defs;
    if (nclosure)
        F(f)->closure = closure;
    return f;
}

PvType pv_function_type = {
    .name = "function",
    .new_ = func_new,
    .basicsize = sizeof(PvFunction),
    .flags = PV_TPFLAG_METHOD_DESCRIPTOR,
    .dictoffset = offsetof(PvFunction, dict),
    .mark = func_mark,
    .repr = func_repr,
    .descr_get = func_descr_get,
    .call = func_call,
    .getsets = func_getsets,
};

/* ---- cells ---- */

Value pv_cell_new(Value v)
{
    PvCell *c = pv_alloc(&pv_cell_type, sizeof(PvCell));
    if (!c)
        return NULL;
    c->ref = v;
    return (Value)c;
}

static void cell_mark(Value self) { pv_gc_mark(((PvCell *)self)->ref); }

static Value cell_repr(Value self)
{
    Value r = ((PvCell *)self)->ref;
    if (!r)
        return pv_str_printf("<cell at %p: empty>", self);
    return pv_str_printf("<cell at %p: %T object at %p>", self, r, r);
}

static Value g_contents(Value s)
{
    Value r = ((PvCell *)s)->ref;
    if (!r)
        return pv_raise(&pv_exc_ValueError, "Cell is empty");
    return r;
}
static int s_contents(Value s, Value v) { ((PvCell *)s)->ref = v; return 0; }

static const PvGetSetDef cell_getsets[] = {
    {"cell_contents", g_contents, s_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

PvType pv_cell_type = {
    .name = "cell",
    .basicsize = sizeof(PvCell),
    .mark = cell_mark,
    .repr = cell_repr,
    .getsets = cell_getsets,
};
