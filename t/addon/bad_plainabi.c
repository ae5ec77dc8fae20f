/* A plain add-on with a descriptor version this pyvm does not know. */
#include <pyvm/addon.h>
PYVM_ADDON(bad_plainabi) = {PYVM_ADDON_ABI + 6, "bad_plainabi", NULL, NULL, NULL, NULL};
