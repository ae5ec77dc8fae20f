/* A function given by name only, which nothing defines. */
#include <pyvm/addon.h>
static const pyvm_addon_func funcs[] = {
    {"int pyvm_no_such_function_anywhere(int)", NULL, 0}, {NULL, NULL, 0}};
PYVM_ADDON(bad_symbol) = {PYVM_ADDON_ABI, "bad_symbol", NULL, funcs, NULL, NULL};
