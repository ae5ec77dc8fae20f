/* A native add-on claiming a future ABI version. */
#include <pyvm/pyvm.h>
static pyvm_obj init(void) { return pyvm_module_new("bad_abi"); }
PYVM_NATIVE_EXPORT const pyvm_native pyvm_native_bad_abi = {PYVM_ABI_VERSION + 998, "bad_abi", init};
