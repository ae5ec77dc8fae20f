/* A native add-on using a pyvm_* function the executable does not have:
 * dlopen itself fails (undefined symbol). */
#include <pyvm/pyvm.h>
pyvm_obj pyvm_function_from_the_future(void);
static pyvm_obj init(void) { return pyvm_function_from_the_future(); }
PYVM_MODULE(bad_undef, init);
