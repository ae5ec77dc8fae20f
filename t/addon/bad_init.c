/* A plain add-on whose init function fails. */
#include <pyvm/addon.h>
static int init(void) { return 7; }
PYVM_ADDON(bad_init) = {PYVM_ADDON_ABI, "bad_init", NULL, NULL, NULL, init};
