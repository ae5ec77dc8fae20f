/* os_misc.c: the `_posix` functions about the process and the system
 * rather than files: ids, signals to processes, the environment,
 * uname/times/sysconf, random bytes, the terminal size, wait-status
 * macros, and the module's constants. */
#define _GNU_SOURCE
#include "os.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/random.h>
#endif

extern char **environ;

#define UNUSED (void)self, (void)args, (void)nargs, (void)kwnames

static int no_args(const char *fname, size_t nargs, Value kwnames)
{
    return pv_check_nargs(fname, nargs, 0, 0) < 0 || pv_check_no_kwargs(fname, kwnames) < 0 ? -1 : 0;
}

/* one-int-argument functions */
static int int1(const char *fname, Value *args, size_t nargs, Value kwnames, int *out)
{
    static const char *const kw[] = {"", NULL};
    Value v;
    if (pv_parse_args(fname, args, nargs, kwnames, "O", kw, &v) < 0)
        return -1;
    return pv_os_int(v, out);
}

#define GETID(name, expr)                                                    \
    FN(os_##name)                                                            \
    {                                                                        \
        UNUSED;                                                              \
        if (no_args(#name, nargs, kwnames) < 0)                              \
            return NULL;                                                     \
        return pv_int_from_i64((int64_t)(expr));                             \
    }
GETID(getpid, getpid())
GETID(getppid, getppid())
GETID(getuid, getuid())
GETID(geteuid, geteuid())
GETID(getgid, getgid())
GETID(getegid, getegid())
GETID(getpgrp, getpgrp())

/* set*id(int) and friends: -1 means error */
#define SETID(name, call)                                                    \
    FN(os_##name)                                                            \
    {                                                                        \
        (void)self;                                                          \
        int v;                                                               \
        if (int1(#name, args, nargs, kwnames, &v) < 0)                       \
            return NULL;                                                     \
        if ((call) < 0)                                                      \
            return pv_raise_errno(errno);                                    \
        return pv_None;                                                      \
    }
SETID(setuid, setuid((uid_t)v))
SETID(setgid, setgid((gid_t)v))
SETID(seteuid, seteuid((uid_t)v))
SETID(setegid, setegid((gid_t)v))

FN(os_getpgid)
{
    (void)self;
    int pid;
    if (int1("getpgid", args, nargs, kwnames, &pid) < 0)
        return NULL;
    pid_t r = getpgid(pid);
    return r < 0 ? pv_raise_errno(errno) : pv_small(r);
}

FN(os_getsid)
{
    (void)self;
    int pid;
    if (int1("getsid", args, nargs, kwnames, &pid) < 0)
        return NULL;
    pid_t r = getsid(pid);
    return r < 0 ? pv_raise_errno(errno) : pv_small(r);
}

FN(os_setsid)
{
    UNUSED;
    if (no_args("setsid", nargs, kwnames) < 0)
        return NULL;
    return setsid() < 0 ? pv_raise_errno(errno) : pv_None;
}

FN(os_setpgid)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    int pid, pg;
    if (pv_parse_args("setpgid", args, nargs, kwnames, "ii", kw, &pid, &pg) < 0)
        return NULL;
    return setpgid(pid, pg) < 0 ? pv_raise_errno(errno) : pv_None;
}

FN(os_getgroups)
{
    UNUSED;
    if (no_args("getgroups", nargs, kwnames) < 0)
        return NULL;
    gid_t g[256];
    int n = getgroups(256, g);
    if (n < 0)
        return pv_raise_errno(errno);
    Value l = pv_list_new(0);
    for (int i = 0; l && i < n; i++)
        if (pv_list_append(l, pv_int_from_i64(g[i])) < 0)
            return NULL;
    return l;
}

FN(os_getlogin)
{
    UNUSED;
    if (no_args("getlogin", nargs, kwnames) < 0)
        return NULL;
    const char *s = getlogin();
    if (!s)
        return pv_raise_errno(errno ? errno : ENOTTY);
    return pv_str_from_cstr(s);
}

static Value kill_like(const char *fname, Value *args, size_t nargs, Value kwnames, bool group)
{
    static const char *const kw[] = {"", "", NULL};
    int pid, sig;
    if (pv_parse_args(fname, args, nargs, kwnames, "ii", kw, &pid, &sig) < 0)
        return NULL;
    if ((group ? killpg(pid, sig) : kill(pid, sig)) < 0)
        return pv_raise_errno(errno);
    if (!group && pid == getpid() && pv_signal_run_now(sig) < 0)
        return NULL;
    return pv_None;
}

FN(os_kill) { (void)self; return kill_like("kill", args, nargs, kwnames, false); }
FN(os_killpg) { (void)self; return kill_like("killpg", args, nargs, kwnames, true); }

FN(os__exit)
{
    (void)self;
    static const char *const kw[] = {"status", NULL};
    int code;
    if (pv_parse_args("_exit", args, nargs, kwnames, "i", kw, &code) < 0)
        return NULL;
    _exit(code);
}

FN(os_abort)
{
    UNUSED;
    signal(SIGABRT, SIG_DFL);
    abort();
}

FN(os_nice)
{
    (void)self;
    int inc;
    if (int1("nice", args, nargs, kwnames, &inc) < 0)
        return NULL;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno)
        return pv_raise_errno(errno);
    return pv_small(r);
}

/* getrandom(size, flags=0); urandom(size) */
static Value random_bytes(int64_t n, int flags)
{
    if (n < 0)
        return pv_raise(&pv_exc_ValueError, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return pv_nomemory();
    size_t got = 0;
    while (got < (size_t)n) {
        size_t want = (size_t)n - got;
#ifdef __linux__
        ssize_t r = getrandom(buf + got, want, (unsigned)flags);
#else
        (void)flags;
        if (want > 256)
            want = 256;
        ssize_t r = getentropy(buf + got, want) == 0 ? (ssize_t)want : -1;
#endif
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            free(buf);
            return pv_raise_errno(e);
        }
        got += (size_t)r;
    }
    Value b = pv_bytes_new(buf, (size_t)n);
    free(buf);
    return b;
}

FN(os_urandom)
{
    (void)self;
    static const char *const kw[] = {"size", NULL};
    int64_t n;
    if (pv_parse_args("urandom", args, nargs, kwnames, "L", kw, &n) < 0)
        return NULL;
    return random_bytes(n, 0);
}

FN(os_getrandom)
{
    (void)self;
    static const char *const kw[] = {"size", "flags", NULL};
    int64_t n;
    int fl = 0;
    if (pv_parse_args("getrandom", args, nargs, kwnames, "L|i", kw, &n, &fl) < 0)
        return NULL;
    return random_bytes(n, fl);
}

FN(os_cpu_count)
{
    UNUSED;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? pv_small(n) : pv_None;
}

FN(os_getloadavg)
{
    UNUSED;
    double l[3];
    if (getloadavg(l, 3) != 3)
        return pv_raise(&pv_exc_OSError, "Load averages are unobtainable");
    return pv_tuple_pack(3, pv_float_new(l[0]), pv_float_new(l[1]), pv_float_new(l[2]));
}

FN(os_get_terminal_size)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int fd = 1;
    if (pv_parse_args("get_terminal_size", args, nargs, kwnames, "|i", kw, &fd) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return pv_raise_errno(errno);
    return pv_tuple_pack(2, pv_small(w.ws_col), pv_small(w.ws_row));
}

FN(os_strerror)
{
    (void)self;
    int e;
    if (int1("strerror", args, nargs, kwnames, &e) < 0)
        return NULL;
    return pv_str_from_cstr(strerror(e));
}

/* a str or bytes environment name/value as C string */
static const char *env_arg(Value *v, const char *fname)
{
    PvPath p;
    if (pv_os_path(*v, &p, fname, false) < 0)
        return NULL;
    return p.s;
}

/* putenv/unsetenv: os.environ keeps its own mapping in step (os.py). */
FN(os_putenv)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value k, v;
    if (pv_parse_args("putenv", args, nargs, kwnames, "OO", kw, &k, &v) < 0)
        return NULL;
    const char *ks = env_arg(&k, "putenv"), *vs = ks ? env_arg(&v, "putenv") : NULL;
    if (!vs)
        return NULL;
    if (!*ks || strchr(ks, '='))
        return pv_raise(&pv_exc_ValueError, "illegal environment variable name");
    if (setenv(ks, vs, 1) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_unsetenv)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value k;
    if (pv_parse_args("unsetenv", args, nargs, kwnames, "O", kw, &k) < 0)
        return NULL;
    const char *ks = env_arg(&k, "unsetenv");
    if (!ks)
        return NULL;
    if (!*ks || strchr(ks, '='))
        return pv_raise(&pv_exc_ValueError, "illegal environment variable name");
    if (unsetenv(ks) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

/* posix.environ: bytes keys and values, as CPython's on POSIX */
static Value environ_dict(void)
{
    Value d = pv_dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Value k = pv_bytes_new(*e, (size_t)(eq - *e));
        Value v = k ? pv_bytes_new(eq + 1, strlen(eq + 1)) : NULL;
        if (!v || pv_dict_set(d, k, v) < 0)
            return NULL;
    }
    return d;
}

FN(os_uname)
{
    UNUSED;
    if (no_args("uname", nargs, kwnames) < 0)
        return NULL;
    struct utsname u;
    if (uname(&u) < 0)
        return pv_raise_errno(errno);
    return pv_tuple_pack(5, pv_str_from_cstr(u.sysname), pv_str_from_cstr(u.nodename),
                         pv_str_from_cstr(u.release), pv_str_from_cstr(u.version),
                         pv_str_from_cstr(u.machine));
}

FN(os_times)
{
    UNUSED;
    if (no_args("times", nargs, kwnames) < 0)
        return NULL;
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1)
        return pv_raise_errno(errno);
    double hz = (double)sysconf(_SC_CLK_TCK);
    return pv_tuple_pack(5, pv_float_new(t.tms_utime / hz), pv_float_new(t.tms_stime / hz),
                         pv_float_new(t.tms_cutime / hz), pv_float_new(t.tms_cstime / hz),
                         pv_float_new(c / hz));
}

/* Configuration names as CPython's sysconf_names / confstr_names /
 * pathconf_names. */
typedef struct { const char *name; int v; } ConfName;
static const ConfName sysconf_names[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX}, {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK}, {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX}, {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_LINE_MAX", _SC_LINE_MAX}, {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX},
    {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX},
    {"SC_STREAM_MAX", _SC_STREAM_MAX}, {"SC_VERSION", _SC_VERSION},
#ifdef _SC_AVPHYS_PAGES
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES},
#endif
#ifdef _SC_MINSIGSTKSZ
    {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
#endif
    {NULL, 0},
};
static const ConfName confstr_names[] = {
    {"CS_PATH", _CS_PATH},
#ifdef _CS_GNU_LIBC_VERSION
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
#endif
    {NULL, 0},
};
static const ConfName pathconf_names[] = {
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON},
    {"PC_MAX_INPUT", _PC_MAX_INPUT}, {"PC_NAME_MAX", _PC_NAME_MAX},
    {"PC_PATH_MAX", _PC_PATH_MAX}, {"PC_PIPE_BUF", _PC_PIPE_BUF},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_NO_TRUNC", _PC_NO_TRUNC},
    {"PC_VDISABLE", _PC_VDISABLE},
    {NULL, 0},
};

static Value names_dict(const ConfName *t)
{
    Value d = pv_dict_new();
    for (int i = 0; d && t[i].name; i++)
        if (pv_dict_set_str(d, t[i].name, pv_small(t[i].v)) < 0)
            return NULL;
    return d;
}

/* a configuration name: int, or str looked up in the table */
static int conf_arg(Value v, const ConfName *t, int *out)
{
    if (pv_is_int(v))
        return pv_os_int(v, out);
    if (!pv_is_str(v)) {
        pv_raise(&pv_exc_TypeError, "configuration names must be strings or integers");
        return -1;
    }
    for (int i = 0; t[i].name; i++)
        if (!strcmp(t[i].name, pv_str_data(v))) {
            *out = t[i].v;
            return 0;
        }
    pv_raise(&pv_exc_ValueError, "unrecognized configuration name");
    return -1;
}

FN(os_sysconf)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value v;
    int n;
    if (pv_parse_args("sysconf", args, nargs, kwnames, "O", kw, &v) < 0 ||
        conf_arg(v, sysconf_names, &n) < 0)
        return NULL;
    errno = 0;
    long r = sysconf(n);
    if (r == -1 && errno)
        return pv_raise_errno(errno);
    return pv_int_from_i64(r);
}

FN(os_confstr)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value v;
    int n;
    if (pv_parse_args("confstr", args, nargs, kwnames, "O", kw, &v) < 0 ||
        conf_arg(v, confstr_names, &n) < 0)
        return NULL;
    char buf[1024];
    errno = 0;
    size_t r = confstr(n, buf, sizeof buf);
    if (r == 0)
        return errno ? pv_raise_errno(errno) : pv_None;
    return pv_str_from_cstr(buf);
}

static Value pathconf_like(const char *fname, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"path", "name", NULL};
    Value pv, v;
    PvPath p;
    int n;
    if (pv_parse_args(fname, args, nargs, kwnames, "OO", kw, &pv, &v) < 0 ||
        pv_os_path(pv, &p, fname, true) < 0 || conf_arg(v, pathconf_names, &n) < 0)
        return NULL;
    errno = 0;
    long r = p.fd >= 0 ? fpathconf(p.fd, n) : pathconf(p.s, n);
    if (r == -1 && errno)
        return pv_raise_errno(errno);
    return pv_int_from_i64(r);
}

FN(os_pathconf) { (void)self; return pathconf_like("pathconf", args, nargs, kwnames); }
FN(os_fpathconf) { (void)self; return pathconf_like("fpathconf", args, nargs, kwnames); }

FN(os_major)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int64_t d;
    if (pv_parse_args("major", args, nargs, kwnames, "L", kw, &d) < 0)
        return NULL;
    return pv_int_from_u64(major((dev_t)d));
}

FN(os_minor)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int64_t d;
    if (pv_parse_args("minor", args, nargs, kwnames, "L", kw, &d) < 0)
        return NULL;
    return pv_int_from_u64(minor((dev_t)d));
}

FN(os_makedev)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    int64_t a, b;
    if (pv_parse_args("makedev", args, nargs, kwnames, "LL", kw, &a, &b) < 0)
        return NULL;
    return pv_int_from_u64(makedev((unsigned)a, (unsigned)b));
}

/* wait status helpers */
#define WFN(name, expr)                                                     \
    FN(os_##name)                                                           \
    {                                                                       \
        (void)self;                                                         \
        static const char *const kw[] = {"status", NULL};                   \
        int status;                                                         \
        if (pv_parse_args(#name, args, nargs, kwnames, "i", kw, &status) < 0) \
            return NULL;                                                    \
        return expr;                                                        \
    }
WFN(WIFEXITED, pv_bool(WIFEXITED(status)))
WFN(WEXITSTATUS, pv_small(WEXITSTATUS(status)))
WFN(WIFSIGNALED, pv_bool(WIFSIGNALED(status)))
WFN(WTERMSIG, pv_small(WTERMSIG(status)))
WFN(WIFSTOPPED, pv_bool(WIFSTOPPED(status)))
WFN(WSTOPSIG, pv_small(WSTOPSIG(status)))
WFN(WIFCONTINUED, pv_bool(WIFCONTINUED(status)))
WFN(WCOREDUMP, pv_bool(WCOREDUMP(status)))
WFN(waitstatus_to_exitcode,
    WIFEXITED(status) ? pv_small(WEXITSTATUS(status))
    : WIFSIGNALED(status) ? pv_small(-WTERMSIG(status))
    : pv_raise(&pv_exc_ValueError, "invalid wait status: %d", status))

static const PvMethodDef misc_functions[] = {
    {"getpid", os_getpid, 0, NULL},
    {"getppid", os_getppid, 0, NULL},
    {"getuid", os_getuid, 0, NULL},
    {"geteuid", os_geteuid, 0, NULL},
    {"getgid", os_getgid, 0, NULL},
    {"getegid", os_getegid, 0, NULL},
    {"getpgrp", os_getpgrp, 0, NULL},
    {"getpgid", os_getpgid, 0, NULL},
    {"getsid", os_getsid, 0, NULL},
    {"setsid", os_setsid, 0, NULL},
    {"setpgid", os_setpgid, 0, NULL},
    {"setuid", os_setuid, 0, NULL},
    {"setgid", os_setgid, 0, NULL},
    {"seteuid", os_seteuid, 0, NULL},
    {"setegid", os_setegid, 0, NULL},
    {"getgroups", os_getgroups, 0, NULL},
    {"getlogin", os_getlogin, 0, NULL},
    {"kill", os_kill, 0, NULL},
    {"killpg", os_killpg, 0, NULL},
    {"_exit", os__exit, 0, NULL},
    {"abort", os_abort, 0, NULL},
    {"nice", os_nice, 0, NULL},
    {"urandom", os_urandom, 0, NULL},
    {"getrandom", os_getrandom, 0, NULL},
    {"cpu_count", os_cpu_count, 0, NULL},
    {"getloadavg", os_getloadavg, 0, NULL},
    {"_get_terminal_size", os_get_terminal_size, 0, NULL},
    {"strerror", os_strerror, 0, NULL},
    {"putenv", os_putenv, 0, NULL},
    {"unsetenv", os_unsetenv, 0, NULL},
    {"_uname", os_uname, 0, NULL},
    {"_times", os_times, 0, NULL},
    {"sysconf", os_sysconf, 0, NULL},
    {"confstr", os_confstr, 0, NULL},
    {"pathconf", os_pathconf, 0, NULL},
    {"fpathconf", os_fpathconf, 0, NULL},
    {"major", os_major, 0, NULL},
    {"minor", os_minor, 0, NULL},
    {"makedev", os_makedev, 0, NULL},
    {"WIFEXITED", os_WIFEXITED, 0, NULL},
    {"WEXITSTATUS", os_WEXITSTATUS, 0, NULL},
    {"WIFSIGNALED", os_WIFSIGNALED, 0, NULL},
    {"WTERMSIG", os_WTERMSIG, 0, NULL},
    {"WIFSTOPPED", os_WIFSTOPPED, 0, NULL},
    {"WSTOPSIG", os_WSTOPSIG, 0, NULL},
    {"WIFCONTINUED", os_WIFCONTINUED, 0, NULL},
    {"WCOREDUMP", os_WCOREDUMP, 0, NULL},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define C(x) {#x, x}
static const struct { const char *name; int64_t v; } consts[] = {
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_APPEND), C(O_CREAT), C(O_EXCL), C(O_TRUNC),
    C(O_NONBLOCK), C(O_NDELAY), C(O_NOCTTY), C(O_CLOEXEC), C(O_DIRECTORY), C(O_NOFOLLOW),
    C(O_SYNC), C(O_DSYNC), C(O_RSYNC), C(O_ACCMODE), C(O_ASYNC), {"O_FSYNC", O_SYNC},
#ifdef O_DIRECT
    C(O_DIRECT), C(O_LARGEFILE), C(O_NOATIME), C(O_PATH), C(O_TMPFILE),
#endif
    C(SEEK_SET), C(SEEK_CUR), C(SEEK_END),
#ifdef SEEK_DATA
    C(SEEK_DATA), C(SEEK_HOLE),
#endif
    C(F_OK), C(R_OK), C(W_OK), C(X_OK),
    C(F_LOCK), C(F_TLOCK), C(F_ULOCK), C(F_TEST),
    C(WNOHANG), C(WUNTRACED), C(WCONTINUED), C(WNOWAIT), C(WEXITED), C(WSTOPPED),
    C(P_PID), C(P_PGID), C(P_ALL),
    C(CLD_EXITED), C(CLD_KILLED), C(CLD_DUMPED), C(CLD_TRAPPED), C(CLD_STOPPED),
    C(CLD_CONTINUED),
    C(PRIO_PROCESS), C(PRIO_PGRP), C(PRIO_USER),
    C(EX_OK), C(EX_USAGE), C(EX_DATAERR), C(EX_NOINPUT), C(EX_NOUSER), C(EX_NOHOST),
    C(EX_UNAVAILABLE), C(EX_SOFTWARE), C(EX_OSERR), C(EX_OSFILE), C(EX_CANTCREAT),
    C(EX_IOERR), C(EX_TEMPFAIL), C(EX_PROTOCOL), C(EX_NOPERM), C(EX_CONFIG),
    C(NGROUPS_MAX), C(TMP_MAX),
#ifdef GRND_NONBLOCK
    C(GRND_NONBLOCK), C(GRND_RANDOM),
#endif
    {"ST_RDONLY", 1}, {"ST_NOSUID", 2},
    {NULL, 0},
};

/* HAVE_* names for os.py's supports_* sets: only what _posix implements */
static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
    "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS",
    "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT",
    "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_FEXECVE", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT", NULL,
};

int pv_os_misc_add(Value m)
{
    if (pv_module_add_functions(m, misc_functions) < 0)
        return -1;
    for (int i = 0; consts[i].name; i++)
        if (pv_module_add_int(m, consts[i].name, consts[i].v) < 0)
            return -1;
    Value hf = pv_list_new(0);
    for (int i = 0; hf && have_functions[i]; i++)
        if (pv_list_append(hf, pv_str_from_cstr(have_functions[i])) < 0)
            return -1;
    Value env = environ_dict();
    Value sn = names_dict(sysconf_names), cn = names_dict(confstr_names),
          pn = names_dict(pathconf_names);
    if (!hf || !env || !sn || !cn || !pn || pv_module_add(m, "_have_functions", hf) < 0 ||
        pv_module_add(m, "environ", env) < 0 || pv_module_add(m, "sysconf_names", sn) < 0 ||
        pv_module_add(m, "confstr_names", cn) < 0 || pv_module_add(m, "pathconf_names", pn) < 0)
        return -1;
    return 0;
}
