/* os.h: helpers shared by the files of the `_posix` module (os.c,
 * os_misc.c, os_proc.c). Lib/posix.py wraps `_posix` into `posix`, which
 * CPython's own os.py then uses. */
#ifndef PV_MODULES_OS_H
#define PV_MODULES_OS_H

#include "pv.h"

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

/* A converted path argument. */
typedef struct PvPath {
    Value obj;        /* the argument as given (error filenames) */
    const char *s;    /* the C path, or NULL when fd >= 0 */
    int fd;           /* an fd was given instead (allow_fd), else -1 */
    bool bytes;       /* answer names as bytes */
} PvPath;

/* Convert v (str, bytes, os.PathLike; an int when allow_fd). fname names
 * the function in TypeError messages, as CPython's. */
int pv_os_path(Value v, PvPath *p, const char *fname, bool allow_fd);
/* dir_fd=None|int -> AT_FDCWD or the fd. */
int pv_os_dir_fd(Value v, int *fd);
/* int argument -> C int (CPython's messages). */
int pv_os_int(Value v, int *out);
/* Name from the OS as str (surrogateescape) or bytes. */
Value pv_os_name(const char *s, size_t n, bool as_bytes);

/* signal.c: right after os.kill/raise_signal hit this process, run the
 * Python handler of signo now when thread 0 is the caller (as CPython
 * does before the call returns). -1: the handler raised. */
int pv_signal_run_now(int signo);

int pv_os_misc_add(Value m);  /* os_misc.c */
int pv_os_proc_add(Value m);  /* os_proc.c */

#endif
