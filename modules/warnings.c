/* warnings.c: a _warnings built-in module that importlib's bootstrap can
 * find. It has none of the C accelerators, so warnings.py uses its
 * pure-Python implementation (its documented fallback). */
#include "pv.h"

Value pv_warnings_module_init(void)
{
    return pv_module_new_cstr("_warnings");
}
