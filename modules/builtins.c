/* builtins.c: the builtins module. It merges the function tables of the
 * areas (core here; numbers, text, iteration elsewhere), the built-in
 * types, the exceptions and the constants. */
#include "objimpl.h"
#include "eval.h"
#include <string.h>

Value pv_builtins_module, pv_builtins_dict;

PvType *pv_calculate_metaclass(PvType *meta, Value bases);   /* typenew.c */

static Value kw_lookup(Value *args, size_t nargs, Value kwnames, const char *name, size_t *idx)
{
    if (!kwnames)
        return NULL;
    for (size_t i = 0; i < pv_tuple_size(kwnames); i++)
        if (pv_str_eq_cstr(pv_tuple_items(kwnames)[i], name)) {
            *idx = i;
            return args[nargs + i];
        }
    return NULL;
}

/* ---- class creation ---- */

/* PEP 560: replace non-type bases by their __mro_entries__(bases). */
static Value update_bases(Value bases)
{
    Value out = NULL;
    for (size_t i = 0; i < pv_tuple_size(bases); i++) {
        Value b = pv_tuple_items(bases)[i];
        Value me = NULL;
        if (!pv_is_typeobj(b)) {
            me = pv_getattr_opt(b, pv_id___mro_entries__);
            if (!me && pv_err_occurred())
                return NULL;
        }
        if (!me) {
            if (out && pv_list_append(out, b) < 0)
                return NULL;
            continue;
        }
        Value r = pv_call1(me, bases);
        if (!r)
            return NULL;
        if (!pv_isinst(r, &pv_tuple_type))
            return pv_raise(&pv_exc_TypeError, "__mro_entries__ must return a tuple");
        if (!out) {
            out = pv_list_from(pv_tuple_items(bases), i);
            if (!out)
                return NULL;
        }
        for (size_t k = 0; k < pv_tuple_size(r); k++)
            if (pv_list_append(out, pv_tuple_items(r)[k]) < 0)
                return NULL;
    }
    if (!out)
        return bases;
    return pv_list_as_tuple(out);
}

Value pv_build_class(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (nargs < 2)
        return pv_raise(&pv_exc_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!pv_is_type(func, &pv_function_type))
        return pv_raise(&pv_exc_TypeError, "__build_class__: func must be a function");
    if (!pv_is_str(name))
        return pv_raise(&pv_exc_TypeError, "__build_class__: name is not a string");
    Value orig_bases = pv_tuple_from(args + 2, nargs - 2);
    if (!orig_bases)
        return NULL;
    Value bases = update_bases(orig_bases);
    if (!bases)
        return NULL;

    /* keywords other than metaclass go to __prepare__, the metaclass and
     * __init_subclass__ */
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0, midx = 0;
    Value meta = kw_lookup(args, nargs, kwnames, "metaclass", &midx);
    Value kwn = NULL;
    Value callargs = pv_tuple_new(3 + nkw);
    if (!callargs)
        return NULL;
    size_t nk2 = 0;
    if (nkw - (meta ? 1 : 0) > 0) {
        kwn = pv_tuple_new(nkw - (meta ? 1 : 0));
        if (!kwn)
            return NULL;
        for (size_t i = 0; i < nkw; i++) {
            if (meta && i == midx)
                continue;
            pv_tuple_items(kwn)[nk2] = pv_tuple_items(kwnames)[i];
            pv_tuple_items(callargs)[3 + nk2] = args[nargs + i];
            nk2++;
        }
    }
    bool is_class = true;
    if (!meta)
        meta = pv_tuple_size(bases) ? (Value)pv_type(pv_tuple_items(bases)[0]) : (Value)&pv_type_type;
    else
        is_class = pv_is_typeobj(meta);
    if (is_class) {
        PvType *w = pv_calculate_metaclass((PvType *)meta, bases);
        if (!w)
            return NULL;
        meta = (Value)w;
    }
    Value *kwv = pv_tuple_items(callargs) + 3;
    Value ns;
    Value prep = pv_getattr_opt(meta, pv_id___prepare__);
    if (prep) {
        Value pargs = pv_tuple_new(2 + nk2);
        if (!pargs)
            return NULL;
        pv_tuple_items(pargs)[0] = name;
        pv_tuple_items(pargs)[1] = bases;
        memcpy(pv_tuple_items(pargs) + 2, kwv, nk2 * sizeof(Value));
        ns = pv_call(prep, pv_tuple_items(pargs), 2, kwn);
        if (!ns)
            return NULL;
        if (!pv_type(ns)->getitem)
            return pv_raise(&pv_exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                            is_class ? ((PvType *)meta)->name : "<metaclass>", ns);
    } else if (pv_err_occurred())
        return NULL;
    else if (!(ns = pv_dict_new()))
        return NULL;

    Value cell = pv_call_with_locals(func, ns);
    if (!cell)
        return NULL;
    if (bases != orig_bases && pv_setitem(ns, pv_intern("__orig_bases__"), orig_bases) < 0)
        return NULL;
    pv_tuple_items(callargs)[0] = name;
    pv_tuple_items(callargs)[1] = bases;
    pv_tuple_items(callargs)[2] = ns;
    Value cls = pv_call(meta, pv_tuple_items(callargs), 3, kwn);
    if (cls && pv_is_type(cell, &pv_cell_type) && pv_is_typeobj(cls)) {
        PvCell *c = (PvCell *)cell;
        if (!c->ref)
            c->ref = cls;
        else if (c->ref != cls)
            return pv_raise(&pv_exc_TypeError, "__class__ set to %R defining %R as %R",
                            c->ref, name, cls);
    }
    return cls;
}

/* ---- attribute functions ---- */

static int need_str_name(Value name, const char *fname)
{
    (void)fname;
    if (pv_is_str(name))
        return 0;
    pv_raise(&pv_exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

static Value bi_getattr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("getattr", kwnames) < 0 || pv_check_nargs("getattr", nargs, 2, 3) < 0 ||
        need_str_name(args[1], "getattr") < 0)
        return NULL;
    if (nargs == 2)
        return pv_getattr(args[0], args[1]);
    Value r = pv_getattr_opt(args[0], args[1]);
    if (r || pv_err_occurred())
        return r;
    return args[2];
}

static Value bi_setattr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("setattr", kwnames) < 0 || pv_check_nargs("setattr", nargs, 3, 3) < 0 ||
        need_str_name(args[1], NULL) < 0)
        return NULL;
    return pv_setattr(args[0], args[1], args[2]) < 0 ? NULL : pv_None;
}

static Value bi_delattr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("delattr", kwnames) < 0 || pv_check_nargs("delattr", nargs, 2, 2) < 0 ||
        need_str_name(args[1], NULL) < 0)
        return NULL;
    return pv_setattr(args[0], args[1], NULL) < 0 ? NULL : pv_None;
}

static Value bi_hasattr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("hasattr", kwnames) < 0 || pv_check_nargs("hasattr", nargs, 2, 2) < 0 ||
        need_str_name(args[1], "hasattr") < 0)
        return NULL;
    int r = pv_hasattr(args[0], args[1]);
    return r < 0 ? NULL : pv_bool(r);
}

/* ---- type tests ---- */

static Value bi_isinstance(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("isinstance", kwnames) < 0 ||
        pv_check_nargs("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = pv_isinstance(args[0], args[1]);
    return r < 0 ? NULL : pv_bool(r);
}

static Value bi_issubclass(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("issubclass", kwnames) < 0 ||
        pv_check_nargs("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = pv_issubclass(args[0], args[1]);
    return r < 0 ? NULL : pv_bool(r);
}

static Value bi_callable(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("callable", kwnames) < 0 ||
        pv_check_nargs("callable", nargs, 1, 1) < 0)
        return NULL;
    return pv_bool(pv_type(args[0])->call != NULL);
}

/* ---- identity ---- */

static Value bi_id(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("id", kwnames) < 0 || pv_check_nargs("id", nargs, 1, 1) < 0)
        return NULL;
    return pv_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static Value bi_hash(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("hash", kwnames) < 0 || pv_check_nargs("hash", nargs, 1, 1) < 0)
        return NULL;
    int64_t h = pv_hash(args[0]);
    return h == -1 ? NULL : pv_int_from_i64(h);
}

static Value bi_repr(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("repr", kwnames) < 0 || pv_check_nargs("repr", nargs, 1, 1) < 0)
        return NULL;
    return pv_repr(args[0]);
}

/* ---- namespaces ---- */

static Value bi_dir(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("dir", kwnames) < 0 || pv_check_nargs("dir", nargs, 0, 1) < 0)
        return NULL;
    return pv_dir(nargs ? args[0] : NULL);
}

static Value bi_vars(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("vars", kwnames) < 0 || pv_check_nargs("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return pv_frame_locals();
    Value d = pv_getattr_opt(args[0], pv_id___dict__);
    if (!d && !pv_err_occurred())
        return pv_raise(&pv_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Value bi_globals(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args;
    if (pv_check_no_kwargs("globals", kwnames) < 0 || pv_check_nargs("globals", nargs, 0, 0) < 0)
        return NULL;
    return pv_frame_globals();
}

static Value bi_locals(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self; (void)args;
    if (pv_check_no_kwargs("locals", kwnames) < 0 || pv_check_nargs("locals", nargs, 0, 0) < 0)
        return NULL;
    return pv_frame_locals();
}

/* ---- exec, eval, compile, __import__ ---- */

static Value source_code(Value src, const char *mode, const char *fname, Value filename)
{
    if (pv_is_type(src, &pv_code_type))
        return src;
    const char *s;
    size_t n;
    if (pv_is_str(src)) {
        s = pv_str_data(src);
        n = pv_str_size(src);
    } else if (pv_isinst(src, &pv_bytes_type)) {
        s = pv_bytes_data(src);
        n = pv_bytes_size(src);
    } else
        return pv_raise(&pv_exc_TypeError, "%s() arg 1 must be a string, bytes or %s object",
                        fname, strcmp(fname, "compile") == 0 ? "AST" : "code");
    if (strcmp(mode, "eval") == 0)
        while (n && (*s == ' ' || *s == '\t')) {
            s++;
            n--;
        }
    if (strlen(s) < n)
        return pv_raise(&pv_exc_ValueError, "source code string cannot contain null bytes");
    return pv_compile(s, n, filename ? filename : pv_str_from_cstr("<string>"), mode, 0);
}

static Value run_code(const char *fname, const char *mode, Value *args, size_t nargs,
                      Value kwnames)
{
    static const char *const kw[] = {"", "", "", NULL};
    Value src, globals = pv_None, locals = pv_None;
    if (pv_parse_args(fname, args, nargs, kwnames, "O|OO", kw, &src, &globals, &locals) < 0)
        return NULL;
    if (globals != pv_None && !pv_isinst(globals, &pv_dict_type))
        return pv_raise(&pv_exc_TypeError, strcmp(fname, "exec") == 0
                        ? "exec() globals must be a dict, not %T"
                        : "globals must be a real dict; try eval(expr, {}, mapping)", globals);
    if (locals != pv_None && !pv_type(locals)->getitem)
        return pv_raise(&pv_exc_TypeError, "locals must be a mapping");
    if (globals == pv_None) {
        if (!(globals = pv_frame_globals()))
            return NULL;
        if (locals == pv_None && !(locals = pv_frame_locals()))
            return NULL;
    } else if (locals == pv_None)
        locals = globals;
    if (!pv_dict_get(globals, pv_id___builtins__) &&
        pv_dict_set(globals, pv_id___builtins__, pv_builtins_dict) < 0)
        return NULL;
    Value code = source_code(src, mode, fname, NULL);
    if (!code)
        return NULL;
    return pv_eval_code(code, globals, locals);
}

static Value bi_exec(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value r = run_code("exec", "exec", args, nargs, kwnames);
    return r ? pv_None : NULL;
}

static Value bi_eval(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    return run_code("eval", "eval", args, nargs, kwnames);
}

static Value bi_compile(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kw[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                     "optimize", "_feature_version", NULL};
    Value src, filename, mode, flags = pv_small(0), di = pv_False, opt = pv_small(-1), fv = NULL;
    if (pv_parse_args("compile", args, nargs, kwnames, "OOU|OOO$O", kw, &src, &filename, &mode,
                      &flags, &di, &opt, &fv) < 0)
        return NULL;
    const char *m = pv_str_data(mode);
    if (strcmp(m, "exec") && strcmp(m, "eval") && strcmp(m, "single"))
        return pv_raise(&pv_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (pv_isinst(filename, &pv_bytes_type))
        filename = pv_str_decode_utf8(pv_bytes_data(filename), pv_bytes_size(filename), "replace");
    else if (!pv_is_str(filename))
        filename = pv_str(filename);
    if (!filename)
        return NULL;
    /* AST objects (Lib/_ast.py): compiled back through their source text */
    if (!pv_is_str(src) && !pv_isinst(src, &pv_bytes_type) && !pv_is_type(src, &pv_code_type)) {
        Value astmod = pv_import_cstr("_ast");
        Value base = astmod ? pv_getattr_str(astmod, "AST") : NULL;
        int is_ast = base ? pv_isinstance(src, base) : -1;
        if (is_ast < 0)
            return NULL;
        if (is_ast) {
            if (pv_is_small(flags) && (pv_small_val(flags) & 0x400))
                return src;
            Value f = pv_getattr_str(astmod, "_source_of");
            if (!f || !(src = pv_call2(f, src, mode)))
                return NULL;
        }
    }
    /* PyCF_ONLY_AST: the tree itself (ast.parse) */
    if (pv_is_small(flags) && (pv_small_val(flags) & 0x400) &&
        (pv_is_str(src) || pv_isinst(src, &pv_bytes_type))) {
        const char *s = pv_is_str(src) ? pv_str_data(src) : pv_bytes_data(src);
        size_t n = pv_is_str(src) ? pv_str_size(src) : pv_bytes_size(src);
        return pv_ast_to_python(s, n, filename, m);
    }
    return source_code(src, m, "compile", filename);
}

static Value bi_import(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kw[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value name, globals = pv_None, locals = pv_None, fromlist = pv_None;
    int level = 0;
    if (pv_parse_args("__import__", args, nargs, kwnames, "U|OOOi", kw, &name, &globals, &locals,
                      &fromlist, &level) < 0)
        return NULL;
    return pv_import(name, globals == pv_None ? NULL : globals, fromlist, level);
}

/* exit()/quit(): what site.py's Quitter objects do when called. */
static Value bi_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("exit", kwnames) < 0 || pv_check_nargs("exit", nargs, 0, 1) < 0)
        return NULL;
    Value exc = pv_exc_new(&pv_exc_SystemExit, args, nargs);
    return exc ? pv_raise_value(exc) : NULL;
}

/* ---- async iteration ---- */

static Value bi_aiter(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("aiter", kwnames) < 0 || pv_check_nargs("aiter", nargs, 1, 1) < 0)
        return NULL;
    bool found;
    Value r = pv_call_special(args[0], pv_id___aiter__, NULL, 0, &found);
    if (!found)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not an async iterable", args[0]);
    if (r && !pv_type_lookup(pv_type(r), pv_id___anext__))
        return pv_raise(&pv_exc_TypeError, "aiter() returned not an async iterator of type '%T'", r);
    return r;
}

static Value bi_anext(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("anext", kwnames) < 0 || pv_check_nargs("anext", nargs, 1, 2) < 0)
        return NULL;
    bool found;
    Value r = pv_call_special(args[0], pv_id___anext__, NULL, 0, &found);
    if (!found)
        return pv_raise(&pv_exc_TypeError, "'%T' object is not an async iterator", args[0]);
    if (r && nargs == 2) {
        /* the awaitable turning StopAsyncIteration into the default: Lib/_pyvm_anext.py */
        Value m = pv_import_cstr("_pyvm_anext");
        Value cls = m ? pv_getattr_str(m, "anext_awaitable") : NULL;
        if (!cls)
            return NULL;
        Value a[2] = {r, args[1]};
        return pv_call(cls, a, 2, NULL);
    }
    return r;
}

/* breakpoint(): sys.breakpointhook(*args, **kws) when there is one. */
static Value bi_breakpoint(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    Value sys = pv_import_cstr("sys");
    if (!sys)
        return NULL;
    Value hook = pv_getattr_opt(sys, pv_intern("breakpointhook"));
    if (!hook)
        return pv_err_occurred() ? NULL : pv_None;
    return pv_call(hook, args, nargs, kwnames);
}

const PvMethodDef pv_builtins_core[] = {
    {"__build_class__", pv_build_class, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", bi_import, 0, NULL},
    {"isinstance", bi_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", bi_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"getattr", bi_getattr, 0, NULL},
    {"setattr", bi_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"delattr", bi_delattr, 0, "Deletes the named attribute from the given object."},
    {"hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"callable", bi_callable, 0, "Return whether the object is callable (i.e., some kind of function)."},
    {"id", bi_id, 0, "Return the identity of an object."},
    {"hash", bi_hash, 0, "Return the hash value for the given object."},
    {"repr", bi_repr, 0, "Return the canonical string representation of the object."},
    {"dir", bi_dir, 0, NULL},
    {"vars", bi_vars, 0, NULL},
    {"globals", bi_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"locals", bi_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"exec", bi_exec, 0, "Execute the given source in the context of globals and locals."},
    {"eval", bi_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"compile", bi_compile, 0, NULL},
    {"exit", bi_exit, 0, NULL},
    {"aiter", bi_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", bi_anext, 0, "Return the next item from the async iterator."},
    {"breakpoint", bi_breakpoint, 0, NULL},
    {"quit", bi_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- the module ---- */

/* Other areas' tables and types, referenced weakly so a missing part does
 * not break the link (each owner defines its own). */
extern const PvMethodDef pv_builtins_num[] __attribute__((weak));
extern const PvMethodDef pv_builtins_text[] __attribute__((weak));
extern const PvMethodDef pv_builtins_iter[] __attribute__((weak));
#define BI_TYPES(X) \
    X("int", pv_int_type) X("bool", pv_bool_type) X("float", pv_float_type) \
    X("complex", pv_complex_type) X("str", pv_str_type) X("bytes", pv_bytes_type) \
    X("bytearray", pv_bytearray_type) X("list", pv_list_type) X("tuple", pv_tuple_type) \
    X("dict", pv_dict_type) X("set", pv_set_type) X("frozenset", pv_frozenset_type) \
    X("range", pv_range_type) X("slice", pv_slice_type) X("enumerate", pv_enumerate_type) \
    X("zip", pv_zip_type) X("map", pv_map_type) X("filter", pv_filter_type) \
    X("reversed", pv_reversed_type) X("memoryview", pv_memoryview_type)
#define BI_WEAK(s, n) extern PvType n __attribute__((weak));
BI_TYPES(BI_WEAK)
#undef BI_WEAK

static int add_table(const PvMethodDef *defs)
{
    return defs ? pv_module_add_functions(pv_builtins_module, defs) : 0;
}

void pv_builtins_init(void)
{
    pv_gc_add_root(&pv_builtins_module);
    pv_gc_add_root(&pv_builtins_dict);
    pv_builtins_module = pv_module_new_cstr("builtins");
    if (!pv_builtins_module) {
        pv_err_print();
        return;
    }
    pv_builtins_dict = ((PvModule *)pv_builtins_module)->dict;
    Value m = pv_builtins_module;
    int r = 0;
    r |= pv_module_add(m, "__doc__", pv_str_from_cstr(
        "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
        "object; Ellipsis represents `...' in slices."));
    r |= pv_module_add(m, "__package__", pv_str_from_cstr(""));
    r |= add_table(pv_builtins_core);
    r |= add_table(pv_builtins_num);
    r |= add_table(pv_builtins_text);
    r |= add_table(pv_builtins_iter);
    r |= pv_module_add(m, "object", (Value)&pv_object_type);
    r |= pv_module_add(m, "type", (Value)&pv_type_type);
    r |= pv_module_add(m, "property", (Value)&pv_property_type);
    r |= pv_module_add(m, "classmethod", (Value)&pv_classmethod_type);
    r |= pv_module_add(m, "staticmethod", (Value)&pv_staticmethod_type);
    r |= pv_module_add(m, "super", (Value)&pv_super_type);
#define BI_ADD(s, n) if (&n) r |= pv_module_add(m, s, (Value)&n);
    BI_TYPES(BI_ADD)
#undef BI_ADD
    r |= pv_module_add(m, "None", pv_None);
    r |= pv_module_add(m, "True", pv_True);
    r |= pv_module_add(m, "False", pv_False);
    r |= pv_module_add(m, "Ellipsis", pv_Ellipsis);
    r |= pv_module_add(m, "NotImplemented", pv_NotImplemented);
    r |= pv_module_add(m, "__debug__", pv_True);
    r |= pv_exceptions_add_builtins(pv_builtins_dict);
    if (r)
        pv_err_print();
}
