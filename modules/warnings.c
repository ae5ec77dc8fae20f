/* warnings.c: a _warnings built-in module that importlib's bootstrap can
 * find. It has none of the C accelerators, so warnings.py uses its
 * pure-Python implementation (its documented fallback). */
#include "pv.h"
#include <stdarg.h>

Value pv_warnings_module_init(void)
{
    return pv_module_new_cstr("_warnings");
}

/* Issue a warning from C through warnings.warn, so filters, "always",
 * catch_warnings and -W behave as for Python code.  Returns -1 when the
 * warning became an exception. */
int pv_warn(PvType *category, int stacklevel, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = pv_str_vprintf(fmt, ap);
    va_end(ap);
    if (!msg)
        return -1;
    Value mod = pv_import_cstr("warnings");
    Value warn = mod ? pv_getattr(mod, pv_str_from_cstr("warn")) : NULL;
    if (!warn)
        return -1;
    Value args[3] = {msg, (Value)category, pv_small(stacklevel)};
    return pv_call(warn, args, 3, NULL) ? 0 : -1;
}
