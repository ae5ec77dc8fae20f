/* A plain pyvm add-on: ordinary C functions plus a descriptor. Nothing
 * here depends on pyvm; C programs can link this library as usual. */
#include <pyvm/addon.h>
#include <unistd.h>

static int add(int a, int b) { return a + b; }
static unsigned nap_ms(unsigned ms) { usleep(ms * 1000u); return ms; }

static const pyvm_addon_func funcs[] = {
    {"int add(int, int)", (void *)add, PYVM_NONBLOCKING},
    {"unsigned nap_ms(unsigned)", (void *)nap_ms, PYVM_BLOCKING}, /* sleeps: off the VM thread */
    {NULL, NULL, 0}};
static const pyvm_addon_const consts[] = {PYVM_CONST_STR("VERSION", "1.0"), {NULL, 0, 0, 0, NULL}};

PYVM_ADDON(napper) = {PYVM_ADDON_ABI, "napper", "Adds and naps.", funcs, consts, NULL};
