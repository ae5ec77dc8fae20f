/* os.c: the `posix` module, the C half of Lib/os.py: files, directories,
 * the environment and process basics. Processes that real-block (system,
 * waitpid, reads of pipes) are in os_proc.c. Paths are str, bytes or
 * path-like; errors are OSError subclasses carrying errno and filename. */
#include "pv.h"
#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/random.h>
#endif

extern char **environ;
int pv_os_proc_add(Value m); /* os_proc.c */

/* A path argument as a C string; *is_bytes tells the caller to answer
 * with bytes. The result points into a Value kept by the caller. */
static const char *path_arg(Value *v, bool *is_bytes)
{
    if (is_bytes)
        *is_bytes = false;
    for (int i = 0; i < 2; i++) {
        Value p = *v;
        if (pv_is_str(p)) {
            if (strlen(pv_str_data(p)) != pv_str_size(p)) {
                pv_raise(&pv_exc_ValueError, "embedded null byte");
                return NULL;
            }
            return pv_str_data(p);
        }
        if (pv_isinst(p, &pv_bytes_type)) {
            if (is_bytes)
                *is_bytes = true;
            return pv_bytes_data(p);
        }
        if (i == 0) {
            bool found;
            Value r = pv_call_special(p, pv_id___fspath__, NULL, 0, &found);
            if (found && r) {
                *v = r;
                continue;
            }
            if (found)
                return NULL;
        }
        pv_raise(&pv_exc_TypeError,
                 "expected str, bytes or os.PathLike object, not %T", p);
        return NULL;
    }
    return NULL;
}

static Value name_value(const char *s, size_t n, bool as_bytes)
{
    return as_bytes ? pv_bytes_new(s, n) : pv_str_decode_utf8(s, n, "surrogateescape");
}

static Value os_err(Value path)
{
    return pv_raise_errno_filename(errno, path);
}

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)
#define UNUSED (void)self

FN(os_getcwd)
{
    UNUSED;
    if (pv_check_nargs("getcwd", nargs, 0, 0) < 0 || pv_check_no_kwargs("getcwd", kwnames) < 0)
        return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return pv_raise_errno(errno);
    return pv_str_decode_utf8(buf, strlen(buf), "surrogateescape");
}

FN(os_getcwdb)
{
    UNUSED;
    (void)args;
    if (pv_check_nargs("getcwdb", nargs, 0, 0) < 0 || pv_check_no_kwargs("getcwdb", kwnames) < 0)
        return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return pv_raise_errno(errno);
    return pv_bytes_new(buf, strlen(buf));
}

/* fn(path) -> None for the one-path system calls */
static Value path_call(const char *fname, Value *args, size_t nargs, Value kwnames,
                       int (*call)(const char *))
{
    static const char *const kw[] = {"path", NULL};
    Value p;
    if (pv_parse_args(fname, args, nargs, kwnames, "O", kw, &p) < 0)
        return NULL;
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    if (call(s) < 0)
        return os_err(p);
    return pv_None;
}

FN(os_chdir) { UNUSED; return path_call("chdir", args, nargs, kwnames, chdir); }
FN(os_rmdir) { UNUSED; return path_call("rmdir", args, nargs, kwnames, rmdir); }
FN(os_unlink) { UNUSED; return path_call("unlink", args, nargs, kwnames, unlink); }
FN(os_remove) { UNUSED; return path_call("remove", args, nargs, kwnames, unlink); }

FN(os_mkdir)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", NULL};
    Value p;
    int mode = 0777;
    if (pv_parse_args("mkdir", args, nargs, kwnames, "O|i", kw, &p, &mode) < 0)
        return NULL;
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    if (mkdir(s, (mode_t)mode) < 0)
        return os_err(p);
    return pv_None;
}

FN(os_mkfifo)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", NULL};
    Value p;
    int mode = 0666;
    if (pv_parse_args("mkfifo", args, nargs, kwnames, "O|i", kw, &p, &mode) < 0)
        return NULL;
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    if (mkfifo(s, (mode_t)mode) < 0)
        return os_err(p);
    return pv_None;
}

static Value two_paths(const char *fname, Value *args, size_t nargs, Value kwnames,
                       int (*call)(const char *, const char *))
{
    static const char *const kw[] = {"src", "dst", NULL};
    Value a, b;
    if (pv_parse_args(fname, args, nargs, kwnames, "OO", kw, &a, &b) < 0)
        return NULL;
    const char *sa = path_arg(&a, NULL), *sb = sa ? path_arg(&b, NULL) : NULL;
    if (!sb)
        return NULL;
    if (call(sa, sb) < 0) {
        int e = errno;
        Value fa[5] = {pv_small(e), pv_str_from_cstr(strerror(e)), a, pv_None, b};
        if (!fa[1])
            return NULL;
        Value exc = pv_exc_new(&pv_exc_OSError, fa, 5);
        return exc ? pv_raise_value(exc) : NULL;
    }
    return pv_None;
}

FN(os_rename) { UNUSED; return two_paths("rename", args, nargs, kwnames, rename); }
FN(os_replace) { UNUSED; return two_paths("replace", args, nargs, kwnames, rename); }
FN(os_symlink) { UNUSED; return two_paths("symlink", args, nargs, kwnames, symlink); }
FN(os_link) { UNUSED; return two_paths("link", args, nargs, kwnames, link); }

FN(os_readlink)
{
    UNUSED;
    static const char *const kw[] = {"path", NULL};
    Value p;
    bool b;
    if (pv_parse_args("readlink", args, nargs, kwnames, "O", kw, &p) < 0)
        return NULL;
    const char *s = path_arg(&p, &b);
    if (!s)
        return NULL;
    char buf[4096];
    ssize_t n = readlink(s, buf, sizeof buf);
    if (n < 0)
        return os_err(p);
    return name_value(buf, (size_t)n, b);
}

/* listdir(path='.') */
FN(os_listdir)
{
    UNUSED;
    static const char *const kw[] = {"path", NULL};
    Value p = pv_None;
    if (pv_parse_args("listdir", args, nargs, kwnames, "|O", kw, &p) < 0)
        return NULL;
    bool b = false;
    const char *s = ".";
    if (p != pv_None && !(s = path_arg(&p, &b)))
        return NULL;
    DIR *d = opendir(s);
    if (!d)
        return os_err(p == pv_None ? pv_str_from_cstr(".") : p);
    Value list = pv_list_new(0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Value n = name_value(e->d_name, strlen(e->d_name), b);
        if (!n || pv_list_append(list, n) < 0)
            list = NULL;
    }
    closedir(d);
    return list;
}

/* _scandir(path) -> [(name, d_type, inode)]: DirEntry is built in os.py */
FN(os_scandir_raw)
{
    UNUSED;
    Value p = nargs ? args[0] : pv_None;
    if (pv_check_nargs("_scandir", nargs, 1, 1) < 0 || pv_check_no_kwargs("_scandir", kwnames) < 0)
        return NULL;
    bool b = false;
    const char *s = path_arg(&p, &b);
    if (!s)
        return NULL;
    DIR *d = opendir(s);
    if (!d)
        return os_err(p);
    Value list = pv_list_new(0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Value n = name_value(e->d_name, strlen(e->d_name), b);
        Value t = n ? pv_tuple_pack(3, n, pv_small(e->d_type), pv_int_from_u64(e->d_ino)) : NULL;
        if (!t || pv_list_append(list, t) < 0)
            list = NULL;
    }
    closedir(d);
    return list;
}

static int64_t ts_ns(struct timespec ts)
{
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The raw fields; os.stat_result is made from them in os.py. */
static Value stat_tuple(const struct stat *st)
{
    Value v[13] = {
        pv_int_from_u64(st->st_mode), pv_int_from_u64(st->st_ino), pv_int_from_u64(st->st_dev),
        pv_int_from_u64(st->st_nlink), pv_int_from_u64(st->st_uid), pv_int_from_u64(st->st_gid),
        pv_int_from_i64(st->st_size), pv_int_from_i64(ts_ns(st->st_atim)),
        pv_int_from_i64(ts_ns(st->st_mtim)), pv_int_from_i64(ts_ns(st->st_ctim)),
        pv_int_from_i64(st->st_blksize), pv_int_from_i64(st->st_blocks),
        pv_int_from_u64(st->st_rdev),
    };
    for (int i = 0; i < 13; i++)
        if (!v[i])
            return NULL;
    return pv_tuple_from(v, 13);
}

static Value do_stat(const char *fname, Value *args, size_t nargs, Value kwnames, bool follow)
{
    static const char *const kw[] = {"path", "follow_symlinks", NULL};
    Value p;
    bool fl = follow;
    if (pv_parse_args(fname, args, nargs, kwnames, "O|$p", kw, &p, &fl) < 0)
        return NULL;
    struct stat st;
    if (pv_is_int(p)) {
        int64_t fd;
        if (pv_int_to_i64(p, &fd) < 0)
            return NULL;
        if (fstat((int)fd, &st) < 0)
            return pv_raise_errno(errno);
        return stat_tuple(&st);
    }
    if (!pv_is_str(p) && !pv_isinst(p, &pv_bytes_type) &&
        !pv_type_lookup(pv_type(p), pv_id___fspath__)) {
        pv_raise(&pv_exc_TypeError,
                 "%s: path should be string, bytes, os.PathLike or integer, not %s", fname,
                 pv_type_name(pv_type(p)));
        return NULL;
    }
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    if ((fl ? stat(s, &st) : lstat(s, &st)) < 0)
        return os_err(p);
    return stat_tuple(&st);
}

FN(os_stat) { UNUSED; return do_stat("stat", args, nargs, kwnames, true); }
FN(os_lstat) { UNUSED; return do_stat("lstat", args, nargs, kwnames, false); }

static int int_arg(const char *fname, Value *args, size_t nargs, Value kwnames, int *out)
{
    if (pv_check_no_kwargs(fname, kwnames) < 0 || pv_check_nargs(fname, nargs, 1, 1) < 0)
        return -1;
    int64_t v;
    if (pv_int_to_i64(args[0], &v) < 0)
        return -1;
    *out = (int)v;
    return 0;
}

FN(os_fstat)
{
    UNUSED;
    int fd;
    if (int_arg("fstat", args, nargs, kwnames, &fd) < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0)
        return pv_raise_errno(errno);
    return stat_tuple(&st);
}

FN(os_access)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", NULL};
    Value p;
    int mode;
    if (pv_parse_args("access", args, nargs, kwnames, "Oi", kw, &p, &mode) < 0)
        return NULL;
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    return pv_bool(access(s, mode) == 0);
}

FN(os_chmod)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", NULL};
    Value p;
    int mode;
    if (pv_parse_args("chmod", args, nargs, kwnames, "Oi", kw, &p, &mode) < 0)
        return NULL;
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    if (chmod(s, (mode_t)mode) < 0)
        return os_err(p);
    return pv_None;
}

FN(os_umask)
{
    UNUSED;
    int m;
    if (int_arg("umask", args, nargs, kwnames, &m) < 0)
        return NULL;
    return pv_small(umask((mode_t)m));
}

/* open(path, flags, mode=0o777): regular files open inline (fast); a
 * FIFO (whose open waits for the other end) opens on a worker. */
typedef struct OpenCall {
    PvBlocking b;
    char *path;
    int flags, mode, fd, err;
} OpenCall;

static void open_run(PvBlocking *b)
{
    OpenCall *c = (OpenCall *)b;
    do
        c->fd = open(c->path, c->flags, c->mode);
    while (c->fd < 0 && errno == EINTR);
    c->err = c->fd < 0 ? errno : 0;
}

static Value open_finish(PvBlocking *b)
{
    OpenCall *c = (OpenCall *)b;
    Value r;
    if (c->fd < 0) {
        Value name = pv_str_decode_utf8(c->path, strlen(c->path), "surrogateescape");
        r = name ? pv_raise_errno_filename(c->err, name) : NULL;
    } else {
        r = pv_small(c->fd);
    }
    free(c->path);
    c->path = NULL;
    return r;
}

static void open_release(PvBlocking *b)
{
    OpenCall *c = (OpenCall *)b;
    if (c->fd >= 0)
        close(c->fd); /* opened after all, but nobody wants it now */
    free(c->path);
}

FN(os_open)
{
    UNUSED;
    static const char *const kw[] = {"path", "flags", "mode", NULL};
    Value p;
    int flags, mode = 0777;
    if (pv_parse_args("open", args, nargs, kwnames, "Oi|i", kw, &p, &flags, &mode) < 0)
        return NULL;
    const char *s = path_arg(&p, NULL);
    if (!s)
        return NULL;
    struct stat st;
    if (!(flags & O_NONBLOCK) && stat(s, &st) == 0 && S_ISFIFO(st.st_mode)) {
        OpenCall *c = pv_blocking_alloc(sizeof *c);
        if (!c)
            return NULL;
        c->path = strdup(s);
        if (!c->path) {
            free(c);
            return pv_nomemory();
        }
        c->flags = flags | O_CLOEXEC;
        c->mode = mode;
        c->fd = -1;
        c->b.run = open_run;
        c->b.finish = open_finish;
        c->b.release = open_release;
        return pv_blocking_call(&c->b, NULL, "open", "os.open");
    }
    int fd;
    do
        fd = open(s, flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return os_err(p);
    return pv_small(fd);
}

FN(os_close)
{
    UNUSED;
    int fd;
    if (int_arg("close", args, nargs, kwnames, &fd) < 0)
        return NULL;
    pv_poll_forget(fd);
    if (close(fd) < 0 && errno != EINTR)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_lseek)
{
    UNUSED;
    int64_t fd, pos, how;
    if (pv_check_no_kwargs("lseek", kwnames) < 0 || pv_check_nargs("lseek", nargs, 3, 3) < 0 ||
        pv_int_to_i64(args[0], &fd) < 0 || pv_int_to_i64(args[1], &pos) < 0 ||
        pv_int_to_i64(args[2], &how) < 0)
        return NULL;
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_int_from_i64(r);
}

FN(os_dup)
{
    UNUSED;
    int fd;
    if (int_arg("dup", args, nargs, kwnames, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_small(r);
}

FN(os_dup2)
{
    UNUSED;
    static const char *const kw[] = {"fd", "fd2", "inheritable", NULL};
    int a, b;
    bool inh = true;
    if (pv_parse_args("dup2", args, nargs, kwnames, "ii|p", kw, &a, &b, &inh) < 0)
        return NULL;
    if (a != b)
        pv_poll_forget(b);
    if (dup2(a, b) < 0)
        return pv_raise_errno(errno);
    if (!inh)
        fcntl(b, F_SETFD, FD_CLOEXEC);
    return pv_small(b);
}

FN(os_pipe)
{
    UNUSED;
    (void)args;
    if (pv_check_nargs("pipe", nargs, 0, 0) < 0 || pv_check_no_kwargs("pipe", kwnames) < 0)
        return NULL;
    int fds[2];
    if (pipe(fds) < 0)
        return pv_raise_errno(errno);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return pv_tuple_pack(2, pv_small(fds[0]), pv_small(fds[1]));
}

FN(os_set_inheritable)
{
    UNUSED;
    int64_t fd;
    bool on;
    static const char *const kw[] = {"", "", NULL};
    Value a, b;
    if (pv_parse_args("set_inheritable", args, nargs, kwnames, "OO", kw, &a, &b) < 0 ||
        pv_int_to_i64(a, &fd) < 0)
        return NULL;
    int t = pv_truthy(b);
    if (t < 0)
        return NULL;
    on = t;
    int fl = fcntl((int)fd, F_GETFD);
    if (fl < 0 || fcntl((int)fd, F_SETFD, on ? fl & ~FD_CLOEXEC : fl | FD_CLOEXEC) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_get_inheritable)
{
    UNUSED;
    int fd;
    if (int_arg("get_inheritable", args, nargs, kwnames, &fd) < 0)
        return NULL;
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0)
        return pv_raise_errno(errno);
    return pv_bool(!(fl & FD_CLOEXEC));
}

FN(os_isatty)
{
    UNUSED;
    int fd;
    if (int_arg("isatty", args, nargs, kwnames, &fd) < 0)
        return NULL;
    return pv_bool(isatty(fd));
}

FN(os_getpid) { UNUSED; (void)args; (void)nargs; (void)kwnames; return pv_small(getpid()); }
FN(os_getppid) { UNUSED; (void)args; (void)nargs; (void)kwnames; return pv_small(getppid()); }
FN(os_getuid) { UNUSED; (void)args; (void)nargs; (void)kwnames; return pv_small(getuid()); }
FN(os_geteuid) { UNUSED; (void)args; (void)nargs; (void)kwnames; return pv_small(geteuid()); }
FN(os_getgid) { UNUSED; (void)args; (void)nargs; (void)kwnames; return pv_small(getgid()); }
FN(os_getpgrp) { UNUSED; (void)args; (void)nargs; (void)kwnames; return pv_small(getpgrp()); }

FN(os_kill)
{
    UNUSED;
    int64_t pid, sig;
    if (pv_check_no_kwargs("kill", kwnames) < 0 || pv_check_nargs("kill", nargs, 2, 2) < 0 ||
        pv_int_to_i64(args[0], &pid) < 0 || pv_int_to_i64(args[1], &sig) < 0)
        return NULL;
    if (kill((pid_t)pid, (int)sig) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_killpg)
{
    UNUSED;
    int64_t pg, sig;
    if (pv_check_no_kwargs("killpg", kwnames) < 0 || pv_check_nargs("killpg", nargs, 2, 2) < 0 ||
        pv_int_to_i64(args[0], &pg) < 0 || pv_int_to_i64(args[1], &sig) < 0)
        return NULL;
    if (killpg((pid_t)pg, (int)sig) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os__exit)
{
    UNUSED;
    int code;
    if (int_arg("_exit", args, nargs, kwnames, &code) < 0)
        return NULL;
    _exit(code);
}

FN(os_urandom)
{
    UNUSED;
    int64_t n;
    if (pv_check_no_kwargs("urandom", kwnames) < 0 || pv_check_nargs("urandom", nargs, 1, 1) < 0 ||
        pv_int_to_i64(args[0], &n) < 0)
        return NULL;
    if (n < 0)
        return pv_raise(&pv_exc_ValueError, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return pv_nomemory();
    size_t got = 0;
    while (got < (size_t)n) {
#ifdef __linux__
        ssize_t r = getrandom(buf + got, (size_t)n - got, 0);
#else
        ssize_t r = (getentropy(buf + got, (size_t)n - got > 256 ? 256 : (size_t)n - got) == 0)
                        ? ((size_t)n - got > 256 ? 256 : (ssize_t)((size_t)n - got)) : -1;
#endif
        if (r < 0) {
            if (errno == EINTR)
                continue;
            free(buf);
            return pv_raise_errno(errno);
        }
        got += (size_t)r;
    }
    Value b = pv_bytes_new(buf, (size_t)n);
    free(buf);
    return b;
}

FN(os_cpu_count)
{
    UNUSED;
    (void)args;
    (void)nargs;
    (void)kwnames;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? pv_small(n) : pv_None;
}

FN(os_get_terminal_size)
{
    UNUSED;
    int fd = 1;
    if (nargs && int_arg("get_terminal_size", args, nargs, kwnames, &fd) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return pv_raise_errno(errno);
    return pv_tuple_pack(2, pv_small(w.ws_col), pv_small(w.ws_row));
}

FN(os_strerror)
{
    UNUSED;
    int e;
    if (int_arg("strerror", args, nargs, kwnames, &e) < 0)
        return NULL;
    return pv_str_from_cstr(strerror(e));
}

/* putenv/unsetenv: os.environ keeps its own dict in step (os.py). */
FN(os_putenv)
{
    UNUSED;
    if (pv_check_no_kwargs("putenv", kwnames) < 0 || pv_check_nargs("putenv", nargs, 2, 2) < 0)
        return NULL;
    Value k = args[0], v = args[1];
    const char *ks = path_arg(&k, NULL), *vs = ks ? path_arg(&v, NULL) : NULL;
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
    UNUSED;
    if (pv_check_no_kwargs("unsetenv", kwnames) < 0 || pv_check_nargs("unsetenv", nargs, 1, 1) < 0)
        return NULL;
    Value k = args[0];
    const char *ks = path_arg(&k, NULL);
    if (!ks)
        return NULL;
    if (!*ks || strchr(ks, '='))
        return pv_raise(&pv_exc_ValueError, "illegal environment variable name");
    if (unsetenv(ks) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value environ_dict(void)
{
    Value d = pv_dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Value k = pv_str_decode_utf8(*e, (size_t)(eq - *e), "surrogateescape");
        Value v = k ? pv_str_decode_utf8(eq + 1, strlen(eq + 1), "surrogateescape") : NULL;
        if (!v || pv_dict_set(d, k, v) < 0)
            return NULL;
    }
    return d;
}

/* wait status helpers */
#define WFN(name, expr)                                                     \
    FN(os_##name)                                                           \
    {                                                                       \
        UNUSED;                                                             \
        int status;                                                         \
        if (int_arg(#name, args, nargs, kwnames, &status) < 0)              \
            return NULL;                                                    \
        return expr;                                                        \
    }
WFN(WIFEXITED, pv_bool(WIFEXITED(status)))
WFN(WEXITSTATUS, pv_small(WEXITSTATUS(status)))
WFN(WIFSIGNALED, pv_bool(WIFSIGNALED(status)))
WFN(WTERMSIG, pv_small(WTERMSIG(status)))
WFN(WIFSTOPPED, pv_bool(WIFSTOPPED(status)))
WFN(WSTOPSIG, pv_small(WSTOPSIG(status)))
WFN(waitstatus_to_exitcode,
    WIFEXITED(status) ? pv_small(WEXITSTATUS(status))
    : WIFSIGNALED(status) ? pv_small(-WTERMSIG(status))
    : pv_raise(&pv_exc_ValueError, "invalid wait status: %d", status))

static const PvMethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0, NULL},
    {"getcwdb", os_getcwdb, 0, NULL},
    {"chdir", os_chdir, 0, NULL},
    {"listdir", os_listdir, 0, NULL},
    {"_scandir", os_scandir_raw, 0, NULL},
    {"mkdir", os_mkdir, 0, NULL},
    {"mkfifo", os_mkfifo, 0, NULL},
    {"rmdir", os_rmdir, 0, NULL},
    {"unlink", os_unlink, 0, NULL},
    {"remove", os_remove, 0, NULL},
    {"rename", os_rename, 0, NULL},
    {"replace", os_replace, 0, NULL},
    {"symlink", os_symlink, 0, NULL},
    {"link", os_link, 0, NULL},
    {"readlink", os_readlink, 0, NULL},
    {"stat", os_stat, 0, NULL},
    {"lstat", os_lstat, 0, NULL},
    {"fstat", os_fstat, 0, NULL},
    {"access", os_access, 0, NULL},
    {"chmod", os_chmod, 0, NULL},
    {"umask", os_umask, 0, NULL},
    {"open", os_open, 0, NULL},
    {"close", os_close, 0, NULL},
    {"lseek", os_lseek, 0, NULL},
    {"dup", os_dup, 0, NULL},
    {"dup2", os_dup2, 0, NULL},
    {"pipe", os_pipe, 0, NULL},
    {"set_inheritable", os_set_inheritable, 0, NULL},
    {"get_inheritable", os_get_inheritable, 0, NULL},
    {"isatty", os_isatty, 0, NULL},
    {"getpid", os_getpid, 0, NULL},
    {"getppid", os_getppid, 0, NULL},
    {"getuid", os_getuid, 0, NULL},
    {"geteuid", os_geteuid, 0, NULL},
    {"getgid", os_getgid, 0, NULL},
    {"getpgrp", os_getpgrp, 0, NULL},
    {"kill", os_kill, 0, NULL},
    {"killpg", os_killpg, 0, NULL},
    {"_exit", os__exit, 0, NULL},
    {"urandom", os_urandom, 0, NULL},
    {"cpu_count", os_cpu_count, 0, NULL},
    {"get_terminal_size", os_get_terminal_size, 0, NULL},
    {"strerror", os_strerror, 0, NULL},
    {"putenv", os_putenv, 0, NULL},
    {"unsetenv", os_unsetenv, 0, NULL},
    {"WIFEXITED", os_WIFEXITED, 0, NULL},
    {"WEXITSTATUS", os_WEXITSTATUS, 0, NULL},
    {"WIFSIGNALED", os_WIFSIGNALED, 0, NULL},
    {"WTERMSIG", os_WTERMSIG, 0, NULL},
    {"WIFSTOPPED", os_WIFSTOPPED, 0, NULL},
    {"WSTOPSIG", os_WSTOPSIG, 0, NULL},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct { const char *name; int64_t v; } os_consts[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_SYNC", O_SYNC}, {"O_ACCMODE", O_ACCMODE},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
    {"EX_OK", 0},
    {NULL, 0},
};

Value pv_os_module_init(void)
{
    Value m = pv_module_new_cstr("posix");
    if (!m || pv_module_add_functions(m, os_functions) < 0)
        return NULL;
    for (int i = 0; os_consts[i].name; i++)
        if (pv_module_add_int(m, os_consts[i].name, os_consts[i].v) < 0)
            return NULL;
    Value env = environ_dict();
    if (!env || pv_module_add(m, "environ", env) < 0 || pv_os_proc_add(m) < 0)
        return NULL;
    return m;
}
