/* A prototype the declaration parser rejects. */
#include <pyvm/addon.h>
static int f(int x) { return x; }
static const pyvm_addon_func funcs[] = {{"int f(int,, int)", (void *)f, 0}, {NULL, NULL, 0}};
PYVM_ADDON(bad_proto) = {PYVM_ADDON_ABI, "bad_proto", NULL, funcs, NULL, NULL};
