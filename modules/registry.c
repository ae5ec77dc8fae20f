/* registry.c: the built-in C modules that `import` finds by name. Each
 * owner adds one line: { "name", init } where init returns the module. */
#include "pv.h"

Value pv_sys_module_init(void);
Value pv_io_module_init(void);
Value pv_math_module_init(void);
Value pv_cmath_module_init(void);
Value pv_weakref_module_init(void);
Value pv_thread_module_init(void);
Value pv_time_module_init(void);
Value pv_atexit_module_init(void);
Value pv_gc_module_init(void);
Value pv_struct_module_init(void);
Value pv_md5_module_init(void);
Value pv_sha1_module_init(void);
Value pv_sha256_module_init(void);
Value pv_sha512_module_init(void);
Value pv_random_module_init(void);
Value pv_binascii_module_init(void);
Value pv_array_module_init(void);
Value pv_warnings_module_init(void);
Value pv_locale_module_init(void);
Value pv_os_module_init(void);
Value pv_signal_module_init(void);
Value pv_zlib_module_init(void);
Value pv_pwdgrp_module_init(void);
Value pv_pvtest_module_init(void);
Value pv_ffi_module_init(void);
Value pv_socket_module_init(void);
Value pv_select_module_init(void);
Value pv_marshal_module_init(void);
Value pv_sre_module_init(void);

const PvBuiltinModule pv_builtin_modules[] = {
    {"sys", pv_sys_module_init},
    {"io", pv_io_module_init},
    {"math", pv_math_module_init},
    {"cmath", pv_cmath_module_init},
    {"_weakref", pv_weakref_module_init},
    {"thread", pv_thread_module_init},
    {"_thread", pv_thread_module_init},
    {"time", pv_time_module_init},
    {"ffi", pv_ffi_module_init},
    {"_socket", pv_socket_module_init},
    {"_select", pv_select_module_init},
    {"_posix", pv_os_module_init},
    {"_signal", pv_signal_module_init},
    {"zlib", pv_zlib_module_init},
    {"_pwdgrp", pv_pwdgrp_module_init},
    {"_pvtest", pv_pvtest_module_init},
    {"atexit", pv_atexit_module_init},
    {"gc", pv_gc_module_init},
    {"_struct", pv_struct_module_init},
    {"_md5", pv_md5_module_init},
    {"_sha1", pv_sha1_module_init},
    {"_sha256", pv_sha256_module_init},
    {"_sha512", pv_sha512_module_init},
    {"_random", pv_random_module_init},
    {"binascii", pv_binascii_module_init},
    {"array", pv_array_module_init},
    {"_warnings", pv_warnings_module_init},
    {"_locale", pv_locale_module_init},
    {"marshal", pv_marshal_module_init},
    {"_sre", pv_sre_module_init},
    {NULL, NULL},
};
