/* addon.c: loading add-on modules (shared libraries) found by `import`.
 *
 * import.c asks pv_import_native(dir, name) after it found no package and
 * no source module in a sys.path entry; we look for dir/name.so and read
 * one of two descriptors from it (include/pyvm/):
 *   pyvm_native_<name>  native add-on: ABI check, then its init() builds
 *                       the module with the object API (vm/capi.c);
 *   pyvm_addon_<name>   plain add-on: C prototypes + function pointers,
 *                       each wrapped as an ffi function (blocking or not),
 *                       plus constants.
 * Every failure (no descriptor, bad prototype, unknown symbol, ABI
 * mismatch, dlopen error) is an ImportError naming the file and the
 * reason. The library stays loaded for the life of the process. */
#include "pv.h"
#include "../ffi/ffi.h"
#include "../include/pyvm/addon.h"
#include "../include/pyvm/pyvm.h"
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ImportError("<path>: <reason>") with .name and .path set, as CPython's
 * loader errors. */
static Value import_error(Value name, Value path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value reason = pv_str_vprintf(fmt, ap);
    va_end(ap);
    Value msg = reason ? pv_str_printf("%S: %S", path, reason) : NULL;
    Value exc = msg ? pv_exc_new(&pv_exc_ImportError, &msg, 1) : NULL;
    if (!exc || pv_setattr_str(exc, "name", name) < 0 || pv_setattr_str(exc, "path", path) < 0)
        return NULL;
    return pv_raise_value(exc);
}

/* The message of the pending exception (taken), for wrapping it. */
static Value pending_message(void)
{
    Value exc = pv_err_fetch();
    Value s = exc ? pv_str(exc) : NULL;
    if (!s) {
        pv_err_clear();
        s = pv_str_from_cstr("unknown error");
    }
    return s;
}

static int add_consts(Value m, Value name, Value path, const pyvm_addon_const *c)
{
    for (; c && c->name; c++) {
        Value v;
        switch (c->kind) {
        case PYVM_CONST_INT_KIND: v = pv_int_from_i64(c->i); break;
        case PYVM_CONST_FLOAT_KIND: v = pv_float_new(c->f); break;
        case PYVM_CONST_STR_KIND:
            v = c->s ? pv_str_decode_utf8(c->s, strlen(c->s), "strict") : pv_None;
            break;
        default:
            import_error(name, path, "constant '%s' has an unknown kind %d", c->name, c->kind);
            return -1;
        }
        if (!v || pv_module_add(m, c->name, v) < 0)
            return -1;
    }
    return 0;
}

static Value load_plain(void *handle, const pyvm_addon *d, Value name, Value path)
{
    if (d->abi != PYVM_ADDON_ABI)
        return import_error(name, path, "plain add-on ABI version %d, this pyvm supports %d",
                            d->abi, PYVM_ADDON_ABI);
    if (pv_ffi_call_ready() < 0 || pv_ffi_memory_ready() < 0)
        return NULL;
    /* check every function before running any of the library's code */
    const pyvm_addon_func *f;
    for (f = d->funcs; f && f->decl; f++) {
        char *cname = NULL;
        PvCType *t = pv_ffi_parse_decl(f->decl, &cname);
        if (!t) {
            Value why = pending_message();
            return why ? import_error(name, path, "bad prototype '%s': %S", f->decl, why) : NULL;
        }
        bool isfn = t->kind == PV_CT_FUNC;
        void *addr = f->fn ? f->fn : dlsym(handle, cname);
        Value err = NULL;
        if (!isfn)
            err = import_error(name, path, "'%s' is not a function prototype", f->decl);
        else if (!addr)
            err = import_error(name, path, "unknown symbol '%s'", cname);
        free(cname);
        if (!isfn || !addr)
            return err;
    }
    if (d->init) {
        int rc = d->init();
        if (rc != 0)
            return import_error(name, path, "init function failed (returned %d)", rc);
    }
    Value m = pv_module_new(name);
    if (!m || pv_module_add(m, "__file__", path) < 0)
        return NULL;
    if (d->doc) {
        Value doc = pv_str_decode_utf8(d->doc, strlen(d->doc), "strict");
        if (!doc || pv_module_add(m, "__doc__", doc) < 0)
            return NULL;
    }
    for (f = d->funcs; f && f->decl; f++) {
        char *cname = NULL;
        PvCType *t = pv_ffi_parse_decl(f->decl, &cname);
        if (!t)
            return NULL;
        void *addr = f->fn ? f->fn : dlsym(handle, cname);
        Value w = pv_ffi_wrap_function(cname, t, addr, f->blocking != 0);
        int rc = w ? pv_module_add(m, cname, w) : -1;
        free(cname);
        if (rc < 0)
            return NULL;
    }
    if (add_consts(m, name, path, d->consts) < 0)
        return NULL;
    return m;
}

static Value load_native(const pyvm_native *d, Value name, Value path)
{
    if (d->abi != PYVM_ABI_VERSION)
        return import_error(name, path, "native add-on built for ABI version %d, "
                            "this pyvm has ABI version %d", d->abi, PYVM_ABI_VERSION);
    if (!d->init)
        return import_error(name, path, "native add-on has no init function");
    Value m = (Value)d->init();
    if (!m) {
        if (!pv_err_occurred())
            return import_error(name, path, "init function failed without an exception");
        return NULL;
    }
    if (pv_isinst(m, &pv_module_type) && pv_setattr_str(m, "__file__", path) < 0)
        return NULL;
    return m;
}

Value pv_import_native(Value dir, Value name, Value fullname)
{
    Value path = pv_str_printf("%S/%S.so", dir, name);
    if (!path)
        return NULL;
    struct stat st;
    if (stat(pv_str_data(path), &st) < 0 || !S_ISREG(st.st_mode))
        return NULL;
    if (!fullname)
        fullname = name;
    void *handle = dlopen(pv_str_data(path), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *e = dlerror();
        return import_error(fullname, path, "cannot load: %s", e ? e : "dlopen failed");
    }
    Value sym = pv_str_printf("pyvm_native_%S", name);
    if (!sym)
        return NULL;
    dlerror();
    const pyvm_native *nd = dlsym(handle, pv_str_data(sym));
    Value m;
    if (nd) {
        m = load_native(nd, fullname, path);
    } else {
        sym = pv_str_printf("pyvm_addon_%S", name);
        const pyvm_addon *pd = sym ? dlsym(handle, pv_str_data(sym)) : NULL;
        if (pd)
            m = load_plain(handle, pd, fullname, path);
        else
            m = sym ? import_error(fullname, path, "no add-on descriptor (neither "
                                   "pyvm_native_%S nor pyvm_addon_%S is defined)", name, name)
                    : NULL;
    }
    /* a failed load leaves nothing of the library behind; a loaded one
     * stays: its functions are referenced by the module */
    if (!m && !nd)
        dlclose(handle);
    return m;
}
