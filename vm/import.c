/* import.c: the import system. Built-in C modules (modules/registry.c),
 * source modules and packages found on sys.path / a package's __path__,
 * relative imports, sys.modules, circular imports, `from m import x` and
 * `from m import *`, with CPython's ImportError messages. */
#include "eval.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <errno.h>

/* Modules whose code is running: name -> True (for the circular-import
 * wording of ImportError). */
static Value initializing;

/* Hook for add-on shared-library modules (the FFI loader): try to load
 * `fullname` from directory `dir`; return the module, NULL with an error,
 * or NULL without error when there is no such add-on in dir. */
__attribute__((weak)) Value pv_import_native(Value dir, Value name, Value fullname)
{
    return NULL;
}

static Value sys_modules(void)
{
    Value m = pv_sys_get("modules");
    if (!m || !pv_isinst(m, &pv_dict_type)) {
        pv_raise(&pv_exc_RuntimeError, "sys.modules is not a dict");
        return NULL;
    }
    return m;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static Value not_found(Value fullname)
{
    Value msg = pv_str_printf("No module named '%S'", fullname);
    if (!msg)
        return NULL;
    Value exc = pv_exc_new(&pv_exc_ModuleNotFoundError, &msg, 1);
    if (!exc)
        return NULL;
    pv_setattr_str(exc, "name", fullname);
    return pv_raise_value(exc);
}

static const PvBuiltinModule *find_builtin(const char *name)
{
    for (const PvBuiltinModule *b = pv_builtin_modules; b->name; b++)
        if (strcmp(b->name, name) == 0)
            return b;
    return NULL;
}

/* Search `paths` (a list of str) for name: sets *file (the .py path) and
 * *pkgdir (the package directory or NULL). 1 found, 0 not, -1 error. */
static int find_source(Value paths, Value name, Value *file, Value *pkgdir, Value *native)
{
    Value tp = pv_sequence_tuple(paths);
    if (!tp)
        return -1;
    for (size_t i = 0; i < pv_tuple_size(tp); i++) {
        Value d = pv_tuple_items(tp)[i];
        if (!pv_is_str(d))
            continue;
        const char *dir = pv_str_data(d);
        if (!*dir)
            dir = ".";
        Value p = pv_str_printf("%s/%S/__init__.py", dir, name);
        if (!p)
            return -1;
        if (is_file(pv_str_data(p))) {
            *file = p;
            *pkgdir = pv_str_printf("%s/%S", dir, name);
            return *pkgdir ? 1 : -1;
        }
        p = pv_str_printf("%s/%S.py", dir, name);
        if (!p)
            return -1;
        if (is_file(pv_str_data(p))) {
            *file = p;
            *pkgdir = NULL;
            return 1;
        }
        /* the .pe syntax (pe_parse.c): same module, other front end */
        p = pv_str_printf("%s/%S.pe", dir, name);
        if (!p)
            return -1;
        if (is_file(pv_str_data(p))) {
            *file = p;
            *pkgdir = NULL;
            return 1;
        }
        if (native) {
            Value dv = pv_str_from_cstr(dir);
            if (!dv)
                return -1;
            *native = pv_import_native(dv, name, NULL);
            if (*native)
                return 1;
            if (pv_err_occurred())
                return -1;
        }
        /* namespace packages: a directory without __init__.py */
        p = pv_str_printf("%s/%S", dir, name);
        if (!p)
            return -1;
        (void)is_dir;
    }
    return 0;
}

/* Run a source file's module code (compiled-code cache: codecache.c) in
 * module m's dict. */
int pv_run_file_in(Value file, Value dict)
{
    Value code = pv_codecache_code(file);
    if (!code)
        return -1;
    Value r = pv_eval_code(code, dict, dict);
    return r ? 0 : -1;
}

/* ---- importlib ----
 * sys.meta_path holds `finder`, a module whose find_spec / create_module /
 * exec_module functions make this import system CPython's importlib's
 * finder and loader (importlib.import_module, importlib.util.find_spec,
 * importlib.reload). Modules get importlib ModuleSpecs once
 * importlib._bootstrap is loaded (before that, __spec__ is None, and the
 * modules imported so far are given one when it arrives). */
static Value finder;

static Value bootstrap(void)
{
    Value mods = pv_sys_get("modules");
    Value b = mods && pv_isinst(mods, &pv_dict_type) ? pv_dict_get_str(mods, "importlib._bootstrap")
                                                    : NULL;
    return b && b != pv_None ? b : NULL;
}

/* ModuleSpec(name, finder, origin=origin, is_package=...) with a file
 * location and a package's search path; NULL with an error. */
static Value make_spec(Value name, Value origin, Value path, bool location)
{
    Value b = bootstrap();
    if (!b)
        return pv_raise(&pv_exc_ImportError, "importlib._bootstrap is not loaded");
    Value cls = pv_getattr_str(b, "ModuleSpec");
    if (!cls)
        return NULL;
    Value kw = pv_tuple_pack(2, pv_intern("origin"), pv_intern("is_package"));
    Value args[4] = {name, finder, origin, pv_bool(path != NULL)};
    Value spec = kw ? pv_call(cls, args, 2, kw) : NULL;
    if (!spec)
        return NULL;
    if (location && pv_setattr_str(spec, "has_location", pv_True) < 0)
        return NULL;
    /* ModuleSpec.cached would ask importlib's cache_from_source */
    size_t n = pv_is_str(origin) ? pv_str_size(origin) : 0;
    bool source = n > 3 && (strcmp(pv_str_data(origin) + n - 3, ".py") == 0 ||
                            strcmp(pv_str_data(origin) + n - 3, ".pe") == 0);
    Value cached = location && source ? pv_codecache_path(origin) : pv_None;
    if (!cached || pv_setattr_str(spec, "cached", cached) < 0)
        return NULL;
    if (path && pv_setattr_str(spec, "submodule_search_locations", path) < 0)
        return NULL;
    return spec;
}

/* __spec__ and __loader__ of a module loaded from `file` (package: `path`
 * is its __path__): ModuleSpec once importlib is there, else None. */
static int set_spec(Value d, Value name, Value file, Value path)
{
    Value spec = bootstrap() && finder ? make_spec(name, file, path, true) : pv_None;
    if (!spec) {
        pv_err_clear();
        spec = pv_None;
    }
    if (pv_dict_set_str(d, "__spec__", spec) < 0 ||
        pv_dict_set_str(d, "__loader__", spec == pv_None ? pv_None : finder) < 0)
        return -1;
    return 0;
}

/* importlib._bootstrap just arrived: specs for the modules loaded before. */
static void give_specs(void)
{
    Value mods = pv_sys_get("modules");
    Value items = mods && pv_isinst(mods, &pv_dict_type) ? pv_dict_items_list(mods) : NULL;
    for (size_t i = 0; items && i < pv_list_size(items); i++) {
        Value it = pv_list_items(items)[i];
        Value name = pv_tuple_items(it)[0], m = pv_tuple_items(it)[1];
        /* __main__ of a script has no spec, as in CPython */
        if (!pv_is_type(m, &pv_module_type) || !pv_is_str(name) ||
            pv_str_eq_cstr(name, "__main__"))
            continue;
        Value d = ((PvModule *)m)->dict;
        Value spec = pv_dict_get_str(d, "__spec__");
        Value file = pv_dict_get_str(d, "__file__");
        if (spec != pv_None || !file || !pv_is_str(file))
            continue;
        Value path = pv_dict_get_str(d, "__path__");
        set_spec(d, name, file, path);
    }
    pv_err_clear();
}

static Value load_source(Value fullname, Value file, Value pkgdir)
{
    Value mods = sys_modules();
    if (!mods)
        return NULL;
    Value m = pv_module_new(fullname);
    if (!m)
        return NULL;
    Value d = ((PvModule *)m)->dict;
    Value pkg;
    if (pkgdir) {
        pkg = fullname;
        Value path = pv_list_from(&pkgdir, 1);
        if (!path || pv_dict_set_str(d, "__path__", path) < 0)
            return NULL;
    } else {
        const char *s = pv_str_data(fullname), *dot = strrchr(s, '.');
        pkg = pv_str_new(s, dot ? (size_t)(dot - s) : 0);
        if (!pkg)
            return NULL;
    }
    if (pv_dict_set_str(d, "__file__", file) < 0 || pv_dict_set_str(d, "__package__", pkg) < 0 ||
        set_spec(d, fullname, file, pv_dict_get_str(d, "__path__")) < 0 ||
        pv_dict_set_str(d, "__builtins__", pv_builtins_module) < 0)
        return NULL;
    if (pv_dict_set(mods, fullname, m) < 0)
        return NULL;
    if (pv_dict_set(initializing, fullname, pv_True) < 0)
        return NULL;
    int rc = pv_run_file_in(file, d);
    Value saved = pv_err_fetch();
    pv_dict_del(initializing, fullname);
    pv_err_clear();
    pv_err_restore(saved);
    if (rc < 0) {
        Value exc = pv_err_fetch();
        if (pv_dict_get(mods, fullname))
            pv_dict_del(mods, fullname);
        pv_err_clear();
        pv_err_restore(exc);
        return NULL;
    }
    Value r = pv_dict_get(mods, fullname);
    if (!r) {
        if (!pv_err_occurred())
            pv_raise(&pv_exc_ImportError, "Loaded module %S not found in sys.modules", fullname);
        return NULL;
    }
    if (pv_str_eq_cstr(fullname, "importlib._bootstrap"))
        give_specs();
    return r;
}

/* Import one dotted name whose parent (if any) is already imported. */
static Value import_one(Value fullname, Value parent)
{
    Value mods = sys_modules();
    if (!mods)
        return NULL;
    Value m = pv_dict_get(mods, fullname);
    if (m) {
        if (m == pv_None) {
            Value msg = pv_str_printf("import of %S halted; None in sys.modules", fullname);
            Value exc = msg ? pv_exc_new(&pv_exc_ModuleNotFoundError, &msg, 1) : NULL;
            if (exc)
                pv_setattr_str(exc, "name", fullname);
            return exc ? pv_raise_value(exc) : NULL;
        }
        return m;
    }
    if (pv_err_occurred())
        return NULL;
    const char *full = pv_str_data(fullname);
    const char *dot = strrchr(full, '.');
    Value name = dot ? pv_str_from_cstr(dot + 1) : fullname;
    if (!name)
        return NULL;
    Value paths;
    if (parent) {
        paths = pv_getattr_opt(parent, pv_intern("__path__"));
        if (!paths) {
            if (pv_err_occurred())
                return NULL;
            Value msg = pv_str_printf("No module named '%S'; '%S' is not a package", fullname,
                                      ((PvModule *)parent)->name);
            if (!msg)
                return NULL;
            Value exc = pv_exc_new(&pv_exc_ModuleNotFoundError, &msg, 1);
            if (exc)
                pv_setattr_str(exc, "name", fullname);
            return exc ? pv_raise_value(exc) : NULL;
        }
    } else {
        const PvBuiltinModule *b = find_builtin(full);
        if (b) {
            m = b->init();
            if (!m)
                return NULL;
            if (pv_dict_set(mods, fullname, m) < 0)
                return NULL;
            return m;
        }
        paths = pv_sys_get("path");
        if (!paths)
            return not_found(fullname);
    }
    Value file = NULL, pkgdir = NULL, native = NULL;
    int found = find_source(paths, name, &file, &pkgdir, &native);
    if (found < 0)
        return NULL;
    if (!found)
        return not_found(fullname);
    if (native) {
        if (pv_dict_set(mods, fullname, native) < 0)
            return NULL;
        m = native;
    } else {
        m = load_source(fullname, file, pkgdir);
        if (!m)
            return NULL;
    }
    if (parent && pv_setattr(parent, name, m) < 0)
        return NULL;
    return m;
}

static Value finder_module(void);

static int ensure_init(void)
{
    if (!initializing) {
        pv_gc_add_root(&initializing);
        initializing = pv_dict_new();
        if (!initializing)
            return -1;
    }
    if (!finder) {
        pv_gc_add_root(&finder);
        if (!(finder = finder_module()))
            return -1;
        Value mp = pv_sys_get("meta_path");
        if (mp && pv_isinst(mp, &pv_list_type) && pv_list_append(mp, finder) < 0)
            return -1;
    }
    return 0;
}

/* Import every prefix of a dotted absolute name; returns the leaf. */
static Value import_dotted(Value absname)
{
    if (ensure_init() < 0)
        return NULL;
    const char *s = pv_str_data(absname);
    size_t n = pv_str_size(absname);
    Value parent = NULL, m = NULL;
    Value mods = sys_modules();
    if (!mods)
        return NULL;
    /* fast path: already imported */
    m = pv_dict_get(mods, absname);
    if (m && m != pv_None && !pv_dict_get(initializing, absname))
        return m;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.')
            continue;
        Value prefix = i == n ? absname : pv_str_new(s, i);
        if (!prefix)
            return NULL;
        m = import_one(prefix, parent);
        if (!m)
            return NULL;
        parent = m;
    }
    return m;
}

static Value resolve_name(Value name, Value globals, int level)
{
    Value pkg = globals ? pv_dict_get_str(globals, "__package__") : NULL;
    if (!pkg || pkg == pv_None) {
        Value modname = globals ? pv_dict_get_str(globals, "__name__") : NULL;
        if (!modname || !pv_is_str(modname))
            return pv_raise(&pv_exc_ImportError,
                            "attempted relative import with no known parent package");
        if (globals && pv_dict_get_str(globals, "__path__")) {
            pkg = modname;
        } else {
            const char *s = pv_str_data(modname), *dot = strrchr(s, '.');
            pkg = pv_str_new(s, dot ? (size_t)(dot - s) : 0);
            if (!pkg)
                return NULL;
        }
    }
    if (!pv_is_str(pkg))
        return pv_raise(&pv_exc_TypeError, "package must be a string");
    if (pv_str_size(pkg) == 0)
        return pv_raise(&pv_exc_ImportError,
                        "attempted relative import with no known parent package");
    const char *s = pv_str_data(pkg);
    size_t end = pv_str_size(pkg);
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.')
            end--;
        if (end == 0)
            return pv_raise(&pv_exc_ImportError,
                            "attempted relative import beyond top-level package");
        end--;
    }
    Value base = pv_str_new(s, end);
    if (!base)
        return NULL;
    if (pv_str_size(name) == 0)
        return base;
    return pv_str_printf("%S.%S", base, name);
}

static int handle_fromlist(Value m, Value fromlist, int depth);

static int import_sub_if_missing(Value m, Value item, int depth)
{
    if (!pv_is_str(item))
        return 0;
    if (pv_str_eq_cstr(item, "*")) {
        Value all = pv_getattr_opt(m, pv_intern("__all__"));
        if (all && depth == 0)
            return handle_fromlist(m, all, depth + 1);
        return pv_err_occurred() ? -1 : 0;
    }
    Value v = pv_getattr_opt(m, item);
    if (v)
        return 0;
    if (pv_err_occurred())
        return -1;
    Value full = pv_str_printf("%S.%S", ((PvModule *)m)->name, item);
    if (!full)
        return -1;
    Value sub = import_one(full, m);
    if (!sub) {
        Value e = pv_err_occurred();
        if (e && pv_isinst(e, &pv_exc_ModuleNotFoundError)) {
            Value nm = pv_getattr_opt(e, pv_intern("name"));
            if (nm && pv_is_str(nm) && pv_str_eq(nm, full)) {
                pv_err_clear();
                return 0;
            }
        }
        return -1;
    }
    return 0;
}

static int handle_fromlist(Value m, Value fromlist, int depth)
{
    Value t = pv_sequence_tuple(fromlist);
    if (!t)
        return -1;
    for (size_t i = 0; i < pv_tuple_size(t); i++)
        if (import_sub_if_missing(m, pv_tuple_items(t)[i], depth) < 0)
            return -1;
    return 0;
}

Value pv_import(Value name, Value globals, Value fromlist, int level)
{
    if (ensure_init() < 0)
        return NULL;
    if (!pv_is_str(name))
        return pv_raise(&pv_exc_TypeError, "module name must be str, not %T", name);
    if (level < 0)
        return pv_raise(&pv_exc_ValueError, "level must be >= 0");
    Value absname = name;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (!absname)
            return NULL;
    } else if (pv_str_size(name) == 0) {
        return pv_raise(&pv_exc_ValueError, "Empty module name");
    }
    Value m = import_dotted(absname);
    if (!m)
        return NULL;
    bool has_from = fromlist && fromlist != pv_None;
    if (has_from) {
        int t = pv_truthy(fromlist);
        if (t < 0)
            return NULL;
        has_from = t;
    }
    if (!has_from) {
        if (level == 0) {
            const char *s = pv_str_data(name), *dot = strchr(s, '.');
            if (!dot)
                return m;
            Value top = pv_str_new(s, (size_t)(dot - s));
            Value mods = sys_modules();
            if (!top || !mods)
                return NULL;
            Value r = pv_dict_get(mods, top);
            return r ? r : not_found(top);
        }
        /* relative without fromlist: the top of the resolved name */
        if (pv_str_size(name) == 0)
            return m;
        const char *s = pv_str_data(name), *dot = strchr(s, '.');
        if (!dot)
            return m;
        size_t cut = pv_str_size(absname) - (pv_str_size(name) - (size_t)(dot - s));
        Value top = pv_str_new(pv_str_data(absname), cut);
        Value mods = sys_modules();
        if (!top || !mods)
            return NULL;
        Value r = pv_dict_get(mods, top);
        return r ? r : not_found(top);
    }
    if (pv_getattr_opt(m, pv_intern("__path__"))) {
        if (handle_fromlist(m, fromlist, 0) < 0)
            return NULL;
    } else if (pv_err_occurred()) {
        return NULL;
    }
    return m;
}

Value pv_import_cstr(const char *name)
{
    Value n = pv_str_from_cstr(name);
    if (!n)
        return NULL;
    return import_dotted(n);
}

Value pv_import_from(Value module, Value name)
{
    Value v = pv_getattr_opt(module, name);
    if (v)
        return v;
    if (pv_err_occurred() && !pv_err_matches(&pv_exc_AttributeError))
        return NULL;
    pv_err_clear();
    Value modname = pv_getattr_opt(module, pv_intern("__name__"));
    pv_err_clear();
    if (modname && pv_is_str(modname)) {
        Value full = pv_str_printf("%S.%S", modname, name);
        Value mods = sys_modules();
        if (full && mods) {
            Value sub = pv_dict_get(mods, full);
            if (sub)
                return sub;
        }
        pv_err_clear();
    }
    Value path = pv_getattr_opt(module, pv_intern("__file__"));
    pv_err_clear();
    Value mn = modname && pv_is_str(modname) ? modname : pv_str_from_cstr("<unknown module name>");
    Value msg;
    bool partial = modname && initializing && pv_dict_get(initializing, modname);
    if (partial)
        msg = pv_str_printf("cannot import name '%S' from partially initialized module '%S' "
                            "(most likely due to a circular import) (%S)",
                            name, mn, path && pv_is_str(path) ? path : pv_str_from_cstr("unknown location"));
    else if (path && pv_is_str(path))
        msg = pv_str_printf("cannot import name '%S' from '%S' (%S)", name, mn, path);
    else
        msg = pv_str_printf("cannot import name '%S' from '%S' (unknown location)", name, mn);
    if (!msg)
        return NULL;
    Value exc = pv_exc_new(&pv_exc_ImportError, &msg, 1);
    if (!exc)
        return NULL;
    pv_setattr_str(exc, "name", mn);
    if (path && pv_is_str(path))
        pv_setattr_str(exc, "path", path);
    return pv_raise_value(exc);
}

int pv_import_star(Value module, Value locals)
{
    Value all = pv_getattr_opt(module, pv_intern("__all__"));
    bool skip_private = false;
    if (!all) {
        if (pv_err_occurred())
            return -1;
        Value d = pv_getattr_opt(module, pv_intern("__dict__"));
        if (!d) {
            if (!pv_err_occurred())
                pv_raise(&pv_exc_ImportError,
                         "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = pv_sequence_list(d);
        if (!all)
            return -1;
        skip_private = true;
    }
    Value t = pv_sequence_tuple(all);
    if (!t)
        return -1;
    for (size_t i = 0; i < pv_tuple_size(t); i++) {
        Value n = pv_tuple_items(t)[i];
        if (!pv_is_str(n)) {
            Value mn = pv_getattr_opt(module, pv_intern("__name__"));
            pv_err_clear();
            pv_raise(&pv_exc_TypeError, "Item in %S.__all__ must be str, not %T",
                     mn ? mn : pv_str_from_cstr("?"), n);
            return -1;
        }
        if (skip_private && pv_str_data(n)[0] == '_')
            continue;
        Value v = pv_getattr(module, n);
        if (!v)
            return -1;
        if (pv_is_type(locals, &pv_dict_type) ? pv_dict_set(locals, n, v) < 0
                                               : pv_setitem(locals, n, v) < 0)
            return -1;
    }
    return 0;
}

/* Locate a module for `pyvm -m`: imports its parents and returns the path
 * of its source file (for a package: its __main__.py). */
Value pv_import_find_main(Value fullname, Value *pkgname)
{
    const char *s = pv_str_data(fullname), *dot = strrchr(s, '.');
    Value parent = NULL, paths;
    *pkgname = pv_str_new(s, dot ? (size_t)(dot - s) : 0);
    if (!*pkgname)
        return NULL;
    if (dot) {
        parent = import_dotted(*pkgname);
        if (!parent)
            return NULL;
        paths = pv_getattr_opt(parent, pv_intern("__path__"));
        if (!paths) {
            if (!pv_err_occurred())
                not_found(fullname);
            return NULL;
        }
    } else {
        paths = pv_sys_get("path");
    }
    Value name = pv_str_from_cstr(dot ? dot + 1 : s);
    Value file = NULL, pkgdir = NULL;
    int found = name && paths ? find_source(paths, name, &file, &pkgdir, NULL) : 0;
    if (found < 0)
        return NULL;
    if (!found) {
        if (!pv_err_occurred())
            not_found(fullname);
        return NULL;
    }
    if (pkgdir) {
        /* run the package's __main__ submodule */
        if (!import_dotted(fullname))
            return NULL;
        Value sub = pv_str_printf("%S.__main__", fullname);
        return sub ? pv_import_find_main(sub, pkgname) : NULL;
    }
    return file;
}

/* find_spec(name, path=None, target=None): a spec for a built-in module,
 * a source module or package, or an add-on (loaded now: its spec keeps
 * it as loader_state); None when there is no such module. */
static Value f_find_spec(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"fullname", "path", "target", NULL};
    Value name, path = pv_None, target = pv_None;
    if (pv_parse_args("find_spec", args, nargs, kwnames, "U|OO", kw, &name, &path, &target) < 0)
        return NULL;
    const char *full = pv_str_data(name), *dot = strrchr(full, '.');
    if (!dot && find_builtin(full))
        return make_spec(name, pv_str_from_cstr("built-in"), NULL, false);
    Value paths = path != pv_None ? path : pv_sys_get("path");
    if (!paths)
        return pv_None;
    Value last = dot ? pv_str_from_cstr(dot + 1) : name;
    Value file = NULL, pkgdir = NULL, native = NULL;
    int found = last ? find_source(paths, last, &file, &pkgdir, &native) : -1;
    if (found <= 0)
        return found < 0 ? NULL : pv_None;
    if (native) {
        Value origin = pv_getattr_opt(native, pv_intern("__file__"));
        pv_err_clear();
        Value spec = make_spec(name, origin ? origin : pv_None, NULL, origin != NULL);
        if (!spec || pv_setattr_str(spec, "loader_state", native) < 0)
            return NULL;
        return spec;
    }
    Value plist = pkgdir ? pv_list_from(&pkgdir, 1) : NULL;
    if (pkgdir && !plist)
        return NULL;
    return make_spec(name, file, plist, true);
}

/* create_module(spec): built-in and add-on modules are made here, source
 * modules get importlib's default (a new module, then exec_module). */
static Value f_create_module(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("create_module", nargs, kwnames) < 0)
        return NULL;
    Value spec = args[0];
    Value state = pv_getattr_str(spec, "loader_state");
    if (!state)
        return NULL;
    if (state != pv_None)
        return state;
    Value origin = pv_getattr_str(spec, "origin");
    Value name = origin ? pv_getattr_str(spec, "name") : NULL;
    if (!name)
        return NULL;
    if (pv_is_str(origin) && pv_str_eq_cstr(origin, "built-in") && pv_is_str(name)) {
        const PvBuiltinModule *b = find_builtin(pv_str_data(name));
        Value mods = sys_modules();
        Value m = mods ? pv_dict_get(mods, name) : NULL;
        if (m || !b)
            return m ? m : pv_None;
        return b->init();
    }
    return pv_None;
}

/* exec_module(module): run a source module's code in its namespace (also
 * importlib.reload); nothing to do for built-in and add-on modules. */
static Value f_exec_module(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_one("exec_module", nargs, kwnames) < 0)
        return NULL;
    Value m = args[0];
    if (!pv_isinst(m, &pv_module_type))
        return pv_raise(&pv_exc_TypeError, "exec_module() argument must be a module, not %T", m);
    Value d = ((PvModule *)m)->dict;
    Value spec = pv_dict_get_str(d, "__spec__");
    Value origin = spec && spec != pv_None ? pv_getattr_str(spec, "origin") : NULL;
    Value state = origin ? pv_getattr_str(spec, "loader_state") : NULL;
    if (!state)
        return pv_err_occurred() ? NULL : pv_None;
    if (state != pv_None || !pv_is_str(origin) || pv_str_eq_cstr(origin, "built-in"))
        return pv_None;
    if (!pv_dict_get_str(d, "__builtins__") &&
        pv_dict_set_str(d, "__builtins__", pv_builtins_module) < 0)
        return NULL;
    return pv_run_file_in(origin, d) < 0 ? NULL : pv_None;
}

static const PvMethodDef finder_functions[] = {
    {"find_spec", f_find_spec, 0, "importlib finder: a ModuleSpec for fullname, or None."},
    {"create_module", f_create_module, 0, "importlib loader: built-in and add-on modules."},
    {"exec_module", f_exec_module, 0, "importlib loader: run a source module."},
    {NULL, NULL, 0, NULL},
};

static Value finder_module(void)
{
    Value m = pv_module_new_cstr("_pvimport");
    if (!m || pv_module_add_functions(m, finder_functions) < 0)
        return NULL;
    return m;
}
